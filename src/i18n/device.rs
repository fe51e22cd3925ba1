//! The words of `samtal device`: this computer's identity as a writer of sessions.

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
};

pub fn device_text(lang: Lang) -> &'static DeviceText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
