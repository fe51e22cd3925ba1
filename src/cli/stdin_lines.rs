//! Standard input for `samtal add`, one contribution per line: UTF-8 by default
//! (a line that is not is refused, never stored damaged), or Windows-1252 for files
//! from older office tools.

use super::CliError;
use super::lang::{fill, text};
use std::io::BufRead;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

impl Encoding {
    pub fn parse(name: Option<&str>) -> Result<Encoding, CliError> {
        let Some(name) = name else {
            return Ok(Encoding::Utf8);
        };
        match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "windows-1252" | "cp1252" | "latin1" | "iso-8859-1" => Ok(Encoding::Windows1252),
            _ => Err(CliError::bad_input(fill(text().unknown_encoding, &[&name]))),
        }
    }

    /// One line's bytes as text; `Err(())` when they are not valid in this encoding.
    pub fn decode(self, bytes: &[u8]) -> Result<String, ()> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(bytes)
                .map(str::to_string)
                .map_err(|_| ()),
            Encoding::Windows1252 => Ok(encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()),
        }
    }
}

/// Calls `each(line_number, text)` for every line of `reader`, numbered from 1.
/// Stops at the first line that cannot be decoded (exit 2, naming the line) or the
/// first error `each` returns.
pub fn for_each_line(
    reader: &mut dyn BufRead,
    encoding: Encoding,
    mut each: impl FnMut(usize, &str) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        let decoded = encoding.decode(&line).map_err(|()| {
            let mut e = CliError::bad_input(fill(text().not_utf8, &[&number]));
            e.line = Some(number);
            e
        })?;
        let decoded = if number == 1 {
            decoded.trim_start_matches('\u{FEFF}').to_string()
        } else {
            decoded
        };
        each(number, &decoded)?;
    }
}

/// "1–3, 5": line numbers as ranges.
pub fn ranges(numbers: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < numbers.len() {
        let start = numbers[k];
        let mut end = start;
        while k + 1 < numbers.len() && numbers[k + 1] == end + 1 {
            k += 1;
            end = numbers[k];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        k += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_letters_come_out_right() {
        assert_eq!(Encoding::Windows1252.decode(b"Malm\xf6").unwrap(), "Malmö");
        assert!(Encoding::Utf8.decode(b"Malm\xf6").is_err());
        assert!(Encoding::Utf8.decode(b"\xff\xfe").is_err());
    }

    #[test]
    fn line_numbers_read_as_ranges() {
        assert_eq!(ranges(&[1, 2, 3, 5]), "1–3, 5");
        assert_eq!(ranges(&[4]), "4");
        assert_eq!(ranges(&[]), "");
    }
}
