package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diagnostics.CatalogBuild;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs made to hurt the writers' tools, each the mistakes corpus's {@code base.yaml} with one line pushed to
 * an extreme: values javac would reject in generated code (a 70,000-character title, 10,000 placeholders), a
 * megabyte on one line, numbers of thousands of digits, control characters, line breaks and invisible spaces in
 * identifiers. Each is a catalog error at its own YAML line and column, in plain words, with every echoed value
 * cut and escaped; through javac, nothing is generated and no error points into generated code.
 *
 * <p>The inputs are made here from {@code base.yaml}: one edit of one line each, so that they stay in the
 * repository as readable code rather than megabyte files.
 */
@Timeout(120)
class HostileCatalogsTest {

  private static final Path BASE = Paths.get("src/test/resources/mistakes/base.yaml");

  /** The longest line a diagnostic may print: a cut value and the sentence around it. */
  private static final int MAX_MESSAGE = 700;

  /**
   * One hostile catalog: line {@code line} of base.yaml (which must read {@code was}) replaced by
   * {@code now}, and what the build must report: each {@code severity[id} at {@code line:col} with its words.
   */
  private record Case(String name, int line, String was, String now, List<Report> reports) {}

  private record Report(String what, String at, List<String> words) {}

  private static Report report(String what, String at, String... words) {
    return new Report(what, at, List.of(words));
  }

  private static final String DIGITS_5000 = "9".repeat(5_000);

  /** {@code {a0} and {a1} and ...}: {@code n} placeholders, each separated from the next by text. */
  private static String placeholders(int n) {
    return IntStream.range(0, n).mapToObj(i -> "{a" + i + "}").collect(Collectors.joining(" and "));
  }

  private static List<Case> cases() {
    return List.of(
        new Case("status of 5,000 digits", 20, "    status: 404", "    status: " + DIGITS_5000,
            List.of(report("error[EC005", "20:13", "(5,000 characters)", "not an HTTP status", "100 to 599"))),
        new Case("attempts of 5,000 digits", 32, "    retry: { class: backoff, base: 2s, attempts: 3 }",
            "    retry: { class: backoff, base: 2s, attempts: " + DIGITS_5000 + " }",
            List.of(report("error[EC024", "32:50", "(5,000 characters)", "not a usable whole number"))),
        new Case("window of 23 digits", 32, "    retry: { class: backoff, base: 2s, attempts: 3 }",
            "    retry: { class: backoff, base: 2s, window: 99999999999999999999999h }",
            List.of(report("error[EC019", "32:48", "'99999999999999999999999h'", "23 digits", "8784h"))),
        new Case("title of 70,000 characters", 21, "    title: Order not found", "    title: " + "x".repeat(70_000),
            List.of(report("error[EC039", "21:12", "'title' has 70,000 characters", "at most 16,384"))),
        new Case("title of a megabyte on one line", 21, "    title: Order not found",
            "    title: " + "x".repeat(1_000_000),
            List.of(report("error[EC039", "21:1", "line 21 has 1,000,011 characters", "at most 131,072"))),
        new Case("message of 10,000 placeholders", 22, "    message: Order {id} was not found.",
            "    message: \"" + placeholders(10_000) + "\"",
            List.of(report("error[EC039", "22:14", "'message' has", "at most 16,384"),
                report("error[EC040", "22:14", "10,000 placeholders", "at most 50", "factory method"))),
        new Case("message of 51 placeholders", 22, "    message: Order {id} was not found.",
            "    message: \"" + placeholders(51) + "\"",
            List.of(report("error[EC040", "22:14", "51 placeholders", "at most 50"))),
        new Case("catalog id of 70 characters", 2, "catalog: orders-api", "catalog: " + "a".repeat(70),
            List.of(report("error[EC039", "2:10", "the catalog id has 70 characters", "at most 64", "file name"))),
        new Case("name with a line break", 19, "    name: ORDER_NOT_FOUND", "    name: \"ORDER\\nNOT_FOUND\"",
            List.of(report("error[EC024", "19:11", "'ORDER\\nNOT_FOUND'", "UPPER_SNAKE"))),
        new Case("NUL in a fix", 23, "    fix: Check the order id.", "    fix: Check the \u0000order id.",
            List.of(report("error[EC022", "23:20", "U+0000 (null)", "\\u0000"))),
        new Case("escape character in a title", 21, "    title: Order not found", "    title: Order \u001B[31mnot found",
            List.of(report("error[EC022", "21:18", "U+001B (escape)"))),
        new Case("no-break space after a key", 23, "    fix: Check the order id.", "    fix\u00A0: Check the order id.",
            List.of(report("error[EC002", "23:5", "'fix\\u00A0'", "Did you mean 'fix'", "U+00A0 (no-break space)"))),
        new Case("status as a long quoted number", 20, "    status: 404", "    status: \"" + DIGITS_5000 + "\"",
            List.of(report("error[EC004", "20:13", "found a number in quotes", "(99999", "(5,000 characters)", "without quotes"))));
  }

