//! The words of `samtal join` and of a note-taker's seat in the app: the own view,
//! the notice when the moderator moves on mid-line, the pinned group, Alt+F.

use super::Lang;
use super::keys::KeyText;

pub struct JoinText {
    /// The footer while the note-taker looks at an item of their own.
    pub own_view: &'static str,
    /// The footer while a half-typed line holds the view: the room's item number
    /// and title, then the keys.
    pub room_went: &'static str,
    /// The item pane's first line, after the item's place: the room's item number.
    pub room_is_at: &'static str,
    /// The header's banner on a note-taker's screen while the room's clock stands.
    pub clock_banner: &'static str,
    /// After the group's name in the capture box's title.
    pub pinned: &'static str,
    /// Alt+F.
    pub follow_key: KeyText,
    /// `join` on a session that is not (yet) there: the argument, then the data dir.
    pub missing: &'static str,
    /// `join` on a folder that is not (yet) a session: the folder.
    pub missing_folder: &'static str,
    /// `join --as` with a name that cannot be kept.
    pub bad_name: &'static str,
    /// Standard error: the note-taker's name in the session.
    pub named: &'static str,
    /// Standard error: the group the capture line is pinned to.
    pub pinned_group: &'static str,
    /// The details form saved on a note-taker's laptop with another planned start:
    /// the start was not changed, nothing else was either.
    pub start_not_changed: &'static str,
    /// As `start_not_changed`, when the form's other details were saved.
    pub start_not_changed_rest_saved: &'static str,
}

pub static SV: JoinText = JoinText {
    own_view: "Egen vy · Alt+F följ samtalsledaren",
    room_went: "Samtalsledaren gick till punkt {}: {} · Enter sparar här · Alt+F följ med raden",
    room_is_at: "egen vy, rummet är på punkt {}",
    clock_banner: "⏸ KLOCKAN STÅR",
    pinned: "fast grupp",
    follow_key: KeyText::new(
        "följ",
        "Följ samtalsledaren igen (antecknare: PgDn/PgUp flyttar egen vy)",
    ),
    missing: "sessionen '{}' finns inte (än) i {}: om mappen kommer via synk (Syncthing, en nätverksdisk), vänta tills den har kommit och försök igen; annars se samtal list",
    missing_folder: "'{}' är ingen sessionsmapp (än): om den kommer via synk (Syncthing, en nätverksdisk), vänta tills header.json har kommit och försök igen",
    bad_name: "namnet efter --as måste ha 1–60 tecken och inga styrtecken",
    named: "antecknare i den här sessionen: {}",
    pinned_group: "fast grupp: {}",
    start_not_changed: "Planerad start ändrades inte: den sätts från samtalsledarens dator",
    start_not_changed_rest_saved: "Uppgifterna sparades, men planerad start ändrades inte: den sätts från samtalsledarens dator",
};

pub static EN: JoinText = JoinText {
    own_view: "Own view · Alt+F follow the moderator",
    room_went: "The moderator went to item {}: {} · Enter saves here · Alt+F takes the line along",
    room_is_at: "own view, the room is at item {}",
    clock_banner: "⏸ CLOCK STOPPED",
    pinned: "pinned",
    follow_key: KeyText::new(
        "follow",
        "Follow the moderator again (note-takers: PgDn/PgUp move own view)",
    ),
    missing: "no session '{}' (yet) in {}: if the folder comes through a sync (Syncthing, a network share), wait until it has arrived and try again; otherwise see samtal list",
    missing_folder: "'{}' is not a session folder (yet): if it comes through a sync (Syncthing, a network share), wait until its header.json has arrived and try again",
    bad_name: "the name after --as must have 1-60 characters and no control characters",
    named: "note-taker in this session: {}",
    pinned_group: "pinned group: {}",
    start_not_changed: "The planned start was not changed: it is set from the moderator's computer",
    start_not_changed_rest_saved: "The details were saved, but not the planned start: it is set from the moderator's computer",
};

pub fn join_text(lang: Lang) -> &'static JoinText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
