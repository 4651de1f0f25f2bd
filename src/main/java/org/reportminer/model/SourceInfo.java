package org.reportminer.model;

/**
 * Where a report came from: the file (or archive member, or WARC record) it was read from and
 * how its bytes were interpreted.
 *
 * @param path the file path as given on the command line, normalized; archive members are
 *     written {@code archive.zip!/member.html}
 * @param url the page's URL (canonical link, og:url or WARC target URI), or null when unknown
 * @param sha256 lowercase hex SHA-256 of the raw bytes of the document
 * @param mediaType the media type detected from the content, e.g. {@code text/html}
 * @param charset the charset actually used to decode the text (e.g. {@code GB18030}), or null
 *     for binary formats where the parser decoded it
 * @param part 1-based index of this report among the reports split from one page
 * @param parts number of reports split from the page
 */
public record SourceInfo(
    String path, String url, String sha256, String mediaType, String charset, int part, int parts) {

  /** The same source, as part {@code part} of {@code parts}. */
  public SourceInfo withPart(int part, int parts) {
    return new SourceInfo(path, url, sha256, mediaType, charset, part, parts);
  }

  /** The key that identifies the document independent of its content: its URL, else its path. */
  public String key() {
    return url != null && !url.isBlank() ? url : path;
  }
}
