//! A session is its base (from the header) with the union's events applied in id
//! order. Applying an event is `apply_one`, the one place this layer changes a
//! session.

use super::union::Union;
use crate::session::{Event, EventId, Session};

/// The base with every event of the union applied, in id order.
pub fn fold(base: &Session, union: &Union) -> Session {
    let mut session = base.clone();
    for (id, event) in union.iter() {
        apply_one(&mut session, id, event);
    }
    session
}

/// Goes on from a fold that applied every event up to `after`: applies the rest.
/// Only right when no event at or below `after` was added since (`Merged::first_changed`).
pub fn fold_after(session: &mut Session, union: &Union, after: EventId) {
    for (id, event) in union.after(after) {
        apply_one(session, id, event);
    }
}

fn apply_one(session: &mut Session, id: EventId, event: &Event) {
    session.apply(id, event);
}
