//! The agenda's item texts as paragraphs and bullet lists.

/// Agenda text as paragraphs and bullet lists ("- " lines), as the agenda format
/// describes it.
#[derive(Debug, PartialEq, Eq)]
pub enum Block<'a> {
    Paragraph(&'a str),
    Bullets(Vec<&'a str>),
}

pub fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out: Vec<Block> = Vec::new();
    for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        match (line.strip_prefix("- "), out.last_mut()) {
            (Some(bullet), Some(Block::Bullets(list))) => list.push(bullet),
            (Some(bullet), _) => out.push(Block::Bullets(vec![bullet])),
            (None, _) => out.push(Block::Paragraph(line)),
        }
    }
    out
}
