package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.OpenApiCheck;

/**
 * {@code check [--strict] PATH...}: every diagnostic of the catalogs, a summary line, exit 1 on errors (with
 * {@code --strict}, on warnings too); with {@code --openapi SPEC}, the catalogs compared with an OpenAPI document.
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
    CatalogFilesBuild build = invocation.build();
    CatalogFilesBuild.Outcome outcome = build.check(invocation.paths());
    if (invocation.openApi().isEmpty()) {
      return invocation.fails(outcome) ? Main.ERRORS : Main.OK;
    }
    // The catalogs' summary line first, then the comparison's: each says what it counted.
    Invocation.OpenApi openApi = invocation.openApi().get();
    boolean catalogsFail = invocation.fails(outcome);
    OpenApiCheck.Counts agreement = build.agreeWithOpenApi(openApi.spec(), openApi.mismatchesFail());
    boolean warningsFail = invocation.strict() && agreement.warnings() > 0;
    invocation.out().println(agreement.summary() + (warningsFail && agreement.errors() == 0
        ? " (" + Invocation.STRICT + ": warnings fail)" : ""));
    return catalogsFail || agreement.errors() > 0 || warningsFail ? Main.ERRORS : Main.OK;
  }
}
