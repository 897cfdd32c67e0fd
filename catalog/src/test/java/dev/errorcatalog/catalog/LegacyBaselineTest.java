package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.evolve.CatalogDiff;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogChange;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.ChangeKind;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A baseline written before codes and names were told apart (issue 16): the shipped insider-one as it was
 * then, every entry with an assigned code, read as today's names. Compared with the shipped catalog it has no
 * breaking change: the codes became names, the API never sent them.
 */
class LegacyBaselineTest {

  @Test
  void aCatalogOfAssignedCodesIsABaselineOfNames() throws IOException {
    CatalogModel before = load(Path.of("src/test/resources/baselines/insider-one-before-names.yaml"));
    CatalogModel now = load(Path.of("src/main/resources/errorcatalog/insider-one.yaml"));
    Diagnostics found = new Diagnostics();
    BaselineComparison comparison = CatalogDiff.compare(before, now, CatalogTables.of(now), found);
    List<Diagnostic> problems = found.all().stream().filter(d -> d.severity() != Diagnostic.Severity.NOTE).toList();
    assertEquals(List.of(), problems.stream().map(Diagnostic::render).toList());
    String kinds = comparison.changes().stream().map(c -> c.kind() + " " + c.entry())
        .collect(Collectors.joining("\n"));
    assertTrue(comparison.changes().stream().noneMatch(c -> c.kind().breaking()), kinds);
    assertTrue(comparison.changes().stream().anyMatch(c -> c.kind() == ChangeKind.ADDED
        && c.entry().equals("DUPLICATE_REQUEST_IGNORED")), kinds);
  }

  private static CatalogModel load(Path file) throws IOException {
    LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
    assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::render)
        .toList());
    return result.catalog().orElseThrow();
  }
}
