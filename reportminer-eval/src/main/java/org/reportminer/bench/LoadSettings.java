package org.reportminer.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What a load test runs: where the server listens (loopback only), how many clients, its bounds
 * and its request mix.
 *
 * @param host the address the server listens on and the clients call; must be a loopback address
 * @param clients concurrent clients of the measured run
 * @param requests at most this many measured requests per run
 * @param seconds at most this many seconds per run (whichever bound comes first)
 * @param warmup requests sent before measuring (not counted)
 * @param sharedClient one HttpClient shared by all client threads instead of one per thread
 * @param mix weights of search, similar and copy-check requests
 */
public record LoadSettings(String host, int clients, int requests, double seconds, int warmup,
    boolean sharedClient, Mix mix) {

  /** Most clients a run may have. */
  public static final int MAX_CLIENTS = 256;

  /**
   * Relative weights of the routes in the request mix (out of their sum).
   *
   * @param search {@code /api/search} over the query set
   * @param similar {@code /api/similar/ID}
   * @param copycheck {@code /api/copycheck/ID}
   */
  public record Mix(int search, int similar, int copycheck) {
    /** Checks the weights. */
    public Mix {
      if (search < 0 || similar < 0 || copycheck < 0 || search + similar + copycheck == 0) {
        throw new IllegalArgumentException("the mix weights must be at least 0 and not all 0");
      }
    }

    /** The route of the {@code k}th request: the weights spread evenly over every cycle. */
    public LoadRoute route(long k) {
      int total = search + similar + copycheck;
      int slot = (int) (k % total);
      return slot < search ? LoadRoute.SEARCH : slot < search + similar ? LoadRoute.SIMILAR : LoadRoute.COPYCHECK;
    }
  }

  /** Checks the bounds and that {@code host} is a loopback address. */
  public LoadSettings {
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw new IllegalArgumentException("--clients must be between 1 and " + MAX_CLIENTS + ", not " + clients);
    }
    if (requests < 1) {
      throw new IllegalArgumentException("--requests must be at least 1, not " + requests);
    }
    if (!(seconds > 0) || seconds > 86_400) {
      throw new IllegalArgumentException("--seconds must be more than 0 and at most 86400, not " + seconds);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be at least 0, not " + warmup);
    }
    if (mix == null) {
      throw new IllegalArgumentException("no request mix");
    }
    requireLoopback(host);
  }

  /** This run with another number of clients (the one-client baseline). */
  public LoadSettings withClients(int n) {
    return new LoadSettings(host, n, requests, seconds, warmup, sharedClient, mix);
  }

  /** Refuses any host that is not a loopback address: a load test must never leave this machine. */
  static void requireLoopback(String host) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no host");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host);
    }
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("refusing " + host + ": the load test runs on loopback only (127.0.0.1, ::1)");
    }
  }
}
