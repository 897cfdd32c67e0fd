package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.openapi.OpenApiDocument;
import dev.errorcatalog.processor.openapi.StarterCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code import-openapi SPEC OUT}: a starter catalog from an OpenAPI 3.0 or 3.1 document's error responses
 * ({@link StarterCatalog}), written to the new file OUT (never over an existing one: it would be a writer's work),
 * and the review list printed (the file's head repeats it). The catalog's id is OUT's name where it is one
 * ({@code orders.yaml} gives {@code orders}), else from the document's title.
 */
final class ImportOpenApiCommand implements Command {

  @Override
  public String name() {
    return "import-openapi";
  }

  @Override
  public String arguments() {
    return "SPEC OUT";
  }

  @Override
  public String summary() {
    return "write a starter catalog OUT from an OpenAPI document's error responses";
  }

  @Override
  public int minimumPaths() {
    return 2;
  }

  @Override
  public int run(Invocation invocation) throws Invocation.UsageException, IOException {
    if (invocation.paths().size() != 2) {
      throw new Invocation.UsageException("import-openapi takes SPEC OUT: one OpenAPI document, one new catalog file.");
    }
    Path spec = invocation.paths().get(0);
    Path out = invocation.output();
    if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      invocation.out().println("errorcatalog: " + out + " already exists; name a new file (import-openapi never"
          + " writes over a catalog).");
      return Main.ERRORS;
    }
    OpenApiDocument.Read read = OpenApiDocument.read(spec);
    if (!read.ok()) {
      invocation.out().println(read.failure().render());
      return Main.ERRORS;
    }
    if (read.document().errorResponses().isEmpty()) {
      invocation.out().println("errorcatalog: " + spec + " documents no error response (no status 400 to 599, no"
          + " 4XX or 5XX, no default that reads as an error) in its " + read.document().operations().size()
          + " operations: there is nothing to import.");
      read.document().problems().forEach(p -> invocation.out().println("  " + p.where() + ": " + p.text()));
      return Main.ERRORS;
    }
    String stem = out.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
    String id = stem.matches("[a-z][a-z0-9-]*") && stem.length() <= 64 ? stem
        : StarterCatalog.idFrom(read.document().title()).orElse("imported");
    StarterCatalog.Result starter = StarterCatalog.of(read.document(), id);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, starter.yaml(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    invocation.out().println(out + ": " + starter.entries() + (starter.entries() == 1 ? " entry" : " entries")
        + " from " + read.document().operations().size() + " operations of " + spec + "; "
        + starter.review().size() + " to review:");
    int n = 0;
    for (StarterCatalog.Review r : starter.review()) {
      invocation.out().println("  " + ++n + ". " + r.render());
    }
    invocation.out().println("Then: errorcatalog check " + out + (id.equals(stem) ? "" : " (its id is " + id
        + ": rename the file " + id + ".yaml)"));
    return Main.OK;
  }
}
