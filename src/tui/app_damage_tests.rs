//! Damage another writer's files bring while the app runs is said as the damage
//! met at opening is: once, until Esc.

use super::action::Action;
use super::app::Runner;
use super::model::Model;
use super::update::update;
use crate::fixture::example_session;
use crate::i18n::Lang;
use crate::session::{DeviceId, Event, Session, Timestamp, WriterId};
use crate::store::Store;
use crate::store::os_disk::OsDisk;
use std::path::Path;
use std::sync::Arc;

fn at(minute: i64) -> Timestamp {
    crate::fixture::forum_start() + chrono::Duration::minutes(minute)
}

/// Another laptop's writer adds a contribution for each of `texts` to the folder.
fn other_laptop_adds(path: &Path, texts: &[&str]) {
    let writer = WriterId::new(DeviceId(0xbb), 1);
    let (mut store, mut session, _) =
        Store::open_with(Arc::new(OsDisk::default()), path, writer).unwrap();
    for text in texts {
        let id = session.next_event_id(writer, at(3));
        let event = Event::ContributionAdded {
            id,
            item: session.current_item.clone(),
            group: session.groups[0].id,
            kind: crate::session::Kind::Comment,
            text: (*text).into(),
            at: at(3),
        };
        store.apply_and_commit(&mut session, id, &event).unwrap();
    }
}

/// Changes `from` to `to` in whichever file of `events/` holds it: its line's
/// checksum no longer matches.
fn damage(path: &Path, from: &str, to: &str) {
    for entry in std::fs::read_dir(path.join("events")).unwrap() {
        let file = entry.unwrap().path();
        let bytes = std::fs::read_to_string(&file).unwrap_or_default();
        if bytes.contains(from) {
            std::fs::write(&file, bytes.replacen(from, to, 1)).unwrap();
        }
    }
}

fn notice(model: &Model) -> Option<String> {
    model
        .flash
        .as_ref()
        .filter(|f| f.sticky)
        .map(|f| f.text.clone())
}

#[test]
fn damage_arriving_while_the_app_runs_is_said_once_until_esc() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session: Session = example_session();
    let me = WriterId::new(DeviceId(0xaa), 1);
    let store = Store::create_with(
        Arc::new(OsDisk::default()),
        &path,
        &session,
        DeviceId(0xaa),
        me,
    )
    .unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.writer = me;
    runner.refresh(&mut model);
    assert_eq!(notice(&model), None);

    other_laptop_adds(&path, &["Ett", "Två"]);
    damage(&path, "Två", "Tvä");
    runner.refresh(&mut model);
    let said = notice(&model).expect("the damage is said");
    assert!(
        said.starts_with("Skadade rader hoppades över: 1 oläsliga i events/: "),
        "{said}"
    );
    assert!(
        said.contains("rad 2: kontrollsumman stämmer inte"),
        "{said}"
    );
    assert!(
        model
            .session
            .contributions
            .values()
            .any(|c| c.text == "Ett")
    );

    update(&mut model, Action::Cancel, at(4));
    assert_eq!(notice(&model), None, "Esc puts it away");
    runner.refresh(&mut model);
    other_laptop_adds(&path, &["Tre"]);
    runner.refresh(&mut model);
    assert_eq!(notice(&model), None, "said once, not at every refresh");
    assert!(
        model
            .session
            .contributions
            .values()
            .any(|c| c.text == "Tre")
    );
}
