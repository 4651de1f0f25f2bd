package org.reportminer.search;

/**
 * A search request the user got wrong: an empty, unbalanced, huge or unparsable query, an invalid
 * date, a page out of range, an unknown report id. The message is one line meant for the user
 * (the command line prints it and exits 2; the HTTP API answers 400 with it).
 */
public final class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A user error with a one-line message. */
  public QueryException(String message) {
    super(message);
  }
}
