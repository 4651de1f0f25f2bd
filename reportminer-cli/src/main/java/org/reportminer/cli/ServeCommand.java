package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reportminer.engine.Backend;
import org.reportminer.engine.NoIndexException;
import org.reportminer.server.ReportServer;
import org.reportminer.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer serve [--index DIR | --solr URL --collection NAME] [--port 8080] [--host
 * 127.0.0.1]}: opens the index (or connects to the SolrCloud collection), starts
 * the {@link ReportServer} and runs until Ctrl-C (or any other termination signal), then stops
 * gracefully: requests in flight finish, the index is closed.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search web page and the HTTP JSON API over the index.",
      "API: /api/search, /api/facets, /api/export.csv, /api/report/ID, /api/similar/ID,",
      "/api/copycheck/ID; copy report pages at /copycheck/ID. Listens on 127.0.0.1 unless",
      "--host says otherwise; stop with Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerConfig.LOCALHOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 exposes the server to the network).")
  String host;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = ServerConfig.local(index.layout(), port).withHost(host);
    } catch (IllegalArgumentException e) {
      err.println("reportminer serve: " + e.getMessage());
      err.flush();
      return Main.USAGE;
    }
    Backend archive;
    try {
      archive = solr.open(index);
    } catch (NoIndexException | IllegalArgumentException e) {
      err.println("reportminer serve: " + e.getMessage());
      err.flush();
      return Main.USAGE;
    }
    ReportServer server;
    try {
      if (solr.on()) {
        err.println("reportminer serve: over SolrCloud timelines, concordances and entity pages are off");
        err.flush();
      }
      if (!archive.canCheckCopies()) {
        err.println("reportminer serve: copy checks are off: the index has no dedup fingerprints"
            + " (it was built before the dedup stage; ingest into a new index to add them)");
        err.flush();
      }
      server = ReportServer.start(config, archive, System.err);
    } catch (IOException e) {
      archive.close();
      err.println("reportminer serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      err.flush();
      return Main.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      try {
        archive.close();
      } catch (IOException e) {
        System.err.println("reportminer serve: closing the index: " + e.getMessage());
      }
      stopped.countDown();
    }, "reportminer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println("reportminer: serving " + archive.describe() + " at " + server.url()
        + "/ (Ctrl-C to stop)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }
}
