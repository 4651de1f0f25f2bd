package org.reportminer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;

/**
 * A generated archive of report documents for tests and benchmarks, of any size: document
 * {@code i} depends only on the seed and {@code i}. The report texts come from {@link
 * SyntheticReports} (varied places, organizations, persons, themes, dates and numbers); the pages
 * around them are the shipped corpus's own site pages ({@code corpus/html}: the 范文 sites A, B, C
 * and the two government portals), with title, date, URL and article body replaced.
 *
 * <p>What the archive mixes, drawn per document: HTML in UTF-8, GBK and GB2312 with a correct,
 * missing or wrong charset declaration; pages carrying two or three reports (第1篇 …); copies of
 * an earlier report with copy edits (district renamed, a paragraph dropped, half-width
 * punctuation); DOCX (Apache POI), PDF (PDFBox, the standard STSong-Light CJK font, not embedded,
 * so no font file is needed) and GB18030 plain text. Pages carry the chrome of real pages (inline
 * scripts, related-article lists), so HTML pages average about 20 KB.
 *
 * <p>Thread-safe after construction (the templates are parsed once and cloned per page).
 */
public final class SyntheticArchive {

  /** One generated document: where it goes under the output directory, and its bytes. */
  public record GeneratedDocument(String path, byte[] bytes, String kind, int reports) {}

  /** What {@link #write} produced. */
  public record Summary(int documents, long bytes, int reports) {}

  /** A corpus page used as a site template, and where its parts are. */
  private record Template(String file, String host, String urlPattern, String heading, String body, String info,
      Style style, String titleSuffix) {}

  private enum Style { P_STRONG, P_NBSP, BR }

  private static final List<Template> TEMPLATES = List.of(
      new Template("fanwen-a-utf8-anquanyue-liuwan.html", "www.fanwen-example.cn",
          "http://www.fanwen-example.cn/gongzuozongjie/%s/%d.html", "h1", "div.content", "div.info", Style.P_STRONG,
          "_优选范文网"),
      new Template("wenku-b-utf8-bracket-shequ.html", "www.bigan-wenku.com",
          "https://www.bigan-wenku.com/a/%2$d.html", "h1", "#art", "div.pubinfo", Style.BR, " - 笔杆子文库"),
      new Template("diyi-c-utf8-shuzhi-shichang-jianguan.html", "www.diyifanwen-demo.net",
          "http://www.diyifanwen-demo.net/%s/%d.html", "h1", "div.art_content", "div.art_info", Style.P_NBSP,
          "-第一范文站"),
      new Template("gov-qinglan-utf8-zhengfu-gongzuo-baogao-2023.html", "www.qinglan.gov.cn",
          "http://www.qinglan.gov.cn/art/%s/art_%d.html", "h1", "div.TRS_Editor", "div.art-info", Style.P_STRONG,
          "_青岚市人民政府"),
      new Template("gov-yunxi-utf8-nongye-2022.html", "www.yunxi.gov.cn",
          "http://www.yunxi.gov.cn/xxgk/%s/%d.html", "h2.yx-title", "div.yx-content", "div.yx-info", Style.P_STRONG,
          "-云溪县人民政府门户网站"));

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final long seed;
  private final SyntheticReports reports;
  private final List<Document> pages = new ArrayList<>();

  /**
   * An archive drawing its page templates from {@code corpusDir/html}.
   *
   * @throws IOException when a template page is missing
   */
  public SyntheticArchive(Path corpusDir, long seed) throws IOException {
    this.seed = seed;
    this.reports = new SyntheticReports(seed);
    for (Template t : TEMPLATES) {
      Path file = corpusDir.resolve("html").resolve(t.file());
      if (!Files.isRegularFile(file)) {
        throw new IOException("template page missing: " + file + " (give the corpus directory)");
      }
      Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
      if (page.selectFirst(t.body()) == null || page.selectFirst(t.heading()) == null) {
        throw new IOException("template page has no article body " + t.body() + ": " + file);
      }
      pages.add(page);
    }
  }

