package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.reportminer.search.QueryException;

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

  /** What a format writes. */
  interface Writers {
    void text(PrintWriter out) throws IOException;

    com.fasterxml.jackson.databind.JsonNode json();

    void csv(PrintWriter out) throws IOException;
  }

  /** Writes in this format and flushes. */
  void write(Writers w, PrintWriter out) throws IOException {
    switch (this) {
      case TEXT -> w.text(out);
      case JSON -> out.println(org.reportminer.model.RecordJson.line(w.json()));
      case CSV -> w.csv(out);
    }
    out.flush();
  }
}
