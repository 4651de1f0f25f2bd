package org.reportminer.cli;

import java.util.List;

/** The commands reportminer-eval adds to {@code reportminer}: eval, bench, generate, train-ner. */
public final class EvalCommands implements CommandSet {

  @Override
  public List<Object> commands() {
    return List.of(new EvalCommand(), new BenchCommand(), new GenerateCommand(), new TrainNerCommand());
  }
}
