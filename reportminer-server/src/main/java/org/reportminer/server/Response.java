package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.reportminer.model.RecordJson;

/**
 * One HTTP answer before it is written: status, content type (always with its charset when it is
 * text), body and extra headers. Immutable; the security headers every answer carries are added
 * by {@link ReportServer}, not here.
 *
 * @param status HTTP status code
 * @param contentType the Content-Type header value
 * @param body the body bytes
 * @param headers extra headers (Allow, Cache-Control …)
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  /** Content type of every API answer. */
  public static final String JSON = "application/json; charset=utf-8";

  public Response {
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** A JSON answer. */
  public static Response json(int status, JsonNode node) {
    return new Response(status, JSON, RecordJson.line(node).getBytes(StandardCharsets.UTF_8),
        Map.of("Cache-Control", "no-store"));
  }

  /**
   * A JSON error: {@code {"error": message, "status": status}}. The message is one line for the
   * user; it never carries a stack trace or a server path.
   */
  public static Response error(int status, String message) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("error", message.replace('\n', ' '));
    o.put("status", status);
    return json(status, o);
  }

  /** This answer with one more header. */
  public Response withHeader(String name, String value) {
    java.util.HashMap<String, String> h = new java.util.HashMap<>(headers);
    h.put(name, value);
    return new Response(status, contentType, body, h);
  }

  /** The body as text (for tests and logs). */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
