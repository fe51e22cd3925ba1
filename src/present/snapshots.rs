//! The room's screen at a projector's usual sizes (80×24, 160×45), in Swedish and
//! English: the timer normal, orange, over and standing; blank; a message; the
//! agenda; contributions anonymous and named. Then what must never be on it.

use super::theme::Look;
use super::theme::Theme;
use super::view::draw;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, Kind, ProjectorChange, Session, Timestamp};
use chrono::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

fn at(h: u32, m: u32, s: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, h, m, s)
        .unwrap()
}

const SAID: [(u32, &str); 5] = [
    (
        1,
        "Validering av yrkeskunskaper tar för lång tid; arbetsgivarna väntar månader.",
    ),
    (2, "Kortare vägar till svenskundervisning på arbetsplatsen."),
    (
        3,
        "Regionerna borde dela på matchningsverktyg i stället för att bygga egna.",
    ),
    (1, "UTKAST SOM INTE SLÄPPTS"),
    (2, "BORTTAGET BIDRAG"),
];

fn change(session: &mut Session, change: ProjectorChange) {
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::Projector {
            change,
            at: at(9, 31, 0),
        },
    );
}

/// Item 4 (challenge 2, 8 minutes) since 9:30, three contributions released, one
/// not, one released and then deleted.
fn session() -> Session {
    let groups = [
        "Region Skåne".into(),
        "Region Gotland".into(),
        "Region Örebro län".into(),
    ];
    let mut s = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &groups,
        at(9, 0, 0),
    );
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ClockStarted { at: at(9, 0, 0) },
    );
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-2".into(),
            at: at(9, 30, 0),
        },
    );
    for (i, (group, text)) in SAID.iter().enumerate() {
        s.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::ContributionAdded {
                id: crate::session::EventId::origin(i as u64 + 1),
                item: "challenge-2".into(),
                group: crate::session::EventId::origin(*group as u64),
                kind: Kind::Comment,
                text: (*text).into(),
                at: at(9, 30, 10),
            },
        );
    }
    change(
        &mut s,
        ProjectorChange::Release {
            ids: vec![
                crate::session::EventId::origin(1),
                crate::session::EventId::origin(2),
                crate::session::EventId::origin(3),
                crate::session::EventId::origin(5),
            ],
        },
    );
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ContributionDeleted {
            base: None,
            id: crate::session::EventId::origin(5),
            at: at(9, 31, 0),
        },
    );
    s
}

