//! The words for why `header.json` (or a version 1 `session.json`) cannot be read:
//! said inside `CliText::corrupt`, after the file's name.

use super::Lang;

pub struct FileDamageText {
    /// The line where the file ends.
    pub cut_short: &'static str,
    /// Line, column.
    pub not_json: &'static str,
    /// Line, column.
    pub wrong_content: &'static str,
    pub format: &'static str,
    /// The version found, the one read.
    pub schema: &'static str,
    pub creator: &'static str,
    /// The largest number there may be.
    pub out_of_range: &'static str,
    pub implausible: &'static str,
    pub agenda: &'static str,
}

pub static SV: FileDamageText = FileDamageText {
    cut_short: "filen tar slut för tidigt, på rad {}",
    not_json: "inte giltig JSON på rad {}, kolumn {}",
    wrong_content: "JSON men inte det filen ska innehålla, på rad {}, kolumn {}",
    format: "fältet \"format\" anger en annan sorts fil",
    schema: "schemaversion {}, som den här samtal inte läser (den läser {})",
    creator: "fältet \"creator\" är inget enhets-id (10 hexadecimala siffror)",
    out_of_range: "ett löpnummer eller id större än {}",
    implausible: "en omöjlig tid eller klocka",
    agenda: "dagordningen i den är ogiltig",
};

pub static EN: FileDamageText = FileDamageText {
    cut_short: "the file ends too early, at line {}",
    not_json: "not valid JSON at line {}, column {}",
    wrong_content: "JSON but not what the file holds, at line {}, column {}",
    format: "its \"format\" names another kind of file",
    schema: "schema version {}, which this samtal does not read (it reads {})",
    creator: "its \"creator\" is not a device id (10 hex digits)",
    out_of_range: "a sequence number or id beyond {}",
    implausible: "an impossible time or clock",
    agenda: "its agenda is not valid",
};

pub fn file_damage_text(lang: Lang) -> &'static FileDamageText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
