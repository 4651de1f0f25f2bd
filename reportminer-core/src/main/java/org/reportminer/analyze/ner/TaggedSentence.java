package org.reportminer.analyze.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One training or evaluation sentence: its characters and one tag per UTF-16 char ({@code O} or
 * {@code B/M/E/S-nt|nr|ns}).
 *
 * @param text the sentence
 * @param tags one tag per char of {@code text}
 */
public record TaggedSentence(String text, List<String> tags) {

  public TaggedSentence {
    Objects.requireNonNull(text);
    tags = List.copyOf(tags);
    if (tags.size() != text.length()) {
      throw new IllegalArgumentException(
          "tags (" + tags.size() + ") do not match text length (" + text.length() + "): " + text);
    }
  }

  /** A sentence with gold spans: {@code spans} holds [start, end) offsets and a label each. */
  public static TaggedSentence fromSpans(String text, List<Span> spans) {
    String[] tags = new String[text.length()];
    java.util.Arrays.fill(tags, NerLabel.O);
    for (Span s : spans) {
      if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
        continue;
      }
      boolean overlaps = false;
      for (int i = s.start(); i < s.end(); i++) {
        overlaps |= !NerLabel.O.equals(tags[i]);
      }
      if (overlaps) {
        continue; // nested or overlapping annotations: keep the first one seen
      }
      if (s.end() - s.start() == 1) {
        tags[s.start()] = s.label().tag('S');
      } else {
        tags[s.start()] = s.label().tag('B');
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
          tags[i] = s.label().tag('M');
        }
        tags[s.end() - 1] = s.label().tag('E');
      }
    }
    return new TaggedSentence(text, List.of(tags));
  }

  /** The entity spans encoded by the tags (malformed sequences are read leniently). */
  public List<Span> spans() {
    return spansOf(tags);
  }

  /**
   * Decodes B/M/E/S tags into spans. A span starts at B or S (or at an M/E that continues nothing
   * of its label) and ends at E or S, or where the label changes.
   */
  public static List<Span> spansOf(List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    NerLabel open = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      NerLabel label = NerLabel.ofTag(tag);
      char pos = label == null ? 'O' : tag.charAt(0);
      if (open != null && (label != open || pos == 'B' || pos == 'S')) {
        out.add(new Span(start, i, open));
        open = null;
      }
      if (label == null) {
        continue;
      }
      if (open == null) {
        open = label;
        start = i;
      }
      if (pos == 'E' || pos == 'S') {
        out.add(new Span(start, i + 1, open));
        open = null;
      }
    }
    if (open != null) {
      out.add(new Span(start, tags.size(), open));
    }
    return out;
  }

  /**
   * An entity span inside a sentence.
   *
   * @param start first char
   * @param end one past the last char
   * @param label the entity label
   */
  public record Span(int start, int end, NerLabel label) {}
}
