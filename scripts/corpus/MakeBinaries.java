import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the corpus's DOCX, PDF and WARC files from target/corpus-build/binaries.json, which
 * scripts/corpus/build_corpus.py writes from the hand-written report sources. Run by
 * scripts/corpus/regenerate.sh with the project's Maven classpath (POI, PDFBox, jwarc, Jackson):
 *
 * <pre>java -cp "$(cat target/corpus-build/cp.txt)" scripts/corpus/MakeBinaries.java target/corpus-build/binaries.json</pre>
 *
 * Not part of the project's code; a corpus authoring tool only.
 */
public class MakeBinaries {
  static final Path CORPUS = Paths.get("corpus");
  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  public static void main(String[] args) throws Exception {
    JsonNode spec = new ObjectMapper().readTree(new File(args[0]));
    for (JsonNode d : spec.get("documents")) {
      Path out = CORPUS.resolve(d.get("path").asText());
      Files.createDirectories(out.getParent());
      if (d.get("kind").asText().equals("docx")) {
        docx(d, out);
      } else {
        pdf(d, out);
      }
      System.out.println("wrote " + out);
    }
    for (JsonNode w : spec.get("warcs")) {
      Path out = CORPUS.resolve(w.get("path").asText());
      Files.createDirectories(out.getParent());
      warc(w, out);
      System.out.println("wrote " + out);
    }
  }

  // ------------------------------------------------------------------ DOCX
  static void docx(JsonNode d, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      addStyle(styles, "Title", "Title", 36);
      addStyle(styles, "Heading1", "heading 1", 32);
      addStyle(styles, "Heading2", "heading 2", 28);
      // no creation date: gold says published is null for office files, and regeneration stays stable
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
      doc.getProperties().getCoreProperties().setCreator("Administrator");
      if (d.has("author")) {
        doc.getProperties().getCoreProperties().setCreator(d.get("author").asText());
      }
      for (JsonNode p : d.get("paragraphs")) {
        String style = p.get("style").asText();
        XWPFParagraph para = doc.createParagraph();
        if (!style.equals("Normal")) {
          para.setStyle(style);
        } else {
          para.setIndentationFirstLine(480);
        }
        XWPFRun run = para.createRun();
        run.setText(p.get("text").asText());
        run.setFontFamily("宋体");
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      doc.write(bytes);
      Files.write(out, withFixedZipTimes(bytes.toByteArray()));
    }
  }

  /** Rewrites a zip with a fixed entry time, so that regenerating gives the same bytes. */
  static byte[] withFixedZipTimes(byte[] zip) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static final long FIXED_TIME = Instant.parse("2024-01-02T08:00:00Z").toEpochMilli();

  static void addStyle(XWPFStyles styles, String id, String name, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewBasedOn().setVal("Normal");
    ct.addNewQFormat();
    if (id.startsWith("Heading")) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Integer.parseInt(id.substring(7)) - 1));
    }
    CTRPr rpr = ct.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setEastAsia("黑体");
    styles.addStyle(new XWPFStyle(ct));
  }

  // ------------------------------------------------------------------ PDF
  record Line(String text, float size, float x) {}

  static void pdf(JsonNode d, Path out) throws Exception {
    float margin = 64;
    PDRectangle box = PDRectangle.A4;
    float width = box.getWidth() - 2 * margin;
    try (PDDocument doc = new PDDocument();
        TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      // lay out lines page by page first, so that footers can say how many pages there are
      List<List<Line>> pages = new ArrayList<>();
      List<Line> page = new ArrayList<>();
      float y = 0;
      float usable = box.getHeight() - 2 * margin - 30;
      for (JsonNode p : d.get("paragraphs")) {
        String style = p.get("style").asText();
        String text = p.get("text").asText();
        float size = style.equals("Title") ? 18 : style.startsWith("Heading") ? 13.5f : 12;
        float indent = style.equals("Normal") ? 2 * size : 0;
        List<String> wrapped = wrap(font, text, size, width, indent);
        for (int i = 0; i < wrapped.size(); i++) {
          float lineHeight = size * 1.75f;
          if (y + lineHeight > usable) {
            pages.add(page);
            page = new ArrayList<>();
            y = 0;
          }
          float x = margin + (i == 0 ? indent : 0);
          if (style.equals("Title")) {
            x = margin + (width - font.getStringWidth(wrapped.get(i)) / 1000 * size) / 2;
          }
          page.add(new Line(wrapped.get(i), size, x));
          y += lineHeight;
        }
        y += 4;
      }
      pages.add(page);
      for (int n = 0; n < pages.size(); n++) {
        PDPage pg = new PDPage(box);
        doc.addPage(pg);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
          float top = box.getHeight() - margin;
          if (d.has("header")) {
            text(cs, font, 9, margin, box.getHeight() - 40, d.get("header").asText());
          }
          float yy = top;
          for (Line l : pages.get(n)) {
            yy -= l.size() * 1.75f;
            text(cs, font, l.size(), l.x(), yy, l.text());
          }
          if (d.has("footer")) {
            String f = d.get("footer").asText()
                .replace("{page}", String.valueOf(n + 1))
                .replace("{pages}", String.valueOf(pages.size()));
            float fw = font.getStringWidth(f) / 1000 * 9;
            text(cs, font, 9, (box.getWidth() - fw) / 2, 36, f);
          }
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(d.get("paragraphs").get(0).get("text").asText());
      // a fixed file identifier instead of one derived from the clock: same bytes on every run
      byte[] id = java.security.MessageDigest.getInstance("MD5")
          .digest(out.toString().getBytes(StandardCharsets.UTF_8));
      org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
      doc.save(out.toFile());
    }
  }

  static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Greedy wrap by character (Chinese lines break anywhere), keeping closing punctuation on the line. */
  static List<String> wrap(PDType0Font font, String text, float size, float width, float indent)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    float avail = width - indent;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      float w = font.getStringWidth(cur + ch) / 1000 * size;
      if (w > avail && cur.length() > 0 && "，。、；：）”》！？".indexOf(ch) < 0) {
        lines.add(cur.toString());
        cur.setLength(0);
        avail = width;
      }
      cur.append(ch);
      i += ch.length();
    }
    if (cur.length() > 0) {
      lines.add(cur.toString());
    }
    return lines;
  }

  // ------------------------------------------------------------------ WARC
  static void warc(JsonNode w, Path out) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(Files.newByteChannel(out, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      Instant first = Instant.parse(w.get("records").get(0).get("date").asText());
      writer.write(new Warcinfo.Builder()
          .recordId(UUID.nameUUIDFromBytes(("info:" + out).getBytes(StandardCharsets.UTF_8)))
          .date(first)
          .filename(out.getFileName().toString())
          .fields(Map.of("software", List.of("reportminer corpus MakeBinaries"),
              "description", List.of("made-up crawl of a made-up 范文 site, for tests")))
          .build());
      for (JsonNode r : w.get("records")) {
        byte[] body = Files.readAllBytes(Paths.get(r.get("file").asText()));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Type", r.get("contentType").asText())
            .addHeader("Content-Length", String.valueOf(body.length))
            .addHeader("Server", "nginx")
            .body(MediaType.parse(r.get("contentType").asText()), body)
            .build();
        String url = r.get("url").asText();
        writer.write(new WarcResponse.Builder(URI.create(url))
            .recordId(UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)))
            .date(Instant.parse(r.get("date").asText()))
            .body(http)
            .build());
      }
    }
  }
}
