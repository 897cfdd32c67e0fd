package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.nio.file.Path;

/**
 * A command that checks the catalogs and writes what the build writes into a folder ({@code docs}, {@code openapi}):
 * {@code PATH... OUT}, {@value Invocation#STRICT} taken, the files counted once written.
 */
abstract class FolderCommand implements Command {

  @Override
  public final String arguments() {
    return "PATH... OUT";
  }

  @Override
  public final boolean takesStrict() {
    return true;
  }

  @Override
  public final int minimumPaths() {
    return 2;
  }

  /** Writes the outcome's files to {@code out}; false when the folder could not be written (reported). */
  abstract boolean write(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome, Path out);

  /** What was written, for the last line: {@code 6 pages}. */
  abstract String written(CatalogFilesBuild.Outcome outcome);

  @Override
  public final int run(Invocation invocation) {
    CatalogFilesBuild build = invocation.build();
    CatalogFilesBuild.Outcome outcome = build.run(invocation.inputs());
    boolean written = write(build, outcome, invocation.output());
    boolean fails = invocation.fails(outcome);
    if (written) {
      invocation.out().println(written(outcome) + " in " + invocation.output());
    }
    return fails || !written ? Main.ERRORS : Main.OK;
  }
}