fn screen(session: &Session, lang: Lang, theme: Theme, size: (u16, u16), now: Timestamp) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let look = Look { lang, theme };
    terminal
        .draw(|frame| draw(frame, session, now, &look))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| {
            let row: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every state, as (name, session, now).
fn states() -> Vec<(&'static str, Session, Timestamp)> {
    let base = session();
    let with = |f: &dyn Fn(&mut Session)| {
        let mut s = base.clone();
        f(&mut s);
        s
    };
    vec![
        ("normal", base.clone(), at(9, 33, 0)),
        ("amber", base.clone(), at(9, 36, 40)),
        ("over", base.clone(), at(9, 40, 15)),
        (
            "paused",
            with(&|s| {
                s.apply_as(
                    crate::session::WriterId::ORIGIN,
                    &Event::ClockPaused { at: at(9, 33, 0) },
                );
            }),
            at(9, 50, 0),
        ),
        (
            "named",
            with(&|s| change(s, ProjectorChange::Names { on: true })),
            at(9, 33, 0),
        ),
        (
            "blank",
            with(&|s| change(s, ProjectorChange::Blank { on: true })),
            at(9, 33, 0),
        ),
        (
            "message",
            with(&|s| {
                change(
                    s,
                    ProjectorChange::Message {
                        text: "Paus till 14:30".into(),
                    },
                )
            }),
            at(9, 33, 0),
        ),
        (
            "agenda",
            with(&|s| change(s, ProjectorChange::Agenda { on: true })),
            at(9, 33, 0),
        ),
    ]
}

#[test]
fn the_room_sees_every_state_at_both_sizes_in_both_languages() {
    for (width, height) in [(80, 24), (160, 45)] {
        for lang in [Lang::Sv, Lang::En] {
            for (name, session, now) in states() {
                let buffer = screen(&session, lang, Theme::dark(), (width, height), now);
                let name = format!("{name}_{}_{width}x{height}", lang.code());
                insta::assert_snapshot!(name, text(&buffer));
            }
        }
    }
}

#[test]
fn never_a_draft_a_deleted_contribution_or_an_anonymous_name() {
    for (name, session, now) in states() {
        for size in [(80, 24), (160, 45)] {
            let shown = text(&screen(&session, Lang::Sv, Theme::dark(), size, now));
            assert!(
                !shown.contains("UTKAST"),
                "{name}: an unreleased contribution"
            );
            assert!(
                !shown.contains("BORTTAGET"),
                "{name}: a deleted contribution"
            );
            if name != "named" {
                assert!(!shown.contains("Region Skåne"), "{name}: a group name");
            }
            for chrome in ["sparat", "Ctrl+", "F1", "F9"] {
                assert!(
                    !shown.contains(chrome),
                    "{name}: {chrome} on the room's screen"
                );
            }
        }
    }
}

#[test]
fn the_released_contributions_are_there_newest_at_the_bottom() {
    let shown = text(&screen(
        &session(),
        Lang::Sv,
        Theme::dark(),
        (160, 45),
        at(9, 33, 0),
    ));
    let first = shown.find("Validering").expect("the first release");
    let last = shown.find("Regionerna borde").expect("the last release");
    assert!(first < last);
}

/// The colour of the timer's big digits: the first cell in the top band's right
/// half drawn with a block glyph.
fn timer_colour(buffer: &Buffer) -> Option<Color> {
    let half = buffer.area.width / 2;
    (0..6).find_map(|y| {
        (half..buffer.area.width).find_map(|x| {
            let cell = &buffer[(x, y)];
            (cell.symbol() != " ").then_some(cell.fg)
        })
    })
}

#[test]
fn the_timer_turns_orange_then_red_and_says_so() {
    let s = session();
    let colour = |now| timer_colour(&screen(&s, Lang::Sv, Theme::dark(), (80, 24), now));
    assert_eq!(colour(at(9, 33, 0)), Some(Color::White));
    assert_eq!(colour(at(9, 36, 40)), Some(Color::Indexed(214)));
    assert_eq!(colour(at(9, 40, 15)), Some(Color::LightRed));
    let over = text(&screen(
        &s,
        Lang::Sv,
        Theme::dark(),
        (80, 24),
        at(9, 40, 15),
    ));
    assert!(over.contains("över tiden"), "{over}");
}

#[test]
fn no_color_leaves_every_cell_in_the_terminals_own_colours() {
    let s = session();
    let buffer = screen(&s, Lang::En, Theme::plain(), (80, 24), at(9, 40, 15));
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    assert!(text(&buffer).contains("over time"));
}

#[test]
fn no_color_is_chosen_when_the_variable_is_set_and_not_empty() {
    assert_eq!(Theme::choose(false, Some("1".into())), Theme::plain());
    assert_eq!(Theme::choose(true, Some("".into())), Theme::light());
    assert_eq!(Theme::choose(false, None), Theme::dark());
}

#[test]
fn the_agenda_stays_together_in_the_middle_of_a_wide_screen() {
    let mut s = session();
    change(&mut s, ProjectorChange::Agenda { on: true });
    let shown = text(&screen(
        &s,
        Lang::En,
        Theme::dark(),
        (160, 45),
        at(9, 33, 0),
    ));
    let heading = shown
        .lines()
        .find(|l| l.contains("Agenda —"))
        .expect("the heading");
    let indent = heading.len() - heading.trim_start().len();
    assert!(indent > 20, "{indent}: {heading}");
}

#[test]
fn every_size_from_nothing_up_draws_without_a_panic() {
    for (name, session, now) in states() {
        for width in (0..=170).step_by(7) {
            for height in (0..=50).step_by(3) {
                let buffer = screen(&session, Lang::Sv, Theme::dark(), (width, height), now);
                assert_eq!(buffer.area.width, width, "{name} at {width}×{height}");
            }
        }
    }
}
