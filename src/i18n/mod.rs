//! Every word the user reads, in Swedish and English, in one catalogue: the screen,
//! the command line, the minutes and the projector. Every struct has both languages (no
//! defaults), so a screen, a message or a document is never half translated. One file
//! per area; `Lang` is the entry point.

pub mod annotations;
pub mod cli;
pub mod damage;
pub mod device;
pub mod dialog_keys;
pub mod file_damage;
pub mod join;
pub mod keys;
pub mod kinds;
pub mod minutes;
pub mod projector;
pub mod schedule;
pub mod screen;
mod shared;
pub mod words;
// The version picker and the footer's other writers.
pub mod versions;

pub use annotations::{AnnotationsText, annotations_text};
pub use cli::CliText;
pub use damage::DamageText;
pub use device::DeviceText;
pub use join::{JoinText, join_text};
pub use kinds::{kind_choices, parse_kind};
pub use minutes::{Labels, labels};
pub use projector::{ProjectorWords, projector_words};
pub use schedule::{ScheduleWords, schedule_words};
pub use screen::{EN, SV, Strings};
pub use words::{Words, words};

pub use crate::lang::Lang;

/// The words of each area, by language.
impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }

    /// The command line's words.
    pub fn cli(self) -> &'static CliText {
        cli::cli_text(self)
    }

    /// The words for damaged lines and refused files in `events/`.
    pub fn damage(self) -> &'static DamageText {
        damage::damage_text(self)
    }

    /// The words of `samtal device` and `samtal merge`.
    pub fn device(self) -> &'static DeviceText {
        device::device_text(self)
    }

    /// The capture screen's messages about undo, drafts, the clock and the footer.
    pub fn words(self) -> &'static Words {
        words(self)
    }

    /// The headings and labels of the minutes.
    pub fn labels(self) -> &'static Labels {
        labels(self)
    }

    pub fn projector(self) -> &'static ProjectorWords {
        projector_words(self)
    }

    pub fn schedule(self) -> &'static ScheduleWords {
        schedule_words(self)
    }

    pub fn annotations(self) -> &'static AnnotationsText {
        annotations_text(self)
    }
}

/// "20 november 2015" / "20 November 2015".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const SV_MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Lang::Sv => &SV_MONTHS,
        Lang::En => &EN_MONTHS,
    };
    let month = months.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_locales_give_swedish() {
        assert_eq!(Lang::from_locale(Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(Lang::from_locale(Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some("C")), Lang::En);
        assert_eq!(Lang::from_locale(None), Lang::En);
    }

    #[test]
    fn dates_read_the_swedish_way() {
        let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
        assert_eq!(long_date(date, Lang::Sv), "20 november 2015");
        assert_eq!(long_date(date, Lang::En), "20 November 2015");
    }
}
