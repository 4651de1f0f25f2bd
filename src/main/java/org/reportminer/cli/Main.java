package org.reportminer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reportminer} command: a picocli parent whose subcommands each convert their options
 * to a config record, call one engine stage and map the result to an exit code (0 success, 1 some
 * inputs failed, 2 usage error). This class only wires the subcommands together.
 */
@Command(
    name = "reportminer",
    mixinStandardHelpOptions = true,
    version = "reportminer 0.1.0",
    description = "Text mining for archives of Chinese summary reports.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainNerCommand.class,
      DupsCommand.class,
      CopyCheckCommand.class,
      AnalyzeCommand.class,
      IngestCommand.class,
      GenerateCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      KeywordDfCommand.class
    })
public final class Main {

  /** Exit code when every input was processed. */
  public static final int OK = 0;
  /** Exit code when some inputs failed (they are listed on stderr and in the failures log). */
  public static final int SOME_FAILED = 1;
  /** Exit code for a usage error (bad option, bad query). */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting (used by tests). */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /**
   * Runs the command line with the given output and error writers (null: the standard streams)
   * and returns its exit code, without exiting. Tests use this to capture what a command prints.
   */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setParameterExceptionHandler(
        (ex, badArgs) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("reportminer " + c.getCommandName() + ": " + oneLine(ex)
              + " (see --help)");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("reportminer: " + oneLine(ex));
          return USAGE;
        });
    return cli.execute(args);
  }

  private static String oneLine(Throwable ex) {
    String msg = ex.getMessage();
    return (msg == null ? ex.getClass().getSimpleName() : msg).replace('\n', ' ');
  }
}
