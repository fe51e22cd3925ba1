//! One logged contribution and its kind.

use super::event_id::EventId;
use super::timestamp::Timestamp;
use serde::{Deserialize, Serialize};

/// A contribution is named by the event that added it.
pub type ContributionId = EventId;
/// A group is named by the event that added it; the groups a session was created
/// with are origin ids 1, 2, 3 …
pub type GroupId = EventId;
/// The contributions of a session by id, oldest first.
pub type Contributions = imbl::OrdMap<ContributionId, Contribution>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub id: ContributionId,
    pub item: String,
    pub group: GroupId,
    pub kind: Kind,
    pub text: String,
    pub at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
    /// The event that last set its text, group or kind; `None`: the one that added it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<EventId>,
    /// Other versions made at the same time as the one shown (two note-takers editing
    /// the same line on two laptops): kept until a new edit settles it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<Version>,
}

impl Contribution {
    /// The revision an edit or a delete of it is made on.
    pub fn rev(&self) -> EventId {
        self.rev.unwrap_or(self.id)
    }
}

/// A version of a contribution that is not the one shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub group: GroupId,
    pub kind: Kind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
    pub rev: EventId,
}

/// What sort of contribution: synpunkt/comment, förslag/proposal, fråga/question,
/// åtgärd/action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Comment,
    Proposal,
    Question,
    Action,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Comment, Kind::Proposal, Kind::Question, Kind::Action];

    pub fn next(self) -> Kind {
        match self {
            Kind::Comment => Kind::Proposal,
            Kind::Proposal => Kind::Question,
            Kind::Question => Kind::Action,
            Kind::Action => Kind::Comment,
        }
    }
}

/// Contributions are held in a map by id but stored as a plain list, oldest first.
pub(super) mod as_list {
    use super::{Contribution, Contributions};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &Contributions, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(map.values())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Contributions, D::Error> {
        let list = Vec::<Contribution>::deserialize(deserializer)?;
        Ok(list.into_iter().map(|c| (c.id, c)).collect())
    }
}
