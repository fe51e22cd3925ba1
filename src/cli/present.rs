//! `samtal present`: finds the session and hands it to the projector view.

use super::error::CliError;
use crate::i18n::Lang;
use std::path::Path;

pub fn present(data_dir: &Path, lang: Lang, session: &str, light: bool) -> Result<(), CliError> {
    let dir = super::sessions::resolve(data_dir, session)?;
    crate::present::run(&dir, crate::present::look(lang, light))?;
    Ok(())
}
