package org.reportminer.cli;

import java.util.List;

/**
 * Subcommands another module adds to {@code reportminer} when its jar is on the class path,
 * found with {@link java.util.ServiceLoader} (an entry in {@code
 * META-INF/services/org.reportminer.cli.CommandSet}). reportminer-eval adds eval, bench, generate
 * and train-ner this way, so the product jar carries none of them.
 */
public interface CommandSet {

  /** New instances of the picocli command classes to add, in the order help lists them. */
  List<Object> commands();
}
