//! The one time type of the domain: a moment with the offset it was taken in.

use chrono::{DateTime, FixedOffset};

pub type Timestamp = DateTime<FixedOffset>;
