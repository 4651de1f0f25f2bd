package org.reportminer.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATHS --out DIR [--jsonl] [--no-site-templates]
 * [--max-bytes N]}. PATHS are comma-separated (the option may
 * repeat): files, directories, zips and WARC files on any Hadoop file system ({@code hdfs://},
 * {@code s3a://}, local paths).
 *
 * @param inputs the input paths as given
 * @param out the output directory (records, failures, links, clusters)
 * @param jsonl also write the records as JSON Lines ({@code analyze --json}'s lines)
 * @param siteTemplates learn site template lines over all inputs first, as {@code analyze} does
 * @param maxBytes documents larger than this fail as too large
 */
public record JobOptions(List<String> inputs, String out, boolean jsonl, boolean siteTemplates,
    long maxBytes) {
  /** The CLI's default for {@code --max-bytes} (64 MiB). */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty() || out == null) {
      throw new IllegalArgumentException(
          "usage: --input PATHS --out DIR [--jsonl] [--no-site-templates] [--max-bytes N]");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("--max-bytes must be positive");
    }
  }

  /** Parses the arguments; throws {@link IllegalArgumentException} with a usage line. */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    boolean jsonl = false;
    boolean templates = true;
    long maxBytes = DEFAULT_MAX_BYTES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> {
          for (String p : value(args, ++i).split(",")) {
            if (!p.isBlank()) {
              inputs.add(p.strip());
            }
          }
        }
        case "--out" -> out = value(args, ++i);
        case "--jsonl" -> jsonl = true;
        case "--no-site-templates" -> templates = false;
        case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    return new JobOptions(inputs, out, jsonl, templates, maxBytes);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
