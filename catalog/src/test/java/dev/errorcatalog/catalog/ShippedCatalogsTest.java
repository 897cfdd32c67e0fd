package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for every shipped catalog: the modeline, the entry counts, examples that fit their entries. */
class ShippedCatalogsTest {

  static final String MODELINE = "# yaml-language-server: $schema=../../../../catalog.schema.json";

  /** Entries and recorded duplicates per catalog: the table the README shows. */
  static final Map<String, int[]> COUNTS = Map.of(
      "insider-one", new int[] {94, 3},
      "insider-live-activities", new int[] {23, 0},
      "getresponse", new int[] {27, 0},
      "transformify", new int[] {25, 0},
      "pingback", new int[] {13, 0});

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Set<String> RETRY_CLASSES =
      Set.of("never", "after-action", "backoff", "throttled", "idempotent-only", "delayed");

  static List<String> ids() {
    return ShippedCatalog.IDS;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void startsWithTheSchemaModeline(String id) {
    ShippedCatalog catalog = ShippedCatalog.load(id);
    assertEquals(MODELINE, catalog.text().lines().findFirst().orElse(""), id);
    assertEquals(id, catalog.root().path("catalog").asText(), id + ": the catalog id is the file name");
    Path schema = SeedFacts.moduleDirectory().toAbsolutePath().resolve("src/main/resources/errorcatalog")
        .resolve(MODELINE.substring(MODELINE.indexOf('=') + 1)).normalize();
    assertTrue(Files.isRegularFile(schema), id + ": the modeline names the schema, " + schema);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void entryCountsMatchTheTable(String id) {
    ShippedCatalog catalog = ShippedCatalog.load(id);
    int duplicates = catalog.entries().stream().mapToInt(e -> e.duplicates().size()).sum();
    assertEquals(COUNTS.get(id)[0], catalog.entries().size(), id + " entries");
    assertEquals(COUNTS.get(id)[1], duplicates, id + " recorded duplicates");
    assertEquals(ShippedCatalog.IDS.size(), COUNTS.size());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void codesAreUniqueAndEitherDocumentedNumbersOrUpperSnake(String id) {
    Set<String> seen = new HashSet<>();
    for (Entry e : ShippedCatalog.load(id).entries()) {
      assertTrue(seen.add(e.constantName()), e + ": name used twice");
      assertTrue(e.code().isEmpty() || e.node().path("code").isInt() || UPPER_SNAKE.matcher(e.code()).matches(),
          e + ": code");
      assertTrue(!e.code().isEmpty() || !e.name().isEmpty(), e + ": a code or a name");
      assertTrue(e.name().isEmpty() || UPPER_SNAKE.matcher(e.name()).matches(), e + ": name");
      assertFalse(e.title().isBlank(), e + ": title");
      assertTrue(RETRY_CLASSES.contains(e.retryClass()), e + ": retry class " + e.retryClass());
      assertTrue(e.status() == 0 || (e.status() >= 100 && e.status() <= 599), e + ": status");
    }
  }

  /**
   * Every example is a body of its own entry: valid JSON for JSON shapes, carrying the entry's
   * constants and code, its message fitting one of the entry's templates. (That no other entry claims
   * it is the processor's build-time check.)
   */
  @ParameterizedTest
  @MethodSource("ids")
  void examplesAreBodiesOfTheirOwnEntry(String id) {
    for (Entry e : ShippedCatalog.load(id).entries()) {
      for (String example : e.examples()) {
        String where = e + " example " + example;
        if (e.bodyKind().equals("text")) {
          assertTrue(e.fitsATemplate(example.trim()), where);
          continue;
        }
        assertEquals("json", e.bodyKind(), where + ": an entry without body has no example body");
        JsonNode body = JsonBlocks.parse(example);
        e.constants().forEach((pointer, value) -> assertEquals(value, body.at(pointer), where + " at " + pointer));
        String codePointer = e.shape().path("code").asText("");
        if (!codePointer.isEmpty() && !body.at(codePointer).isMissingNode()) {
          assertEquals(e.code(), body.at(codePointer).asText(), where + ": code");
        }
        String messagePointer = e.shape().path("message").asText("");
        if (!e.templates().isEmpty()) {
          String message = JsonBlocks.text(body, messagePointer);
          assertTrue(e.fitsATemplate(message),
              where + ": message \"" + message + "\" fits no template of the entry");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyShapeIsUsedAndNoYamlAnchors(String id) {
    ShippedCatalog catalog = ShippedCatalog.load(id);
    Set<String> used = new HashSet<>();
    catalog.entries().forEach(e -> used.add(e.shapeName()));
    catalog.root().path("shapes").fieldNames().forEachRemaining(
        name -> assertTrue(used.contains(name), id + ": shape " + name + " is declared but no entry uses it"));
    // Catalogs spell every value out (EC016): no `&anchor` or `*alias` outside quoted text and comments.
    Pattern anchor = Pattern.compile("^\\s*(-\\s+)?[^#'\"]*:\\s+[&*][A-Za-z]");
    catalog.text().lines().forEach(line -> assertFalse(anchor.matcher(line).find(), id + ": " + line));
  }
}