  /** Writes documents {@code 0 .. count-1} under {@code out}; {@code progress} gets each index done. */
  public Summary write(Path out, int count, IntConsumer progress) throws IOException {
    long bytes = 0;
    int reportCount = 0;
    for (int i = 0; i < count; i++) {
      GeneratedDocument d = document(i);
      Path file = out.resolve(d.path());
      Files.createDirectories(file.getParent());
      Files.write(file, d.bytes());
      bytes += d.bytes().length;
      reportCount += d.reports();
      progress.accept(i);
    }
    return new Summary(count, bytes, reportCount);
  }

  /** Document {@code i}. */
  public GeneratedDocument document(int i) {
    Random r = new Random(seed * 7_919L + i * 31L + 17);
    int kind = r.nextInt(100);
    String dir = String.format(Locale.ROOT, "%03d", i / 1000);
    List<Report> texts = texts(i, r);
    if (kind < 5) {
      return new GeneratedDocument("docx/" + dir + "/" + i + ".docx", docx(texts), "docx", texts.size());
    }
    if (kind < 9) {
      return new GeneratedDocument("pdf/" + dir + "/" + i + ".pdf", pdf(texts.get(0)), "pdf", 1);
    }
    if (kind < 12) {
      return new GeneratedDocument("txt/" + dir + "/" + i + ".txt", txt(texts.get(0)), "txt", 1);
    }
    int t = r.nextInt(TEMPLATES.size());
    Template template = TEMPLATES.get(t);
    String[] variant = ENCODINGS[r.nextInt(ENCODINGS.length)];
    byte[] html = html(i, texts, template, pages.get(t).clone(), variant, r);
    String name = template.host().replaceFirst("^www\\.", "");
    return new GeneratedDocument("html/" + name + "/" + dir + "/" + i + ".html", html,
        "html " + variant[0] + (variant[1].isEmpty() ? " no meta" : " meta " + variant[1]), texts.size());
  }

  /** {actual encoding, declared charset or "" for none}. */
  private static final String[][] ENCODINGS = {
    {"UTF-8", "utf-8"}, {"UTF-8", "utf-8"}, {"UTF-8", "utf-8"}, {"UTF-8", ""}, {"GBK", "gbk"}, {"GBK", "gbk"},
    {"GBK", ""}, {"GB2312", "gb2312"}, {"GB2312", ""}, {"GBK", "utf-8"}, {"UTF-8", "gb2312"}
  };

