//! The screen rebuilt from what the program wrote: cursor moves, clears, UTF-8 text
//! by grapheme and display width (the sequences ratatui's crossterm backend emits).

use super::pty_session::{COLS, KIND, ROWS};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

// ---------------------------------------------------------------------------
// The screen model.

pub struct Screen {
    /// One string per cell; "" for a cell covered by the wide character before it.
    pub cells: Vec<Vec<String>>,
}

impl Screen {
    pub fn blank() -> Vec<Vec<String>> {
        vec![vec![" ".to_string(); COLS]; ROWS]
    }

    /// Replays the output: CSI cursor moves and clears, entering the alternate screen
    /// (which starts blank), CR/LF, and text placed by grapheme and display width.
    /// Colours and modes are ignored; an incomplete sequence at the end waits.
    pub fn parse(bytes: &[u8]) -> Screen {
        let mut cells = Screen::blank();
        let (mut row, mut col) = (0usize, 0usize);
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                0x1b => {
                    let Some(&next) = bytes.get(i + 1) else { break };
                    if next == b'[' {
                        let mut j = i + 2;
                        while j < bytes.len() && !(0x40..=0x7e).contains(&bytes[j]) {
                            j += 1;
                        }
                        let Some(&end) = bytes.get(j) else { break };
                        let params = String::from_utf8_lossy(&bytes[i + 2..j]);
                        let private = params.starts_with('?');
                        let numbers: Vec<usize> = params
                            .trim_start_matches('?')
                            .split(';')
                            .map(|p| p.parse().unwrap_or(0))
                            .collect();
                        let n = |k: usize| numbers.get(k).copied().unwrap_or(0).max(1);
                        match (private, end) {
                            (false, b'H' | b'f') => {
                                row = (n(0) - 1).min(ROWS - 1);
                                col = (n(1) - 1).min(COLS - 1);
                            }
                            (false, b'G') => col = (n(0) - 1).min(COLS - 1),
                            (false, b'd') => row = (n(0) - 1).min(ROWS - 1),
                            (false, b'A') => row = row.saturating_sub(n(0)),
                            (false, b'B') => row = (row + n(0)).min(ROWS - 1),
                            (false, b'C') => col = (col + n(0)).min(COLS - 1),
                            (false, b'D') => col = col.saturating_sub(n(0)),
                            (false, b'J') if params == "2" || params == "3" => {
                                cells = Screen::blank();
                            }
                            (true, b'h') if params == "?1049" => {
                                cells = Screen::blank();
                                (row, col) = (0, 0);
                            }
                            _ => {}
                        }
                        i = j + 1;
                    } else if next == b']' {
                        // OSC: up to BEL or ESC \.
                        let mut j = i + 2;
                        while j < bytes.len() && bytes[j] != 0x07 && bytes[j] != 0x1b {
                            j += 1;
                        }
                        if j >= bytes.len() {
                            break;
                        }
                        i = if bytes[j] == 0x1b { j + 2 } else { j + 1 };
                    } else {
                        i += 2;
                    }
                }
                b'\r' => {
                    col = 0;
                    i += 1;
                }
                b'\n' => {
                    row = (row + 1).min(ROWS - 1);
                    i += 1;
                }
                b if b < 0x20 || b == 0x7f => i += 1,
                _ => {
                    let mut j = i;
                    while j < bytes.len() && bytes[j] >= 0x20 && bytes[j] != 0x7f {
                        j += 1;
                    }
                    let run = &bytes[i..j];
                    let text = match std::str::from_utf8(run) {
                        Ok(text) => text.to_string(),
                        // Cut in the middle of a character at the end: use what is whole.
                        Err(e) if e.error_len().is_none() && j == bytes.len() => {
                            String::from_utf8_lossy(&run[..e.valid_up_to()]).into_owned()
                        }
                        Err(_) => String::from_utf8_lossy(run).into_owned(),
                    };
                    for g in text.graphemes(true) {
                        let w = g.width();
                        if w == 0 {
                            if col > 0 {
                                cells[row][col - 1].push_str(g);
                            }
                            continue;
                        }
                        if col + w > COLS {
                            continue;
                        }
                        cells[row][col] = g.to_string();
                        for k in 1..w {
                            cells[row][col + k] = String::new();
                        }
                        col = (col + w).min(COLS - 1);
                    }
                    i = j;
                }
            }
        }
        Screen { cells }
    }

    /// Row `n`, counted from 1.
    pub fn row(&self, n: usize) -> Option<String> {
        self.cells.get(n.checked_sub(1)?).map(|r| r.concat())
    }

    pub fn rows(&self) -> impl Iterator<Item = String> + '_ {
        self.cells.iter().map(|r| r.concat())
    }

    pub fn contains(&self, needle: &str) -> bool {
        self.rows().any(|r| r.contains(needle))
    }

    /// A row of the contributions log: it holds the text and the kind label (the
    /// capture line, where the text is typed, holds only the text).
    pub fn log_row(&self, text: &str) -> Option<String> {
        self.rows().find(|r| r.contains(text) && r.contains(KIND))
    }
}

impl std::fmt::Display for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (n, row) in self.rows().enumerate() {
            writeln!(f, "{:>2}|{}", n + 1, row.trim_end())?;
        }
        Ok(())
    }
}
