package org.reportminer.dedup;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.reportminer.index.ExactDuplicateHash;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Report;

/**
 * Near-duplicate maintenance over the Lucene index, run once after each ingestion: every report
 * not yet processed (its {@link DedupFields#SEQ} is 0, i.e. new or changed) looks up candidates by
 * its LSH band terms and exact hash, verifies them by the Jaccard similarity of their shingles and
 * records the verified links on both reports; then clusters (connected components of the links)
 * get their representative — earliest published, then first processed — whose id every member
 * stores as its {@link DedupFields#CLUSTER}. New reports are processed in order of input path,
 * page and part, so an ingestion that was interrupted and resumed ends with the same clusters as one that
 * was not. Only doc-values fields are updated; documents are never re-indexed.
 *
 * <p>Cost: one sequential pass over the LSH and exact-hash terms per {@value #BATCH} new reports
 * finds their candidates ({@link SharedTerms}), then for each candidate a comparison of MinHash
 * signatures (doc values, where the index put them); only candidates whose MinHash estimate comes within {@value
 * #ESTIMATE_MARGIN} of the threshold (more than four standard errors of a 200-value estimate) are
 * verified by their real Jaccard similarity, which loads their texts (and the new report's); the cluster pass reads ids, dates and links of every report (a few dozen bytes
 * each). Verification runs on the given number of threads. Not thread-safe; needs the index's write lock (run it after the ingest writer closed).
 */
public final class IndexedDuplicates {
  /**
   * How far below the similarity threshold a candidate's MinHash estimate may be and still be
   * verified (public so that other engines verify candidates exactly as the index does).
   */
  public static final double ESTIMATE_MARGIN = 0.15;
  /** New reports whose candidates are found in one pass over the terms. */
  static final int BATCH = 50_000;

  private final DedupSettings settings;
  private final Fingerprinter fingerprinter;
  private final TextNormalizer normalizer = new TextNormalizer();

  private final int threads;

  /** Near-duplicate maintenance on one thread. */
  public IndexedDuplicates(DedupSettings settings) {
    this(settings, 1);
  }

  /** Near-duplicate maintenance that verifies candidates on {@code threads} threads. */
  public IndexedDuplicates(DedupSettings settings, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.settings = settings;
    this.threads = threads;
    this.fingerprinter = new Fingerprinter(settings);
  }

  /**
   * What an update did.
   *
   * @param processed reports processed (new or changed)
   * @param links near-duplicate links added
   * @param clusters clusters of two or more reports in the index
   * @param clustered reports in those clusters
   */
  public record Summary(int processed, int links, int clusters, int clustered) {}

  /** One live report as the cluster pass sees it. */
  private static final class Row {
    String id;
    String input;
    long published;
    long seq;
    Map<String, Double> links;
    String cluster;
    int doc;
    boolean dirtyLinks;
    /** Source key and part, read for new reports only (their processing order). */
    String sourceKey;
    int part;
    /** Position among the new reports in processing order; -1 for a report processed before. */
    int order = -1;
  }

