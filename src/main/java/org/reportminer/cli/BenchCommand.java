package org.reportminer.cli;

import picocli.CommandLine.Command;

/**
 * {@code reportminer bench <stage>}: the benchmarks, one subcommand per stage; each replaces its
 * own section of docs/BENCHMARKS.md. Not unit tests: run them by hand, they take minutes.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks (each writes its section of docs/BENCHMARKS.md).",
    subcommands = {IndexBenchCommand.class})
public final class BenchCommand {}
