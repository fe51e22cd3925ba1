//! The count of contributions per agenda item and group, for the summary.

use crate::i18n::Lang;
use crate::session::Session;

pub struct CountTable {
    pub groups: Vec<String>,
    /// (item label, count per group, row total)
    pub rows: Vec<(String, Vec<usize>, usize)>,
    pub column_totals: Vec<usize>,
    pub total: usize,
}

pub(super) fn count_table(session: &Session, lang: Lang) -> CountTable {
    let groups: Vec<&crate::session::Group> = session
        .groups
        .iter()
        .filter(|g| session.contributions.values().any(|c| c.group == g.id))
        .collect();
    let mut column_totals = vec![0; groups.len()];
    let mut rows = Vec::new();
    for item in &session.agenda.items {
        let mut counts = vec![0; groups.len()];
        let mut row_total = 0;
        for c in session.contributions_for_item(&item.id) {
            row_total += 1;
            if let Some(col) = groups.iter().position(|g| g.id == c.group) {
                counts[col] += 1;
                column_totals[col] += 1;
            }
        }
        rows.push((
            // The number the item's heading has, kept when the item was moved.
            format!(
                "{}. {}",
                session.item_number(&item.id),
                item.title.get(lang)
            ),
            counts,
            row_total,
        ));
    }
    let total = rows.iter().map(|r| r.2).sum();
    CountTable {
        groups: groups.iter().map(|g| g.name.clone()).collect(),
        rows,
        column_totals,
        total,
    }
}
