//! Fuzz target: see fuzz/README.md and `samtal_fuzz::snapshot`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| samtal_fuzz::snapshot(data));
