package org.reportminer.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps model records to and from the JSON Lines record of docs/ARCHITECTURE.md. Field order and names are
 * part of the command-line contract, so they are written out here explicitly rather than left to
 * reflection. Thread-safe.
 */
public final class RecordJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordJson() {}

  /** The shared, immutable-in-use mapper (configure nothing on it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A report without analysis fields, as printed by {@code extract --json}. */
  public static ObjectNode toNode(Report r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", r.id());
    o.set("source", sourceNode(r.source()));
    o.put("title", r.title());
    o.put("published", r.published());
    o.set("category", strings(r.category()));
    o.put("text", r.text());
    ArrayNode sections = o.putArray("sections");
    for (Section s : r.sections()) {
      ObjectNode n = sections.addObject();
      n.put("heading", s.heading());
      n.put("level", s.level());
      n.put("start", s.start());
      n.put("end", s.end());
    }
    return o;
  }

  /** A report with its analysis, as printed by {@code analyze --json} and stored in the index. */
  public static ObjectNode toNode(AnalyzedReport a) {
    ObjectNode o = toNode(a.report());
    o.set("organizations", strings(a.organizations()));
    o.set("persons", strings(a.persons()));
    o.set("places", strings(a.places()));
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : a.mentions()) {
      ObjectNode n = mentions.addObject();
      n.put("type", m.type().name());
      n.put("text", m.text());
      n.put("start", m.start());
      n.put("end", m.end());
    }
    ArrayNode dates = o.putArray("dates");
    for (DateValue d : a.dates()) {
      ObjectNode n = dates.addObject();
      n.put("text", d.text());
      n.put("value", d.value());
      n.put("start", d.start());
      n.put("end", d.end());
    }
    ArrayNode numbers = o.putArray("numbers");
    for (NumberValue v : a.numbers()) {
      ObjectNode n = numbers.addObject();
      n.put("text", v.text());
      n.put("value", plain(v.value()));
      n.put("unit", v.unit());
      n.put("approx", v.approx());
      n.put("start", v.start());
      n.put("end", v.end());
    }
    o.set("themes", strings(a.themes()));
    o.set("keywords", strings(a.keywords()));
    return o;
  }

  /** A failures-log line. */
  public static ObjectNode toNode(Failure f) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("path", f.path());
    o.put("sha256", f.sha256());
    o.put("stage", f.stage());
    o.put("reason", f.reason());
    return o;
  }

  /** One JSON line (no trailing newline). */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tree nodes always serialize", e);
    }
  }

  /** Parses a report record; analysis fields, if present, are ignored. */
  public static Report report(JsonNode o) {
    JsonNode s = o.path("source");
    SourceInfo source =
        new SourceInfo(
            text(s, "path"),
            text(s, "url"),
            text(s, "sha256"),
            text(s, "mediaType"),
            text(s, "charset"),
            s.path("part").asInt(1),
            s.path("parts").asInt(1),
            s.path("invalidSequences").asInt(0),
            text(s, "publishedFrom"));
    List<Section> sections =
        list(
            o.path("sections"),
            n ->
                new Section(
                    text(n, "heading"),
                    n.path("level").asInt(),
                    n.path("start").asInt(),
                    n.path("end").asInt()));
    return new Report(
        text(o, "id"),
        source,
        text(o, "title"),
        text(o, "published"),
        list(o.path("category"), JsonNode::asText),
        text(o, "text"),
        sections);
  }

  /** Parses a full analyzed record; missing analysis fields read as empty lists. */
  public static AnalyzedReport analyzed(JsonNode o) {
    return new AnalyzedReport(
        report(o),
        list(o.path("organizations"), JsonNode::asText),
        list(o.path("persons"), JsonNode::asText),
        list(o.path("places"), JsonNode::asText),
        list(
            o.path("mentions"),
            n ->
                new Mention(
                    EntityType.valueOf(n.path("type").asText()),
                    text(n, "text"),
                    n.path("start").asInt(),
                    n.path("end").asInt())),
        list(
            o.path("dates"),
            n ->
                new DateValue(
                    text(n, "text"), text(n, "value"), n.path("start").asInt(), n.path("end").asInt())),
        list(
            o.path("numbers"),
            n ->
                new NumberValue(
                    text(n, "text"),
                    n.path("value").decimalValue(),
                    text(n, "unit"),
                    n.path("approx").asBoolean(),
                    n.path("start").asInt(),
                    n.path("end").asInt())),
        list(o.path("themes"), JsonNode::asText),
        list(o.path("keywords"), JsonNode::asText));
  }

  /** Parses one JSON line into an analyzed record. */
  public static AnalyzedReport analyzed(String jsonLine) {
    try {
      return analyzed(MAPPER.readTree(jsonLine));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report record: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode sourceNode(SourceInfo s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("path", s.path());
    o.put("url", s.url());
    o.put("sha256", s.sha256());
    o.put("mediaType", s.mediaType());
    o.put("charset", s.charset());
    o.put("part", s.part());
    o.put("parts", s.parts());
    if (s.invalidSequences() > 0) {
      o.put("invalidSequences", s.invalidSequences());
    }
    if (s.publishedFrom() != null) {
      o.put("publishedFrom", s.publishedFrom());
    }
    return o;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** Integral values print as integers (1000, not 1E+3 or 1000.0). */
  private static BigDecimal plain(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(f.apply(n)));
    }
    return out;
  }
}
