package org.reportminer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Jackson annotations of the model records, kept here as mix-ins so that the records stay
 * plain Java: which fields are left out when empty, the analysis written beside the report's
 * fields (one flat object), the word bounds never written, numbers in plain notation. Field order
 * is the records' component order, which is the order of the JSON record (docs/ARCHITECTURE.md).
 */
final class RecordMixins {
  private RecordMixins() {}

  /** A module registering every mix-in. */
  static SimpleModule module() {
    SimpleModule m = new SimpleModule("reportminer-records");
    m.setMixInAnnotation(SourceInfo.class, SourceInfoMixin.class);
    m.setMixInAnnotation(AnalyzedReport.class, AnalyzedReportMixin.class);
    m.setMixInAnnotation(NumberValue.class, NumberValueMixin.class);
    m.setMixInAnnotation(Failure.Stage.class, StageMixin.class);
    return m;
  }

  /** {@code invalidSequences} only when some were replaced, {@code publishedFrom} only when known. */
  abstract static class SourceInfoMixin {
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract int invalidSequences();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String publishedFrom();
  }

  /** The report's fields, then the analysis's, in one object; read back by {@link Reader}. */
  @JsonDeserialize(using = AnalyzedReportMixin.Reader.class)
  abstract static class AnalyzedReportMixin {
    @JsonUnwrapped
    abstract Report report();

    @JsonIgnore
    abstract WordBounds words();

    /** The analysis fields of a flat record; absent fields read as empty lists. */
    record Fields(
        List<String> organizations,
        List<String> persons,
        List<String> places,
        List<Mention> mentions,
        List<DateValue> dates,
        List<NumberValue> numbers,
        List<String> themes,
        List<String> keywords) {}

    /**
     * Jackson cannot build a record through an unwrapped creator property, so the flat object is
     * bound twice: once as the {@link Report}, once as the analysis {@link Fields}.
     */
    static final class Reader extends JsonDeserializer<AnalyzedReport> {
      @Override
      public AnalyzedReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = p.readValueAsTree();
        Report report = ctxt.readTreeAsValue(tree, Report.class);
        Fields f = ctxt.readTreeAsValue(tree, Fields.class);
        return new AnalyzedReport(report, f.organizations(), f.persons(), f.places(), f.mentions(),
            f.dates(), f.numbers(), f.themes(), f.keywords());
      }
    }
  }

  /** Values in plain notation: 1000, not 1E+3 or 1000.0 (on the field: a record component takes its annotations from there). */
  abstract static class NumberValueMixin {
    @JsonSerialize(using = PlainDecimal.class)
    BigDecimal value;
  }

  /** A failure's stage in lower case ("extract"), as the failures log has always had it. */
  abstract static class StageMixin {
    @JsonValue
    abstract String label();

    @JsonCreator
    static Failure.Stage of(String label) {
      return Failure.Stage.of(label);
    }
  }

  /** Writes a decimal without trailing zeros and, for integral values, without an exponent. */
  static final class PlainDecimal extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal v, JsonGenerator gen, SerializerProvider provider) throws IOException {
      BigDecimal stripped = v.stripTrailingZeros();
      gen.writeNumber(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
  }
}
