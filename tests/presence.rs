//! The minutes say who took part, truthfully, in every format: present = contributed
//! or marked present, absent = marked absent, the rest not claimed.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::agenda::Agenda;
use samtal::fixture::forum_start;
use samtal::i18n::Lang;
use samtal::minutes::{Format, render};
use samtal::presets::group_presets;
use samtal::session::{Event, Kind, Presence, Session};

mod common;
use common::{markdown_minutes, zip_part};

/// The 21 regions plus a typo group; five regions speak (one of them through the
/// typo group, merged away), Region Gotland is marked absent.
fn forum() -> Session {
    let regions = group_presets()
        .into_iter()
        .find(|p| p.id == "regioner")
        .unwrap()
        .groups;
    let mut names = regions.clone();
    names.push("Region Vasterbotten".into());
    let mut session = Session::new(
        "2015-11-20-regionerna".into(),
        "Regionträff".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &names,
        forum_start(),
    );
    let id_of = |s: &Session, name: &str| s.groups.iter().find(|g| g.name == name).unwrap().id;
    let speakers = [
        "Region Skåne",
        "Region Stockholm",
        "Region Örebro län",
        "Västra Götalandsregionen",
        "Region Vasterbotten",
    ];
    for (k, name) in speakers.iter().enumerate() {
        let group = id_of(&session, name);
        session.apply_as(
            samtal::session::WriterId::ORIGIN,
            &Event::ContributionAdded {
                id: samtal::session::EventId::origin(k as u64 + 1),
                item: "welcome".into(),
                group,
                kind: Kind::Comment,
                text: format!("bidrag {k}"),
                at: forum_start(),
            },
        );
    }
    let (from, into) = (
        id_of(&session, "Region Vasterbotten"),
        id_of(&session, "Region Västerbotten"),
    );
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::GroupsMerged {
            from,
            into,
            at: forum_start(),
        },
    );
    let gotland = id_of(&session, "Region Gotland");
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::GroupPresenceSet {
            id: gotland,
            presence: Presence::Absent,
            at: forum_start(),
        },
    );
    session
}

const PRESENT: &str = "Region Skåne, Region Stockholm, Region Västerbotten, Västra Götalandsregionen, Region Örebro län";

fn text(format: Format) -> String {
    let bytes = render(&forum(), format, Lang::Sv, None).unwrap();
    if format == Format::Docx {
        return zip_part(&bytes, "word/document.xml");
    }
    String::from_utf8(bytes).unwrap()
}

#[test]
fn the_presence_line_names_only_who_spoke_and_the_absent_apart() {
    let md = text(Format::Markdown);
    assert!(
        md.contains(&format!("- **Närvarande grupper:** {PRESENT}\n")),
        "{md}"
    );
    assert!(
        md.contains("- **Frånvarande grupper:** Region Gotland\n"),
        "{md}"
    );
    assert!(
        !md.contains("Region Kalmar län"),
        "an unmarked silent region is claimed"
    );
    assert!(
        !md.contains("Vasterbotten"),
        "the merged typo group is still there"
    );
    for format in [Format::Html, Format::Docx] {
        let out = text(format);
        assert!(out.contains(PRESENT), "{format:?}");
        assert!(out.contains("Frånvarande grupper"), "{format:?}");
        assert!(!out.contains("Region Kalmar län"), "{format:?}");
    }
}

#[test]
fn a_group_marked_present_is_present_without_a_word() {
    let mut session = forum();
    let kalmar = session
        .groups
        .iter()
        .find(|g| g.name == "Region Kalmar län")
        .unwrap()
        .id;
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::GroupPresenceSet {
            id: kalmar,
            presence: Presence::Present,
            at: forum_start(),
        },
    );
    let en = markdown_minutes(&session, Lang::En);
    let line = en.lines().find(|l| l.contains("Groups present")).unwrap();
    assert!(line.contains("Region Kalmar län"), "{line}");
    assert!(en.contains("- **Groups absent:** Region Gotland"), "{en}");
}

#[test]
fn a_break_in_the_agenda_is_not_reported_as_silence() {
    let json = r#"{"format":"samtal-agenda","version":1,"id":"x","title":{"sv":"Träff"},
        "items":[{"id":"a","kind":"question","title":{"sv":"Fråga"},"timebox_minutes":10},
                 {"id":"fika","kind":"break","title":{"sv":"Fika"},"timebox_minutes":15}]}"#;
    let agenda = Agenda::from_json(json, "test").unwrap();
    let session = Session::new(
        "2015-11-20-traff".into(),
        "Träff".into(),
        Lang::Sv,
        agenda,
        &["A".into()],
        forum_start(),
    );
    let md = markdown_minutes(&session, Lang::Sv);
    assert_eq!(md.matches("*Inga bidrag.*").count(), 1, "{md}");
    assert!(md.contains("## 2. Fika"), "{md}");
}
