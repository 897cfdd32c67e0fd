package dev.errorcatalog.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A diagnostic is made one way, by its id ({@code DiagnosticId.X.error(...)}, {@code .warning}, {@code .note}):
 * the record's canonical constructor is public because a record's is, so the sources are read for any other
 * {@code new Diagnostic(...)} (the processor's main and test sources, and the Maven plugin's), outside the
 * {@code validate} package that holds {@link DiagnosticId}.
 */
class DiagnosticsMadeByIdTest {

  /** {@code new Diagnostic(}, also as {@code new dev.errorcatalog.processor.validate.Diagnostic(}. */
  private static final Pattern CONSTRUCTED = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?Diagnostic\\s*\\(");

  /** The package of {@link DiagnosticId}, and of its tests (this one names the constructor in its samples). */
  private static final List<Path> VALIDATE = List.of(Paths.get("src/main/java/dev/errorcatalog/processor/validate"),
      Paths.get("src/test/java/dev/errorcatalog/processor/validate"));

  private static final List<Path> SOURCES = List.of(
      Paths.get("src/main/java"), Paths.get("src/test/java"), Paths.get("../maven-plugin/src/main/java"));

  @Test
  void noSourceOutsideValidateConstructsADiagnostic() throws IOException {
    List<String> found = new ArrayList<>();
    int read = 0;
    for (Path root : SOURCES) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          read++;
          if (VALIDATE.stream().anyMatch(file::startsWith)) {
            continue;
          }
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (CONSTRUCTED.matcher(lines.get(i)).find()) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(read > 100, "the sources were found (read " + read + " files)");
    assertEquals(List.of(), found, "make a diagnostic by its id: DiagnosticId.X.error(position, problem, fix)");
  }

  @Test
  void thePatternSeesEverySpellingOfTheConstructor() {
    for (String line : List.of("found.add(new Diagnostic(Severity.ERROR, id, at, p, f));",
        "return new dev.errorcatalog.processor.validate.Diagnostic(",
        "x = new Diagnostic (s, id, null, p, f);")) {
      assertTrue(CONSTRUCTED.matcher(line).find(), line);
    }
    assertFalse(CONSTRUCTED.matcher("DiagnosticId.BAD_VALUE.error(at, problem, fix)").find());
    assertFalse(CONSTRUCTED.matcher("new Diagnostics()").find());
  }

  @Test
  void eachSeverityIsMadeByItsId() {
    Diagnostic error = DiagnosticId.BAD_VALUE.error("p.", "f.");
    Diagnostic warning = DiagnosticId.TITLE_TOO_LONG.warning("p.", "f.");
    Diagnostic note = DiagnosticId.CATALOG_CHANGED.note(null, "p.");
    assertEquals(List.of(Diagnostic.Severity.ERROR, Diagnostic.Severity.WARNING, Diagnostic.Severity.NOTE),
        List.of(error.severity(), warning.severity(), note.severity()));
    assertEquals("error[EC024 bad-value]: p. f.", error.render());
    assertEquals("note[EC038 catalog-changed]: p.", note.render());
  }
}
