package org.reportminer.analyze.ner;

import java.util.List;
import org.reportminer.model.EntityType;

/**
 * The three entity labels of the model, with HanLP's nature names ({@code nt}, {@code nr},
 * {@code ns}) as they appear in tags like {@code B-nt}, and the tag vocabulary in its fixed order.
 */
public enum NerLabel {
  ORG("nt", EntityType.ORG),
  PERSON("nr", EntityType.PERSON),
  PLACE("ns", EntityType.PLACE);

  /** The outside tag. */
  public static final String O = "O";

  private final String nature;
  private final EntityType type;

  NerLabel(String nature, EntityType type) {
    this.nature = nature;
    this.type = type;
  }

  /** HanLP's nature name for this label. */
  public String nature() {
    return nature;
  }

  /** The model type this label produces. */
  public EntityType type() {
    return type;
  }

  /** The label that produces {@code type}. */
  public static NerLabel of(EntityType type) {
    for (NerLabel l : values()) {
      if (l.type == type) {
        return l;
      }
    }
    throw new IllegalArgumentException("no NER label for " + type);
  }

  /** The tag for a character at {@code position} (one of B, M, E, S) of an entity of this label. */
  public String tag(char position) {
    return position + "-" + nature;
  }

  /** The label of a tag such as {@code E-nr}, or null for {@code O} and unknown tags. */
  public static NerLabel ofTag(String tag) {
    if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
      return null;
    }
    String nature = tag.substring(2);
    for (NerLabel l : values()) {
      if (l.nature.equals(nature)) {
        return l;
      }
    }
    return null;
  }

  /** All 13 tags, {@code O} first: the order in which they are registered before training. */
  public static List<String> allTags() {
    List<String> tags = new java.util.ArrayList<>();
    tags.add(O);
    for (NerLabel l : values()) {
      for (char p : new char[] {'B', 'M', 'E', 'S'}) {
        tags.add(l.tag(p));
      }
    }
    return List.copyOf(tags);
  }
}
