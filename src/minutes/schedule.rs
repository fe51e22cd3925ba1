//! What the minutes say about an item's planned time when the moderator re-planned
//! it: "planerat 8 min, omplanerat till 6 min".

use crate::i18n::Labels;
use crate::session::Session;

/// "planerat 8 min", plus ", omplanerat till 6 min" when a re-timing changed it.
pub fn planned_text(labels: &Labels, session: &Session, item: &str, planned: u32) -> String {
    let mut text = format!("{} {planned} {}", labels.planned, labels.minutes_short);
    if let Some(new) = session.schedule.retimed.get(item) {
        text.push_str(&format!(
            ", {} {new} {}",
            labels.replanned_to, labels.minutes_short
        ));
    }
    text
}
