package org.reportminer.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary the analysis rules and the segmenter share: the shipped domain dictionary
 * ({@code domain-dictionary.txt}: organization suffixes, organs of an administrative level, known
 * organization names and abbreviations, titles, domain terms), an optional user dictionary in the
 * same format ({@code --dict FILE}), the family-name list and the keyword stoplist.
 *
 * <p>Dictionary lines are {@code word nature [frequency]} in HanLP's custom-dictionary format;
 * the nature gives a word its role: {@code nis} organization suffix, {@code nto} organ that may
 * follow a bare level ("区委"), {@code nt} known organization, {@code ns} known place, {@code nr}
 * known person, {@code nnt} title; any other HanLP nature only helps segmentation. A word without
 * a nature is a noun ({@code n}). Unknown natures are rejected when loading, because HanLP would
 * otherwise create them in its process-wide nature table.
 *
 * <p>Immutable after loading and thread-safe.
 */
public final class DomainLexicon {
  private static final String RESOURCE_DIR = "/org/reportminer/analyze/";

  /** Administrative level words that form place names and prefix organization names. */
  public static final List<String> LEVEL_SUFFIXES =
      List.of(
          "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "开发区", "高新区", "街道", "社区",
          "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "村");

  /** Role bits of {@link #roles}: a known organization name ({@code nt}). */
  public static final int KNOWN_ORG = 1;
  /** Role bit: an organization suffix or organ ({@code nis}, {@code nto}). */
  public static final int ORG_SUFFIX = 2;
  /** Role bit: a place listed in a dictionary ({@code ns}). */
  public static final int LISTED_PLACE = 4;
  /** Role bit: a place the report established ({@link #withPlaces}). */
  public static final int DOCUMENT_PLACE = 8;
  /** Role bit: a person listed in a dictionary ({@code nr}). */
  public static final int KNOWN_PERSON = 16;
  /** Role bit: a title or post ({@code nnt}). */
  public static final int TITLE = 32;

  /** One dictionary entry for the segmenter. */
  public record Entry(String word, String nature, int frequency) {}

  private final List<Entry> entries;
  /** Organization suffixes ({@code nis}) and organs ({@code nto}) together. */
  private final Set<String> orgSuffixes;
  private final Set<String> organSuffixes;
  private final SuffixIndex orgSuffixEndings;
  private final Set<String> knownOrgs;
  private final Set<String> knownPlaces;
  private final Set<String> documentPlaces;
  private final Set<String> userWords;
  private final Set<String> knownPersons;
  private final Set<String> titles;
  private final SuffixIndex titleEndings;
  private final Set<String> surnames;
  private final Set<String> keywordStoplist;
  /** The role bits of every word that has one, so a token's roles take one look-up. */
  private final Map<String, Integer> roleBits;

  private DomainLexicon(List<Entry> entries, Set<String> surnames, Set<String> keywordStoplist, Set<String> userWords) {
    this.userWords = Set.copyOf(userWords);
    this.entries = List.copyOf(entries);
    Set<String> nis = new HashSet<>();
    Set<String> nto = new HashSet<>();
    Set<String> nt = new HashSet<>();
    Set<String> ns = new HashSet<>();
    Set<String> nr = new HashSet<>();
    Set<String> nnt = new HashSet<>();
    for (Entry e : entries) {
      switch (e.nature()) {
        case "nis" -> nis.add(e.word());
        case "nto" -> nto.add(e.word());
        case "nt" -> nt.add(e.word());
        case "ns" -> ns.add(e.word());
        case "nr" -> nr.add(e.word());
        case "nnt" -> nnt.add(e.word());
        default -> { }
      }
    }
    Set<String> suffixesAndOrgans = new HashSet<>(nis);
    suffixesAndOrgans.addAll(nto);
    this.orgSuffixes = Set.copyOf(suffixesAndOrgans);
    this.organSuffixes = Set.copyOf(nto);
    this.orgSuffixEndings = new SuffixIndex(suffixesAndOrgans);
    this.knownOrgs = Set.copyOf(nt);
    this.knownPlaces = Set.copyOf(ns);
    this.documentPlaces = Set.of();
    this.knownPersons = Set.copyOf(nr);
    this.titles = Set.copyOf(nnt);
    this.titleEndings = new SuffixIndex(nnt);
    this.surnames = Set.copyOf(surnames);
    this.keywordStoplist = Set.copyOf(keywordStoplist);
    Map<String, Integer> roles = new HashMap<>();
    nt.forEach(w -> roles.merge(w, KNOWN_ORG, (a, b) -> a | b));
    suffixesAndOrgans.forEach(w -> roles.merge(w, ORG_SUFFIX, (a, b) -> a | b));
    ns.forEach(w -> roles.merge(w, LISTED_PLACE, (a, b) -> a | b));
    nr.forEach(w -> roles.merge(w, KNOWN_PERSON, (a, b) -> a | b));
    nnt.forEach(w -> roles.merge(w, TITLE, (a, b) -> a | b));
    this.roleBits = Map.copyOf(roles);
  }

  private DomainLexicon(DomainLexicon base, Set<String> extraPlaces) {
    this.entries = base.entries;
    this.orgSuffixes = base.orgSuffixes;
    this.organSuffixes = base.organSuffixes;
    this.orgSuffixEndings = base.orgSuffixEndings;
    this.knownOrgs = base.knownOrgs;
    this.knownPlaces = base.knownPlaces;
    Set<String> places = new HashSet<>(base.documentPlaces);
    places.addAll(extraPlaces);
    this.documentPlaces = Set.copyOf(places);
    this.userWords = base.userWords;
    this.knownPersons = base.knownPersons;
    this.titles = base.titles;
    this.titleEndings = base.titleEndings;
    this.surnames = base.surnames;
    this.keywordStoplist = base.keywordStoplist;
    this.roleBits = base.roleBits;
  }

  /**
   * This lexicon with more known places: the place names one report establishes ("青岚" from
   * "青岚市"), so that its rules treat them as places in the rest of the report.
   */
  public DomainLexicon withPlaces(Set<String> places) {
    return places.isEmpty() ? this : new DomainLexicon(this, places);
  }

  /** The shipped lexicon without a user dictionary. */
  public static DomainLexicon shipped() {
    return load(Optional.empty());
  }

  /**
   * The shipped lexicon plus {@code userDictionary} when present; user entries come after the
   * shipped ones and override their nature.
   *
   * @throws IllegalArgumentException when the user dictionary cannot be read or has a bad line
   */
  public static DomainLexicon load(Optional<Path> userDictionary) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in = resource("domain-dictionary.txt")) {
      readDictionary(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "domain-dictionary.txt", entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped domain dictionary", e);
    }
    Set<String> userWords = new HashSet<>();
    if (userDictionary.isPresent()) {
      Path p = userDictionary.get();
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        Map<String, Entry> user = new LinkedHashMap<>();
        readDictionary(r, p.toString(), user);
        user.values().forEach(e -> userWords.add(e.word()));
        entries.putAll(user);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read dictionary " + p + ": " + e.getMessage(), e);
      }
    }
    return new DomainLexicon(
        new ArrayList<>(entries.values()), words("surnames.txt"), words("keyword-stoplist.txt"), userWords);
  }

  private static InputStream resource(String name) {
    InputStream in = DomainLexicon.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
    }
    return in;
  }

  private static void readDictionary(BufferedReader r, String name, Map<String, Entry> out)
      throws IOException {
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("[\\s\\u3000]+");
      String word = parts[0];
      String nature = parts.length > 1 ? parts[1] : "n";
      int freq = 1000;
      if (parts.length > 2) {
        try {
          freq = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": bad frequency '" + parts[2] + "'");
        }
      }
      if (Nature.fromString(nature) == null) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": unknown part of speech '" + nature + "'");
      }
      // a word may carry two roles (中心 as suffix and term); the last line wins for segmentation
      String key = word + "\u0000" + nature;
      out.put(key, new Entry(word, nature, freq));
    }
  }

  private static Set<String> words(String resourceName) {
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(resourceName), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.strip().split("\\s+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resourceName, e);
    }
    return out;
  }

  /** Every dictionary entry, shipped first, for the segmenter's custom dictionary. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * All the roles of {@code word} at once, as bits ({@link #KNOWN_ORG}, {@link #ORG_SUFFIX},
   * {@link #LISTED_PLACE}, {@link #DOCUMENT_PLACE}, {@link #KNOWN_PERSON}, {@link #TITLE}); 0 for
   * none. The rules take a token's roles once instead of asking each set in turn.
   */
  public int roles(String word) {
    Integer bits = roleBits.get(word);
    int roles = bits == null ? 0 : bits;
    return !documentPlaces.isEmpty() && documentPlaces.contains(word) ? roles | DOCUMENT_PLACE : roles;
  }

  /** True when {@code word} is an organization suffix ({@code nis}) or organ ({@code nto}). */
  public boolean isOrgSuffix(String word) {
    return orgSuffixes.contains(word);
  }

  /** True when {@code word} is an organ that may follow a bare level prefix ("区委"). */
  public boolean isOrgan(String word) {
    return organSuffixes.contains(word);
  }

  /**
   * The longest organization suffix or organ that {@code name} ends with, or null. The whole
   * {@code name} counts too ("协会" ends with "协会").
   */
  public String orgSuffixOf(String name) {
    return orgSuffixEndings.longestSuffixOf(name, 1, name.length());
  }

  /** True for a word the user dictionary ({@code --dict}) lists. */
  public boolean isUserWord(String word) {
    return userWords.contains(word);
  }

  /** True for a known organization name or abbreviation ({@code nt}). */
  public boolean isKnownOrg(String name) {
    return knownOrgs.contains(name);
  }

  /** True for a place listed in a dictionary ({@code ns}) or established by the report. */
  public boolean isKnownPlace(String name) {
    return knownPlaces.contains(name) || documentPlaces.contains(name);
  }

  /** True for a place listed in a dictionary ({@code ns}): a place wherever it stands. */
  public boolean isListedPlace(String name) {
    return knownPlaces.contains(name);
  }

  /** True for a person listed in a user dictionary ({@code nr}). */
  public boolean isKnownPerson(String name) {
    return knownPersons.contains(name);
  }

  /** True for a title or post ("局长", "主任", "同志"). */
  public boolean isTitle(String word) {
    return titles.contains(word);
  }

  /**
   * True when {@code word} ends with a title of two or more characters and has more before it:
   * "形象大使" (大使), "小明星" (明星); not "局长" itself.
   */
  public boolean endsWithTitle(String word) {
    return titleEndings.longestSuffixOf(word, 2, word.length() - 1) != null;
  }

  /** The length of the family name {@code name} starts with (2 for compound ones), or 0. */
  public int surnameLength(String name) {
    if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
      return 2;
    }
    if (!name.isEmpty() && surnames.contains(name.substring(0, 1))) {
      return 1;
    }
    return 0;
  }

  /** True when {@code word} is on the keyword stoplist. */
  public boolean isKeywordStopword(String word) {
    return keywordStoplist.contains(word);
  }

  /** The level words ({@link #LEVEL_SUFFIXES}) as a set. */
  public static Set<String> levelWords() {
    return LEVELS;
  }

  /**
   * The first level word in {@link #LEVEL_SUFFIXES} order that {@code name} ends with and that
   * leaves something before it, or null: "新区" for "青岚高新区" (新区 is listed before 高新区).
   */
  public static String levelEnding(String name) {
    if (name.length() < 2 || LEVEL_LAST_CHARS.indexOf(name.charAt(name.length() - 1)) < 0) {
      return null; // most words end in no level character
    }
    for (String level : LEVEL_SUFFIXES) {
      if (name.endsWith(level) && name.length() > level.length()) {
        return level;
      }
    }
    return null;
  }

  /** The length of the first level word in {@link #LEVEL_SUFFIXES} order at {@code s[pos]}, or 0. */
  public static int levelLengthAt(String s, int pos) {
    if (pos >= s.length() || LEVEL_FIRST_CHARS.indexOf(s.charAt(pos)) < 0) {
      return 0;
    }
    for (String level : LEVEL_SUFFIXES) {
      if (s.startsWith(level, pos)) {
        return level.length();
      }
    }
    return 0;
  }

  private static final Set<String> LEVELS = Collections.unmodifiableSet(new HashSet<>(LEVEL_SUFFIXES));
  private static final String LEVEL_FIRST_CHARS = levelChars(true);
  private static final String LEVEL_LAST_CHARS = levelChars(false);

  private static String levelChars(boolean first) {
    StringBuilder sb = new StringBuilder();
    for (String level : LEVEL_SUFFIXES) {
      char c = level.charAt(first ? 0 : level.length() - 1);
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
