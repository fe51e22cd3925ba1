//! Note-takers who named themselves (`samtal join --as NAME`): each device writing
//! the session may give one name, recorded as `NoteTakerNamed` under its own writer.
//! A later name from the same device replaces its earlier one (in id order, so every
//! copy of the folder agrees); an empty name takes it away. The minutes list these
//! names after the ones typed in the details form, without a name twice (names fold
//! equal like group names: case, å/ä/ö and runs of spaces do not matter).

use super::event_id::DeviceId;
use super::named_note_taker::NamedNoteTaker;
use super::state::Session;

impl Session {
    /// Folds `NoteTakerNamed` from `device`: its entry replaced in place, added at
    /// the end, or removed for an empty name.
    pub(super) fn name_note_taker(&mut self, device: DeviceId, name: &str) {
        let name = crate::text::clean(name);
        let place = self
            .named_note_takers
            .iter()
            .position(|n| n.device == device);
        match (place, name.is_empty()) {
            (Some(i), true) => {
                self.named_note_takers.remove(i);
            }
            (Some(i), false) => self.named_note_takers[i].name = name,
            (None, false) => self.named_note_takers.push(NamedNoteTaker { device, name }),
            (None, true) => {}
        }
    }

    /// The name `device` gave itself in this session, if any.
    pub fn note_taker_of(&self, device: DeviceId) -> Option<&str> {
        self.named_note_takers
            .iter()
            .find(|n| n.device == device)
            .map(|n| n.name.as_str())
    }

    /// Everyone who took notes, as the minutes list them: the details form's names,
    /// then the names devices gave themselves, each name once.
    pub fn note_takers(&self) -> Vec<String> {
        let typed = self.details.note_takers.iter().map(String::as_str);
        let named = self.named_note_takers.iter().map(|n| n.name.as_str());
        let all: Vec<&str> = typed.chain(named).collect();
        crate::text::unique_names(&all)
    }
}

#[cfg(test)]
#[path = "note_takers_tests.rs"]
mod tests;
