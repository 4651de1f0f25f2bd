package org.reportminer.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One HTTP/1.1 exchange on an accepted socket: reads the request line and headers, hands the
 * method and the raw (still percent-encoded) path and query to the server, writes its {@link
 * Response} with the given headers and closes the connection ({@code Connection: close}; no
 * keep-alive, no request bodies).
 *
 * <p>This exists so that every answer, a malformed request included, is the server's own JSON
 * with its security headers: the JDK's {@code com.sun.net.httpserver} rejects a target such as
 * {@code /%} or {@code ?q=%zz} itself, with an HTML page and none of the headers, before any
 * handler runs. Here a request line that cannot be read is a 400 and an over-long one a 414, both
 * in the documented JSON shape. Bytes of the target are kept one to one (read as ISO-8859-1), so
 * the query decoder sees exactly what the client sent. Not thread-safe: one instance per socket.
 */
final class HttpConnection {
  /** Longest request line read, in bytes; longer is a 414 without reading further. */
  static final int MAX_LINE_BYTES = ReportServer.MAX_URI_CHARS + 1024;
  /** Most header bytes read; more is a 400. */
  static final int MAX_HEADER_BYTES = 64 * 1024;
  /** Request bodies up to this size are read and dropped (a POST gets its 405); larger: closed. */
  static final int MAX_DRAINED_BODY = 64 * 1024;
  /** How long a client may take to send its request head. */
  static final int READ_TIMEOUT_MS = 10_000;

  /** What the server answers for a parsed request: method, raw path, raw query (or null). */
  interface Answerer {
    Response answer(String method, String rawPath, String rawQuery);
  }

  private final Socket socket;

  HttpConnection(Socket socket) {
    this.socket = socket;
  }

  /**
   * Serves the one request on the socket and closes it. {@code headers} gives the headers of an
   * answer (the security headers and its Content-Type), which the answer's own headers override.
   */
  void serve(Answerer answerer, Function<Response, Map<String, String>> headers) {
    try (socket) {
      socket.setSoTimeout(READ_TIMEOUT_MS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String method = "GET";
      Response response;
      try {
        Request request = readHead(in);
        method = request.method();
        response = request.error() != null ? request.error()
            : answerer.answer(request.method(), request.rawPath(), request.rawQuery());
        if (request.error() == null && !drainBody(in, request.contentLength())) {
          write(response, method, headers);
          return; // the body was too large to read: the connection is closed without draining
        }
      } catch (SocketTimeoutException e) {
        response = Response.error(408, "request timed out: the request line and headers took over "
            + READ_TIMEOUT_MS / 1000 + " s");
      }
      write(response, method, headers);
      // close gracefully: a client still sending would otherwise get a reset, not the answer
      socket.shutdownOutput();
      socket.setSoTimeout(1000);
      byte[] sink = new byte[4096];
      long drained = 0;
      int n;
      while (drained < MAX_DRAINED_BODY && (n = in.read(sink)) > 0) {
        drained += n;
      }
    } catch (IOException e) {
      // the client went away, or sent nothing; nothing left to tell it
    }
  }

  /** A request head; {@code error} is the answer when it could not be read. */
  record Request(String method, String rawPath, String rawQuery, long contentLength, Response error) {
    static Request bad(Response error) {
      return new Request("GET", "/", null, 0, error);
    }
  }

  private static Request readHead(InputStream in) throws IOException {
    String line = readLine(in, MAX_LINE_BYTES);
    while (line != null && line.isEmpty()) {
      line = readLine(in, MAX_LINE_BYTES); // RFC 9112: ignore empty lines before the request line
    }
    if (line == null) {
      throw new java.io.EOFException("no request");
    }
    if (line.length() > MAX_LINE_BYTES) {
      return Request.bad(Response.error(414, "request too long: over " + ReportServer.MAX_URI_CHARS
          + " characters"));
    }
    String[] parts = line.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || !parts[2].matches("HTTP/1\\.[01]")) {
      return Request.bad(Response.error(400, "malformed request line"));
    }
    long contentLength = 0;
    int headerBytes = 0;
    for (String h = readLine(in, MAX_HEADER_BYTES); h != null && !h.isEmpty();
        h = readLine(in, MAX_HEADER_BYTES)) {
      headerBytes += h.length() + 2;
      if (headerBytes > MAX_HEADER_BYTES) {
        return Request.bad(Response.error(400, "request headers too large"));
      }
      int colon = h.indexOf(':');
      String name = colon < 0 ? h : h.substring(0, colon).strip();
      String value = colon < 0 ? "" : h.substring(colon + 1).strip();
      if (name.equalsIgnoreCase("Content-Length")) {
        try {
          contentLength = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Request.bad(Response.error(400, "malformed Content-Length"));
        }
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        contentLength = Long.MAX_VALUE; // a body of unknown length is never read
      }
    }
    String target = parts[1];
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    if (target.startsWith("http://") || target.startsWith("https://")) {
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      target = slash < 0 ? "/" : target.substring(slash);
    }
    if (!target.startsWith("/")) {
      return Request.bad(Response.error(400, "malformed request target (it must start with /)"));
    }
    int q = target.indexOf('?');
    String rawPath = q < 0 ? target : target.substring(0, q);
    String rawQuery = q < 0 ? null : target.substring(q + 1);
    if (!wellEscaped(rawPath)) {
      return Request.bad(Response.error(400, "malformed path: bad percent-encoding"));
    }
    return new Request(parts[0], rawPath, rawQuery, contentLength, null);
  }

  /** True when every {@code %} of {@code s} starts a two-hex-digit escape. */
  static boolean wellEscaped(String s) {
    for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
      if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
          || Character.digit(s.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * One line without its CRLF (or LF), bytes as ISO-8859-1; null at the end of the stream. A line
   * over {@code max} bytes is returned cut at {@code max + 1} characters, the rest unread.
   */
  private static String readLine(InputStream in, int max) throws IOException {
    StringBuilder sb = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
          sb.setLength(end - 1);
        }
        return sb.toString();
      }
      sb.append((char) b);
      if (sb.length() > max) {
        return sb.toString();
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** Reads and drops a small request body; false when it is too large to read. */
  private static boolean drainBody(InputStream in, long length) throws IOException {
    if (length <= 0) {
      return true;
    }
    if (length > MAX_DRAINED_BODY) {
      return false;
    }
    in.skipNBytes(length);
    return true;
  }

  private void write(Response r, String method, Function<Response, Map<String, String>> headers)
      throws IOException {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers.apply(r));
    h.putAll(r.headers());
    byte[] body = r.body();
    h.put("Content-Length", Integer.toString(body.length));
    h.put("Connection", "close");
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
    for (Map.Entry<String, String> e : h.entrySet()) {
      head.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
    }
    head.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    if (!method.equals("HEAD")) {
      out.write(body);
    }
    out.flush();
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 414 -> "URI Too Long";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }
}
