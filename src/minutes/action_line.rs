//! One action item of the minutes: who is to do what, from which item, by when.

use crate::session::Contribution;

pub struct ActionLine<'a> {
    pub group: &'a str,
    pub item_number: usize,
    pub item_title: &'a str,
    pub contribution: &'a Contribution,
    /// A group or a person; never a group in anonymous minutes.
    pub owner: Option<&'a str>,
    pub due: Option<chrono::NaiveDate>,
}
