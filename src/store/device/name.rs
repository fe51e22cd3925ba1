//! A device's name: shown to people (in conflict copies, in `samtal device`), so it
//! is short, printable text.

/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the device name is empty")]
    Empty,
    #[error("the device name contains a control character")]
    Control,
    #[error("the device name has {0} characters; at most {MAX_NAME_CHARS}")]
    TooLong(usize),
}

/// The name as it will be kept (surrounding spaces trimmed), or why it is refused.
pub fn validate_name(name: &str) -> Result<String, NameError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().any(char::is_control) {
        return Err(NameError::Control);
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(NameError::TooLong(chars));
    }
    Ok(name.to_string())
}

/// The host name, made a valid device name; "samtal" if there is none.
pub fn host_name() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it
    // or truncates, and the last byte is never written below.
    let result = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len() - 1) };
    if result != 0 {
        return "samtal".to_string();
    }
    let end = buffer.iter().position(|b| *b == 0).unwrap_or(buffer.len());
    let raw = String::from_utf8_lossy(&buffer[..end]);
    let printable: String = raw
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    validate_name(&printable).unwrap_or_else(|_| "samtal".to_string())
}
