package org.reportminer.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.pipeline.Outcome;
import scala.Tuple2;

/**
 * The site-template pre-pass, as {@code analyze} learns it over its run: executors extract every
 * page and keep only its candidate lines, keyed by site ({@link #candidates}, rows of {@link
 * #SCHEMA}, which the job stores so that a rerun extracts only its new files and still learns over
 * all of them); each site's pages are then counted by one core {@link SiteTemplates.Builder}
 * (exact counting, so the order of pages does not matter) and the template lines, few, go to the
 * driver ({@link #learn}).
 */
final class TemplatePass {
  /** input file, site, the page's candidate lines; one row per page. */
  static final StructType SCHEMA = new StructType()
      .add("input", DataTypes.StringType, false)
      .add("site", DataTypes.StringType, false)
      .add("lines", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private TemplatePass() {}

  /** The candidate lines of every page of {@code files}. */
  static JavaRDD<Row> candidates(JavaRDD<InputFile> files, long maxBytes) {
    return files.mapPartitions(it -> candidateLines(it, maxBytes));
  }

  /** Template lines by site, for {@link SiteTemplates#of}, learned over the pages of {@code candidates}. */
  static HashMap<String, HashSet<String>> learn(Dataset<Row> candidates) {
    return new HashMap<>(candidates.select("site", "lines").javaRDD()
        .mapToPair(r -> new Tuple2<String, List<String>>(r.getString(0), new ArrayList<>(r.<String>getList(1))))
        .groupByKey()
        .mapToPair(TemplatePass::siteTemplates)
        .filter(t -> !t._2().isEmpty())
        .collectAsMap());
  }

  private static Iterator<Row> candidateLines(Iterator<InputFile> files, long maxBytes) {
    FileExtraction extraction = new FileExtraction(maxBytes);
    List<Row> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile file = files.next();
      for (Outcome o : extraction.pages(file)) {
        if (o instanceof Outcome.Extracted e) {
          out.add(RowFactory.create(file.shown(), SiteTemplates.siteOf(e.page().source()),
              new ArrayList<>(SiteTemplates.candidateLines(e.page())).toArray(new String[0])));
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
