//! The app's own writes on a disk that fails: Ctrl+E's export into the session
//! folder and the rescue copy written on the way out.

use super::action::Action;
use super::app::Runner;
use super::model::{Model, SaveState};
use super::update::update;
use crate::fixture::example_session;
use crate::i18n::Lang;
use crate::minutes::Format;
use crate::session::Timestamp;
use crate::store::Store;
use crate::store::disk::Disk;
use crate::store::sim::{Fault, SimDisk};
use std::path::Path;
use std::sync::Arc;

const DIR: &str = "/data/sessions/2015-11-20-integration";

fn at(minute: i64) -> Timestamp {
    crate::fixture::forum_start() + chrono::Duration::minutes(minute)
}

fn runner_on(disk: &Arc<SimDisk>) -> (Runner, Model) {
    let session = example_session();
    let store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    let mut model = Model::new(session, Lang::En, at(0));
    model.writer = store.writer();
    (Runner::new(store), model)
}

#[test]
fn an_export_from_the_app_that_fails_at_each_step_says_so_and_keeps_the_previous_file() {
    let minutes = Path::new(DIR).join(Format::Markdown.file_name(Lang::Sv));
    for step in 0..4 {
        let disk = Arc::new(SimDisk::new());
        let (mut runner, mut model) = runner_on(&disk);
        runner.export(&mut model, Format::Markdown, at(1));
        let previous = disk.read(&minutes).unwrap();
        let effects = update(&mut model, Action::Insert("En rad till".into()), at(2));
        runner.run(&mut model, effects, at(2));
        let effects = update(&mut model, Action::Commit, at(2));
        runner.run(&mut model, effects, at(2));
        disk.crash_at(disk.op_count() + step, Fault::Error);
        runner.export(&mut model, Format::Markdown, at(3));
        let flash = &model.flash.as_ref().unwrap().text;
        assert!(flash.starts_with("The export failed: "), "{step}: {flash}");
        let now = disk.read(&minutes).unwrap();
        if step < 2 {
            assert_eq!(now, previous, "step {step}: the previous file stays whole");
        }
        let after = disk.power_cut(crate::store::sim::Tear::Half);
        let kept = after.read(&minutes).unwrap();
        assert!(kept == previous || kept == now, "step {step}: a mix");
    }
}

#[test]
fn a_rescue_copy_on_a_full_disk_says_so() {
    let disk = Arc::new(SimDisk::new());
    let (mut runner, mut model) = runner_on(&disk);
    disk.set_full(true);
    let effects = update(&mut model, Action::Insert("Bara i minnet".into()), at(1));
    runner.run(&mut model, effects, at(1));
    let effects = update(&mut model, Action::Commit, at(1));
    runner.run(&mut model, effects, at(1));
    assert!(matches!(model.save, SaveState::NotSaved(_)));
    let message = runner.close(&mut model, at(2)).expect("a message");
    assert!(
        message.starts_with(&format!("the session could not be saved in {DIR} (")),
        "{message}"
    );
    assert!(message.contains("), nor a copy in "), "{message}");
    assert!(message.contains("samtal-rescue-"), "{message}");
    assert!(
        message.ends_with("(storage full)") || message.contains("space"),
        "{message}"
    );
    let rescue_names = disk
        .names_in(&std::env::temp_dir())
        .unwrap_or_default()
        .into_iter()
        .filter(|name| name.to_string_lossy().contains("samtal-rescue-"))
        .count();
    assert_eq!(rescue_names, 0, "no half copy left behind");
}
