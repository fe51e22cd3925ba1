//! A contribution two note-takers edited at once is marked in the log with how many
//! versions there are; a new edit settles it and the mark goes.

use super::tests::render;
use crate::fixture::forum_start;
use crate::i18n::Lang;
use crate::session::{DeviceId, Event, EventId, Kind, Stamp, WriterId};
use crate::tui::model::Model;

fn id(device: u64, ms: i64) -> EventId {
    EventId {
        stamp: Stamp::from_millis(forum_start().timestamp_millis() + ms),
        writer: WriterId::new(DeviceId(device), 1),
    }
}

fn edit(line: EventId, base: EventId, text: &str) -> Event {
    Event::ContributionEdited {
        id: line,
        base: Some(base),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        edited: true,
        at: forum_start(),
    }
}

fn screen(model: &Model) -> String {
    let terminal = render(model, 100, 30, forum_start());
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|cell| cell.symbol())
        .collect()
}

#[test]
fn two_versions_are_marked_in_the_log_until_a_new_edit() {
    let mut session = crate::fixture::example_session();
    let line = *session.ids_for_item(&session.current_item).first().unwrap();
    let base = session.contributions[&line].rev();
    session.apply(id(1, 10), &edit(line, base, "Från laptop 1"));
    session.apply(id(2, 11), &edit(line, base, "Från laptop 2"));
    for (lang, mark) in [(Lang::Sv, "(2 versioner)"), (Lang::En, "(2 versions)")] {
        let model = Model::new(session.clone(), lang, forum_start());
        let shown = screen(&model);
        assert!(shown.contains("Från laptop 2"), "{shown}");
        assert!(shown.contains(mark), "{lang:?}: {shown}");
    }
    session.apply(id(1, 20), &edit(line, id(2, 11), "Sammanfogat"));
    let shown = screen(&Model::new(session, Lang::Sv, forum_start()));
    assert!(
        shown.contains("Sammanfogat") && !shown.contains("versioner"),
        "{shown}"
    );
}
