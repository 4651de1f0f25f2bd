package org.reportminer.analyze.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the public NER corpora into {@link TaggedSentence}s with our three labels. Label mapping:
 * ORG, organization, government, company, org_name, company_name → nt; PER, NAME, name,
 * person_name → nr; LOC, address, location → ns; every other type (TITLE, EDU, game, book, scene,
 * time, product_name …) → O. Stateless and thread-safe.
 *
 * <p>Formats:
 *
 * <ul>
 *   <li>{@link Format#BIO}: MSRA, {@code char<TAB>tag} lines with B-/I- prefixes, a blank line
 *       between sentences;
 *   <li>{@link Format#BMES}: Resume NER, {@code char<SPACE>tag} with B-/M-/E-/S- prefixes;
 *   <li>{@link Format#CLUENER}: JSON objects back to back (not JSON Lines), {@code {"text",
 *       "label": {type: {mention: [[start, endInclusive], …]}}}}.
 *   <li>{@link Format#BOSON}: BosonNLP NER, one paragraph per line with entities marked inline as
 *       {@code {{type:text}}}. A paragraph becomes sentences: cut after 。！？ (and the closing
 *       quotes or brackets right after them) and at a literal {@code \n} (backslash, n: the line
 *       breaks of the original posts, written out as text), which is dropped; never inside an
 *       entity. Spaces at the edges of a mention stay text, outside the entity. Doubled markup
 *       ({@code {{time:{{time:上周}}}}}, 3 lines of the file) is read as one mention; a {@code {{}
 *       that opens no well-formed mention is text.
 * </ul>
 */
public final class NerCorpusReader {

  /** The supported corpus formats. */
  public enum Format {
    BIO,
    BMES,
    CLUENER,
    BOSON
  }

  private static final Map<String, NerLabel> LABELS =
      Map.ofEntries(
          Map.entry("org", NerLabel.ORG),
          Map.entry("organization", NerLabel.ORG),
          Map.entry("government", NerLabel.ORG),
          Map.entry("company", NerLabel.ORG),
          Map.entry("org_name", NerLabel.ORG),
          Map.entry("company_name", NerLabel.ORG),
          Map.entry("per", NerLabel.PERSON),
          Map.entry("name", NerLabel.PERSON),
          Map.entry("person_name", NerLabel.PERSON),
          Map.entry("loc", NerLabel.PLACE),
          Map.entry("address", NerLabel.PLACE),
          Map.entry("location", NerLabel.PLACE));

  private NerCorpusReader() {}

  /** Our label for a corpus type name, or null when the type is not one we learn. */
  public static NerLabel label(String corpusType) {
    return LABELS.get(corpusType.toLowerCase(Locale.ROOT));
  }

  /** Reads a whole corpus file. */
  public static List<TaggedSentence> read(Path file, Format format) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, format);
    }
  }

  /** Reads a corpus from a reader (UTF-8 text already decoded). */
  public static List<TaggedSentence> read(Reader reader, Format format) throws IOException {
    return switch (format) {
      case BIO, BMES -> readColumns(new BufferedReader(reader), format);
      case CLUENER -> readClueNer(reader);
      case BOSON -> readBoson(new BufferedReader(reader));
    };
  }

  private static List<TaggedSentence> readColumns(BufferedReader in, Format format)
      throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> rawTags = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        flush(text, rawTags, format, out);
        continue;
      }
      // The tag is the last field; everything before the separator is the character (which
      // can itself be a space in a few lines).
      int split = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(' '));
      String ch = split < 0 ? line : line.substring(0, split);
      String tag = split < 0 ? "O" : line.substring(split + 1).trim();
      if (ch.isEmpty()) {
        ch = " ";
      }
      // One tag per UTF-16 char: a supplementary character takes its tag on both halves.
      for (int i = 0; i < ch.length(); i++) {
        text.append(ch.charAt(i));
        rawTags.add(i == 0 ? tag : continuation(tag));
      }
    }
    flush(text, rawTags, format, out);
    return out;
  }

  private static String continuation(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? "I" + tag.substring(1) : tag;
  }

  private static void flush(
      StringBuilder text, List<String> rawTags, Format format, List<TaggedSentence> out) {
    if (text.length() == 0) {
      return;
    }
    List<TaggedSentence.Span> spans = new ArrayList<>();
    int start = -1;
    NerLabel open = null;
    String openType = null;
    for (int i = 0; i <= rawTags.size(); i++) {
      String tag = i < rawTags.size() ? rawTags.get(i) : "O";
      char pos = tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
      String type = pos == 'O' ? null : tag.substring(2);
      boolean continues =
          openType != null
              && type != null
              && type.equals(openType)
              && (pos == 'I' || pos == 'M' || pos == 'E');
      if (openType != null && !continues) {
        if (open != null) {
          spans.add(new TaggedSentence.Span(start, i, open));
        }
        openType = null;
        open = null;
      }
      if (type != null && !continues) {
        openType = type;
        open = label(type);
        start = i;
      }
      if (openType != null && (pos == 'E' || pos == 'S') && format == Format.BMES) {
        if (open != null) {
          spans.add(new TaggedSentence.Span(start, i + 1, open));
        }
        openType = null;
        open = null;
      }
    }
    out.add(TaggedSentence.fromSpans(text.toString(), spans));
    text.setLength(0);
    rawTags.clear();
  }

  private static List<TaggedSentence> readClueNer(Reader reader) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(reader)) {
      while (it.hasNext()) {
        JsonNode o = it.next();
        String text = o.path("text").asText();
        List<TaggedSentence.Span> spans = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> types = o.path("label").fields();
        while (types.hasNext()) {
          Map.Entry<String, JsonNode> type = types.next();
          NerLabel label = label(type.getKey());
          if (label == null) {
            continue;
          }
          type.getValue()
              .fields()
              .forEachRemaining(
                  mention ->
                      mention
                          .getValue()
                          .forEach(
                              range ->
                                  spans.add(
                                      new TaggedSentence.Span(
                                          range.get(0).asInt(), range.get(1).asInt() + 1, label))));
        }
        spans.sort(java.util.Comparator.comparingInt(TaggedSentence.Span::start));
        if (!text.isEmpty()) {
          out.add(TaggedSentence.fromSpans(text, spans));
        }
      }
    }
    return out;
  }

  private static List<TaggedSentence> readBoson(BufferedReader in) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      StringBuilder text = new StringBuilder();
      List<TaggedSentence.Span> spans = new ArrayList<>();
      bosonMarkup(line, 0, line.length(), text, spans, null);
      bosonSentences(text.toString(), spans, out);
    }
    return out;
  }

  /**
   * Appends the text of {@code line[from, to)} with its markup removed to {@code text}, and the
   * mentions it marks to {@code spans} (inside a mention, {@code outer} is its label and inner
   * markup adds no span of its own).
   */
  private static void bosonMarkup(
      String line, int from, int to, StringBuilder text, List<TaggedSentence.Span> spans, String outer) {
    int i = from;
    while (i < to) {
      int close = i + 2 <= to && line.startsWith("{{", i) ? bosonClose(line, i, to) : -1;
      int colon = close < 0 ? -1 : line.indexOf(':', i + 2);
      if (close < 0 || colon < 0 || colon > close) {
        text.append(line.charAt(i++));
        continue;
      }
      String type = line.substring(i + 2, colon);
      int start = text.length();
      bosonMarkup(line, colon + 1, close, text, spans, type);
      int end = text.length();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      NerLabel label = label(type);
      if (outer == null && label != null && start < end) {
        spans.add(new TaggedSentence.Span(start, end, label));
      }
      i = close + 2;
    }
  }

  /** Where the {@code }}} closing the {@code {{} at {@code open} starts, or -1. */
  private static int bosonClose(String line, int open, int to) {
    int colon = line.indexOf(':', open + 2);
    if (colon < 0 || colon >= to) {
      return -1;
    }
    for (int k = open + 2; k < colon; k++) {
      char c = line.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c == '_')) {
        return -1; // not a type name: the braces are text
      }
    }
    int depth = 1;
    int i = colon + 1;
    while (i + 1 < to) {
      if (line.startsWith("}}", i)) {
        if (--depth == 0) {
          return i;
        }
        i += 2;
      } else if (line.startsWith("{{", i) && bosonClose(line, i, to) >= 0) {
        depth++;
        i += 2;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Cuts a paragraph into sentences (see {@link Format#BOSON}), keeping the spans inside each. */
  private static void bosonSentences(
      String text, List<TaggedSentence.Span> spans, List<TaggedSentence> out) {
    boolean[] inside = new boolean[text.length() + 1];
    for (TaggedSentence.Span s : spans) {
      for (int i = s.start() + 1; i < s.end(); i++) {
        inside[i] = true; // no cut right before char i
      }
    }
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n' && !inside[i] && !inside[i + 2]) {
        addBoson(text, start, i, spans, out);
        start = i + 2;
        i += 2;
        continue;
      }
      i++;
      if ("。！？!?".indexOf(c) >= 0) {
        while (i < text.length() && "”’」』）)\"'".indexOf(text.charAt(i)) >= 0) {
          i++;
        }
        if (!inside[i]) {
          addBoson(text, start, i, spans, out);
          start = i;
        }
      }
    }
    addBoson(text, start, text.length(), spans, out);
  }

  private static void addBoson(
      String text, int start, int end, List<TaggedSentence.Span> spans, List<TaggedSentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    List<TaggedSentence.Span> inside = new ArrayList<>();
    for (TaggedSentence.Span s : spans) {
      if (s.start() >= start && s.end() <= end) {
        inside.add(new TaggedSentence.Span(s.start() - start, s.end() - start, s.label()));
      }
    }
    out.add(TaggedSentence.fromSpans(text.substring(start, end), inside));
  }
}
