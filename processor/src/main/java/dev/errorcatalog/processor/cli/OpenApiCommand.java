package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;

/**
 * {@code openapi PATH... OUT}: checks the catalogs and writes the OpenAPI document of each
 * ({@code <id>.openapi.json}) to OUT, byte for byte as the build's {@code -Aerrorcatalog.openapi=OUT} does (only
 * changed files; documents of removed catalogs deleted).
 */
final class OpenApiCommand implements Command {

  @Override
  public String name() {
    return "openapi";
  }

  @Override
  public String arguments() {
    return "PATH... OUT";
  }

  @Override
  public String summary() {
    return "check, then write each catalog's OpenAPI 3.1 document to the folder OUT (as -Aerrorcatalog.openapi=OUT"
        + " does)";
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
    boolean written = build.writeOpenApi(outcome, invocation.output());
    boolean fails = invocation.fails(outcome);
    if (written) {
      invocation.out().println(outcome.documents().size() + " OpenAPI documents in " + invocation.output());
    }
    return fails || !written ? Main.ERRORS : Main.OK;
  }
}
