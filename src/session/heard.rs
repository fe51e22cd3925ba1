//! Who has not been heard on an agenda item: every group of the session, in the
//! group list's order, that is not marked absent and has no contribution on it.
//! The capture screen, the room grid and the projector all ask the same question.

use super::{GroupId, Presence, Session};

/// The groups not heard on `item`, in the session's group order. A group marked
/// absent is left out (nobody waits for it); a group that spoke counts as heard
/// whatever its mark.
pub fn not_heard(session: &Session, item: &str) -> Vec<GroupId> {
    // A lookup per group in the per-item index: this runs on every frame, and an
    // item can hold thousands of contributions.
    session
        .groups
        .iter()
        .filter(|g| g.presence != Presence::Absent && !session.heard_on(item, g.id))
        .map(|g| g.id)
        .collect()
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

    /// The groups not heard on `item`, found by walking every contribution.
    fn walked(s: &Session, item: &str) -> Vec<GroupId> {
        s.groups
            .iter()
            .filter(|g| {
                g.presence != Presence::Absent
                    && !s
                        .contributions
                        .values()
                        .any(|c| c.item == item && c.group == g.id)
            })
            .map(|g| g.id)
            .collect()
    }

    fn check(s: &Session) {
        for item in ["welcome", "background"] {
            assert_eq!(not_heard(s, item), walked(s, item), "{item}");
        }
    }

    #[test]
    fn the_heard_groups_follow_merges_restores_edits_moves_and_deletes() {
        use crate::session::{Event, EventId, Kind, WriterId};
        let origin = EventId::origin;
        let at = crate::session::tests::at;
        let mut s = session();
        say(&mut s, 1, "welcome", origin(2));
        say(&mut s, 2, "background", origin(3));
        check(&s);
        let merge = Event::GroupsMerged {
            from: origin(2),
            into: origin(1),
            at: at("09:10"),
        };
        let undo = s.inverse(&merge, at("09:10")).expect("undoable");
        s.apply_as(WriterId::ORIGIN, &merge);
        check(&s);
        assert!(!not_heard(&s, "welcome").contains(&origin(1)));
        s.apply_as(WriterId::ORIGIN, &undo);
        check(&s);
        assert!(not_heard(&s, "welcome").contains(&origin(1)));
        // An edit that gives the line another group.
        let edit = Event::ContributionEdited {
            id: origin(2),
            base: Some(origin(2)),
            group: origin(4),
            kind: Kind::Comment,
            text: "line 2".into(),
            edited: true,
            at: at("09:11"),
        };
        s.apply(origin(20), &edit);
        check(&s);
        assert_eq!(not_heard(&s, "background"), [1, 2, 3].map(origin).to_vec());
        let moved = Event::ContributionMoved {
            id: origin(2),
            item: "welcome".into(),
            at: at("09:12"),
        };
        s.apply(origin(21), &moved);
        check(&s);
        let delete = Event::ContributionDeleted {
            id: origin(2),
            base: Some(origin(20)),
            at: at("09:13"),
        };
        s.apply(origin(22), &delete);
        check(&s);
        assert_eq!(not_heard(&s, "welcome"), [1, 3, 4].map(origin).to_vec());
    }

    #[test]
    fn no_groups_means_nobody_to_hear() {
        let mut s = session();
        s.groups.clear();
        assert!(not_heard(&s, "welcome").is_empty());
        assert_eq!(next_not_heard(&s, "welcome", 0), None);
    }
}
