package org.reportminer.analyze.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hand-written sample sentences in {text|TYPE} notation for the NER tests. */
final class NerSample {
  private static final Pattern ENTITY = Pattern.compile("\\{([^|{}]+)\\|(PER|LOC|ORG)}");

  private NerSample() {}

  /** The sample as tagged sentences. */
  static List<TaggedSentence> sentences() throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    try (InputStream in = NerSample.class.getResourceAsStream("/ner/sample-sentences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(parse(line.strip()));
        }
      }
    }
    return out;
  }

  /** One sentence in {text|TYPE} notation. */
  static TaggedSentence parse(String line) {
    StringBuilder text = new StringBuilder();
    List<TaggedSentence.Span> spans = new ArrayList<>();
    Matcher m = ENTITY.matcher(line);
    int last = 0;
    while (m.find()) {
      text.append(line, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      spans.add(new TaggedSentence.Span(start, text.length(), NerCorpusReader.label(m.group(2))));
      last = m.end();
    }
    text.append(line.substring(last));
    return TaggedSentence.fromSpans(text.toString(), spans);
  }

  /** The sentences written as MSRA-style BIO columns. */
  static String toBio(List<TaggedSentence> sentences) {
    StringBuilder sb = new StringBuilder();
    for (TaggedSentence s : sentences) {
      for (int i = 0; i < s.text().length(); i++) {
        String tag = s.tags().get(i);
        NerLabel l = NerLabel.ofTag(tag);
        String bio =
            l == null
                ? "O"
                : (tag.charAt(0) == 'B' || tag.charAt(0) == 'S' ? "B-" : "I-")
                    + switch (l) {
                      case ORG -> "ORG";
                      case PERSON -> "PER";
                      case PLACE -> "LOC";
                    };
        sb.append(s.text().charAt(i)).append('\t').append(bio).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