  /** Processes new reports and refreshes cluster ids in the index at {@code luceneDir}. */
  public Summary update(Path luceneDir) throws IOException {
    try (Directory dir = FSDirectory.open(luceneDir);
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, Row> rows = rows(reader);
      List<Row> fresh = new ArrayList<>();
      long maxSeq = 0;
      for (Row r : rows.values()) {
        if (r.seq == 0) {
          fresh.add(r);
        }
        maxSeq = Math.max(maxSeq, r.seq);
      }
      // only the sort keys of the new reports are kept (their texts are loaded one at a time
      // below), so memory does not grow with the size of a batch
      for (Row r : fresh) {
        Report report = ReportSchema.analyzedReport(searcher.storedFields().document(r.doc)).report();
        r.sourceKey = report.source().key();
        r.part = report.source().part();
      }
      // Input file, then page, then part: the order an uninterrupted ingestion reads them in.
      fresh.sort(
          Comparator.comparing((Row r) -> r.input)
              .thenComparing(r -> r.sourceKey)
              .thenComparingInt(r -> r.part)
              .thenComparing(r -> r.id));
      for (int i = 0; i < fresh.size(); i++) {
        fresh.get(i).order = i;
      }
      Row[] byDoc = new Row[reader.maxDoc()];
      rows.values().forEach(r -> byDoc[r.doc] = r);
      Set<String> freshIds = new HashSet<>();
      fresh.forEach(r -> freshIds.add(r.id));
      // A changed report's old links no longer hold: drop them everywhere, then find them anew.
      for (Row r : rows.values()) {
        if (r.links.keySet().removeIf(freshIds::contains)) {
          r.dirtyLinks = true;
        }
      }
      // Verification is independent per report (it reads the index as it was before this
      // update), so it runs on the worker threads; links and sequence numbers are then applied
      // in the sorted order, which keeps the result the same whatever the thread count.
      List<List<Link>> found = verifyAll(fresh, searcher, byDoc);
      int links = 0;
      for (int i = 0; i < fresh.size(); i++) {
        Row r = fresh.get(i);
        r.seq = ++maxSeq;
        for (Link link : found.get(i)) {
          Row other = link.other();
          if (r.links.containsKey(other.id)) {
            continue; // the pair was linked from the other side already
          }
          r.links.put(other.id, link.similarity());
          other.links.put(r.id, link.similarity());
          r.dirtyLinks = true;
          other.dirtyLinks = true;
          links++;
        }
        writer.updateNumericDocValue(new Term(ReportSchema.ID, r.id), DedupFields.SEQ, r.seq);
      }
      Map<String, String> clusterOf = clusterIds(rows);
      int clustered = 0;
      Set<String> clusterIds = new HashSet<>();
      for (Row r : rows.values()) {
        String c = clusterOf.get(r.id);
        if (!c.equals(r.id) || !r.links.isEmpty()) {
          clustered++;
          clusterIds.add(c);
        }
        Term key = new Term(ReportSchema.ID, r.id);
        if (r.dirtyLinks) {
          writer.updateBinaryDocValue(key, DedupFields.LINKS, encode(r.links));
        }
        if (!c.equals(r.cluster)) {
          writer.updateBinaryDocValue(key, DedupFields.CLUSTER, new BytesRef(c));
        }
      }
      writer.commit();
      return new Summary(fresh.size(), links, clusterIds.size(), clustered);
    }
  }

  /** A verified near-duplicate of a report being processed. */
  private record Link(Row other, double similarity) {}

