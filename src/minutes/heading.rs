//! The title and time span at the head of the minutes.

use super::document::hm;
use crate::i18n::Lang;
use crate::session::Session;

/// The session's title; when it is the agenda's own title, in the minutes' language.
pub(super) fn title_in(session: &Session, lang: Lang) -> &str {
    let title = &session.agenda.title;
    if session.title == title.sv || session.title == title.en {
        title.get(lang)
    } else {
        &session.title
    }
}

pub(super) fn span(session: &Session) -> Option<String> {
    let start = session.started_at?;
    let last_contribution = session.contributions.values().map(|c| c.at).max();
    let end = match (session.clock.last_stopped, last_contribution) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b)?,
    };
    Some(format!("{}–{}", hm(&start), hm(&end.max(start))))
}
