package org.reportminer.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Maps model records to and from the JSON Lines record of docs/ARCHITECTURE.md by Jackson data
 * binding: the records' components are the fields, in their order, with the few exceptions in
 * {@link RecordMixins}. Absent list fields read as empty lists, unknown fields are ignored (a
 * record with the search fields or without the analysis reads as well). Thread-safe.
 */
public final class RecordJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(RecordMixins.module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // keep the plain decimals RecordMixins writes (400, not 4E+2) when records become trees
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .withConfigOverride(List.class,
          o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
      .build();

  private RecordJson() {}

  /** The shared, immutable-in-use mapper (configure nothing on it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A report without analysis fields, as printed by {@code extract --json}. */
  public static ObjectNode toNode(Report r) {
    return MAPPER.valueToTree(r);
  }

  /** A report with its analysis, as printed by {@code analyze --json} and stored in the index. */
  public static ObjectNode toNode(AnalyzedReport a) {
    return MAPPER.valueToTree(a);
  }

  /** A failures-log line. */
  public static ObjectNode toNode(Failure f) {
    return MAPPER.valueToTree(f);
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
    return bind(o, Report.class);
  }

  /** Parses a full analyzed record; missing analysis fields read as empty lists. */
  public static AnalyzedReport analyzed(JsonNode o) {
    return bind(o, AnalyzedReport.class);
  }

  /** Parses one JSON line into an analyzed record. */
  public static AnalyzedReport analyzed(String jsonLine) {
    try {
      return MAPPER.readValue(jsonLine, AnalyzedReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report record: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T bind(JsonNode o, Class<T> type) {
    try {
      return MAPPER.treeToValue(o, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a report record: " + e.getOriginalMessage(), e);
    }
  }
}