  @TestFactory
  Stream<DynamicTest> eachHostileCatalogIsAnErrorAtItsLineInPlainWords(@TempDir Path dir) {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path file = write(dir, c);
      List<String> printed = MistakesCorpusTest.check(file);
      assertEquals(c.reports().size(), printed.size(), () -> "reported:\n" + cut(String.join("\n", printed)));
      for (int i = 0; i < printed.size(); i++) {
        Report x = c.reports().get(i);
        String line = printed.get(i);
        String prefix = file + ":" + x.at() + ": " + x.what() + " ";
        assertTrue(line.startsWith(prefix), () -> "expected " + prefix + "... got\n" + cut(line));
        for (String word : x.words()) {
          assertTrue(line.contains(word), () -> "expected '" + word + "' in\n" + cut(line));
        }
        assertReadable(line);
      }
    }));
  }

  @Test
  void theBaseChecksClean() throws IOException {
    assertEquals(List.of(), MistakesCorpusTest.check(BASE));
  }

  /** Through javac the same catalogs are errors at their YAML line, and nothing is generated. */
  @TestFactory
  Stream<DynamicTest> javacReportsTheLimitsAtTheYamlLineAndGeneratesNothing(@TempDir Path root) {
    return cases().stream().filter(c -> c.name().startsWith("title of 70") || c.name().startsWith("message of"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          Path dir = Files.createDirectories(root.resolve(c.name().replace(' ', '-')));
          byte[] yaml = edited(c).getBytes(StandardCharsets.UTF_8);
          JavaFileObject source = CatalogBuild.source("\"orders-api\"");
          Compilation compilation = CatalogBuild.compile(dir, "orders-api", yaml, source);
          assertThat(compilation).failed();
          assertEquals(c.reports().size(), compilation.errors().size(), () -> cut(CatalogBuild.errors(compilation)));
          for (Report x : c.reports()) {
            CatalogBuild.assertError(compilation, source, "orders-api.yaml", x.at(),
                x.what().substring("error[".length()) + " " + slug(x.what()), x.words());
          }
          List<Path> written = CatalogBuild.filesWritten(dir, source, Files.createDirectories(dir.resolve("out")));
          assertEquals(List.of(), written.stream().filter(p -> p.toString().contains("generated")).toList(),
              "nothing generated from an invalid catalog");
        }));
  }

  /**
   * The other side of the limits: a catalog with every value at its limit (16,384 characters of three bytes
   * each in modified UTF-8, an id and a group of 64, a message of 50 {@code int} placeholders in a shape of 50
   * fields, so a factory of 100 {@code long} parameters and a {@code Duration}) compiles under
   * {@code -Xlint:all -Werror}: no limit leaves room for a catalog that javac then rejects.
   */
  @Test
  void aCatalogAtEveryLimitCompiles(@TempDir Path dir) throws IOException {
    String id = "a".repeat(64);
    String text = "\u65e5".repeat(16_384);
    String code = ("CODE_" + "\u65e5").repeat(16_384 / 6) + "X";
    String name = "N_".repeat(8_191) + "N";
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      message.append("{p").append(i).append("_").append("x".repeat(250)).append(":int} ");
    }
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      fields.append("      f").append(i).append(": /f").append(i).append('\n');
    }
    String yaml = "catalog: " + id + "\n"
        + "title: \"" + text + "\"\n"
        + "description: \"" + text + "\"\n"
        + "shapes:\n"
        + "  wide:\n"
        + "    message: /m\n"
        + "    fields:\n" + fields
        + "entries:\n"
        + "  - code: \"" + code + "\"\n"
        + "    status: 400\n"
        // An entry title at the heading's limit (EC051 warns above 120 characters); the texts below are at 16,384.
        + "    title: \"" + "t".repeat(120) + "\"\n"
        + "    shape: wide\n"
        + "    message: \"" + message.toString().strip() + "\"\n"
        + "    description: \"" + text + "\"\n"
        + "    fix: \"" + text + "\"\n"
        + "    group: " + "g".repeat(64) + "\n"
        + "    when: { /k: \"" + "z".repeat(16_384) + "\" }\n"
        + "  - name: " + name + "\n"
        + "    status: 429\n"
        + "    title: \"" + "t".repeat(120) + "\"\n"
        + "    shape: wide\n"
        + "    message: \"" + message.toString().strip() + " slow\"\n"
        + "    retry: throttled\n";
    JavaFileObject source = CatalogBuild.source("\"" + id + "\"");
    Compilation compilation = CatalogBuild.compile(dir, id, yaml.getBytes(StandardCharsets.UTF_8), source,
        "-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The slug of the id in {@code error[EC039}: the one list of ids, {@link DiagnosticId}. */
  private static String slug(String what) {
    String code = what.substring("error[".length());
    return java.util.Arrays.stream(DiagnosticId.values()).filter(id -> id.code().equals(code)).findFirst()
        .orElseThrow().slug();
  }

  /** One plain line, short, without control characters or Java's words for what went wrong inside. */
  private static void assertReadable(String line) {
    assertTrue(line.length() <= MAX_MESSAGE, () -> "a line of " + line.length() + " characters:\n" + cut(line));
    assertFalse(line.chars().anyMatch(ch -> ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || ch == 0xA0),
        () -> "control or invisible characters in\n" + line);
    for (String word : List.of("Exception", "java.", "NumberFormat")) {
      assertFalse(line.contains(word), () -> "'" + word + "' in\n" + line);
    }
  }

  private static Path write(Path dir, Case c) throws IOException {
    Path file = dir.resolve(c.name().replaceAll("[^a-z0-9]+", "-") + ".yaml");
    Files.writeString(file, edited(c), StandardCharsets.UTF_8);
    return file;
  }

  private static String edited(Case c) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(BASE, StandardCharsets.UTF_8));
    assertEquals(c.was(), lines.get(c.line() - 1), "base.yaml changed: update the case " + c.name());
    lines.set(c.line() - 1, c.now());
    return String.join("\n", lines) + "\n";
  }

  private static String cut(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " characters)";
  }
}
