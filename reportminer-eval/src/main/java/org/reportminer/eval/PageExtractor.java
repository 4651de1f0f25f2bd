package org.reportminer.eval;

/**
 * One extractor under evaluation: page bytes in, article title, date and text out. Implementations
 * decode the bytes as they do by themselves (see {@link Peers}).
 */
public interface PageExtractor {

  /** What an extractor got from one page. */
  record Output(String title, String published, String text, int reports, String error) {

    /** A title and one text, as a peer that finds no dates gives them: one report unless the text is blank. */
    public static Output ofText(String title, String text) {
      return new Output(title, null, text, text.isBlank() ? 0 : 1, null);
    }

    /** Nothing extracted, with the reason. */
    public static Output failed(String error) {
      return new Output(null, null, "", 0, error);
    }
  }

  /** The name in the tables. */
  String name();

  /** Whether the extractor finds publication dates at all (others show "–"). */
  default boolean findsDates() {
    return false;
  }

  /**
   * Extracts one page; a failure is an {@link Output#failed} value, never an exception.
   *
   * @param id the page id (used as its file name)
   * @param url the page URL when known, else null
   */
  Output extract(String id, byte[] bytes, String url);
}
