package org.reportminer.eval;

import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * The extractors the real-page table compares: ours and four peers, each given the page's raw
 * bytes.
 *
 * <ul>
 *   <li><b>reportminer</b>: {@link Extractor} on one page (no site templates: the pages come from
 *       many sites); the texts of all its reports joined, the first report's title and date.
 *   <li><b>jsoup {@code body().text()}</b>: the whole body's text, {@code <title>} as the title.
 *   <li><b>Boilerpipe ArticleExtractor</b> (1.2.2): its SAX handler fed from jsoup's tree instead
 *       of NekoHTML (see the pom), the extractor's own text and title.
 *   <li><b>Readability4J</b> (1.0.8, a port of Mozilla's Readability.js): article title and text
 *       content.
 *   <li><b>Tika</b> {@code AutoDetectParser} with a {@code BodyContentHandler}: the whole body's
 *       text, dc:title.
 * </ul>
 *
 * <p>Charsets: Tika decodes the bytes with its own detectors; jsoup, Boilerpipe and Readability4J
 * get the page as jsoup decodes it by itself ({@code Jsoup.parse(InputStream, null, url)}: a BOM,
 * else the {@code <meta>} charset, else UTF-8); reportminer uses its {@code CharsetDecider}. None
 * of the peers finds publication dates.
 */
public final class Peers {
  private Peers() {}

  /** How the peers were run, for the table's notes. */
  public static final String NOTE =
      "Peers: Boilerpipe 1.2.2 `ArticleExtractor` (its SAX handler fed from jsoup's tree instead of NekoHTML),"
          + " Readability4J 1.0.8 (article title and text content), jsoup 1.22.1 `body().text()` with `<title>`,"
          + " Tika 3.3.1 `AutoDetectParser` + `BodyContentHandler` with dc:title. Tika decodes the bytes with its"
          + " own detectors; jsoup, Boilerpipe and Readability4J get the page as jsoup decodes it by itself (BOM,"
          + " else `<meta>` charset, else UTF-8); reportminer uses its own charset decision. None of the peers"
          + " looks for publication dates (–). reportminer's text is all its reports of the page, joined;"
          + " its title and date are the first report's.\n";

  /** Ours and the four peers, in table order. */
  public static List<PageExtractor> all(Extractor extractor) {
    List<PageExtractor> out = new ArrayList<>();
    out.add(ours(extractor));
    out.add(BOILERPIPE);
    out.add(READABILITY);
    out.add(JSOUP);
    out.add(TIKA);
    return out;
  }

  /** reportminer's engine on one page. */
  public static PageExtractor ours(Extractor extractor) {
    return new PageExtractor() {
      @Override
      public String name() {
        return "**reportminer**";
      }

      @Override
      public boolean findsDates() {
        return true;
      }

      @Override
      public Output extract(String id, byte[] bytes, String url) {
        try {
          List<Report> reports = extractor.extract(RawDocument.ofBytes(id + ".html", url, null, bytes));
          if (reports.isEmpty()) {
            return Output.failed("no report");
          }
          StringBuilder text = new StringBuilder();
          for (Report r : reports) {
            text.append(r.text()).append('\n');
          }
          Report first = reports.get(0);
          return new Output(first.title(), first.published(), text.toString(), reports.size(), null);
        } catch (ExtractionException e) {
          return Output.failed(e.getMessage());
        }
      }
    };
  }

  static Document jsoup(byte[] bytes, String url) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
  }

  static final PageExtractor JSOUP = new PageExtractor() {
    @Override
    public String name() {
      return "jsoup `body().text()`";
    }

    @Override
    public Output extract(String id, byte[] bytes, String url) {
      try {
        Document d = jsoup(bytes, url);
        String text = d.body().text();
        return Output.ofText(d.title(), text);
      } catch (IOException | RuntimeException e) {
        return Output.failed(e.toString());
      }
    }
  };

  static final PageExtractor BOILERPIPE = new PageExtractor() {
    @Override
    public String name() {
      return "Boilerpipe `ArticleExtractor`";
    }

    @Override
    public Output extract(String id, byte[] bytes, String url) {
      try {
        Document d = jsoup(bytes, url);
        BoilerpipeHTMLContentHandler h = new BoilerpipeHTMLContentHandler();
        JsoupSax.replay(d, h);
        TextDocument td = h.toTextDocument();
        String text = ArticleExtractor.INSTANCE.getText(td);
        String title = td.getTitle() != null ? td.getTitle() : d.title();
        return Output.ofText(title, text);
      } catch (Exception | LinkageError e) {
        return Output.failed(e.toString());
      }
    }
  };

  static final PageExtractor READABILITY = new PageExtractor() {
    @Override
    public String name() {
      return "Readability4J";
    }

    @Override
    public Output extract(String id, byte[] bytes, String url) {
      try {
        Document d = jsoup(bytes, url);
        Article a = new Readability4J(url == null ? "http://localhost/" + id : url, d).parse();
        String text = a.getTextContent() == null ? "" : a.getTextContent();
        return Output.ofText(a.getTitle(), text);
      } catch (Exception | LinkageError e) {
        return Output.failed(e.toString());
      }
    }
  };

  static final PageExtractor TIKA = new PageExtractor() {
    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public String name() {
      return "Tika `BodyContentHandler`";
    }

    @Override
    public Output extract(String id, byte[] bytes, String url) {
      Metadata m = new Metadata();
      BodyContentHandler h = new BodyContentHandler(-1);
      try (TikaInputStream in = TikaInputStream.get(bytes)) {
        parser.parse(in, h, m, new ParseContext());
        String text = h.toString();
        return Output.ofText(m.get(TikaCoreProperties.TITLE), text);
      } catch (Exception | LinkageError e) {
        return Output.failed(e.toString());
      }
    }
  };
}
