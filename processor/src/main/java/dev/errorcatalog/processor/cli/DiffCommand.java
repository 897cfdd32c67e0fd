package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogChange;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code diff OLD NEW...}: the catalogs of NEW compared with OLD (a YAML file, a folder or a released catalog
 * jar), as the build's {@code -Aerrorcatalog.baseline=OLD} compares them: every unaccepted breaking change as
 * an error at NEW's line, then every difference, one per line; exit 1 when a break is not accepted.
 */
final class DiffCommand implements Command {

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String arguments() {
    return "OLD NEW...";
  }

  @Override
  public String summary() {
    return "compare catalogs with a released one (as -Aerrorcatalog.baseline=OLD does)";
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
  public int run(Invocation invocation) throws Invocation.UsageException {
    if (invocation.options().containsKey(ErrorCatalogProcessor.OPTION_BASELINE)) {
      throw new Invocation.UsageException("diff takes the baseline as OLD, not as -A"
          + ErrorCatalogProcessor.OPTION_BASELINE + ".");
    }
    Map<String, String> options = new TreeMap<>(invocation.options());
    options.put(ErrorCatalogProcessor.OPTION_BASELINE, invocation.paths().get(0).toString());
    Invocation compared = new Invocation(invocation.paths().subList(1, invocation.paths().size()),
        Map.copyOf(options), invocation.strict(), invocation.out());
    CatalogFilesBuild.Outcome outcome = compared.build().check(compared.paths());
    outcome.comparisons().forEach((id, comparison) -> print(id, comparison, invocation));
    return compared.fails(outcome) ? Main.ERRORS : Main.OK;
  }

  private static void print(String id, BaselineComparison comparison, Invocation invocation) {
    invocation.out().println(id + ": " + comparison.changes().size() + " change"
        + (comparison.changes().size() == 1 ? "" : "s") + " since "
        + comparison.baselineVersion().map(v -> "version " + v.text()).orElse("the baseline"));
    for (CatalogChange change : comparison.changes()) {
      String kind = change.kind().breaking() ? "breaking" : change.kind().yamlName();
      invocation.out().println(String.format("  %-10s %-28s %s%s", kind, change.entry(), change.text(),
          change.accepted().map(r -> " Accepted: " + r)
              .orElse(change.kind().breaking() ? " NOT ACCEPTED." : "")));
    }
  }
}