  /**
   * The verified near-duplicates of each report of {@code fresh}, in its order. Candidates are
   * found for {@value #BATCH} reports at a time by one pass over the LSH and exact-hash terms
   * ({@link SharedTerms}), which bounds the memory their lists take.
   */
  private List<List<Link>> verifyAll(List<Row> fresh, IndexSearcher searcher, Row[] byDoc) throws IOException {
    List<List<Link>> out = new ArrayList<>(fresh.size());
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
    try {
      for (int from = 0; from < fresh.size(); from += BATCH) {
        List<Row> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
        int[][] candidates = SharedTerms.of(searcher.getIndexReader(),
            batch.stream().mapToInt(r -> r.doc).toArray(), List.of(DedupFields.LSH, ReportSchema.EXACT_HASH));
        if (pool == null) {
          for (int i = 0; i < batch.size(); i++) {
            out.add(verify(batch.get(i), candidates[i], searcher, byDoc));
          }
          continue;
        }
        List<Future<List<Link>>> futures = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
          Row r = batch.get(i);
          int[] c = candidates[i];
          futures.add(pool.submit(() -> verify(r, c, searcher, byDoc)));
        }
        for (Future<List<Link>> f : futures) {
          out.add(f.get());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("near-duplicate update interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * A report's candidates (live reports sharing an LSH band or its exact hash, in increasing doc
   * order) verified by their real similarity. Its MinHash signature comes from doc values (the
   * index computed it), so its text is loaded only when a candidate's MinHash estimate comes near
   * the threshold.
   */
  private List<Link> verify(Row r, int[] candidates, IndexSearcher searcher, Row[] byDoc) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int[] signature = new SignatureReader(reader).get(r.doc);
    if (signature == null) { // indexed before the field existed
      signature = fingerprinter.fingerprint(
          ReportSchema.analyzedReport(searcher.storedFields().document(r.doc)).report()).signature();
    }
    SignatureReader signatures = new SignatureReader(reader);
    Signature mine = null;
    List<Link> out = new ArrayList<>();
    for (int candidate : candidates) {
      Row other = byDoc[candidate];
      if (other == null || other == r || (other.order >= 0 && other.order < r.order)) {
        continue; // a new report earlier in the order verified this pair already (it is symmetric)
      }
      BytesRef theirs = signatures.bytes(candidate);
      if (theirs != null && !estimateReaches(signature, theirs, settings.minSimilarity() - ESTIMATE_MARGIN)) {
        continue; // exact duplicates have equal signatures, so they always pass
      }
      if (mine == null) {
        mine = signature(r, searcher);
      }
      double s = similarity(mine, signature(other, searcher));
      if (s >= settings.minSimilarity()) {
        out.add(new Link(other, s));
      }
    }
    return out;
  }

  /**
   * How many near-duplicates an index records.
   *
   * @param clusters clusters of two or more reports
   * @param clustered reports in those clusters (so {@code clustered - clusters} reports are
   *     near-duplicates of their cluster's representative)
   */
  public record Census(int clusters, int clustered) {}

  /**
   * Counts the clusters recorded in an index (as {@link #update} left them). Reads ids and doc
   * values only, no report bodies.
   */
  public static Census census(IndexReader reader) throws IOException {
    Map<String, Integer> sizes = new HashMap<>();
    for (Row r : rows(reader).values()) {
      sizes.merge(r.cluster, 1, Integer::sum);
    }
    int clusters = 0;
    int clustered = 0;
    for (int n : sizes.values()) {
      if (n > 1) {
        clusters++;
        clustered += n;
      }
    }
    return new Census(clusters, clustered);
  }

  /**
   * The clusters of two or more reports recorded in an index (as {@link #update} left them),
   * largest first, each member with its similarity to the representative.
   */
  public List<DuplicateCluster> clusters(IndexReader reader) throws IOException {
    Map<String, Row> rows = rows(reader);
    IndexSearcher searcher = new IndexSearcher(reader);
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : rows.values()) {
      groups.computeIfAbsent(r.cluster, k -> new ArrayList<>()).add(r);
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
      Row rep = rows.get(g.getKey());
      if (g.getValue().size() < 2 || rep == null) {
        continue;
      }
      Report repReport = ReportSchema.analyzedReport(searcher.storedFields().document(rep.doc)).report();
      String repHash = ExactDuplicateHash.of(repReport.text());
      ShingleSet repShingles = shingles(repReport.text());
      List<DuplicateCluster.Member> members = new ArrayList<>();
      members.add(member(repReport, 1.0, true));
      boolean allExact = true;
      List<Row> others = new ArrayList<>(g.getValue());
      others.remove(rep);
      others.sort(Comparator.comparingLong((Row r) -> r.seq).thenComparing(r -> r.id));
      for (Row m : others) {
        Report report = ReportSchema.analyzedReport(searcher.storedFields().document(m.doc)).report();
        boolean exact = ExactDuplicateHash.of(report.text()).equals(repHash);
        allExact &= exact;
        double s = exact ? 1.0 : m.links.getOrDefault(rep.id, shingles(report.text()).jaccard(repShingles));
        members.add(member(report, s, exact));
      }
      out.add(new DuplicateCluster(rep.id, rep.id, members, allExact));
    }
    out.sort(
        Comparator.comparingInt((DuplicateCluster c) -> -c.members().size())
            .thenComparing(DuplicateCluster::id));
    return out;
  }

  private static DuplicateCluster.Member member(Report r, double similarity, boolean exact) {
    return new DuplicateCluster.Member(
        r.id(), r.title(), r.source() == null ? null : r.source().key(), r.published(), similarity, exact);
  }

  private ShingleSet shingles(String text) {
    return ShingleSet.of(normalizer.normalize(text).text(), settings.shingleK());
  }

  /** What verification needs of a report: its shingles and exact-duplicate key. */
  private record Signature(ShingleSet shingles, String exactHash) {}

  private double similarity(Signature mine, Signature theirs) {
    if (mine.exactHash().equals(theirs.exactHash())) {
      return 1.0;
    }
    if (mine.shingles().jaccardUpperBound(theirs.shingles()) < settings.minSimilarity()) {
      return 0.0;
    }
    return mine.shingles().jaccard(theirs.shingles());
  }

  private Signature signature(Row row, IndexSearcher searcher) throws IOException {
    String text = searcher.storedFields().document(row.doc, Set.of(ReportSchema.BODY)).get(ReportSchema.BODY);
    return new Signature(shingles(text), ExactDuplicateHash.of(text));
  }

  /**
   * Whether {@link MinHashLsh#estimate} of {@code mine} and the encoded signature {@code theirs}
   * is at least {@code threshold}, compared in place (no decoding) and given up as soon as the
   * positions left cannot reach it: most candidates share a band and little else.
   */
  static boolean estimateReaches(int[] mine, BytesRef theirs, double threshold) {
    int n = mine.length;
    if (n == 0 || theirs.length != 4 * n) {
      return 0 >= threshold;
    }
    byte[] b = theirs.bytes;
    int same = 0;
    for (int i = 0, o = theirs.offset; i < n; i++, o += 4) {
      int v = (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8 | (b[o + 3] & 0xFF);
      if (v == mine[i]) {
        same++;
      } else if ((same + (n - i - 1)) / (double) n < threshold) {
        return false;
      }
    }
    return same / (double) n >= threshold;
  }

  /**
   * Reads MinHash signatures by global doc id; look-ups must come in increasing doc order (make
   * a new reader for each pass). Null for a document indexed before the field existed.
   */
  private static final class SignatureReader {
    private final List<LeafReaderContext> leaves;
    private final BinaryDocValues[] values;
    private final boolean[] opened;

    SignatureReader(IndexReader reader) {
      this.leaves = reader.leaves();
      this.values = new BinaryDocValues[leaves.size()];
      this.opened = new boolean[leaves.size()];
    }

    int[] get(int doc) throws IOException {
      BytesRef b = bytes(doc);
      return b == null ? null : DedupFields.decodeSignature(b);
    }

    /** The encoded signature ({@link DedupFields#encodeSignature}), valid until the next call. */
    BytesRef bytes(int doc) throws IOException {
      int i = ReaderUtil.subIndex(doc, leaves);
      if (!opened[i]) {
        values[i] = leaves.get(i).reader().getBinaryDocValues(DedupFields.MINHASH);
        opened[i] = true;
      }
      BinaryDocValues v = values[i];
      return v != null && v.advanceExact(doc - leaves.get(i).docBase) ? v.binaryValue() : null;
    }
  }

  /** Union-find over the links; each component's representative id by (published, seq, id). */
  private static Map<String, String> clusterIds(Map<String, Row> rows) {
    Map<String, String> parent = new HashMap<>();
    for (String id : rows.keySet()) {
      parent.put(id, id);
    }
    for (Row r : rows.values()) {
      for (String other : r.links.keySet()) {
        if (rows.containsKey(other)) {
          String a = find(parent, r.id);
          String b = find(parent, other);
          if (!a.equals(b)) {
            parent.put(a, b);
          }
        }
      }
    }
    Map<String, Row> best = new HashMap<>();
    Comparator<Row> order =
        Comparator.comparingLong((Row r) -> r.published).thenComparingLong(r -> r.seq).thenComparing(r -> r.id);
    for (Row r : rows.values()) {
      best.merge(find(parent, r.id), r, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    Map<String, String> out = new HashMap<>();
    for (Row r : rows.values()) {
      out.put(r.id, best.get(find(parent, r.id)).id);
    }
    return out;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(id).equals(root)) {
      String next = parent.get(id);
      parent.put(id, root);
      id = next;
    }
    return root;
  }

  private static Map<String, Row> rows(IndexReader reader) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues published = leaf.reader().getNumericDocValues(ReportSchema.PUBLISHED_ORDER);
      NumericDocValues seq = leaf.reader().getNumericDocValues(DedupFields.SEQ);
      BinaryDocValues links = leaf.reader().getBinaryDocValues(DedupFields.LINKS);
      BinaryDocValues cluster = leaf.reader().getBinaryDocValues(DedupFields.CLUSTER);
      // ids and input paths from the terms: reading them as stored fields decompresses every
      // report's text, which cost the update more than its verification
      String[] ids = termPerDoc(leaf.reader(), ReportSchema.ID);
      String[] inputs = termPerDoc(leaf.reader(), ReportSchema.INPUT_PATH);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if ((live != null && !live.get(d)) || ids[d] == null) {
          continue;
        }
        Row r = new Row();
        r.id = ids[d];
        r.input = inputs[d] == null ? "" : inputs[d];
        r.doc = leaf.docBase + d;
        r.published = published != null && published.advanceExact(d) ? published.longValue() : Long.MAX_VALUE;
        r.seq = seq != null && seq.advanceExact(d) ? seq.longValue() : 0;
        r.links = links != null && links.advanceExact(d) ? decode(links.binaryValue()) : new HashMap<>();
        r.cluster = cluster != null && cluster.advanceExact(d) ? cluster.binaryValue().utf8ToString() : r.id;
        rows.put(r.id, r);
      }
    }
    return rows;
  }

  /** Each document's term of a single-valued, untokenized field (null where it has none). */
  private static String[] termPerDoc(LeafReader leaf, String field) throws IOException {
    String[] out = new String[leaf.maxDoc()];
    Terms terms = leaf.terms(field);
    if (terms == null) {
      return out;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String value = t.utf8ToString();
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        out[d] = value;
      }
    }
    return out;
  }

  private static BytesRef encode(Map<String, Double> links) {
    StringBuilder sb = new StringBuilder();
    links.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue())).append('\n'));
    return new BytesRef(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Double> decode(BytesRef b) {
    Map<String, Double> out = new HashMap<>();
    for (String line : b.utf8ToString().split("\n")) {
      int sp = line.indexOf(' ');
      if (sp > 0) {
        out.put(line.substring(0, sp), Double.parseDouble(line.substring(sp + 1)));
      }
    }
    return out;
  }
}
