package org.reportminer.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/**
 * The extraction engine: {@link RawDocument} → {@link Page} → {@link Report}s. This is what the
 * {@code extract} command, ingestion and the server call; it is not a command-line entry point.
 *
 * <p>{@link #page} reads the bytes (refusing documents over the size limit before reading them),
 * hashes them, detects the type from the content ({@link TypeDetector}), and then: HTML is decoded
 * ({@link CharsetDecider}) and cleaned with jsoup ({@link HtmlPageCleaner}); plain text is decoded
 * and cleaned line by line ({@link TextPageCleaner}); everything else goes to Tika ({@link
 * TikaTextReader}). {@link #reports} splits a page into reports ({@link ReportSplitter}) with
 * their sections. Between the two, a run may remove site template lines ({@link SiteTemplates}).
 *
 * <p>Example: {@code List<Report> r = new Extractor(ExtractorConfig.DEFAULTS).extract(doc);}
 *
 * <p>Bad input is reported as an {@link ExtractionException} with a one-line reason, never as a
 * crash. A page decoded with invalid byte sequences is logged as a warning, unless its decoding
 * is doubtful ({@link CharsetDoubt}): runs report those themselves, in one line. The engine has no time limit of its own: callers run it under one (see {@code
 * pipeline.DocumentRunner}); the HTML walks stop when their thread is interrupted.
 *
 * <p>Thread-safe: one instance can serve all worker threads.
 */
