//! The schedule in words for the header: " · 30 min efter schema".

use crate::i18n::Lang;
use crate::i18n::schedule_words;
use crate::session::{Offset, Session, Timestamp};

/// How far off the schedule, with the separator; empty without a planned start.
pub fn offset_text(session: &Session, lang: Lang, now: Timestamp) -> String {
    let w = schedule_words(lang);
    match session.offset(now) {
        None => String::new(),
        Some(Offset::Behind(m)) => format!(" · {m} {}", w.behind),
        Some(Offset::Ahead(m)) => format!(" · {m} {}", w.ahead),
        Some(Offset::OnTime) => format!(" · {}", w.on_time),
    }
}
