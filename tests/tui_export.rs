//! Ctrl+E in the app writes the minutes into the session folder and says where.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::example_session;
use samtal::i18n::Lang;
use samtal::minutes::Format;
use samtal::store::Store;
use samtal::tui::action::Action;
use samtal::tui::app::{Runner, now};
use samtal::tui::model::Model;
use samtal::tui::update::update;

#[test]
fn exporting_from_the_app_writes_into_the_session_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = example_session();
    let store = Store::create(&path, &session).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::En, now());
    model.writer = runner.store.writer();
    for (key, format) in [
        ("1", Format::Markdown),
        ("3", Format::Docx),
        ("4", Format::Csv),
        ("5", Format::Xlsx),
    ] {
        update(&mut model, Action::Export, now());
        let effects = update(&mut model, Action::Insert(key.into()), now());
        runner.run(&mut model, effects, now());
        // The session is Swedish, so the file has the Swedish name.
        let file = path.join(format.file_name(Lang::Sv));
        assert!(file.is_file(), "{} missing", file.display());
        // The file name first (it always fits), then the folder.
        let flash = model.flash.as_ref().unwrap().text.clone();
        let expected = format!("{} saved in {}", format.file_name(Lang::Sv), path.display());
        assert_eq!(flash, expected);
    }
    let md = std::fs::read_to_string(path.join("minnesanteckningar.md")).unwrap();
    assert!(md.starts_with("# Minnesanteckningar: Integration för tillväxt"));
}
