package org.reportminer.server;

import org.reportminer.index.IndexLayout;

/**
 * How to run the server. Immutable.
 *
 * @param index the index to serve
 * @param host the address to listen on ({@code 127.0.0.1} unless the user asks otherwise)
 * @param port the TCP port (0: any free port, used by tests)
 * @param threads request worker threads
 * @param queue requests waiting for a worker before the server stops accepting new ones
 */
public record ServerConfig(IndexLayout index, String host, int port, int threads, int queue) {
  /** Default listening address: this machine only. */
  public static final String LOCALHOST = "127.0.0.1";

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (threads < 1 || queue < 1) {
      throw new IllegalArgumentException("threads and queue must be at least 1");
    }
  }

  /** Local-only server on {@code port} with a worker per core (at least 2) and a queue of 64. */
  public static ServerConfig local(IndexLayout index, int port) {
    return new ServerConfig(index, LOCALHOST, port,
        Math.max(2, Runtime.getRuntime().availableProcessors()), 64);
  }

  /** This configuration listening on {@code host}. */
  public ServerConfig withHost(String host) {
    return new ServerConfig(index, host, port, threads, queue);
  }
}
