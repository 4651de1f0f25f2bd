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
 * ORG, organization, government, company → nt; PER, NAME, name → nr; LOC, address → ns; every
 * other type (TITLE, EDU, game, book, scene …) → O. Stateless and thread-safe.
 *
 * <p>Formats:
 *
 * <ul>
 *   <li>{@link Format#BIO}: MSRA, {@code char<TAB>tag} lines with B-/I- prefixes, a blank line
 *       between sentences;
 *   <li>{@link Format#BMES}: Resume NER, {@code char<SPACE>tag} with B-/M-/E-/S- prefixes;
 *   <li>{@link Format#CLUENER}: JSON objects back to back (not JSON Lines), {@code {"text",
 *       "label": {type: {mention: [[start, endInclusive], …]}}}}.
 * </ul>
 */
public final class NerCorpusReader {

  /** The supported corpus formats. */
  public enum Format {
    BIO,
    BMES,
    CLUENER
  }

  private static final Map<String, NerLabel> LABELS =
      Map.of(
          "org", NerLabel.ORG,
          "organization", NerLabel.ORG,
          "government", NerLabel.ORG,
          "company", NerLabel.ORG,
          "per", NerLabel.PERSON,
          "name", NerLabel.PERSON,
          "loc", NerLabel.PLACE,
          "address", NerLabel.PLACE);

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
}
