package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;

/**
 * {@code check [--strict] PATH...}: every diagnostic of the catalogs, a summary line, exit 1 on errors (with
 * {@code --strict}, on warnings too).
 */
final class CheckCommand implements Command {

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String arguments() {
    return "PATH...";
  }

  @Override
  public String summary() {
    return "check catalog files (or every .yaml/.yml below folders), as the build does";
  }

  @Override
  public boolean takesStrict() {
    return true;
  }

  @Override
  public int minimumPaths() {
    return 1;
  }

  @Override
  public int run(Invocation invocation) {
    CatalogFilesBuild.Outcome outcome = invocation.build().check(invocation.paths());
    return invocation.fails(outcome) ? Main.ERRORS : Main.OK;
  }
}
