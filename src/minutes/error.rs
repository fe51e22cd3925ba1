//! Why minutes could not be made: a format's library refused what it was given.

/// A failure to build one format's bytes.
#[derive(Debug, thiserror::Error)]
pub enum MinutesError {
    #[error("cannot write the workbook: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    #[error("cannot write the Word document: {0}")]
    WordDocument(String),
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}
