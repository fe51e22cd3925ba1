//! What the room's screen (`samtal present`) shows, as part of the session: the
//! moderator decides it with events, so every projector that reads the folder
//! follows. Nothing here is shown unless the moderator chose it.

use super::{ContributionId, ProjectorChange};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The projector's state. The default shows the current item, its timer and nothing
/// else: no contribution, no group name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Projector {
    /// Contributions released to the screen, in the order they were released.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub released: Vec<ContributionId>,
    /// Group names next to released contributions (anonymous by default).
    #[serde(default, skip_serializing_if = "is_false")]
    pub names: bool,
    /// Only the session's title on screen.
    #[serde(default, skip_serializing_if = "is_false")]
    pub blank: bool,
    /// A message instead of the item ("Paus till 14:30"); empty: none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    /// The agenda overview instead of the item.
    #[serde(default, skip_serializing_if = "is_false")]
    pub agenda: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Projector {
    pub fn is_default(&self) -> bool {
        *self == Projector::default()
    }

    pub fn is_released(&self, id: ContributionId) -> bool {
        self.released.contains(&id)
    }

    /// The released ids as a set: for asking about many ids at once (a whole item's
    /// contributions), where asking the list each time would grow with its square.
    pub fn released_set(&self) -> HashSet<ContributionId> {
        self.released.iter().copied().collect()
    }
}

impl Projector {
    pub(super) fn apply(&mut self, change: &ProjectorChange) {
        match change {
            ProjectorChange::Release { ids } => {
                let mut shown = self.released_set();
                for id in ids {
                    if shown.insert(*id) {
                        self.released.push(*id);
                    }
                }
            }
            ProjectorChange::Withdraw { ids } => {
                let gone: HashSet<_> = ids.iter().collect();
                self.released.retain(|id| !gone.contains(id));
            }
            ProjectorChange::Names { on } => self.names = *on,
            ProjectorChange::Blank { on } => self.blank = *on,
            ProjectorChange::Message { text } => self.message.clone_from(text),
            ProjectorChange::Agenda { on } => self.agenda = *on,
        }
    }

    /// The change that brings the projector back to how it is now. A release undone
    /// withdraws only what it newly showed; a withdrawal undone shows again only
    /// what it took away.
    pub(super) fn inverse(&self, change: &ProjectorChange) -> ProjectorChange {
        let shown = self.released_set();
        match change {
            ProjectorChange::Release { ids } => ProjectorChange::Withdraw {
                ids: ids
                    .iter()
                    .copied()
                    .filter(|id| !shown.contains(id))
                    .collect(),
            },
            ProjectorChange::Withdraw { ids } => ProjectorChange::Release {
                ids: ids
                    .iter()
                    .copied()
                    .filter(|id| shown.contains(id))
                    .collect(),
            },
            ProjectorChange::Names { .. } => ProjectorChange::Names { on: self.names },
            ProjectorChange::Blank { .. } => ProjectorChange::Blank { on: self.blank },
            ProjectorChange::Message { .. } => ProjectorChange::Message {
                text: self.message.clone(),
            },
            ProjectorChange::Agenda { .. } => ProjectorChange::Agenda { on: self.agenda },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::session::{Event, Session};

    fn change(session: &mut Session, change: ProjectorChange) {
        let at = session.last_change;
        session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::Projector { change, at },
        );
    }

    #[test]
    fn a_release_undone_withdraws_only_what_it_showed() {
        let mut session = fixture::example_session();
        let ids: Vec<_> = session.contributions.keys().copied().take(3).collect();
        change(&mut session, ProjectorChange::Release { ids: vec![ids[0]] });
        let all = ProjectorChange::Release { ids: ids.clone() };
        let undo = session.projector.inverse(&all);
        assert_eq!(
            undo,
            ProjectorChange::Withdraw {
                ids: vec![ids[1], ids[2]]
            }
        );
        change(&mut session, all);
        change(&mut session, undo);
        assert_eq!(session.projector.released, vec![ids[0]]);
    }

    #[test]
    fn every_setting_undone_is_as_before() {
        let mut session = fixture::example_session();
        for next in [
            ProjectorChange::Names { on: true },
            ProjectorChange::Blank { on: true },
            ProjectorChange::Message {
                text: "Paus till 14:30".into(),
            },
            ProjectorChange::Agenda { on: true },
        ] {
            let before = session.projector.clone();
            let undo = session.projector.inverse(&next);
            change(&mut session, next);
            assert_ne!(session.projector, before);
            change(&mut session, undo);
            assert_eq!(session.projector, before);
        }
    }

    #[test]
    fn the_journal_form_is_as_documented_and_reads_back() {
        let at = fixture::example_session().last_change;
        let event = Event::Projector {
            change: ProjectorChange::Release {
                ids: vec![crate::session::EventId::origin(1)],
            },
            at,
        };
        let json = serde_json::to_string(&event).unwrap();
        assert!(
            json.starts_with(
                r#"{"type":"projector","change":"release","ids":["0000000000000001-0000000000000000"],"at":"#
            ),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
        // Files from before ids were stamps name contributions by number.
        let old = json.replace(r#""0000000000000001-0000000000000000""#, "1");
        assert_eq!(serde_json::from_str::<Event>(&old).unwrap(), event);
        let message = r#"{"type":"projector","change":"message","text":"Paus till 14:30","at":"2026-11-30T10:44:57Z"}"#;
        let Event::Projector { change, .. } = serde_json::from_str::<Event>(message).unwrap()
        else {
            panic!("not a projector event");
        };
        assert_eq!(
            change,
            ProjectorChange::Message {
                text: "Paus till 14:30".into()
            }
        );
    }

    #[test]
    fn a_session_without_a_projector_reads_and_writes_as_before() {
        let session = fixture::example_session();
        let json = serde_json::to_string(&session).unwrap();
        assert!(!json.contains("projector"));
        let back: Session = serde_json::from_str(&json).unwrap();
        assert!(back.projector.is_default());
    }

    #[test]
    fn a_deleted_contribution_leaves_the_screen() {
        let mut session = fixture::example_session();
        let id = session.ids_for_item(&session.current_item.clone())[0];
        change(&mut session, ProjectorChange::Release { ids: vec![id] });
        assert_eq!(session.on_screen().len(), 1);
        let at = session.last_change;
        session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::ContributionDeleted { base: None, id, at },
        );
        assert!(session.on_screen().is_empty());
    }
}