  /** The report texts of document {@code i}: one, or two or three on a page, or an edited copy. */
  private List<Report> texts(int i, Random r) {
    int draw = r.nextInt(100);
    if (draw < 10 && i > 0) {
      int original = r.nextInt(i);
      return List.of(copyEdited(reports.report(original), r));
    }
    int n = draw < 22 ? 2 + r.nextInt(2) : 1;
    List<Report> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      // the other reports of a page are drawn far from the archive's own numbers
      out.add(reports.report(k == 0 ? i : 1_000_000_000 - i * 3 - k).report());
    }
    return out;
  }

  /** A copy of a report with the edits copiers make: place renamed, a paragraph dropped, punctuation. */
  private static Report copyEdited(AnalyzedReport a, Random r) {
    Report src = a.report();
    String place = a.places().isEmpty() ? null : a.places().get(0);
    String newPlace = SyntheticReports.pick(r, SyntheticReports.PLACE_STEMS) + "区";
    List<String> paragraphs = new ArrayList<>(List.of(src.text().split("\n")));
    if (paragraphs.size() > 4) {
      int drop = 1 + r.nextInt(paragraphs.size() - 1);
      if (!paragraphs.get(drop).matches("^[一二三四五六七八九十]、.*")) {
        paragraphs.remove(drop);
      }
    }
    boolean halfWidth = r.nextBoolean();
    List<String> edited = new ArrayList<>();
    for (String p : paragraphs) {
      String e = place == null ? p : p.replace(place, newPlace);
      if (halfWidth) {
        e = e.replace('，', ',').replace('；', ';').replace('：', ':');
      }
      edited.add(e);
    }
    String title = place == null ? src.title() : src.title().replace(place, newPlace);
    return new Report(src.id(), src.source(), title, src.published(), src.category(), String.join("\n", edited),
        List.of());
  }

  private byte[] html(int i, List<Report> texts, Template t, Document page, String[] variant, Random r) {
    Report first = texts.get(0);
    String title = texts.size() == 1 ? first.title() : first.title() + "（" + texts.size() + "篇）";
    String published = first.published() == null ? "2023-01-01" : first.published();
    String url = String.format(Locale.ROOT, t.urlPattern(), published.replace("-", ""), 100_000 + i);
    page.title(title + t.titleSuffix());
    page.selectFirst(t.heading()).text(title);
    page.select("meta[charset], meta[http-equiv]").remove();
    page.select("link[rel=canonical]").remove();
    page.select("meta[property=og:url]").remove();
    page.select("meta[name=ArticleTitle]").attr("content", title);
    page.select("meta[name=PubDate]").attr("content", published + " 09:30");
    page.select("meta[name=keywords]").attr("content", title + ",工作总结");
    page.head().prependElement("link").attr("rel", "canonical").attr("href", url);
    if (!variant[1].isEmpty()) {
      page.head().prependElement("meta").attr("http-equiv", "Content-Type")
          .attr("content", "text/html; charset=" + variant[1]);
    }
    Element info = page.selectFirst(t.info());
    if (info != null) {
      for (org.jsoup.nodes.TextNode n : info.textNodes()) {
        n.text(n.text().replaceAll("\\d{4}-\\d{2}-\\d{2}", published)
            .replaceAll("\\d{4}年\\d{1,2}月\\d{1,2}日", published.substring(0, 4) + "年"
                + Integer.parseInt(published.substring(5, 7)) + "月" + Integer.parseInt(published.substring(8, 10)) + "日"));
      }
    }
    page.select("td:matchesOwn(^\\d{4}-\\d{2}-\\d{2}$), li:matchesOwn(\\d{4}-\\d{2}-\\d{2})").forEach(e -> {
      for (org.jsoup.nodes.TextNode n : e.textNodes()) {
        n.text(n.text().replaceAll("\\d{4}-\\d{2}-\\d{2}", published));
      }
    });
    Element body = page.selectFirst(t.body());
    body.empty();
    for (int k = 0; k < texts.size(); k++) {
      Report rep = texts.get(k);
      if (texts.size() > 1) {
        paragraph(body, t.style(), "第" + (k + 1) + "篇：" + rep.title(), true);
      }
      for (String p : rep.text().split("\n")) {
        paragraph(body, t.style(), p, p.matches("^[一二三四五六七八九十]、.*"));
      }
    }
    // the weight of real pages: an inline script and a longer list of related articles
    Element script = page.body().appendElement("script");
    StringBuilder js = new StringBuilder("var _stat={site:'" + t.host() + "',ids:[");
    int kb = 4 + r.nextInt(28);
    while (js.length() < kb * 1024) {
      js.append(r.nextInt(1_000_000)).append(',');
    }
    script.appendChild(new org.jsoup.nodes.DataNode(js.append("0]};").toString()));
    Element related = page.body().appendElement("div").addClass("related");
    related.appendElement("h4").text("相关文章");
    Element ul = related.appendElement("ul");
    int links = 10 + r.nextInt(30);
    for (int k = 0; k < links; k++) {
      Report other = reports.report(500_000_000 + r.nextInt(1_000_000)).report();
      ul.appendElement("li").appendElement("a").attr("href", "/a/" + (200_000 + r.nextInt(100_000)) + ".html")
          .text(other.title());
    }
    Charset cs = Charset.forName(variant[0]);
    page.outputSettings().charset(cs).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
    return page.outerHtml().getBytes(cs);
  }

  private static void paragraph(Element body, Style style, String text, boolean heading) {
    switch (style) {
      case BR -> {
        if (heading) {
          body.appendElement("strong").text(text);
        } else {
          body.appendText("\u3000\u3000" + text);
        }
        body.appendElement("br");
      }
      case P_NBSP -> {
        Element p = body.appendElement("p");
        p.appendText("\u00a0\u00a0\u00a0\u00a0");
        if (heading) {
          p.appendElement("b").text(text);
        } else {
          p.appendText(text);
        }
      }
      default -> {
        Element p = body.appendElement("p");
        if (heading) {
          p.appendElement("strong").text(text);
        } else {
          p.text(text);
        }
      }
    }
  }

  private static byte[] txt(Report report) {
    String text = report.title() + "\r\n\r\n"
        + String.join("\r\n", List.of(report.text().split("\n")).stream().map(p -> "\u3000\u3000" + p).toList())
        + "\r\n";
    return text.getBytes(GB18030);
  }

  private static byte[] docx(List<Report> texts) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // POI stamps docProps/core.xml with the time of writing: fixed too, for byte-identical files
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(FIXED_TIME)));
      for (Report rep : texts) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(texts.size() > 1 ? "Heading1" : "Title");
        XWPFRun run = title.createRun();
        run.setBold(true);
        run.setText(rep.title());
        for (String p : rep.text().split("\n")) {
          XWPFParagraph para = doc.createParagraph();
          XWPFRun pr = para.createRun();
          if (p.matches("^[一二三四五六七八九十]、.*")) {
            pr.setBold(true);
          }
          pr.setText(p);
        }
      }
      doc.write(out);
      return fixedTimes(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("writing a DOCX in memory cannot fail", e);
    }
  }

  /** The zip {@code bytes} again with every entry dated 2023-01-01, so the same seed gives the same bytes. */
  private static byte[] fixedTimes(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static final long FIXED_TIME = java.time.LocalDateTime.of(2023, 1, 1, 0, 0)
      .toInstant(java.time.ZoneOffset.UTC).toEpochMilli();

  /**
   * A one-report PDF in the standard Adobe-GB1 font STSong-Light (not embedded; text drawn as
   * UCS-2 codes through the UniGB-UCS2-H CMap, which PDF readers and PDFBox map back to Unicode).
   */
  static byte[] pdf(Report report) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      COSDictionary descendant = new COSDictionary();
      descendant.setItem(COSName.TYPE, COSName.FONT);
      descendant.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
      descendant.setName(COSName.BASE_FONT, "STSong-Light");
      COSDictionary info = new COSDictionary();
      info.setString(COSName.REGISTRY, "Adobe");
      info.setString(COSName.ORDERING, "GB1");
      info.setInt(COSName.SUPPLEMENT, 2);
      descendant.setItem(COSName.CIDSYSTEMINFO, info);
      COSDictionary descriptor = new COSDictionary();
      descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
      descriptor.setName(COSName.FONT_NAME, "STSong-Light");
      descriptor.setInt(COSName.FLAGS, 6);
      COSArray bbox = new COSArray();
      for (int v : new int[] {-25, -254, 1000, 880}) {
        bbox.add(COSInteger.get(v));
      }
      descriptor.setItem(COSName.FONT_BBOX, bbox);
      descriptor.setInt(COSName.ITALIC_ANGLE, 0);
      descriptor.setInt(COSName.ASCENT, 880);
      descriptor.setInt(COSName.DESCENT, -120);
      descriptor.setInt(COSName.CAP_HEIGHT, 880);
      descriptor.setInt(COSName.STEM_V, 93);
      descendant.setItem(COSName.FONT_DESC, descriptor);
      descendant.setInt(COSName.DW, 1000);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE0);
      font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
      font.setName(COSName.ENCODING, "UniGB-UCS2-H");
      COSArray descendants = new COSArray();
      descendants.add(descendant);
      font.setItem(COSName.DESCENDANT_FONTS, descendants);

      List<String> lines = new ArrayList<>();
      lines.add(report.title());
      for (String p : report.text().split("\n")) {
        String s = "\u3000\u3000" + p;
        for (int k = 0; k < s.length(); k += 34) {
          lines.add(s.substring(k, Math.min(s.length(), k + 34)));
        }
      }
      int perPage = 44;
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        StringBuilder cs = new StringBuilder("BT\n/F1 12 Tf\n15 TL\n60 780 Td\n");
        for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
          cs.append('<');
          for (char c : line.toCharArray()) {
            cs.append(String.format(Locale.ROOT, "%04X", (int) c));
          }
          cs.append("> Tj T*\n");
        }
        cs.append("ET\n");
        PDStream stream = new PDStream(doc);
        try (var os = stream.createOutputStream()) {
          os.write(cs.toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        doc.addPage(page);
      }
      // a fixed file identifier (PDFBox otherwise derives one from the clock)
      COSArray id = new COSArray();
      byte[] idBytes = ReportId.sha256Hex(report.id().getBytes(StandardCharsets.UTF_8)).substring(0, 32)
          .getBytes(StandardCharsets.US_ASCII);
      id.add(new COSString(idBytes));
      id.add(new COSString(idBytes));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing a PDF in memory cannot fail", e);
    }
  }
}
