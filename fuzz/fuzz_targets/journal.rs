//! Fuzz target: see fuzz/README.md and `samtal_fuzz::journal`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| samtal_fuzz::journal(data));
