//! Sessions made by the app's own code for the example in `sessions/`, the tests and
//! the benchmarks: the Civil Servants' Forum of 20 November 2015, logged by hand.

use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, Kind, Session, Timestamp};
use chrono::{DateTime, Duration, FixedOffset, TimeZone};

pub const EXAMPLE_ID: &str = "2015-11-20-integration-for-tillvaxt";

pub const REGIONS: [&str; 7] = [
    "Region Skåne",
    "Västra Götalandsregionen",
    "Region Stockholm",
    "Region Örebro län",
    "Region Jämtland Härjedalen",
    "Region Gotland",
    "Region Västerbotten",
];

/// (agenda item, group index, kind, text): what the groups said, in order.
const LOG: &[(&str, usize, Kind, &str)] = &[
    (
        "welcome",
        0,
        Kind::Comment,
        "Bra att dialogen kommer nu – läget i mottagandet förändras varje vecka.",
    ),
    (
        "welcome",
        3,
        Kind::Question,
        "Hur används dagens resultat i regeringens fortsatta arbete?",
    ),
    (
        "welcome",
        5,
        Kind::Comment,
        "Gotland vill lyfta öperspektivet: få aktörer, korta avstånd.",
    ),
    (
        "background",
        1,
        Kind::Comment,
        "Delrapporten stämmer med vår bild: frågan är prioriterad men ansvaret splittrat.",
    ),
    (
        "background",
        2,
        Kind::Comment,
        "Vi saknar jämförbara data om nyanländas etablering per kommun.",
    ),
    (
        "background",
        4,
        Kind::Proposal,
        "Tillväxtverket kan samla goda exempel från alla 21 regioner i en gemensam kunskapsbank.",
    ),
    (
        "background",
        6,
        Kind::Question,
        "Kommer uppdraget om integrations- och mångfaldsperspektivet att följas upp 2016?",
    ),
    (
        "challenge-1",
        0,
        Kind::Comment,
        "Väntetiderna hos Migrationsverket gör att etableringen börjar för sent.",
    ),
    (
        "challenge-1",
        3,
        Kind::Proposal,
        "Starta språk- och kompetenskartläggning redan under asyltiden.",
    ),
    (
        "challenge-1",
        4,
        Kind::Comment,
        "I glesbygd blir resorna till SFI och etableringsinsatser ett hinder i sig.",
    ),
    (
        "challenge-1",
        1,
        Kind::Action,
        "VGR tar fram en regional lägesbild över etableringstiderna till februari.",
    ),
    (
        "challenge-1",
        2,
        Kind::Comment,
        "Snabbspåren för bristyrken behöver byggas ut – de fungerar där de finns.",
    ),
    (
        "challenge-2",
        2,
        Kind::Comment,
        "Stor brist på undersköterskor, lärare och ingenjörer samtidigt som kompetensen finns bland de nyanlända.",
    ),
    (
        "challenge-2",
        6,
        Kind::Proposal,
        "Regionala kompetensplattformar bör få ett tydligt uppdrag om matchning av nyanländas kompetens.",
    ),
    (
        "challenge-2",
        0,
        Kind::Comment,
        "Arbetsgivarna efterfrågar validering som går att lita på – inte fler intyg.",
    ),
    (
        "challenge-2",
        5,
        Kind::Question,
        "Hur når vi de små företagen som inte har resurser att ta emot praktikanter?",
    ),
    (
        "challenge-2",
        3,
        Kind::Action,
        "Örebro bjuder in Arbetsförmedlingen och näringslivet till ett matchningsforum i januari.",
    ),
    (
        "challenge-3",
        1,
        Kind::Comment,
        "Vuxenutbildningen är inte dimensionerad för den ökning vi ser nu.",
    ),
    (
        "challenge-3",
        4,
        Kind::Proposal,
        "Kombinera SFI med yrkesutbildning från första dagen – inte i sekvens.",
    ),
    (
        "challenge-3",
        2,
        Kind::Comment,
        "Ungdomar som kommer sent i skolåldern faller mellan stolarna.",
    ),
    (
        "challenge-3",
        6,
        Kind::Comment,
        "Distansutbildning är en möjlighet i Västerbotten men kräver handledare på plats.",
    ),
    (
        "challenge-3",
        0,
        Kind::Action,
        "Region Skåne sammanställer erfarenheterna av yrkes-SFI till nästa Tjänstemannaforum.",
    ),
    (
        "challenge-4",
        2,
        Kind::Comment,
        "Trångboddheten ökar snabbt i förorterna – bostadsbristen är den största flaskhalsen.",
    ),
    (
        "challenge-4",
        4,
        Kind::Comment,
        "Vi har lediga lägenheter men jobben finns på annan ort; pendlingen måste fungera.",
    ),
    (
        "challenge-4",
        5,
        Kind::Proposal,
        "Regional bostadsmarknadsanalys borde kopplas till kollektivtrafikplaneringen.",
    ),
    (
        "challenge-4",
        3,
        Kind::Question,
        "Vilket ansvar har regionen när kommunerna inte når överens om fördelningen?",
    ),
    (
        "challenge-4",
        1,
        Kind::Comment,
        "Bostadsförsörjningen är kommunernas ansvar men påverkar hela regionens tillväxt.",
    ),
    (
        "challenge-5",
        0,
        Kind::Comment,
        "Otydligt vem som äger frågan regionalt: länsstyrelsen, regionen eller Arbetsförmedlingen?",
    ),
    (
        "challenge-5",
        6,
        Kind::Proposal,
        "En gemensam regional överenskommelse med roller och mandat, följd upp varje år.",
    ),
    (
        "challenge-5",
        2,
        Kind::Comment,
        "Många samverkansforum men få beslut – vi behöver färre och tydligare.",
    ),
    (
        "challenge-5",
        1,
        Kind::Action,
        "VGR och länsstyrelsen reder ut rollfördelningen i en gemensam skrivelse före årsskiftet.",
    ),
    (
        "challenge-5",
        4,
        Kind::Question,
        "Kan regeringen förtydliga länsstyrelsernas uppdrag i regleringsbreven?",
    ),
    (
        "question-1",
        3,
        Kind::Proposal,
        "Regionen kan samordna arbetsgivarnas behov och föra dem vidare till utbildningsanordnarna.",
    ),
    (
        "question-1",
        5,
        Kind::Comment,
        "På Gotland kan vi testa nya arbetssätt snabbt eftersom alla känner alla.",
    ),
    (
        "question-1",
        0,
        Kind::Proposal,
        "Integrera mångfaldsperspektivet i den regionala utvecklingsstrategin vid nästa revidering.",
    ),
    (
        "question-1",
        2,
        Kind::Comment,
        "Vi bidrar med analys: regionala data om kompetensbehov som kommunerna inte har själva.",
    ),
    (
        "question-1",
        6,
        Kind::Action,
        "Västerbotten lägger in integration som eget insatsområde i den regionala handlingsplanen 2016.",
    ),
    (
        "question-1",
        1,
        Kind::Comment,
        "Ledarskapet är avgörande: frågan måste upp på regionstyrelsens bord.",
    ),
    (
        "question-2",
        1,
        Kind::Proposal,
        "Använd ESF för kombinationsutbildningar – språk och yrke – i större skala.",
    ),
    (
        "question-2",
        4,
        Kind::Comment,
        "ERUF-programmet för Mellersta Norrland kan stödja företag som anställer nyanlända.",
    ),
    (
        "question-2",
        3,
        Kind::Question,
        "Går det att ändra programmens urvalskriterier så att integration ger poäng?",
    ),
    (
        "question-2",
        0,
        Kind::Comment,
        "Medfinansieringen är ett hinder för mindre aktörer – ESF-rådet behöver förenkla.",
    ),
    (
        "question-2",
        2,
        Kind::Action,
        "Stockholm undersöker med Svenska ESF-rådet en gemensam utlysning våren 2016.",
    ),
    (
        "question-2",
        6,
        Kind::Comment,
        "Strukturfonderna räcker inte ensamma; de måste kopplas till ordinarie verksamhet.",
    ),
    (
        "wrap-up",
        3,
        Kind::Comment,
        "Tydligast budskap i dag: roller och mandat måste redas ut.",
    ),
    (
        "wrap-up",
        0,
        Kind::Proposal,
        "Nästa forum bör följa upp åtgärderna punkt för punkt.",
    ),
    (
        "wrap-up",
        5,
        Kind::Comment,
        "Tack för en bra dialog – Gotland delar gärna sina erfarenheter.",
    ),
];

