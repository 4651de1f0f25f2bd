package org.reportminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.reportminer.index.Facet;
import org.reportminer.index.ReportSchema;

/**
 * Builds entity pages ({@link EntityProfile}): for an organization, person or place, the reports
 * naming it per year (or quarter, month), and the organizations, persons, places and themes named
 * in the same reports, ranked by Dunning's log-likelihood G² of the report counts (only names met
 * more often than independence predicts and in at least {@code minCount} shared reports), with a
 * co-occurrence graph of the strongest ones. Counts come from the facet doc values; the whole
 * archive's counts are computed once per index view. Thread-safe.
 */
public final class EntityProfiler {
  /** The kinds of names associated with an entity. */
  static final List<Facet> KINDS = List.of(Facet.ORGANIZATION, Facet.PERSON, Facet.PLACE, Facet.THEME);

  private final SearchEngine engine;
  private final TimelineCounter timelines;
  private final Object archiveLock = new Object();
  private ArchiveCounts archive;

  /** A profiler over {@code engine}'s index (the caller keeps and closes the engine). */
  public EntityProfiler(SearchEngine engine) {
    this.engine = engine;
    this.timelines = new TimelineCounter(engine);
  }

  /** The page {@code request} asks for; an entity named in no report has zero counts. */
  public EntityProfile profile(EntityRequest request) throws QueryException, IOException {
    request.validate();
    SearchRequest only = SearchRequest.of(null).withFilter(request.facet(), request.name())
        .withSort(SortOrder.DATE).withPage(1, EntityRequest.RECENT_REPORTS).withSnippets(0)
        .withPartial(false);
    Timeline timeline = timelines.count(new TimelineRequest(List.of(), only, request.by()));
    SearchResult recent = engine.search(only);
    return engine.read(searcher -> {
      SortedSetDocValuesReaderState state = engine.facetStateOf(searcher);
      FacetsCollector fc = FacetsCollectorManager.search(searcher, engine.matchQuery(only), 1,
          new FacetsCollectorManager()).facetsCollector();
      long reports = 0;
      for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
        reports += m.totalHits;
      }
      long all = searcher.getIndexReader().numDocs();
      Map<Facet, List<Association>> ranked = new EnumMap<>(Facet.class);
      if (state != null && reports > 0) {
        SortedSetDocValuesFacetCounts together = new SortedSetDocValuesFacetCounts(state, fc);
        SortedSetDocValuesFacetCounts everywhere = archiveCounts(state);
        for (Facet kind : KINDS) {
          ranked.put(kind, rank(request, kind, reports, all, together, everywhere));
        }
      } else {
        KINDS.forEach(k -> ranked.put(k, List.of()));
      }
      EntityProfile.Graph graph = graph(searcher, fc, request, reports, ranked);
      return new EntityProfile(request.facet(), request.name(), reports, all, timeline, ranked,
          graph, recent.hits());
    });
  }

  private static List<Association> rank(EntityRequest request, Facet kind, long reports, long all,
      SortedSetDocValuesFacetCounts together, SortedSetDocValuesFacetCounts everywhere)
      throws IOException {
    FacetResult shared;
    try {
      shared = together.getAllChildren(kind.dim());
    } catch (IllegalArgumentException notIndexed) {
      return List.of();
    }
    List<Association> out = new ArrayList<>();
    if (shared == null) {
      return out;
    }
    String self = ReportSchema.facetLabel(request.name());
    for (LabelAndValue lv : shared.labelValues) {
      long both = lv.value.longValue();
      if (both < request.minCount() || (kind == request.facet() && lv.label.equals(self))) {
        continue;
      }
      long df = everywhere.getSpecificValue(kind.dim(), lv.label).longValue();
      double expected = AssociationMeasure.expected(reports, df, all);
      if (both <= expected) {
        continue; // named together no more often than chance: not associated
      }
      out.add(new Association(kind, lv.label, both, df, expected,
          AssociationMeasure.logLikelihood(both, reports, df, all),
          AssociationMeasure.pmi(both, reports, df, all)));
    }
    out.sort(STRONGEST_FIRST);
    return List.copyOf(out.subList(0, Math.min(out.size(), request.limit())));
  }

  /** G² descending, then shared reports, then the name, so equal scores keep a fixed order. */
  static final Comparator<Association> STRONGEST_FIRST =
      Comparator.comparingDouble(Association::logLikelihood).reversed()
          .thenComparing(Comparator.comparingLong(Association::together).reversed())
          .thenComparing(Association::value);

  /** The entity and its strongest partners of any kind, linked by the reports they share. */
  private EntityProfile.Graph graph(IndexSearcher searcher, FacetsCollector fc,
      EntityRequest request, long reports, Map<Facet, List<Association>> ranked) throws IOException {
    List<Association> partners = new ArrayList<>();
    ranked.values().forEach(partners::addAll);
    partners.sort(STRONGEST_FIRST);
    partners = partners.subList(0, Math.min(partners.size(), EntityRequest.GRAPH_NODES));
    List<Association> nodes = new ArrayList<>();
    nodes.add(new Association(request.facet(), request.name(), reports, reports, reports, 0, 0));
    nodes.addAll(partners);
    List<EntityProfile.Edge> edges = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      edges.add(new EntityProfile.Edge(0, i + 1, partners.get(i).together()));
    }
    long[][] pairs = pairCounts(fc, partners);
    for (int i = 0; i < partners.size(); i++) {
      for (int j = i + 1; j < partners.size(); j++) {
        if (pairs[i][j] > 0) {
          edges.add(new EntityProfile.Edge(i + 1, j + 1, pairs[i][j]));
        }
      }
    }
    return new EntityProfile.Graph(nodes, edges);
  }

  /** For each pair of partners, the collected reports naming both (one pass over their facets). */
  private long[][] pairCounts(FacetsCollector fc, List<Association> partners) throws IOException {
    int n = partners.size();
    long[][] pairs = new long[n][n];
    if (n < 2) {
      return pairs;
    }
    FacetsConfig config = engine.facetsConfig();
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      // each partner's ordinal in this segment's doc values of its facet field (-1: absent)
      Map<String, SortedSetDocValues> fields = new java.util.HashMap<>();
      String[] fieldOf = new String[n];
      long[] ords = new long[n];
      for (int i = 0; i < n; i++) {
        Association p = partners.get(i);
        fieldOf[i] = config.getDimConfig(p.facet().dim()).indexFieldName;
        SortedSetDocValues v = fields.computeIfAbsent(fieldOf[i], f -> values(m, f));
        ords[i] = v == null ? -1 : v.lookupTerm(new BytesRef(
            FacetsConfig.pathToString(p.facet().dim(), new String[] {p.value()})));
      }
      fields.replaceAll((f, v) -> values(m, f)); // fresh iterators for the pass over the docs
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Map<String, java.util.Set<Long>> present = new java.util.HashMap<>();
        for (Map.Entry<String, SortedSetDocValues> f : fields.entrySet()) {
          java.util.Set<Long> set = new java.util.HashSet<>();
          SortedSetDocValues v = f.getValue();
          if (v != null && v.advanceExact(doc)) {
            for (int k = 0; k < v.docValueCount(); k++) {
              set.add(v.nextOrd());
            }
          }
          present.put(f.getKey(), set);
        }
        for (int i = 0; i < n; i++) {
          if (ords[i] < 0 || !present.get(fieldOf[i]).contains(ords[i])) {
            continue;
          }
          for (int j = i + 1; j < n; j++) {
            if (ords[j] >= 0 && present.get(fieldOf[j]).contains(ords[j])) {
              pairs[i][j]++;
            }
          }
        }
      }
    }
    return pairs;
  }

  private static SortedSetDocValues values(FacetsCollector.MatchingDocs m, String field) {
    try {
      return m.context.reader().getSortedSetDocValues(field);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Counts of every facet value over the whole archive, computed once per index view. */
  private SortedSetDocValuesFacetCounts archiveCounts(SortedSetDocValuesReaderState state)
      throws IOException {
    synchronized (archiveLock) {
      IndexReader reader = state.getReader();
      if (archive == null || archive.reader != reader) {
        archive = new ArchiveCounts(reader, new SortedSetDocValuesFacetCounts(state));
      }
      return archive.counts;
    }
  }

  private record ArchiveCounts(IndexReader reader, SortedSetDocValuesFacetCounts counts) {}
}
