//! The Swedish and English strings of the annotation editors (summary and decisions, themes and owner,
//! the vote screen). Every string has both languages: the struct has no defaults.

use super::Lang;
use super::shared::{en, sv};

pub struct AnnotationsText {
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
    /// Undo's words: "sammanfattning och beslut för punkt 3".
    pub undo_summary: &'static str,
    /// Undo's words: "ansvarig och datum för åtgärd från Gotland".
    pub undo_owner: &'static str,
    pub undo_dots: &'static str,
    pub undo_themes: &'static str,
}

pub static SV: AnnotationsText = AnnotationsText {
    notes_title: "Sammanfattning och beslut för punkt",
    summary: sv::SUMMARY,
    decisions: "Beslut / slutsatser (ett per rad)",
    notes_hint: "Enter ny rad · Tab byt fält · Alt+S spara · Esc avbryt",
    notes_saved: "Punktens sammanfattning och beslut sparades",
    annotate_title: "Teman och ansvar",
    themes: "Teman (kommaseparerade, Tab kompletterar)",
    owner: sv::OWNER,
    due: "Klart senast (ÅÅÅÅ-MM-DD)",
    annotate_hint: "Enter spara · Tab komplettera/byt fält · Esc avbryt",
    annotated: "Teman och ansvar sparades",
    select_first: "Välj ett bidrag först (↑)",
    bad_date: "Inte ett datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2016-02-01",
    vote_title_item: "Prioritering: punktens förslag",
    vote_title_all: "Prioritering: alla förslag",
    vote_hint: "↑↓ välj · siffror prickar · Enter spara · Alt+V alla/punkten · Esc stäng",
    no_proposals: "Inga förslag att rösta om.",
    dots: "prickar",
    undo_summary: "sammanfattning och beslut för punkt",
    undo_owner: "ansvarig och datum för åtgärd",
    undo_dots: "prickar för förslag",
    undo_themes: "teman för bidrag",
};

pub static EN: AnnotationsText = AnnotationsText {
    notes_title: "Summary and decisions for item",
    summary: en::SUMMARY,
    decisions: "Decisions / conclusions (one per line)",
    notes_hint: "Enter new line · Tab other field · Alt+S save · Esc cancel",
    notes_saved: "The item's summary and decisions were saved",
    annotate_title: "Themes and owner",
    themes: "Themes (comma-separated, Tab completes)",
    owner: en::OWNER,
    due: "Due (YYYY-MM-DD)",
    annotate_hint: "Enter save · Tab complete/next field · Esc cancel",
    annotated: "Themes and owner were saved",
    select_first: "Select a contribution first (↑)",
    bad_date: "Not a date: type YYYY-MM-DD, e.g. 2016-02-01",
    vote_title_item: "Priorities: the item's proposals",
    vote_title_all: "Priorities: all proposals",
    vote_hint: "↑↓ choose · digits dots · Enter save · Alt+V all/item · Esc close",
    no_proposals: "No proposals to vote on.",
    dots: "dots",
    undo_summary: "summary and decisions for item",
    undo_owner: "owner and due date of the action",
    undo_dots: "dots for the proposal",
    undo_themes: "themes of the contribution",
};

pub fn annotations_text(lang: Lang) -> &'static AnnotationsText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
