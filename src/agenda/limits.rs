//! What an agenda file may hold: its format name and version, its sizes, its ids.

/// Limits that keep a hostile or mistaken file from hanging or flooding the app.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
pub const MAX_ITEMS: usize = 500;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_TEXT_CHARS: usize = 20_000;
pub const MAX_PROMPTS: usize = 20;
pub const MAX_TIMEBOX_MINUTES: u32 = 24 * 60;

pub const FORMAT_NAME: &str = "samtal-agenda";
pub const FORMAT_VERSION: u32 = 1;

pub fn valid_item_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
