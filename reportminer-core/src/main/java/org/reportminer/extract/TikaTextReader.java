package org.reportminer.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the text of office and PDF documents (DOCX, DOC, PDF, RTF, ODT …) with Tika's parsers
 * (chosen by the type {@link TypeDetector} found, so the document is not detected twice) and
 * returns it as paragraphs: one per {@code <p>}, heading, list item or table
 * cell of Tika's XHTML output; PDF paragraphs are rebuilt from the visual lines ({@link
 * PdfReflow}), without the running headers and page numbers. Embedded documents are not parsed. Page numbers and the furniture
 * lines of {@link BoilerplatePatterns} are dropped (documents downloaded from 范文 sites carry the
 * same trailers as the pages).
 *
 * <p>Title: the first title-like paragraph among the first three, else Tika's title metadata
 * (unless it is a "Microsoft Word - x.doc" artefact), else the caller's fallback. Publication
 * date: a labeled date line near the top ({@link PublishedDates}). No category.
 *
 * <p>Thread-safe: Tika's parsers are, and every call has its own handler.
 */
public final class TikaTextReader {

  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "div", "title", "br", "pre",
          "blockquote", "dt", "dd");

  /** Tika's composite parser: picks the parser by the Content-Type we set, without detecting again. */
  private final Parser parser;
  private final int maxChars;

  public TikaTextReader(TikaConfig tika, int maxChars) {
    this.parser = tika.getParser();
    this.maxChars = maxChars;
  }

  /**
   * Parses {@code bytes}.
   *
   * @param type the detected media type; it selects Tika's parser
   * @param fallbackTitle title to use when the document has none (file name)
   * @param sha256 the document hash, for the exception
   */
  public PageContent read(byte[] bytes, MediaType type, String fallbackTitle, String sha256)
      throws ExtractionException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return read(in, type, fallbackTitle, sha256);
    } catch (IOException e) {
      throw new ExtractionException("read error in " + type + ": " + rootMessage(e), sha256, e);
    }
  }

  /**
   * Parses the document on {@code in}, typically the stream its type was detected on (Tika then
   * reuses the container it opened while detecting). The caller closes the stream.
   */
  public PageContent read(TikaInputStream in, MediaType type, String fallbackTitle, String sha256)
      throws ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    ParagraphHandler handler = new ParagraphHandler(maxChars);
    try {
      parser.parse(in, handler, metadata, context());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted or password-protected document (" + type + ")", sha256, e);
    } catch (ZeroByteFileException e) {
      throw new ExtractionException("empty file", sha256, e);
    } catch (TextTooLong e) {
      throw new ExtractionException("text longer than " + maxChars + " characters", sha256, e);
    } catch (TikaException | SAXException e) {
      throw new ExtractionException("unreadable " + type + ": " + rootMessage(e), sha256, e);
    } catch (IOException e) {
      throw new ExtractionException("read error in " + type + ": " + rootMessage(e), sha256, e);
    } catch (RuntimeException | StackOverflowError e) {
      // Parsers of binary formats throw all kinds of runtime errors on corrupt files.
      throw new ExtractionException("corrupt " + type + ": " + rootMessage(e), sha256, e);
    }
    List<String> paragraphs =
        type.toString().equals("application/pdf") ? PdfReflow.paragraphs(handler.pageLines()) : handler.paragraphs();
    String title = null;
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      if (TextUtil.titleLike(p) && !BoilerplatePatterns.isBoilerplate(p)) {
        title = p;
        break;
      }
    }
    if (title == null) {
      String meta = metadata.get(TikaCoreProperties.TITLE);
      if (meta != null && !meta.isBlank() && !meta.startsWith("Microsoft Word -") && !meta.matches("(?i).*\\.(docx?|pdf|wps)$")) {
        title = TextUtil.normalize(meta);
      }
    }
    if (title == null) {
      title = fallbackTitle;
    }
    TrailerCut body = new TrailerCut();
    paragraphs.forEach(body::offer);
    List<String> clean = HtmlPageCleaner.dropLeadingTitle(body.result(), title);
    String published = PublishedDates.best(paragraphs.subList(0, Math.min(paragraphs.size(), 12)));
    return new PageContent(title, published, List.of(), null, clean);
  }

  /**
   * A parse context that skips embedded documents (attachments, images, OLE objects): without an
   * extractor of its own, Tika builds a whole new default configuration for every office
   * document to parse them, which costs more than the parse.
   */
  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
    // Tika's default OCR strategy (auto) turns to OCR on pages with little extractable text and
    // fails with a NullPointerException when no OCR parser (Tesseract) is installed; we never OCR
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static final EmbeddedDocumentExtractor SKIP_EMBEDDED =
      new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
          return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
          // embedded documents are not part of the report text
        }
      };

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String s = (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ").trim();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** Signals that the text limit was hit. */
  private static final class TextTooLong extends SAXException {
    private static final long serialVersionUID = 1L;

    TextTooLong() {
      super("text limit reached");
    }
  }

  /** Collects paragraphs from Tika's XHTML events, skipping the head. */
  private static final class ParagraphHandler extends DefaultHandler {
    private final int maxChars;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<List<String>> pageLines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int total;
    private int headDepth;

    ParagraphHandler(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String tag = localName.isEmpty() ? qName : localName;
      if (tag.equals("head")) {
        headDepth++;
      }
      if (PARAGRAPH_TAGS.contains(tag)) {
        flush();
      }
      if (tag.equals("div") && "page".equals(atts.getValue("class"))) {
        pageLines.add(new ArrayList<>());
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String tag = localName.isEmpty() ? qName : localName;
      if (tag.equals("head")) {
        headDepth--;
        current.setLength(0);
      }
      if (PARAGRAPH_TAGS.contains(tag)) {
        flush();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (headDepth > 0) {
        return;
      }
      total += length;
      if (total > maxChars) {
        throw new TextTooLong();
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new SAXException("interrupted");
      }
      current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      // Tika reports the line breaks of PDF text as ignorable whitespace: keep them as breaks
      if (headDepth == 0 && current.length() > 0) {
        for (int i = start; i < start + length; i++) {
          if (ch[i] == '\n') {
            current.append('\n');
          }
        }
      }
    }

    private void flush() {
      if (current.length() == 0) {
        return;
      }
      String joined = "";
      for (String line : current.toString().split("\r\n|\r|\n")) {
        String l = TextUtil.normalize(line);
        joined = TextUtil.joinLines(joined, l);
        if (!l.isEmpty()) {
          if (pageLines.isEmpty()) {
            pageLines.add(new ArrayList<>());
          }
          pageLines.get(pageLines.size() - 1).add(l);
        }
      }
      current.setLength(0);
      String p = TextUtil.normalize(joined);
      if (!p.isEmpty() && !BoilerplatePatterns.isPageNumber(p)) {
        paragraphs.add(p);
      }
    }

    List<String> paragraphs() {
      flush();
      return paragraphs;
    }

    /** The visual lines per page (PDF: one {@code <div class="page">} per page). */
    List<List<String>> pageLines() {
      flush();
      return pageLines;
    }
  }
}
