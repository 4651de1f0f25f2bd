package org.reportminer.analyze.ner;

import java.nio.file.Path;

/**
 * One of the public training corpora the trainer knows, with its file name under the corpora
 * directory and its format (see /work/shared/corpora/SOURCES.md for provenance).
 */
public enum NerCorpus {
  MSRA("MSRA", "msra_train_bio", NerCorpusReader.Format.BIO),
  RESUME("Resume", "resume_train.char.bmes", NerCorpusReader.Format.BMES),
  CLUENER("CLUENER", "cluener_train.json", NerCorpusReader.Format.CLUENER),
  /** BosonNLP NER, the first 1,600 lines of the file (the rest is held back elsewhere). */
  BOSON("Boson", "boson_ner_train.txt", NerCorpusReader.Format.BOSON);

  private final String displayName;
  private final String fileName;
  private final NerCorpusReader.Format format;

  NerCorpus(String displayName, String fileName, NerCorpusReader.Format format) {
    this.displayName = displayName;
    this.fileName = fileName;
    this.format = format;
  }

  /** The corpus's usual name, as tables print it ("MSRA", "Resume", "CLUENER", "Boson"). */
  public String displayName() {
    return displayName;
  }

  /** The corpus file inside {@code dir}. */
  public Path file(Path dir) {
    return dir.resolve(fileName);
  }

  /** The file's format. */
  public NerCorpusReader.Format format() {
    return format;
  }
}
