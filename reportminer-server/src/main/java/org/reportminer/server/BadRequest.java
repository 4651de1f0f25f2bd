package org.reportminer.server;

/**
 * A request the server refuses, with the HTTP status and a one-line message for the client
 * (turned into {@link Response#error}). Internal to the server package.
 */
final class BadRequest extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  BadRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  Response response() {
    return Response.error(status, getMessage());
  }
}
