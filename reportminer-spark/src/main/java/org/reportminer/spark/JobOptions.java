package org.reportminer.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATHS --out DIR [--jsonl] [--no-site-templates]
 * [--max-bytes N] [--solr URLS --collection NAME]}. PATHS are comma-separated (the option may
 * repeat): files, directories, zips and WARC files on any Hadoop file system ({@code hdfs://},
 * {@code s3a://}, local paths). URLS are one or more comma-separated base URLs of SolrCloud nodes
 * ({@code http://HOST:8983/solr}); the collection must exist with the reportminer configset.
 *
 * @param inputs the input paths as given
 * @param out the output directory (records, failures, links, clusters …); a rerun with the same
 *     directory skips the inputs it already holds
 * @param jsonl also write the records as JSON Lines ({@code analyze --json}'s lines)
 * @param siteTemplates learn site template lines over all inputs first, as {@code analyze} does
 * @param maxBytes documents larger than this fail as too large
 * @param solr where to index the records, or null
 */
public record JobOptions(List<String> inputs, String out, boolean jsonl, boolean siteTemplates,
    long maxBytes, SolrTarget solr) {
  /** The CLI's default for {@code --max-bytes} (64 MiB). */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;
  static final String USAGE =
      "usage: --input PATHS --out DIR [--jsonl] [--no-site-templates] [--max-bytes N] [--solr URLS --collection NAME]";

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty() || out == null) {
      throw new IllegalArgumentException(USAGE);
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
    List<String> solrUrls = new ArrayList<>();
    String collection = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> inputs.addAll(list(value(args, ++i)));
        case "--out" -> out = value(args, ++i);
        case "--jsonl" -> jsonl = true;
        case "--no-site-templates" -> templates = false;
        case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i));
        case "--solr" -> solrUrls.addAll(list(value(args, ++i)));
        case "--collection" -> collection = value(args, ++i);
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    if (solrUrls.isEmpty() != (collection == null)) {
      throw new IllegalArgumentException("--solr and --collection go together");
    }
    SolrTarget solr = collection == null ? null : new SolrTarget(solrUrls, collection);
    return new JobOptions(inputs, out, jsonl, templates, maxBytes, solr);
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String p : value.split(",")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
