//! `anteroom-bench`: see `anteroom_bench::cli`.

use std::process::ExitCode;

fn main() -> ExitCode {
    anteroom_bench::cli::main()
}
