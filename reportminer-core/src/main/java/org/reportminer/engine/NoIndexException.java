package org.reportminer.engine;

import java.io.IOException;
import org.reportminer.index.IndexLayout;

/** There is no index where one was asked for; its message says what to run. */
public final class NoIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /** No index in {@code layout}'s folder yet. */
  public NoIndexException(IndexLayout layout) {
    super("no index in " + layout.root() + " (run ingest first)");
  }

  /** No index (or collection) where {@code message} says. */
  public NoIndexException(String message) {
    super(message);
  }
}
