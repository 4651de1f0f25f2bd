package org.reportminer.model;

/**
 * Where a report came from: the file (or archive member, or WARC record) it was read from and
 * how its bytes were interpreted.
 *
 * @param path the file's key: its canonical path relative to a base folder ({@code
 *     pipeline.SourceKeys}), the same however the path was written; archive members are
 *     written {@code archive.zip!/member.html}
 * @param url the page's URL (canonical link, og:url or WARC target URI), or null when unknown
 * @param sha256 lowercase hex SHA-256 of the raw bytes of the document
 * @param mediaType the media type detected from the content, e.g. {@code text/html}
 * @param charset the charset actually used to decode the text (e.g. {@code GB18030}), or null
 *     for binary formats where the parser decoded it
 * @param part 1-based index of this report among the reports split from one page
 * @param parts number of reports split from the page
 * @param invalidSequences byte sequences that were invalid in {@code charset} and were decoded as
 *     U+FFFD (a few damaged bytes in an otherwise clean page; 0 normally)
 * @param publishedFrom which evidence gave the publication date: {@code meta}, {@code time},
 *     {@code json-ld}, {@code line} (a labeled or bare date line near the title), {@code table}
 *     (the information table of a government page), {@code url}; null when there is no date
 */
public record SourceInfo(
    String path, String url, String sha256, String mediaType, String charset, int part, int parts,
    int invalidSequences, String publishedFrom) {

  /** A source decoded cleanly, with no publication date evidence recorded. */
  public SourceInfo(String path, String url, String sha256, String mediaType, String charset, int part, int parts) {
    this(path, url, sha256, mediaType, charset, part, parts, 0, null);
  }

  /** The same source, as part {@code part} of {@code parts}. */
  public SourceInfo withPart(int part, int parts) {
    return new SourceInfo(path, url, sha256, mediaType, charset, part, parts, invalidSequences, publishedFrom);
  }

  /** The key that identifies the document independent of its content: its URL, else its path. */
  public String key() {
    return url != null && !url.isBlank() ? url : path;
  }
}
