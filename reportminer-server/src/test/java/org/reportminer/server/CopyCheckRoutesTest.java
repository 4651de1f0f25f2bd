package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The copy-check routes over a stand-in {@link CopyChecks}: status codes, types, policy, ids. */
class CopyCheckRoutesTest {
  static final String ID = "0123456789abcdef";
  final CopyCheckRoutes routes = new CopyCheckRoutes(Optional.of(new FakeCopyChecks(ID)));

  @Test
  void jsonAndHtmlOfAKnownReport() throws IOException {
    Response json = routes.handle("GET", "/api/copycheck/" + ID, null);
    assertEquals(200, json.status());
    assertEquals(Response.JSON, json.contentType());
    assertEquals("{\"id\":\"" + ID + "\",\"copyRatio\":0.5}", json.text());
    Response html = routes.handle("GET", "/copycheck/" + ID, null);
    assertEquals(200, html.status());
    assertEquals("text/html; charset=utf-8", html.contentType());
    assertEquals(FakeCopyChecks.HTML, html.text());
    String csp = html.headers().get("Content-Security-Policy");
    assertTrue(csp.startsWith("default-src 'none';"), csp);
    assertFalse(csp.contains("script-src"), "no script source at all: " + csp);
  }

  @Test
  void unknownInvalidAndUnavailable() throws IOException {
    assertEquals(404, routes.handle("GET", "/api/copycheck/ffffffffffffffff", null).status());
    assertEquals(404, routes.handle("GET", "/copycheck/ffffffffffffffff", null).status());
    assertEquals(400, routes.handle("GET", "/copycheck/..%2f..%2fetc%2fpasswd", null).status());
    assertEquals(400, routes.handle("GET", "/api/copycheck/" + ID + "/x", null).status());
    assertEquals(400, routes.handle("GET", "/api/copycheck/" + ID, "format=xml").status());
    assertEquals(405, routes.handle("DELETE", "/copycheck/" + ID, null).status());
    Response none = new CopyCheckRoutes(Optional.empty()).handle("GET", "/api/copycheck/" + ID, null);
    assertEquals(404, none.status());
    assertTrue(none.text().contains("not available"), none.text());
  }
}
