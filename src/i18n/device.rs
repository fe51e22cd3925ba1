//! The words of `samtal device` (this computer's identity as a writer of sessions)
//! and `samtal merge` (bringing in another copy of a session folder).

use super::Lang;

pub struct DeviceText {
    pub device_id: &'static str,
    pub device_name: &'static str,
    pub kept_in: &'static str,
    pub renamed: &'static str,
    pub no_state_dir: &'static str,
    pub inside_data_dir: &'static str,
    pub damaged: &'static str,
    pub name_empty: &'static str,
    pub name_control: &'static str,
    pub name_too_long: &'static str,
    pub writers_exhausted: &'static str,
    pub merge_not_v2: &'static str,
    pub merge_other_session: &'static str,
    pub merge_no_target: &'static str,
    pub merge_done: &'static str,
    pub merge_header_copied: &'static str,
    pub merge_converted: &'static str,
}

pub static SV: DeviceText = DeviceText {
    device_id: "enhets-id: {}",
    device_name: "enhetsnamn: {}",
    kept_in: "sparas i: {}",
    renamed: "den här datorn heter nu '{}'",
    no_state_dir: "ingen lokal mapp att spara enhets-id:t i; ange SAMTAL_STATE_DIR",
    inside_data_dir: "tillståndsmappen {} ligger i datamappen {}: enhets-id:t får inte synkas; ange SAMTAL_STATE_DIR till en mapp utanför den",
    damaged: "{}: kan inte läsas som den här datorns identitet ({}); filen lämnades orörd",
    name_empty: "enhetsnamnet är tomt",
    name_control: "enhetsnamnet innehåller ett styrtecken",
    name_too_long: "enhetsnamnet har {} tecken; högst {} går",
    writers_exhausted: "{}: inga skrivarnummer kvar",
    merge_not_v2: "{} är ingen sessionsmapp av version 2 (ingen header.json); bara sådana kan slås ihop",
    merge_other_session: "mapparna har olika sessioner ({} och {}); --force slår ihop dem ändå",
    merge_no_target: "'{}' är varken en mapp eller ett sessions-id i {} (se samtal list)",
    merge_done: "sammanfogat i {}: kopierade {}, fanns redan {}, nya konfliktkopior {}",
    merge_header_copied: "header.json kopierades (mappen hade ingen)",
    merge_converted: "{} var en session av version 1 och konverterades först: header.json skrevs, session.json och events.jsonl är orörda",
};

pub static EN: DeviceText = DeviceText {
    device_id: "device id: {}",
    device_name: "device name: {}",
    kept_in: "kept in: {}",
    renamed: "this computer is now called '{}'",
    no_state_dir: "no local folder to keep the device id in; set SAMTAL_STATE_DIR",
    inside_data_dir: "the state folder {} is inside the data folder {}: the device id must not be synced; set SAMTAL_STATE_DIR to a folder outside it",
    damaged: "{}: cannot be read as this computer's identity ({}); the file was left untouched",
    name_empty: "the device name is empty",
    name_control: "the device name contains a control character",
    name_too_long: "the device name has {} characters; at most {} are allowed",
    writers_exhausted: "{}: no writer numbers left",
    merge_not_v2: "{} is not a version 2 session folder (no header.json); only those can be merged",
    merge_other_session: "the folders hold different sessions ({} and {}); --force merges them anyway",
    merge_no_target: "'{}' is neither a folder nor a session id in {} (see samtal list)",
    merge_done: "merged into {}: copied {}, already here {}, new conflict copies {}",
    merge_header_copied: "header.json copied (the folder had none)",
    merge_converted: "{} was a version 1 session and was converted first: header.json written, session.json and events.jsonl untouched",
};

pub fn device_text(lang: Lang) -> &'static DeviceText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
