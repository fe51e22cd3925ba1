//! Words that stand in more than one area of the catalogue (the screen, the projector,
//! the schedule, the minutes): written once here, so the areas cannot drift apart.

pub mod sv {
    pub const ITEM: &str = "Punkt";
    pub const EDITED: &str = "ändrad";
    pub const MODERATOR: &str = "Samtalsledare";
    pub const AGENDA: &str = "Dagordning";
    pub const PLACE: &str = "Plats";
    pub const SUMMARY: &str = "Sammanfattning";
    pub const OWNER: &str = "Ansvarig";
    pub const PLANNED: &str = "planerat";
    /// "4 av 10"
    pub const OF: &str = "av";
    /// "0:12 kvar"
    pub const LEFT: &str = "kvar";
    pub const MINUTES: &str = "min";
    pub const ABSENT: &str = "frånvarande";
    pub const NOW: &str = "nu";
}

pub mod en {
    pub const ITEM: &str = "Item";
    pub const EDITED: &str = "edited";
    pub const MODERATOR: &str = "Moderator";
    pub const AGENDA: &str = "Agenda";
    pub const PLACE: &str = "Place";
    pub const SUMMARY: &str = "Summary";
    pub const OWNER: &str = "Owner";
    pub const PLANNED: &str = "planned";
    /// "4 of 10"
    pub const OF: &str = "of";
    /// "0:12 left"
    pub const LEFT: &str = "left";
    pub const MINUTES: &str = "min";
    pub const ABSENT: &str = "absent";
    pub const NOW: &str = "now";
}
