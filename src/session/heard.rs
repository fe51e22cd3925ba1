//! Who has not been heard on an agenda item: every group of the session, in the
//! group list's order, that is not marked absent and has no contribution on it.
//! The capture screen, the room grid and the projector all ask the same question.

use super::{GroupId, Presence, Session};

/// The groups not heard on `item`, in the session's group order. A group marked
/// absent is left out (nobody waits for it); a group that spoke counts as heard
/// whatever its mark.
pub fn not_heard(session: &Session, item: &str) -> Vec<GroupId> {
    let mut waiting: Vec<GroupId> = session
        .groups
        .iter()
        .filter(|g| g.presence != Presence::Absent)
        .map(|g| g.id)
        .collect();
    // Newest first, and only until everyone has been heard: this runs on every frame,
    // and an item can hold thousands of contributions.
    for c in session.contributions_for_item(item).rev() {
        if waiting.is_empty() {
            break;
        }
        waiting.retain(|&g| g != c.group);
    }
    waiting
}

/// The index (into `session.groups`) of the next group after `from` not heard on
/// `item`, going round the group list once; `from` itself comes last, so a lone
/// group left is still found. `None` when every group has been heard.
pub fn next_not_heard(session: &Session, item: &str, from: usize) -> Option<usize> {
    let waiting = not_heard(session, item);
    let count = session.groups.len();
    (1..=count)
        .map(|step| (from + step) % count)
        .find(|&i| waiting.contains(&session.groups[i].id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::tests::{say, session_with, set_presence};

    fn session() -> Session {
        session_with(&["Skåne", "Gotland", "Kalmar", "Örebro"])
    }

    #[test]
    fn only_contributions_on_the_item_count_and_absent_groups_are_left_out() {
        let mut s = session();
        say(&mut s, 1, "welcome", crate::session::EventId::origin(2));
        say(&mut s, 2, "welcome", crate::session::EventId::origin(2));
        say(&mut s, 3, "background", crate::session::EventId::origin(1));
        set_presence(&mut s, 4, Presence::Absent, "09:02");
        assert_eq!(
            not_heard(&s, "welcome"),
            [1, 3].map(crate::session::EventId::origin).to_vec()
        );
        assert_eq!(
            not_heard(&s, "background"),
            [2, 3].map(crate::session::EventId::origin).to_vec()
        );
    }

    #[test]
    fn an_absent_group_that_spoke_is_heard_and_a_present_one_waits() {
        let mut s = session();
        say(&mut s, 1, "welcome", crate::session::EventId::origin(4));
        set_presence(&mut s, 4, Presence::Absent, "09:02");
        set_presence(&mut s, 1, Presence::Present, "09:02");
        assert_eq!(
            not_heard(&s, "welcome"),
            [1, 2, 3].map(crate::session::EventId::origin).to_vec()
        );
    }

    #[test]
    fn the_next_not_heard_goes_round_from_the_current_group() {
        let mut s = session();
        say(&mut s, 1, "welcome", crate::session::EventId::origin(3));
        assert_eq!(next_not_heard(&s, "welcome", 1), Some(3));
        assert_eq!(next_not_heard(&s, "welcome", 3), Some(0));
        say(&mut s, 2, "welcome", crate::session::EventId::origin(1));
        say(&mut s, 3, "welcome", crate::session::EventId::origin(4));
        // Only the current group is left: it is the next.
        assert_eq!(next_not_heard(&s, "welcome", 1), Some(1));
        say(&mut s, 4, "welcome", crate::session::EventId::origin(2));
        assert_eq!(next_not_heard(&s, "welcome", 1), None);
    }

    #[test]
    fn no_groups_means_nobody_to_hear() {
        let mut s = session();
        s.groups.clear();
        assert!(not_heard(&s, "welcome").is_empty());
        assert_eq!(next_not_heard(&s, "welcome", 0), None);
    }
}
