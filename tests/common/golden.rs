//! Golden files: the expected output of a render, kept in `tests/golden/`.

fn golden_path(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with `tests/golden/<name>`; `UPDATE_GOLDEN=1` rewrites it.
pub fn check_golden(name: &str, actual: &[u8]) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let new = path.with_extension(format!(
            "{}.new",
            path.extension().unwrap().to_string_lossy()
        ));
        std::fs::write(&new, actual).unwrap();
        panic!(
            "{name} differs from the golden file; the new output is in {}",
            new.display()
        );
    }
}
