package org.reportminer.server;

/** Small helpers for echoing user input in error messages. No state. */
final class Texts {
  /** Longest piece of user input repeated in a message. */
  static final int ECHO_CHARS = 40;

  private Texts() {}

  /** {@code s} on one line and cut to {@link #ECHO_CHARS} characters ("…" when cut). */
  static String clip(String s) {
    String one = s.replaceAll("\\p{Cntrl}", " ");
    if (one.length() <= ECHO_CHARS) {
      return one;
    }
    int end = ECHO_CHARS;
    if (Character.isHighSurrogate(one.charAt(end - 1))) {
      end--;
    }
    return one.substring(0, end) + "…";
  }
}
