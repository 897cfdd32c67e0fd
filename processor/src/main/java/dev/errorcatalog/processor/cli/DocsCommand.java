package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;

/**
 * {@code docs PATH... OUT}: checks the catalogs and writes their pages and the index to OUT, byte for byte as
 * the build's {@code -Aerrorcatalog.docs=OUT} does (only changed files; pages of removed catalogs deleted).
 */
final class DocsCommand implements Command {

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public String arguments() {
    return "PATH... OUT";
  }

  @Override
  public String summary() {
    return "check, then write the docs pages to the folder OUT (as -Aerrorcatalog.docs=OUT does)";
  }

  @Override
  public boolean takesStrict() {
    return true;
  }

  @Override
  public int minimumPaths() {
    return 2;
  }

  @Override
  public int run(Invocation invocation) {
    CatalogFilesBuild build = invocation.build();
    CatalogFilesBuild.Outcome outcome = build.run(invocation.inputs());
    boolean written = build.writeDocs(outcome, invocation.output());
    boolean fails = invocation.fails(outcome);
    if (written) {
      invocation.out().println(outcome.pages().size() + " pages in " + invocation.output());
    }
    return fails || !written ? Main.ERRORS : Main.OK;
  }
}
