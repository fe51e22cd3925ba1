//! What the room's screen (`samtal present`) says, and what the app says about it.

use super::Lang;
use super::shared::{en, sv};

/// What the room's screen says, and what the app says about it.
pub struct ProjectorWords {
    /// "Punkt 4 av 10": the two words around the numbers.
    pub item: &'static str,
    pub of: &'static str,
    pub agenda: &'static str,
    pub done: &'static str,
    pub now: &'static str,
    pub minutes: &'static str,
    /// Under the timer: time left, over time, no timebox, the clock stands.
    pub left: &'static str,
    pub over: &'static str,
    pub elapsed: &'static str,
    pub stopped: &'static str,
    /// The app: the dialog and its rows.
    pub title: &'static str,
    pub hint: &'static str,
    pub release_all: &'static str,
    pub withdraw_all: &'static str,
    pub shown: &'static str,
    pub names: &'static str,
    pub message: &'static str,
    pub message_hint: &'static str,
    pub show_agenda: &'static str,
    pub blank: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub none: &'static str,
    /// Footer messages.
    pub select_first: &'static str,
    pub released: &'static str,
    pub withdrawn: &'static str,
    pub blanked: &'static str,
    pub unblanked: &'static str,
    /// Undo's name for any projector change.
    pub changed: &'static str,
}

pub static PROJECTOR_SV: ProjectorWords = ProjectorWords {
    item: sv::ITEM,
    of: sv::OF,
    agenda: sv::AGENDA,
    done: "klar",
    now: "pågår",
    minutes: sv::MINUTES,
    left: sv::LEFT,
    over: "över tiden",
    elapsed: "tid",
    stopped: "klockan står",
    title: "Projektor",
    hint: "Enter väljer · 1–5 · Esc stänger",
    release_all: "Visa alla punktens bidrag",
    withdraw_all: "Ta bort punktens bidrag från skärmen",
    shown: "visas",
    names: "Gruppnamn på skärmen",
    message: "Meddelande",
    message_hint: "Enter visar · tom rad tar bort · Esc avbryter",
    show_agenda: "Dagordningen på skärmen",
    blank: "Släckt skärm (F9)",
    on: "på",
    off: "av",
    none: "inget",
    select_first: "Välj först ett bidrag med ↑, sedan Ctrl+P",
    released: "Visas på projektorn",
    withdrawn: "Borttaget från projektorn",
    blanked: "Projektorn är släckt — F9 tänder",
    unblanked: "Projektorn visar igen",
    changed: "ändrad projektorbild",
};

pub static PROJECTOR_EN: ProjectorWords = ProjectorWords {
    item: en::ITEM,
    of: en::OF,
    agenda: en::AGENDA,
    done: "done",
    now: "now",
    minutes: en::MINUTES,
    left: en::LEFT,
    over: "over time",
    elapsed: "time",
    stopped: "clock stopped",
    title: "Projector",
    hint: "Enter chooses · 1–5 · Esc closes",
    release_all: "Show all of this item's contributions",
    withdraw_all: "Take this item's contributions off the screen",
    shown: "shown",
    names: "Group names on screen",
    message: "Message",
    message_hint: "Enter shows · an empty line removes · Esc cancels",
    show_agenda: "Agenda on screen",
    blank: "Blank screen (F9)",
    on: "on",
    off: "off",
    none: "none",
    select_first: "Select a contribution with ↑ first, then Ctrl+P",
    released: "On the projector",
    withdrawn: "Off the projector",
    blanked: "The projector is blank — F9 shows it again",
    unblanked: "The projector shows again",
    changed: "changed projector view",
};

pub fn projector_words(lang: Lang) -> &'static ProjectorWords {
    match lang {
        Lang::Sv => &PROJECTOR_SV,
        Lang::En => &PROJECTOR_EN,
    }
}
