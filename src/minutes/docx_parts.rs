//! The style sheet and document properties of the Word document, written here in
//! full instead of by docx-rs: its style sheet always adds an empty second `Normal`
//! and marks no style as the default, so Word may set the body in Times New Roman
//! 10 pt; and it has no setter for the author or the language.

use crate::i18n::Lang;
use std::fmt::Write;

/// The body font and size (in half-points), also the document defaults.
pub const BODY_FONT: &str = "Calibri";
pub const BODY_SIZE: usize = 22;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// "sv-SE" / "en-GB": the spelling language Word and LibreOffice check the text in.
pub fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "sv-SE",
        Lang::En => "en-GB",
    }
}

/// `word/styles.xml`: the defaults, one default `Normal`, the headings and the title.
pub fn styles_xml(lang: Lang) -> Vec<u8> {
    let tag = language_tag(lang);
    let fonts = format!(
        r#"<w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:eastAsia="{BODY_FONT}" w:cs="{BODY_FONT}"/>"#
    );
    let size = format!(r#"<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>"#);
    let mut xml = String::from(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    let _ = write!(
        xml,
        r#"<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>{fonts}{size}<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>"#
    );
    let _ = write!(
        xml,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr>{fonts}{size}<w:lang w:val="{tag}"/></w:rPr></w:style>"#
    );
    xml.push_str(concat!(
        r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
        r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
        r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    ));
    for (level, size) in [(1, 36), (2, 28), (3, 24)] {
        let _ = write!(
            xml,
            r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="{outline}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
            outline = level - 1
        );
    }
    xml.push_str(
        r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style></w:styles>"#,
    );
    xml.into_bytes()
}

/// What `docProps/core.xml` says about the document.
pub struct CoreProperties {
    pub title: String,
    /// The moderator or the note-takers; left out when nobody is named.
    pub author: Option<String>,
    pub lang: Lang,
    /// W3C dates: the session's creation and its last change, so that the same
    /// session always gives the same file.
    pub created: String,
    pub modified: String,
}

/// `docProps/core.xml`: title, author, language and the session's dates.
pub fn core_xml(p: &CoreProperties) -> Vec<u8> {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    ));
    let _ = write!(xml, "<dc:title>{}</dc:title>", xml_text(&p.title));
    if let Some(author) = &p.author {
        let author = xml_text(author);
        let _ = write!(
            xml,
            "<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
        );
    }
    let _ = write!(
        xml,
        r#"<dc:language>{}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified><cp:revision>1</cp:revision></cp:coreProperties>"#,
        language_tag(p.lang),
        p.created,
        p.modified
    );
    xml.into_bytes()
}

/// Text for an XML element: markup characters escaped, and characters XML 1.0 does
/// not allow (controls, U+FFFE, U+FFFF) shown as U+FFFD.
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in crate::text::display_safe(text).chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
