package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.nio.file.Path;

/**
 * {@code docs PATH... OUT}: checks the catalogs and writes their pages and the index to OUT, byte for byte as
 * the build's {@code -Aerrorcatalog.docs=OUT} does (only changed files; pages of removed catalogs deleted).
 */
final class DocsCommand extends FolderCommand {

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public String summary() {
    return "check, then write the docs pages to the folder OUT (as -Aerrorcatalog.docs=OUT does)";
  }

  @Override
  boolean write(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome, Path out) {
    return build.writeDocs(outcome, out);
  }

  @Override
  String written(CatalogFilesBuild.Outcome outcome) {
    return outcome.pages().size() + " pages";
  }
}
