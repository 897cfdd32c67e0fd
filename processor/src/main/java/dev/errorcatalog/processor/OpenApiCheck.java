package dev.errorcatalog.processor;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.openapi.Agreement;
import dev.errorcatalog.processor.openapi.OpenApiDocument;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check --openapi SPEC} and the Maven plugin's {@code <openapi>}: the checked catalogs compared with an
 * OpenAPI document ({@link Agreement}), every finding reported through the build's {@link Reporter}, so that it
 * counts, prints and fails as the catalogs' own diagnostics do. A document that cannot be read is an error
 * (EC060): the comparison was asked for and did not happen.
 */
public final class OpenApiCheck {

  private OpenApiCheck() {}

  /**
   * What the comparison found.
   *
   * @param errors the errors reported (mismatches where they fail the build, or an unreadable document)
   * @param warnings the warnings reported
   * @param summary one line for the end of a check: what was compared and how many mismatches
   */
  public record Counts(int errors, int warnings, String summary) {}

  static Counts run(Reporter reporter, List<CatalogModel> catalogs, Path spec, boolean mismatchesFail) {
    int errorsBefore = reporter.errors();
    int warningsBefore = reporter.warnings();
    if (reporter.anyError()) {
      // A catalog with errors is not among those checked: comparing the rest would report its responses as missing.
      return new Counts(0, 0, spec + ": not compared, as the catalogs have errors");
    }
    OpenApiDocument.Read read = OpenApiDocument.read(spec);
    if (!read.ok()) {
      reporter.report(DiagnosticId.OPENAPI_UNREADABLE.error(read.failure().position(), read.failure().problem() + ".",
          read.failure().fix()), null);
      return new Counts(reporter.errors() - errorsBefore, reporter.warnings() - warningsBefore,
          spec + ": not compared");
    }
    OpenApiDocument document = read.document();
    List<Diagnostic> found = Agreement.compare(document, catalogs, mismatchesFail);
    found.forEach(d -> reporter.report(d, null));
    long mismatches = found.stream().filter(d -> d.id() != DiagnosticId.OPENAPI_REFERENCE).count();
    int responses = document.errorResponses().size();
    int entries = catalogs.stream().mapToInt(c -> c.entries().size()).sum();
    String summary = spec + ": " + document.operations().size() + " operations, " + responses + " error responses"
        + " compared with " + entries + (entries == 1 ? " entry" : " entries") + " of " + catalogs.size()
        + (catalogs.size() == 1 ? " catalog" : " catalogs") + ": "
        + (mismatches == 0 ? "they agree" : mismatches + (mismatches == 1 ? " mismatch" : " mismatches"));
    return new Counts(reporter.errors() - errorsBefore, reporter.warnings() - warningsBefore, summary);
  }
}
