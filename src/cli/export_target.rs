//! Which format `samtal export` writes: `--format`, else the extension of `-o`.
//! (How the file is then written is `export::write_file`'s business.)

use super::CliError;
use super::lang::{fill, text};
use crate::minutes::Format;
use std::path::Path;

/// File extensions and the format each one means. A new format is one more line.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("docx", Format::Docx),
    ("csv", Format::Csv),
    ("xlsx", Format::Xlsx),
    ("json", Format::Json),
];

/// "md, html, docx, csv or json": the formats, for messages.
pub fn format_names() -> String {
    let names: Vec<&str> = Format::ALL.iter().map(|f| f.extension()).collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), text().or),
        None => String::new(),
    }
}

fn parse_format(name: &str) -> Result<Format, CliError> {
    Format::parse(name)
        .ok_or_else(|| CliError::bad_input(fill(text().unknown_format, &[&name, &format_names()])))
}

/// The format an output path's name asks for: `None` when the name says nothing
/// (no extension, `-`, a special file such as a pipe or /dev/stdout).
fn format_of_path(path: &Path) -> Result<Option<Format>, CliError> {
    if path.as_os_str() == "-" || is_special_file(path) {
        return Ok(None);
    }
    let Some(extension) = path.extension() else {
        return Ok(None);
    };
    let extension = extension.to_string_lossy().to_ascii_lowercase();
    match EXTENSIONS.iter().find(|(e, _)| *e == extension) {
        Some((_, format)) => Ok(Some(*format)),
        None => Err(CliError::bad_input(fill(
            text().unknown_extension,
            &[&extension, &format_names()],
        ))),
    }
}

/// Something that exists and is not a regular file or folder: a pipe, a terminal,
/// a device. Its name's extension means nothing.
fn is_special_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// The format to write: `--format` if given (and not contradicted by the file
/// name), else the file name's, else Markdown.
pub fn choose_format(format: Option<&str>, output: Option<&Path>) -> Result<Format, CliError> {
    let named = format.map(parse_format).transpose()?;
    let from_path = match output {
        Some(path) if named.is_none() => format_of_path(path)?,
        Some(path) => format_of_path(path).ok().flatten(),
        None => None,
    };
    match (named, from_path) {
        (Some(named), Some(from_path)) if named != from_path => {
            let path = output.map(|p| p.display().to_string()).unwrap_or_default();
            Err(CliError::bad_input(fill(
                text().format_contradicts,
                &[&named.extension(), &path, &from_path.extension()],
            )))
        }
        (Some(named), _) => Ok(named),
        (None, from_path) => Ok(from_path.unwrap_or(Format::Markdown)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(format: Option<&str>, output: &str) -> Result<Format, u8> {
        choose_format(format, Some(Path::new(output))).map_err(|e| e.code)
    }

    #[test]
    fn the_extension_picks_the_format() {
        assert_eq!(chosen(None, "guess.docx"), Ok(Format::Docx));
        assert_eq!(chosen(None, "a/b/Minutes.HTM"), Ok(Format::Html));
        assert_eq!(chosen(None, "x.csv"), Ok(Format::Csv));
        assert_eq!(chosen(None, "x.json"), Ok(Format::Json));
        assert_eq!(chosen(None, "x.md"), Ok(Format::Markdown));
        assert_eq!(chosen(None, "no-extension"), Ok(Format::Markdown));
        assert_eq!(chosen(None, "-"), Ok(Format::Markdown));
        assert_eq!(choose_format(None, None).ok(), Some(Format::Markdown));
    }

    #[test]
    fn an_unknown_extension_or_a_contradiction_is_refused() {
        assert_eq!(chosen(None, "x.pdf"), Err(2));
        assert_eq!(chosen(Some("html"), "x.docx"), Err(2));
        assert_eq!(chosen(Some("html"), "x.htm"), Ok(Format::Html));
        // --format decides when the extension is not a format's.
        assert_eq!(chosen(Some("md"), "notes.txt"), Ok(Format::Markdown));
    }

    #[test]
    fn a_pipe_or_a_device_means_markdown_whatever_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("looks-like.docx");
        let c_path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        assert_eq!(
            choose_format(None, Some(&fifo)).ok(),
            Some(Format::Markdown)
        );
        // --format still decides for a special file.
        assert_eq!(
            choose_format(Some("csv"), Some(&fifo)).ok(),
            Some(Format::Csv)
        );
    }

    #[test]
    fn every_format_has_an_extension_in_the_table() {
        for format in Format::ALL {
            assert!(
                EXTENSIONS.contains(&(format.extension(), format)),
                "{format:?}"
            );
        }
    }
}
