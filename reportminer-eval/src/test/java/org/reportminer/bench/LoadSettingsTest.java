package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The load test's argument checks, its request mix and its percentiles, without a server. */
class LoadSettingsTest {

  private static final LoadSettings.Mix MIX = new LoadSettings.Mix(8, 1, 1);

  static LoadSettings settings(String host, int clients, int requests, double seconds) {
    return new LoadSettings(host, clients, requests, seconds, 0, false, MIX);
  }

  @Test
  void refusesEveryAddressThatIsNotLoopback() {
    for (String host : new String[] {"192.0.2.10", "10.0.0.1", "0.0.0.0", "8.8.8.8", "::", "2001:db8::1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(host, 1, 10, 1));
      assertTrue(e.getMessage().contains("loopback only"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> settings("", 1, 10, 1));
  }

  @Test
  void acceptsLoopbackAddresses() {
    for (String host : new String[] {"127.0.0.1", "127.0.0.2", "::1", "localhost"}) {
      assertEquals(host, settings(host, 1, 10, 1).host());
    }
  }

  @Test
  void checksTheBounds() {
    assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1", 0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1", LoadSettings.MAX_CLIENTS + 1, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1", 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1", 1, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1", 1, 10, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> new LoadSettings("127.0.0.1", 1, 10, 1, -1, false, MIX));
    assertThrows(IllegalArgumentException.class, () -> new LoadSettings.Mix(0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new LoadSettings.Mix(1, -1, 0));
  }

  @Test
  void spreadsTheMixWeightsOverEveryCycle() {
    int[] counts = new int[LoadRoute.values().length];
    for (long k = 0; k < 100; k++) {
      counts[MIX.route(k).ordinal()]++;
    }
    assertEquals(80, counts[LoadRoute.SEARCH.ordinal()]);
    assertEquals(10, counts[LoadRoute.SIMILAR.ordinal()]);
    assertEquals(10, counts[LoadRoute.COPYCHECK.ordinal()]);
  }

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    }
    LatencySummary s = LatencySummary.of(nanos);
    assertEquals(100, s.count());
    assertEquals(50.0, s.p50());
    assertEquals(95.0, s.p95());
    assertEquals(99.0, s.p99());
    assertEquals(100.0, s.max());
    assertEquals(100_000_000L, nanos[0], "the input is not sorted in place");

    LatencySummary three = LatencySummary.of(new long[] {3_000_000, 1_000_000, 2_000_000});
    assertEquals(2.0, three.p50());
    assertEquals(3.0, three.p95());
    assertEquals(3.0, three.p99());

    assertEquals(7, LatencySummary.percentile(new long[] {7}, 50));
    assertEquals(0, LatencySummary.of(new long[0]).p99());
    assertThrows(IllegalArgumentException.class, () -> LatencySummary.percentile(new long[] {1}, 0));
  }
}