public final class Extractor {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Extractor.class);
  private final ExtractorConfig config;
  private final TypeDetector types;
  private final CharsetDecider charsets = new CharsetDecider();
  private final HtmlPageCleaner html;
  private final TextPageCleaner text = new TextPageCleaner();
  private final TikaTextReader tika;
  private final ReportSplitter splitter = new ReportSplitter();

  public Extractor(ExtractorConfig config) {
    this.config = config;
    TikaConfig tikaConfig = TikaConfig.getDefaultConfig();
    this.types = new TypeDetector(tikaConfig);
    this.html = new HtmlPageCleaner(config.maxHtmlDepth(), config.disabledRules());
    this.tika = new TikaTextReader(tikaConfig, config.maxTextChars());
  }

  /** The limits this engine enforces. */
  public ExtractorConfig config() {
    return config;
  }

  /** Extracts one document and splits it: {@code reports(page(doc))}. */
  public List<Report> extract(RawDocument doc) throws ExtractionException {
    return reports(page(doc));
  }

  /** Splits a (possibly template-cleaned) page into reports with sections. */
  public List<Report> reports(Page page) {
    return splitter.split(page);
  }

  /** Reads, detects, decodes and cleans one document: {@code page(doc, read(doc))}. */
  public Page page(RawDocument doc) throws ExtractionException {
    return page(doc, read(doc));
  }

  /**
   * Detects, decodes and cleans a document whose bytes were already read with {@link #read} (a
   * pipeline may read in one stage and parse in another).
   */
  public Page page(RawDocument doc, byte[] bytes) throws ExtractionException {
    String sha = ReportId.sha256Hex(bytes);
    if (bytes.length == 0) {
      throw new ExtractionException("empty file", sha, null);
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return page(doc, bytes, sha, in);
    } catch (IOException e) {
      throw new ExtractionException("cannot read: " + e.getMessage(), sha, e);
    }
  }

  private Page page(RawDocument doc, byte[] bytes, String sha, TikaInputStream in) throws ExtractionException {
    MediaType type;
    try {
      type = types.detect(bytes, in);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("type detection failed: " + e.getMessage(), sha, e);
    }
    String fallbackTitle = fileTitle(doc.path());
    String baseUri = doc.url() != null ? doc.url() : "";
    PageContent content;
    String charset = null;
    int invalidSequences = 0;
    TypeDetector.Kind kind = TypeDetector.kind(type);
    if (kind == TypeDetector.Kind.OTHER && type.toString().equals("application/octet-stream")) {
      if (charsets.looksLikeText(bytes)) {
        type = MediaType.TEXT_PLAIN;
        kind = TypeDetector.Kind.TEXT;
      }
    }
    if (kind == TypeDetector.Kind.OTHER && type.toString().equals("application/octet-stream")) {
      throw new ExtractionException("not a document: unrecognized binary data (application/octet-stream)", sha, null);
    }
    try {
      if (kind == TypeDetector.Kind.OTHER) {
        content = tika.read(in, type, fallbackTitle, sha);
      } else {
        CharsetDecider.Decoded decoded = charsets.decode(bytes, doc.declaredCharset(), kind == TypeDetector.Kind.HTML);
        charset = decoded.charset().name();
        invalidSequences = decoded.invalidSequences();
        if (decoded.otherCharsetSpans() > 0) {
          LOG.warn("{}: mixed encodings: {} run(s) of non-ASCII bytes decoded as {} in {} text (sha256 {})",
              doc.path(), decoded.otherCharsetSpans(), charset.equals("UTF-8") ? "GB18030" : "UTF-8", charset,
              sha.substring(0, 16));
        }
        if (kind == TypeDetector.Kind.TEXT && looksLikeMarkup(decoded.text())) {
          type = MediaType.TEXT_HTML;
          kind = TypeDetector.Kind.HTML;
        }
        content =
            kind == TypeDetector.Kind.HTML
                ? html.clean(decoded.text(), baseUri)
                : text.clean(decoded.text(), fallbackTitle);
      }
    } catch (StackOverflowError e) {
      throw new ExtractionException("document nested too deeply (" + type + ")", sha, null);
    }
    if (content.paragraphs().isEmpty()) {
      throw new ExtractionException("no text found (" + type + ")", sha, null);
    }
    String url = content.url() != null ? content.url() : doc.url();
    SourceInfo source =
        new SourceInfo(doc.path(), url, sha, type.toString(), charset, 1, 1, invalidSequences, content.publishedFrom());
    String title = content.title() != null ? content.title() : fallbackTitle;
    Page page = new Page(source, title, content.published(), content.category(), content.paragraphs());
    if (invalidSequences > 0 && CharsetDoubt.of(page).isEmpty()) {
      // a doubtful decoding is reported once by the run, with its failures-log record
      LOG.warn("{}: {} invalid byte sequence(s) in {} text decoded as U+FFFD (sha256 {})", doc.path(),
          invalidSequences, charset, sha.substring(0, 16));
    }
    return page;
  }

  /**
   * Reads a document's bytes, refusing anything larger than the size limit: by its known size
   * before opening it, else as soon as the stream passes the limit.
   */
  public byte[] read(RawDocument doc) throws ExtractionException {
    long limit = config.maxBytes();
    if (doc.size() > limit) {
      throw new ExtractionException(tooLarge(doc.size(), limit), null, null);
    }
    try (InputStream in = doc.content().open()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(doc.size(), 8192), limit));
      byte[] buf = new byte[65536];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > limit) {
          throw new ExtractionException(tooLarge(-1, limit), null, null);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ExtractionException("cannot read: " + e.getMessage(), null, e);
    }
  }

  private static String tooLarge(long size, long limit) {
    return (size >= 0 ? "too large: " + size + " bytes" : "too large: more than " + limit + " bytes")
        + " (limit " + limit + " bytes, see --max-bytes)";
  }

  /** Tag soup that Tika's magic did not call HTML: starts with a tag and has closing tags. */
  private static boolean looksLikeMarkup(String s) {
    int i = 0;
    while (i < s.length() && TextUtil.isSpace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '<') {
      return false;
    }
    String head = s.substring(i, Math.min(s.length(), i + 4096)).toLowerCase(java.util.Locale.ROOT);
    return head.contains("</p>") || head.contains("</div>") || head.contains("<br") || head.contains("</span>")
        || head.contains("</a>");
  }

  /** The file name without directories and extension, as a last-resort title. */
  static String fileTitle(String path) {
    if (path == null || path.equals("-")) {
      return null;
    }
    String p = path.replace('\\', '/');
    int hash = p.lastIndexOf('#');
    if (hash > p.lastIndexOf('/') && p.contains(".warc")) {
      return null; // WARC records have no file name of their own
    }
    String name = p.substring(p.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? null : stem;
  }
}
