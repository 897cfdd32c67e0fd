package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.nio.file.Path;

/**
 * {@code openapi PATH... OUT}: checks the catalogs and writes the OpenAPI document of each
 * ({@code <id>.openapi.json}) to OUT, byte for byte as the build's {@code -Aerrorcatalog.openapi=OUT} does (only
 * changed files; documents of removed catalogs deleted).
 */
final class OpenApiCommand extends FolderCommand {

  @Override
  public String name() {
    return "openapi";
  }

  @Override
  public String summary() {
    return "check, then write each catalog's OpenAPI 3.1 document to the folder OUT (as -Aerrorcatalog.openapi=OUT"
        + " does)";
  }

  @Override
  boolean write(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome, Path out) {
    return build.writeOpenApi(outcome, out);
  }

  @Override
  String written(CatalogFilesBuild.Outcome outcome) {
    return outcome.documents().size() + " OpenAPI documents";
  }
}
