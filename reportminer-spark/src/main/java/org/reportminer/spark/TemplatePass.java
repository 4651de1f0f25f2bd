package org.reportminer.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.pipeline.Outcome;
import scala.Tuple2;

/**
 * The site-template pre-pass over the whole input, as {@code analyze} learns it over its run:
 * executors extract every page and send only its candidate lines, keyed by site; each site's
 * pages are then counted by one core {@link SiteTemplates.Builder} (exact counting, so the order
 * of pages does not matter). The template lines themselves are few and go to the driver.
 */
final class TemplatePass {
  private TemplatePass() {}

  /** Template lines by site, for {@link SiteTemplates#of}. */
  static HashMap<String, HashSet<String>> learn(JavaRDD<InputFile> files, long maxBytes) {
    JavaPairRDD<String, List<String>> lines = files.mapPartitionsToPair(it -> candidateLines(it, maxBytes));
    Map<String, HashSet<String>> bySite = lines.groupByKey()
        .mapToPair(TemplatePass::siteTemplates)
        .filter(t -> !t._2().isEmpty())
        .collectAsMap();
    return new HashMap<>(bySite);
  }

  private static Iterator<Tuple2<String, List<String>>> candidateLines(Iterator<InputFile> files, long maxBytes) {
    FileExtraction extraction = new FileExtraction(maxBytes);
    List<Tuple2<String, List<String>>> out = new ArrayList<>();
    while (files.hasNext()) {
      for (Outcome o : extraction.pages(files.next())) {
        if (o instanceof Outcome.Extracted e) {
          out.add(new Tuple2<>(SiteTemplates.siteOf(e.page().source()),
              new ArrayList<>(SiteTemplates.candidateLines(e.page()))));
        }
      }
    }
    return out.iterator();
  }

  private static Tuple2<String, HashSet<String>> siteTemplates(Tuple2<String, Iterable<List<String>>> site) {
    SiteTemplates.Builder builder = SiteTemplates.builder();
    for (List<String> page : site._2()) {
      builder.add(site._1(), page);
    }
    return new Tuple2<>(site._1(), new HashSet<>(builder.build().templateLines(site._1())));
  }
}
