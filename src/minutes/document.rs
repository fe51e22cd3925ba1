//! What the minutes say, in order, prepared once for every format; and the phrases
//! every format writes the same way (timing, times, details).

use super::action_line::ActionLine;
use super::annotated::{Priority, Theme};
use super::counts::CountTable;
use super::options::{Options, Order};
use super::schedule;
use crate::i18n::{Labels, Lang};
use crate::session::{Contribution, Session, Timestamp};

/// Everything the minutes say, in order, prepared once for every format.
pub struct Minutes<'a> {
    pub session: &'a Session,
    pub lang: Lang,
    pub labels: &'static Labels,
    pub options: &'a Options,
    pub title: &'a str,
    pub subtitle: &'a str,
    pub date: String,
    /// "13:00–14:41", from the first agenda step to the last stop of the clock.
    pub span: Option<String>,
    /// Groups that contributed or were marked present (`Session::attendance`).
    pub groups: Vec<&'a str>,
    /// Groups marked absent that did not contribute.
    pub absent: Vec<&'a str>,
    pub items: Vec<ItemMinutes<'a>>,
    /// Sorted by due date, undated last.
    pub actions: Vec<ActionLine<'a>>,
    pub priorities: Vec<Priority<'a>>,
    pub themes: Vec<Theme<'a>>,
    pub table: CountTable,
    pub stamp: Option<String>,
}

pub struct ItemMinutes<'a> {
    pub number: usize,
    pub id: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    /// What the item came to, written by the note-taker.
    pub summary: &'a str,
    pub decisions: &'a [String],
    pub planned_minutes: u32,
    pub used_minutes: i64,
    /// Under a heading per group, or (in time order) one list without a heading.
    pub sections: Vec<Section<'a>>,
    /// Every contribution of the item, in the order the options ask for.
    pub contributions: Vec<&'a Contribution>,
    pub count: usize,
    /// False for a break: no "no contributions" line under it.
    pub expects_contributions: bool,
}

pub struct Section<'a> {
    pub heading: Option<&'a str>,
    pub contributions: Vec<&'a Contribution>,
}

/// "14:32": the one time style used everywhere in the minutes.
pub fn hm(at: &Timestamp) -> String {
    at.format("%H:%M").to_string()
}

impl Minutes<'_> {
    pub fn item_heading(&self, item: &ItemMinutes) -> String {
        format!("{}. {}", item.number, item.title)
    }

    /// "planerat 8 min · använt 9 min", "planerat 8 min, omplanerat till 6 min · …",
    /// "planerat 8 min · hoppades över"
    pub fn item_timing(&self, item: &ItemMinutes) -> String {
        let l = self.labels;
        let planned = schedule::planned_text(l, self.session, item.id, item.planned_minutes);
        if self.session.schedule.skipped.contains(item.id) {
            return format!("{planned} · {}", l.skipped);
        }
        format!(
            "{planned} · {} {} {}",
            l.used, item.used_minutes, l.minutes_short
        )
    }

    /// "14:32", or "2015-11-21 09:10" for a time on another day than the session's.
    pub fn when(&self, at: &Timestamp) -> String {
        if at.date_naive() == self.session.created_at.date_naive() {
            hm(at)
        } else {
            at.format("%Y-%m-%d %H:%M").to_string()
        }
    }

    /// "13:05 · synpunkt" plus " · ändrad 14:02" when edited; in time order the
    /// group comes after the time; without times only the kind (and group) remain.
    pub fn contribution_meta(&self, c: &Contribution) -> String {
        let mut parts = Vec::new();
        if self.options.times {
            parts.push(self.when(&c.at));
        }
        if self.options.order == Order::Time && !self.options.anonymous {
            parts.push(self.session.group_name(c.group).to_string());
        }
        parts.push(self.lang.kind(c.kind).to_string());
        if let (true, Some(edited)) = (self.options.times, &c.edited_at) {
            parts.push(format!("{} {}", self.labels.edited, self.when(edited)));
        }
        parts.join(" · ")
    }

    /// "Västra Götalandsregionen, punkt 3 (13:21)": where an action item was said.
    pub fn action_source(&self, a: &ActionLine) -> String {
        let mut source = format!(
            "{}, {} {}",
            a.group,
            self.labels.agenda_item.to_lowercase(),
            a.item_number
        );
        if self.options.times {
            source.push_str(&format!(" ({})", self.when(&a.contribution.at)));
        }
        source
    }

    /// The author of a document: the note-takers, who wrote the minutes, else the
    /// moderator; nobody when neither is set.
    pub fn author(&self) -> Option<String> {
        let details = &self.session.details;
        let note_takers = self.session.note_takers();
        if note_takers.is_empty() {
            Some(details.moderator.clone()).filter(|name| !name.is_empty())
        } else {
            Some(note_takers.join(", "))
        }
    }

    /// The details lines of the header: (label, value), only those that are set.
    pub fn details(&self) -> Vec<(&'static str, String)> {
        let l = self.labels;
        let d = &self.session.details;
        let mut out = vec![(l.date, self.date.clone())];
        if let Some(span) = &self.span {
            out.push((l.time, span.clone()));
        }
        if !d.place.is_empty() {
            out.push((l.place, d.place.clone()));
        }
        if !d.moderator.is_empty() {
            out.push((l.moderator, d.moderator.clone()));
        }
        let note_takers = self.session.note_takers();
        if !note_takers.is_empty() {
            // "Lind, Per; Öberg, Åsa": a comma inside a name must not split it.
            let separator = if note_takers.iter().any(|n| n.contains(',')) {
                "; "
            } else {
                ", "
            };
            out.push((l.note_takers, note_takers.join(separator)));
        }
        // Only what is known: a group that neither spoke nor was marked is not claimed.
        // Anonymous minutes name no group at all.
        if !self.groups.is_empty() && !self.options.anonymous {
            out.push((l.groups_present, self.groups.join(", ")));
        }
        if !self.absent.is_empty() && !self.options.anonymous {
            out.push((l.groups_absent, self.absent.join(", ")));
        }
        if let Some(theme) = &self.options.theme {
            out.push((l.theme, theme.clone()));
        }
        out
    }
}
