package org.reportminer.cli;

import java.util.ServiceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code reportminer} command: a picocli parent whose subcommands each convert their options
 * to a config record, call one engine stage and map the result to an exit code ({@link ExitCode}:
 * 0 success, 1 some inputs failed or an I/O error, 2 usage error, 3 internal error). This class
 * only wires the subcommands together (its own, and those other modules add through {@link
 * CommandSet}) and turns an exception that escapes a command into one line
 * on stderr and its exit code.
 */
@Command(
    name = "reportminer",
    mixinStandardHelpOptions = true,
    version = "reportminer 0.1.0",
    description = "Text mining for archives of Chinese summary reports.",
    footer = {
      "",
      "eval, bench, generate and train-ner come with reportminer-eval (./reportminer runs them",
      "from its jar)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      ExtractCommand.class,
      AnalyzeCommand.class,
      DupsCommand.class,
      CopyCheckCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      TimelineCommand.class,
      ConcordanceCommand.class,
      EntityCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      KeywordDfCommand.class
    })
public final class Main {

  /** {@link ExitCode#OK}, for commands returning an int. */
  public static final int OK = ExitCode.OK.code();
  /** {@link ExitCode#INPUT_FAILED}, for commands returning an int. */
  public static final int SOME_FAILED = ExitCode.INPUT_FAILED.code();
  /** {@link ExitCode#USAGE}, for commands returning an int. */
  public static final int USAGE = ExitCode.USAGE.code();
  /** {@link ExitCode#INTERNAL}, for commands returning an int. */
  public static final int INTERNAL = ExitCode.INTERNAL.code();

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
    for (CommandSet set : ServiceLoader.load(CommandSet.class)) {
      set.commands().forEach(cli::addSubcommand);
    }
    return configure(cli, out, err).execute(args);
  }

  /**
   * {@code cli} with the given writers (null: keep) and the handlers that turn a bad option into
   * one line and exit 2, and an exception escaping a command into one line and {@link
   * ExitCode#of its exit code}.
   */
  static CommandLine configure(CommandLine cli, java.io.PrintWriter out, java.io.PrintWriter err) {
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
    // an exception escaping a command is an I/O failure (exit 1) or a bug (exit 3), never a
    // usage error: one line, with the exception's class when it is not an I/O error
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          ExitCode code = ExitCode.of(ex);
          String what = code == ExitCode.INTERNAL
              ? "internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex)
              : oneLine(ex);
          commandLine.getErr().println("reportminer " + commandLine.getCommandName() + ": " + what);
          if (code == ExitCode.INTERNAL && System.getenv("REPORTMINER_TRACE") != null) {
            ex.printStackTrace(new java.io.PrintWriter(commandLine.getErr(), true));
          }
          commandLine.getErr().flush();
          return code.code();
        });
    return cli;
  }

  /**
   * One line for the user. A file-system exception's message is often just a path, so its kind
   * is spelled out: {@code no such file or directory: /x/y}.
   */
  static String oneLine(Throwable ex) {
    if (ex instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
      String why = f.getReason() != null ? f.getReason()
          : ex instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
          : ex instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
          : ex instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : ex instanceof java.nio.file.NotDirectoryException ? "not a directory"
          : ex.getClass().getSimpleName();
      return (why + ": " + f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : ""))
          .replace('\n', ' ');
    }
    String msg = ex.getMessage();
    return (msg == null ? ex.getClass().getSimpleName() : msg).replace('\n', ' ');
  }
}
