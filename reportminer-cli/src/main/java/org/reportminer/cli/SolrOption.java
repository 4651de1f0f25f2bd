package org.reportminer.cli;

import java.io.IOException;
import java.net.URI;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Backend;
import org.reportminer.engine.solrcloud.SolrCollection;
import picocli.CommandLine.Option;

/**
 * The {@code --solr URL --collection NAME} options of the commands that read reports: with
 * {@code --solr}, they read a SolrCloud collection ({@link SolrCollection}) instead of the
 * embedded index of {@code --index}. Only a small HTTP client is involved: the command line's jar
 * holds no Solr.
 */
final class SolrOption {
  @Option(names = "--solr", paramLabel = "URL",
      description = "Read a SolrCloud collection instead of --index: any node's URL, such as http://127.0.0.1:8983/solr (docs/SCALE.md).")
  String url;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = "reports",
      description = "The collection, with --solr (default: ${DEFAULT-VALUE}).")
  String collection;

  /** True when the command reads Solr. */
  boolean on() {
    return url != null;
  }

  /** The backend to read: the collection with {@code --solr}, else the index of {@code index}. */
  Backend open(IndexOption index) throws IOException {
    if (!on()) {
      return Archive.open(index.layout());
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--solr must be a URL such as http://127.0.0.1:8983/solr, not " + url);
    }
    if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("--solr must be a URL such as http://127.0.0.1:8983/solr, not " + url);
    }
    return SolrCollection.connect(uri, collection);
  }
}
