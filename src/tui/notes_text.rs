//! The Swedish and English strings of the note editors (item notes, themes and owner,
//! the vote screen). Every string has both languages: the struct has no defaults.

use crate::i18n::Lang;

pub struct NotesText {
    pub notes_title: &'static str,
    pub summary: &'static str,
    pub decisions: &'static str,
    pub notes_hint: &'static str,
    pub notes_saved: &'static str,
    pub annotate_title: &'static str,
    pub themes: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub annotate_hint: &'static str,
    pub annotated: &'static str,
    pub select_first: &'static str,
    pub bad_date: &'static str,
    pub vote_title_item: &'static str,
    pub vote_title_all: &'static str,
    pub vote_hint: &'static str,
    pub no_proposals: &'static str,
    pub dots: &'static str,
}

pub static SV: NotesText = NotesText {
    notes_title: "Anteckningar för punkt",
    summary: "Sammanfattning",
    decisions: "Beslut / slutsatser (ett per rad)",
    notes_hint: "Enter ny rad · Tab byt fält · Ctrl+S spara · Esc avbryt",
    notes_saved: "Punktens anteckningar sparades",
    annotate_title: "Teman och ansvar",
    themes: "Teman (kommaseparerade, Tab kompletterar)",
    owner: "Ansvarig",
    due: "Klart senast (ÅÅÅÅ-MM-DD)",
    annotate_hint: "Enter spara · Tab komplettera/byt fält · Esc avbryt",
    annotated: "Teman och ansvar sparades",
    select_first: "Välj ett bidrag först (↑)",
    bad_date: "Inte ett datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2016-02-01",
    vote_title_item: "Prioritering: punktens förslag",
    vote_title_all: "Prioritering: alla förslag",
    vote_hint: "↑↓ välj · siffror prickar · Enter spara · Ctrl+P alla/punkten · Esc stäng",
    no_proposals: "Inga förslag att rösta om.",
    dots: "prickar",
};

pub static EN: NotesText = NotesText {
    notes_title: "Notes for item",
    summary: "Summary",
    decisions: "Decisions / conclusions (one per line)",
    notes_hint: "Enter new line · Tab other field · Ctrl+S save · Esc cancel",
    notes_saved: "The item's notes were saved",
    annotate_title: "Themes and owner",
    themes: "Themes (comma-separated, Tab completes)",
    owner: "Owner",
    due: "Due (YYYY-MM-DD)",
    annotate_hint: "Enter save · Tab complete/next field · Esc cancel",
    annotated: "Themes and owner were saved",
    select_first: "Select a contribution first (↑)",
    bad_date: "Not a date: type YYYY-MM-DD, e.g. 2016-02-01",
    vote_title_item: "Priorities: the item's proposals",
    vote_title_all: "Priorities: all proposals",
    vote_hint: "↑↓ choose · digits dots · Enter save · Ctrl+P all/item · Esc close",
    no_proposals: "No proposals to vote on.",
    dots: "dots",
};

pub fn notes_text(lang: Lang) -> &'static NotesText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
