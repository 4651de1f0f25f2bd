/**
 * Immutable records passed between the pipeline stages: {@link org.reportminer.model.Page} from
 * extraction, {@link org.reportminer.model.Report} after splitting, {@link
 * org.reportminer.model.AnalyzedReport} after analysis, and the values inside them. Stages talk to
 * each other only through these types; {@link org.reportminer.model.RecordJson} is the one place
 * that maps them to and from the JSON Lines record described in docs/ARCHITECTURE.md.
 */
package org.reportminer.model;
