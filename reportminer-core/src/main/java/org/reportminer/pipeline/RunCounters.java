package org.reportminer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;

/**
 * The counters of one ingest run, over all its attempts (a resumed run continues the counters its
 * checkpoint recorded, so an interrupted and resumed run ends with the same counters as an
 * uninterrupted one). Immutable.
 *
 * @param inputs inputs enumerated (documents plus inputs that gave none, such as a missing file)
 * @param documents documents among them
 * @param read documents whose bytes were read
 * @param indexed documents extracted, analyzed and written to the index (pages)
 * @param reports reports written
 * @param splitPages of {@code indexed}, pages that were split into two reports or more
 * @param replaced of {@code indexed}, documents that replaced reports of an earlier version
 * @param unchanged documents skipped because the index has them with the same SHA-256
 * @param failed inputs that failed (each one line of the failures log)
 * @param deleted documents whose reports were removed by {@code --delete-missing}
 * @param charsetWarnings indexed documents whose decoding is doubtful (a {@code charset} line of
 *     the failures log each; not failures)
 * @param failuresByStage {@code failed} by stage (read, extract, analyze, index)
 */
public record RunCounters(
    long inputs,
    long documents,
    long read,
    long indexed,
    long reports,
    long splitPages,
    long replaced,
    long unchanged,
    long failed,
    long deleted,
    long charsetWarnings,
    Map<String, Long> failuresByStage) {

  /** Nothing counted yet. */
  public static final RunCounters ZERO = new RunCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

  public RunCounters {
    failuresByStage = Map.copyOf(failuresByStage);
  }

  /** The counters as one JSON object (stored in checkpoints). */
  public String toJson() {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("inputs", inputs);
    o.put("documents", documents);
    o.put("read", read);
    o.put("indexed", indexed);
    o.put("reports", reports);
    o.put("splitPages", splitPages);
    o.put("replaced", replaced);
    o.put("unchanged", unchanged);
    o.put("failed", failed);
    o.put("deleted", deleted);
    o.put("charsetWarnings", charsetWarnings);
    ObjectNode stages = o.putObject("failuresByStage");
    new TreeMap<>(failuresByStage).forEach(stages::put);
    return RecordJson.line(o);
  }

  /** Counters read back from {@link #toJson()}. */
  public static RunCounters fromJson(String json) {
    try {
      JsonNode n = RecordJson.mapper().readTree(json);
      Map<String, Long> stages = new TreeMap<>();
      n.path("failuresByStage").fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asLong()));
      return new RunCounters(n.path("inputs").asLong(), n.path("documents").asLong(), n.path("read").asLong(),
          n.path("indexed").asLong(), n.path("reports").asLong(), n.path("splitPages").asLong(),
          n.path("replaced").asLong(), n.path("unchanged").asLong(), n.path("failed").asLong(),
          n.path("deleted").asLong(), n.path("charsetWarnings").asLong(), stages);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("unreadable run counters: " + e.getMessage(), e);
    }
  }

  /** Accumulates counters; used by one thread at a time (the index thread). */
  static final class Tally {
    long inputs;
    long documents;
    long read;
    long indexed;
    long reports;
    long splitPages;
    long replaced;
    long unchanged;
    long failed;
    long deleted;
    long charsetWarnings;
    final Map<String, Long> failuresByStage = new TreeMap<>();

    Tally(RunCounters from) {
      inputs = from.inputs;
      documents = from.documents;
      read = from.read;
      indexed = from.indexed;
      reports = from.reports;
      splitPages = from.splitPages;
      replaced = from.replaced;
      unchanged = from.unchanged;
      failed = from.failed;
      deleted = from.deleted;
      charsetWarnings = from.charsetWarnings;
      failuresByStage.putAll(from.failuresByStage);
    }

    void failure(Failure.Stage stage) {
      failed++;
      failuresByStage.merge(stage.label(), 1L, Long::sum);
    }

    RunCounters snapshot() {
      return new RunCounters(inputs, documents, read, indexed, reports, splitPages, replaced, unchanged,
          failed, deleted, charsetWarnings, failuresByStage);
    }
  }
}
