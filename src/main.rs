fn main() -> std::process::ExitCode {
    samtal::cli::main()
}
