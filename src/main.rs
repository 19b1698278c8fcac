fn main() -> std::process::ExitCode {
    top3::cli::main()
}
