//! What is inside a zip package (.docx, .xlsx).

/// One part of a zip package (.docx, .xlsx) as text.
pub fn zip_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The names of the parts in a zip package.
pub fn part_names(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    archive.file_names().map(str::to_string).collect()
}

/// A .docx's `word/document.xml` and the names of all its parts.
pub fn docx_document(bytes: &[u8]) -> (String, Vec<String>) {
    (zip_part(bytes, "word/document.xml"), part_names(bytes))
}