pub fn forum_start() -> Timestamp {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2015, 11, 20, 13, 0, 0).single())
        .unwrap_or_else(|| DateTime::<FixedOffset>::MIN_UTC.fixed_offset())
}

fn new_session(groups: &[&str], now: Timestamp) -> Session {
    let agenda = Agenda::builtin().unwrap_or_else(|_| empty_agenda());
    Session::new(
        EXAMPLE_ID.to_string(),
        "Integration för tillväxt".to_string(),
        Lang::Sv,
        agenda,
        &groups.iter().map(|g| g.to_string()).collect::<Vec<_>>(),
        now,
    )
}

fn empty_agenda() -> Agenda {
    Agenda {
        format: crate::agenda::FORMAT_NAME.into(),
        version: crate::agenda::FORMAT_VERSION,
        id: "x".into(),
        title: crate::agenda::Text::new("x", "x"),
        subtitle: Default::default(),
        date: None,
        start: None,
        warn_percent: None,
        items: Vec::new(),
    }
}

/// The events of the example session, as the moderator made them, in order.
pub fn example_events() -> (Session, Vec<Event>) {
    let start = forum_start();
    let session = new_session(&REGIONS, start);
    let mut events = vec![Event::ClockStarted { at: start }];
    let mut clock = start;
    let mut current = String::new();
    for (id, (item, group, kind, text)) in (1..).zip(LOG) {
        if *item != current {
            // Each item takes roughly its timebox; the questions ran a little long.
            let minutes = session
                .agenda
                .item(item)
                .map_or(5, |i| i64::from(i.timebox_minutes));
            if !current.is_empty() {
                clock += Duration::minutes(1);
            }
            events.push(Event::ItemEntered {
                item: item.to_string(),
                at: clock,
            });
            current = item.to_string();
            let per = minutes * 60 / (LOG.iter().filter(|l| l.0 == *item).count() as i64 + 1);
            clock += Duration::seconds(per / 2);
        }
        let per = session
            .agenda
            .item(item)
            .map_or(60, |i| i64::from(i.timebox_minutes) * 60)
            / (LOG.iter().filter(|l| l.0 == *item).count() as i64 + 1);
        clock += Duration::seconds(per);
        events.push(Event::ContributionAdded {
            id,
            item: item.to_string(),
            group: *group as u32 + 1,
            kind: *kind,
            text: text.to_string(),
            at: clock,
        });
    }
    // One correction after the fact, as note-takers do.
    events.push(Event::ContributionEdited {
        id: 2,
        group: 4,
        kind: Kind::Question,
        text: "Hur används dagens resultat i regeringens fortsatta arbete och i nästa delrapport?"
            .into(),
        edited: true,
        at: clock + Duration::minutes(2),
    });
    events.push(Event::DetailsSet {
        title: None,
        place: Some("Regeringskansliet, Stockholm".into()),
        moderator: Some("Samtalsledare från enheten för regional tillväxt".into()),
        note_takers: Some(vec!["Sekreterare 1".into(), "Sekreterare 2".into()]),
        at: clock + Duration::minutes(3),
    });
    events.push(Event::ClockPaused {
        at: clock + Duration::minutes(4),
    });
    (session, events)
}

