package org.reportminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import org.reportminer.engine.Archive;
import org.reportminer.engine.NoIndexException;
import org.reportminer.model.RecordJson;
import org.reportminer.search.QueryException;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --format} of the research commands: text, json (one object) or csv (with BOM). */
enum ResearchOutput {
  /** Aligned text for a terminal. */
  TEXT,
  /** One JSON object on one line: the API's answer. */
  JSON,
  /** UTF-8 CSV with a byte-order mark, for Excel. */
  CSV;

  static ResearchOutput byName(String name) throws QueryException {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      case "csv" -> CSV;
      default -> throw new QueryException("--format must be text, json or csv, not " + name);
    };
  }

  /** Prints an answer in one format. */
  interface Printer {
    void print(PrintWriter out) throws IOException;
  }

  /** How an answer is written in each format. */
  record Writers(Printer text, Supplier<JsonNode> json, Printer csv) {}

  /** The request a command's options make; a bad option is a {@link QueryException}. */
  interface RequestMaker<R> {
    R make() throws QueryException;
  }

  /** A view's answer to a request, read from the open archive, as writers. */
  interface View<R> {
    Writers answer(Archive archive, R request) throws QueryException, IOException;
  }

  /** Writes in this format and flushes. */
  void write(Writers w, PrintWriter out) throws IOException {
    switch (this) {
      case TEXT -> w.text().print(out);
      case JSON -> out.println(RecordJson.line(w.json().get()));
      case CSV -> w.csv().print(out);
    }
    out.flush();
  }

  /**
   * The body of the research commands: makes the request, checks the format, opens the index,
   * answers and writes; a bad request, format or missing index is one line on stderr ("reportminer
   * COMMAND: …") and exit code {@link Main#USAGE}.
   */
  static <R> int run(CommandSpec spec, IndexOption index, String command, String format,
      RequestMaker<R> request, View<R> view) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      R r = request.make();
      ResearchOutput output = byName(format);
      try (Archive archive = Archive.open(index.layout())) {
        output.write(view.answer(archive, r), spec.commandLine().getOut());
      }
      return Main.OK;
    } catch (QueryException | NoIndexException e) {
      err.println("reportminer " + command + ": " + e.getMessage());
    }
    err.flush();
    return Main.USAGE;
  }
}
