//! The example session in `sessions/` is what the app's own code writes.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::{EXAMPLE_ID, example_session};
use std::path::Path;

#[test]
fn the_shipped_example_session_loads_and_matches_the_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(EXAMPLE_ID);
    let loaded = samtal::store::load(&dir).unwrap();
    assert!(loaded.bad_tail.is_none());
    // The shipped folder is from before ids were stamps: its contributions and groups
    // are numbers (origin ids), and it stores no highest stamp and no revisions.
    let mut expected = example_session();
    expected.last_stamp = loaded.session.last_stamp;
    for (c, shipped) in expected
        .contributions
        .values_mut()
        .zip(loaded.session.contributions.values())
    {
        c.rev = shipped.rev;
    }
    assert_eq!(loaded.session, expected);
    assert!(loaded.session.contributions.len() >= 40);
}
