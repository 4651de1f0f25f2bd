package org.reportminer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.RecordJson;

/**
 * The site template lines an ingest run learned, stored next to the index with the run's key and
 * its number of inputs, so that a resumed run removes exactly the same lines as the run it
 * continues (and need not learn them again). Written atomically (a temporary file moved into
 * place). No state; thread-safe.
 */
final class TemplateStore {
  private TemplateStore() {}

  /** What a run learned: its templates and how many inputs it enumerated. */
  record Learned(SiteTemplates templates, long inputs) {}

  /** The templates stored for {@code runKey}, if the file holds that run's; any run's when key is null. */
  static Optional<Learned> load(Path file, String runKey) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode n;
    try {
      n = RecordJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty(); // damaged: learn again
    }
    if (runKey != null && !runKey.equals(n.path("run").asText())) {
      return Optional.empty();
    }
    Map<String, Set<String>> sites = new TreeMap<>();
    n.path("sites").fields().forEachRemaining(e -> {
      Set<String> lines = new TreeSet<>();
      e.getValue().forEach(l -> lines.add(l.asText()));
      sites.put(e.getKey(), lines);
    });
    return Optional.of(new Learned(SiteTemplates.of(sites), n.path("inputs").asLong(-1)));
  }

  /** Stores {@code learned} for {@code runKey}, replacing the file atomically. */
  static void save(Path file, String runKey, Learned learned) throws IOException {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("run", runKey);
    o.put("inputs", learned.inputs());
    ObjectNode sites = o.putObject("sites");
    new TreeMap<>(learned.templates().bySite()).forEach((site, lines) -> {
      ArrayNode a = sites.putArray(site);
      new TreeSet<>(lines).forEach(a::add);
    });
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(file.getFileName() + ".tmp");
    Files.writeString(tmp, RecordJson.line(o) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
