package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;

/** Test helper: the reports an index holds, for comparing two indexes of the same input. */
public final class IndexDump {
  private IndexDump() {}

  /** Every live report: id to input path, stored record and text; fails on an id indexed twice. */
  public static Map<String, String> reports(Path index) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var dir = FSDirectory.open(new IndexLayout(index).lucene()); DirectoryReader reader = DirectoryReader.open(dir)) {
      Bits live = MultiBits.getLiveDocs(reader);
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (live == null || live.get(d)) {
          Document doc = stored.document(d);
          String id = doc.get(ReportSchema.ID);
          String before = out.put(id, doc.get(ReportSchema.INPUT_PATH) + "\n"
              + doc.getBinaryValue(ReportSchema.RECORD).utf8ToString() + "\n" + doc.get(ReportSchema.BODY));
          assertEquals(null, before, "report " + id + " twice in " + index);
        }
      }
    }
    return out;
  }
}