/// The example session with every event applied.
pub fn example_session() -> Session {
    let (mut session, events) = example_events();
    for event in &events {
        session.apply(event);
    }
    session
}

/// A session of `n` generated contributions spread over the agenda, for benchmarks.
pub fn generated_session(n: usize) -> Session {
    let start = forum_start();
    let mut session = new_session(&REGIONS, start);
    let items: Vec<String> = session.agenda.items.iter().map(|i| i.id.clone()).collect();
    if items.is_empty() {
        return session;
    }
    session.apply(&Event::ClockStarted { at: start });
    for k in 0..n {
        let (item, group, kind, text) = LOG[k % LOG.len()];
        let event = Event::ContributionAdded {
            id: k as u64 + 1,
            item: if k < LOG.len() {
                item.to_string()
            } else {
                items[k % items.len()].clone()
            },
            group: group as u32 + 1,
            kind,
            text: format!("{text} ({k})"),
            at: start + Duration::seconds(k as i64),
        };
        session.apply(&event);
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_covers_every_item_from_at_least_six_regions() {
        let session = example_session();
        assert!(session.contributions.len() >= 40);
        for item in &session.agenda.items {
            assert!(
                session.contributions_for_item(&item.id).count() > 0,
                "{}",
                item.id
            );
        }
        let groups: std::collections::HashSet<u32> =
            session.contributions.values().map(|c| c.group).collect();
        assert!(groups.len() >= 6);
        assert_eq!(session.current_item, "wrap-up");
        assert!(session.clock.running_since.is_none());
    }
}
