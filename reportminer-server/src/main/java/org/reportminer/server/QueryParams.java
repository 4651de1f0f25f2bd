package org.reportminer.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a URL query string ({@code q=知识产权&org=A&org=B}), decoded as UTF-8, each
 * name with its values in order. Immutable.
 */
final class QueryParams {
  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses a raw (still percent-encoded) query string; null or empty gives no parameters.
   *
   * @throws BadRequest when the string is not valid percent-encoding
   */
  static QueryParams parse(String rawQuery) throws BadRequest {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return new QueryParams(Map.copyOf(out));
  }

  /**
   * Percent-decodes {@code s} ({@code +} is a space; other characters up to U+00FF are the raw
   * bytes of the request line, above it their UTF-8) and reads the bytes as UTF-8, strictly: a
   * bad escape ({@code %zz}, a lone {@code %}) or bytes that are not UTF-8 ({@code %ff}) are a
   * 400, never replacement characters that then read as some other error.
   */
  static String decode(String s) throws BadRequest {
    if (s.chars().allMatch(c -> c < 0x80 && c != '%' && c != '+')) {
      return s;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new BadRequest(400, "malformed query string: bad percent-encoding");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c <= 0xFF) {
        bytes.write(c); // a raw byte of the request line (read one byte per char)
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadRequest(400, "malformed query string: percent-encoded bytes that are not UTF-8");
    }
  }

  /** All values of {@code name} (empty when absent). */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The single value of {@code name}, or null when absent; more than one is an error. */
  String one(String name) throws BadRequest {
    List<String> v = all(name);
    if (v.size() > 1) {
      throw new BadRequest(400, "parameter " + name + " given " + v.size() + " times (once at most)");
    }
    return v.isEmpty() ? null : v.get(0);
  }

  /** An integer parameter within [{@code min}, {@code max}], or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) throws BadRequest {
    String v = one(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(400, name + " must be a whole number, not \"" + Texts.clip(v) + "\"");
    }
    if (n < min || n > max) {
      throw new BadRequest(400, name + " must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  /** Rejects parameter names outside {@code known}, so typos do not silently widen a search. */
  void onlyKnown(Set<String> known) throws BadRequest {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw new BadRequest(400, "unknown parameter \"" + Texts.clip(name) + "\"");
      }
    }
  }
}
