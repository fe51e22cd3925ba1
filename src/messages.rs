//! The command line's language for this run, and how its messages are put together:
//! `fill` for templates, `os_error` and `store_error` for errors, `damage` for what a
//! read of `events/` skipped. The words themselves
//! are in the catalogue (`i18n::CliText`); `cli::lang` is this module.

pub mod damage;
pub mod file_damage;

pub use crate::i18n::CliText;
use crate::i18n::Lang;
use crate::store::StoreError;
use std::sync::OnceLock;

static CLI_LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of every message of this run (once, at the start).
pub fn set(lang: Lang) {
    let _ = CLI_LANG.set(lang);
}

/// The language of the command line's messages: the one set, else the locale's.
pub fn current() -> Lang {
    *CLI_LANG.get_or_init(|| Lang::detect(None))
}

pub fn text() -> &'static CliText {
    text_in(current())
}

pub fn text_in(lang: Lang) -> &'static CliText {
    lang.cli()
}

/// `template` with each `{}` replaced by the next value.
pub fn fill(template: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(value) = values.next() {
            out.push_str(&value.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// An OS error in the interface language, with the original in brackets
/// ("disken är full (No space left on device (os error 28))"). English keeps the
/// original alone.
pub fn os_error(lang: Lang, error: &std::io::Error) -> String {
    let t = match lang {
        Lang::Sv => Lang::Sv.cli(),
        Lang::En => return error.to_string(),
    };
    let said = match error.raw_os_error() {
        Some(libc::ENOSPC) => Some(t.disk_full),
        Some(libc::EACCES | libc::EPERM) => Some(t.permission_denied),
        Some(libc::ENOENT) => Some(t.not_found),
        Some(libc::EROFS) => Some(t.read_only),
        Some(libc::EISDIR) => Some(t.is_a_folder),
        Some(libc::EDQUOT) => Some(t.quota),
        _ => match error.kind() {
            std::io::ErrorKind::NotFound => Some(t.not_found),
            std::io::ErrorKind::PermissionDenied => Some(t.permission_denied),
            std::io::ErrorKind::StorageFull => Some(t.disk_full),
            std::io::ErrorKind::IsADirectory => Some(t.is_a_folder),
            _ => None,
        },
    };
    match said {
        Some(said) => format!("{said} ({error})"),
        None => error.to_string(),
    }
}

/// A store error in the interface language, naming the file.
pub fn store_error(lang: Lang, error: &StoreError) -> String {
    let t = lang.cli();
    match error {
        StoreError::Io { path, source } => {
            format!("{}: {}", path.display(), os_error(lang, source))
        }
        StoreError::Corrupt { path, reason } => fill(t.corrupt, &[&path.display(), reason]),
        StoreError::Damaged { path, damage } => fill(
            t.corrupt,
            &[
                &crate::text::display_safe(&path.display().to_string()),
                &file_damage::file_damage(lang, damage),
            ],
        ),
        StoreError::Locked {
            dir,
            pid: Some(pid),
        } => fill(t.locked_by, &[&dir.display(), pid]),
        StoreError::Locked { dir, pid: None } => fill(t.locked, &[&dir.display()]),
        StoreError::NotFound { what } => what.clone(),
    }
}

/// The short reason shown in the footer's red NOT SAVED state.
/// In the interface language ("disken är full (No space left on device …)").
pub fn short_reason(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Io { source, .. } => os_error(lang, source),
        other => store_error(lang, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_their_values_in_order() {
        assert_eq!(fill("{} och {}", &[&1, &"två"]), "1 och två");
        assert_eq!(fill("inget", &[]), "inget");
    }

    #[test]
    fn a_full_disk_is_said_in_swedish_with_the_original() {
        let e = std::io::Error::from_raw_os_error(libc::ENOSPC);
        let sv = os_error(Lang::Sv, &e);
        assert!(sv.starts_with("disken är full ("), "{sv}");
        assert!(sv.contains("os error 28"), "{sv}");
        let denied = std::io::Error::from_raw_os_error(libc::EACCES);
        assert!(os_error(Lang::Sv, &denied).starts_with("åtkomst nekad ("));
        assert_eq!(os_error(Lang::En, &e), e.to_string());
    }

    #[test]
    fn the_apps_footer_says_a_full_disk_in_the_interface_language() {
        let error = StoreError::Io {
            path: "/data/sessions/x/events.jsonl".into(),
            source: std::io::Error::from_raw_os_error(libc::ENOSPC),
        };
        let sv = short_reason(Lang::Sv, &error);
        assert!(
            sv.starts_with("disken är full (No space left on device"),
            "{sv}"
        );
        let en = short_reason(Lang::En, &error);
        assert!(en.starts_with("No space left on device"), "{en}");
    }

    #[test]
    fn not_saved_names_the_file_and_the_reason() {
        let error = StoreError::Io {
            path: "/data/sessions/x/events.jsonl".into(),
            source: std::io::Error::from_raw_os_error(libc::EACCES),
        };
        let sv = store_error(Lang::Sv, &error);
        assert!(
            sv.starts_with("/data/sessions/x/events.jsonl: åtkomst nekad ("),
            "{sv}"
        );
        let en = store_error(Lang::En, &error);
        assert!(
            en.contains("/data/sessions/x/events.jsonl: Permission denied"),
            "{en}"
        );
    }
}
