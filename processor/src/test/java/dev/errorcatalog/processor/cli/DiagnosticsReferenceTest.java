package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostics reference, {@code catalog/DIAGNOSTICS.md}, as {@code explain} reads it from the jar: one
 * section per {@link DiagnosticId}, each Wrong catalog checked reports its id (and no other error or warning;
 * a baseline's note EC038 may come with it), each Right one checks clean; and {@code explain}'s output.
 */
class DiagnosticsReferenceTest {

  /** Ids no catalog file can cause: the annotation, the build or a byte Markdown cannot hold. */
  private static final Set<String> NOT_FROM_YAML = Set.of("EC015", "EC022", "EC023", "EC027");

  private static final Pattern REPORTED = Pattern.compile("(?:error|warning|note)\\[(EC\\d{3}) ");
  private static final Pattern CATALOG_ID = Pattern.compile("(?m)^catalog: *([a-z][a-z0-9-]*) *$");

  private static final DiagnosticsReference REFERENCE = DiagnosticsReference.packaged();

  @TempDir Path dir;

  @Test
  void everyIdHasExactlyOneSectionInTheOrderOfTheIds() throws IOException {
    List<String> ids = Arrays.stream(DiagnosticId.values()).map(id -> id.code() + " " + id.slug()).toList();
    List<String> sections = REFERENCE.sections().stream().map(s -> s.code() + " " + s.slug()).toList();
    assertEquals(ids, sections, "catalog/DIAGNOSTICS.md has one '## ECnnn slug' section per DiagnosticId, in order");
    assertEquals(Files.readString(Paths.get("../catalog/DIAGNOSTICS.md")),
        new String(DiagnosticsReference.class.getResourceAsStream(DiagnosticsReference.RESOURCE).readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8),
        "the jar carries the repository's file, as built");
    for (DiagnosticsReference.Section s : REFERENCE.sections()) {
      for (String label : List.of("Wrong", "Right", "Fix")) {
        assertTrue(s.has(label), s.code() + " has a **" + label + ":** part");
      }
      assertFalse(s.summary().isBlank(), s.code() + " opens with its meaning");
      assertTrue(s.summary().length() <= 120, s.code() + "'s opening paragraph is one short sentence: " + s.summary());
      assertFalse(s.blocks("Wrong").isEmpty() || s.blocks("Right").isEmpty(), s.code() + " shows both examples");
      for (String line : TerminalText.of(s.markdown()).lines().toList()) {
        assertTrue(line.length() <= TerminalText.WIDTH || line.startsWith("    ") || !line.contains(" "),
            () -> s.code() + " fits a terminal: " + line);
      }
    }
  }

  @Test
  void onlyTheIdsNoCatalogCanCauseShowNoCatalogAsTheirMistake() {
    Set<String> withoutYaml = REFERENCE.sections().stream()
        .filter(s -> s.blocks("Wrong").stream().noneMatch(b -> b.language().equals("yaml")))
        .map(DiagnosticsReference.Section::code).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(NOT_FROM_YAML), withoutYaml);
  }

  @TestFactory
  Stream<DynamicTest> eachWrongCatalogReportsItsIdAndEachRightOneChecksClean() {
    return REFERENCE.sections().stream().filter(s -> !NOT_FROM_YAML.contains(s.code()))
        .flatMap(s -> Stream.of(
            DynamicTest.dynamicTest(s.code() + " wrong", () -> {
              List<String> printed = check(s, "Wrong");
              List<String> ids = printed.stream().map(DiagnosticsReferenceTest::id).toList();
              assertTrue(ids.contains(s.code()), () -> s.code() + " is reported:\n" + String.join("\n", printed));
              List<String> others = printed.stream().filter(l -> !l.startsWith("note ")).map(DiagnosticsReferenceTest::id)
                  .filter(id -> !id.equals(s.code())).toList();
              assertEquals(List.of(), others, () -> "no other error or warning:\n" + String.join("\n", printed));
            }),
            DynamicTest.dynamicTest(s.code() + " right", () -> {
              List<String> printed = check(s, "Right").stream().filter(l -> !l.startsWith("note ")).toList();
              assertEquals(List.of(), printed);
            })));
  }

  /**
   * The example's catalogs checked as {@code check} does (with its baseline as {@code -Aerrorcatalog.baseline}):
   * every error and warning, and the notes of diagnostics, each prefixed by its kind.
   */
  private List<String> check(DiagnosticsReference.Section section, String label) throws IOException {
    Path example = Files.createDirectories(dir.resolve(section.code() + "-" + label));
    List<Path> files = new ArrayList<>();
    Path baseline = null;
    Path openapi = null;
    for (DiagnosticsReference.Block block : section.blocks(label)) {
      if (block.text().startsWith("# openapi\n")) {
        openapi = Files.writeString(Files.createDirectories(example.resolve("openapi")).resolve("openapi.yaml"),
            block.text());
      } else if (block.text().startsWith("# baseline\n")) {
        baseline = write(example.resolve("baseline"), block.text());
      } else {
        files.add(write(example, block.text()));
      }
    }
    for (DiagnosticsReference.Block block : section.blocks("Baseline")) {
      baseline = baseline != null ? baseline : write(example.resolve("baseline"), block.text());
    }
    List<String> printed = new ArrayList<>();
    Map<String, String> options = baseline == null ? Map.of()
        : Map.of(ErrorCatalogProcessor.OPTION_BASELINE, baseline.toString());
    CatalogFilesBuild build = new CatalogFilesBuild(options, (kind, text, element) -> {
      if (kind == Kind.ERROR || kind == Kind.WARNING || (kind == Kind.NOTE && REPORTED.matcher(text).find())) {
        printed.add((kind == Kind.NOTE ? "note " : "") + text);
      }
    });
    build.check(files);
    if (openapi != null) {
      build.agreeWithOpenApi(openapi, false); // a block "# openapi": check --openapi with that document
    }
    return printed;
  }

  /** One catalog file: named by its first line {@code # file: NAME} (maybe in a folder), else by its id. */
  private static Path write(Path folder, String yaml) throws IOException {
    Files.createDirectories(folder);
    Matcher id = CATALOG_ID.matcher(yaml);
    String name = yaml.startsWith("# file: ") ? yaml.substring(8, yaml.indexOf('\n')).strip()
        : id.find() ? id.group(1) + ".yaml" : "catalog.yaml";
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent()); // # file: errorcatalog/NAME.yaml, where the name is checked
    return Files.writeString(file, yaml);
  }

  private static String id(String printed) {
    Matcher m = REPORTED.matcher(printed);
    return m.find() ? m.group(1) : printed;
  }

  @Test
  void explainPrintsTheSectionAsPlainTextForEverySpellingOfTheId() {
    CliRun r = CliRun.of("explain", "EC021");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("EC021 example-decodes-elsewhere\n===============================\n\n"
        + "An example body decodes to another entry"), r.out());
    assertTrue(r.out().contains("\nWrong:\n\n    catalog: orders\n"), r.out());
    assertTrue(r.out().contains("\nRight:\n\n    catalog: orders\n"), r.out());
    assertTrue(r.out().contains("\nFix: make the example the body"), r.out());
    assertFalse(r.out().contains("```") || r.out().contains("**") || r.out().contains("## "), r.out());
    for (String line : r.out().lines().toList()) {
      assertTrue(line.length() <= TerminalText.WIDTH || line.startsWith("    "), "wrapped: " + line);
    }
    for (String spelling : List.of("ec21", "21", "021", "example-decodes-elsewhere", "EXAMPLE-DECODES-ELSEWHERE")) {
      assertEquals(r, CliRun.of("explain", spelling), spelling);
    }
    CliRun link = CliRun.of("explain", "EC007");
    assertTrue(link.out().contains("See Decoding.") && !link.out().contains("FORMAT.md#"), link.out());
    CliRun two = CliRun.of("explain", "1", "EC002");
    assertTrue(two.out().startsWith("EC001 yaml-syntax\n") && two.out().contains("\n\nEC002 unknown-key\n"), two.out());
  }

  @Test
  void explainWithoutAnIdListsEveryIdWithItsMeaning() {
    CliRun r = CliRun.of("explain");
    assertEquals(0, r.exit(), r::toString);
    List<String> lines = r.out().lines().filter(l -> l.startsWith("EC")).toList();
    assertEquals(DiagnosticId.values().length, lines.size(), r.out());
    assertTrue(r.out().contains("\nEC021 example-decodes-elsewhere  An example body decodes to another entry"), r.out());
    assertTrue(r.out().contains("\nEC001 yaml-syntax                "), r.out());
  }

  @Test
  void anUnknownIdIsAUsageErrorSayingHowToFindTheIds() {
    CliRun number = CliRun.of("explain", "EC999");
    assertEquals(2, number.exit());
    assertEquals("", number.out());
    assertTrue(number.err().startsWith("errorcatalog: no diagnostic EC999; the ids are EC001 to EC0"), number.err());
    assertTrue(number.err().contains("explain without an ID lists them all.") && number.err().contains("explain [ID]"),
        number.err());
    CliRun slug = CliRun.of("explain", "exmaple-decodes-elsewhere");
    assertEquals(2, slug.exit());
    assertTrue(slug.err().contains("Did you mean 'example-decodes-elsewhere'?"), slug.err());
    CliRun word = CliRun.of("explain", "banana");
    assertEquals(2, word.exit());
    assertFalse(word.err().contains("Did you mean"), word.err());
    assertEquals(2, CliRun.of("explain", "-Aerrorcatalog.docs=x", "EC001").exit());
  }
}
