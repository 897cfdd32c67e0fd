package dev.errorcatalog.processor.evolve;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diagnostics.CatalogBuild;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -Aerrorcatalog.baseline}: through the real processor, each kind of breaking change fails the build
 * with its id at the new file's line, unless a {@code changes:} record newer than the baseline accepts it;
 * additions and edits pass, with one note; the baseline may be a file, a folder or a jar.
 */
class BaselineCheckTest {

  /** The released catalog, version 1.0.0. */
  static final String BASELINE = """
      catalog: shop
      version: 1.0.0
      title: Shop API
      shapes:
        error:
          code: /code
          message: /message
        plain:
          message: /message
      defaults:
        shape: error
      entries:
        - code: ORDER_NOT_FOUND
          status: 404
          title: Order not found
          message: Order {orderId} was not found.
          examples:
            - '{"code": "ORDER_NOT_FOUND", "message": "Order 42 was not found."}'
        - code: RATE_LIMITED
          status: 429
          title: Too many requests
          message: 'Slow down: at most {limit:int} requests a minute.'
          retry:
            class: backoff
            base: 1s
            cap: 30s
        - code: OLD_FEATURE
          status: 410
          title: Gone
          deprecated: Use the v2 endpoint.
        - code: PAYMENT_DECLINED
          status: 402
          title: Payment declined
        - name: MAINTENANCE
          status: 503
          title: Down for maintenance
          shape: plain
          message: We are down for maintenance.
          retry: backoff
      """;

  static final String PAYMENT_DECLINED = "  - code: PAYMENT_DECLINED\n    status: 402\n    title: Payment declined\n";

  static final String OLD_FEATURE =
      "  - code: OLD_FEATURE\n    status: 410\n    title: Gone\n    deprecated: Use the v2 endpoint.\n";

  @TempDir Path dir;

  /** One breaking edit of the baseline, as it is reported. */
  record Break(String name, String from, String to, String position, String id, String change, String entry,
      List<String> words) {
    @Override
    public String toString() {
      return id + " " + name;
    }
  }

  static Stream<Break> breaks() {
    return Stream.of(
        new Break("an entry removed", PAYMENT_DECLINED, "", "31:11", "EC032 entry-removed", "removed",
            "PAYMENT_DECLINED", List.of("the entry with code PAYMENT_DECLINED (status 402, line 31 of the baseline)",
                "no longer in the catalog", "deprecate")),
        new Break("a code changed", "- code: ORDER_NOT_FOUND", "- code: ORDER_MISSING", "13:11",
            "EC033 code-changed", "code", "ORDER_NOT_FOUND",
            List.of("from ORDER_NOT_FOUND to ORDER_MISSING", "no longer sends")),
        new Break("a name changed", "- name: MAINTENANCE", "- name: DOWN_FOR_MAINTENANCE", "34:11",
            "EC033 code-changed", "code", "MAINTENANCE",
            List.of("the name of the entry MAINTENANCE changed from MAINTENANCE to DOWN_FOR_MAINTENANCE")),
        new Break("a status changed", "status: 402", "status: 400", "31:11", "EC034 status-changed", "status",
            "PAYMENT_DECLINED", List.of("from 402 to 400", "expects it at 402")),
        new Break("a placeholder renamed", "Order {orderId} was", "Order {id} was", "13:11",
            "EC035 placeholder-changed", "placeholders", "ORDER_NOT_FOUND", List.of("{orderId} renamed to {id}")),
        new Break("a placeholder retyped", "{limit:int}", "{limit}", "19:11", "EC035 placeholder-changed",
            "placeholders", "RATE_LIMITED", List.of("{limit} retyped from int to string")),
        new Break("a placeholder removed", "at most {limit:int} requests", "at most some requests", "19:11",
            "EC035 placeholder-changed", "placeholders", "RATE_LIMITED", List.of("{limit} removed")),
        new Break("a message another body decodes by", "message: We are down for maintenance.",
            "message: We are down for repairs.", "34:11", "EC036 decodes-differently", "decoding", "MAINTENANCE",
            List.of("now decodes to no entry", "{\"message\":\"We are down for maintenance.\"}", "at status 503")),
        new Break("a retry parameter changed", "cap: 30s", "cap: 60s", "19:11", "EC037 retry-changed", "retry",
            "RATE_LIMITED", List.of("from backoff (base 1s, cap 30s) to backoff (base 1s, cap 1m)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void aBreakingChangeFailsAtTheNewLine(Break b) throws IOException {
    String edited = edit(b.from(), b.to()).replace("version: 1.0.0", "version: 1.1.0");
    Compilation compilation = build(edited, baselineFile());
    CatalogBuild.assertError(compilation, source(), "shop.yaml", b.position(), b.id(), b.words());
    assertEquals(1, compilation.errors().size(), () -> CatalogBuild.errors(compilation));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void anAcceptedBreakPassesAndShowsInTheDocs(Break b) throws IOException {
    String edited = edit(b.from(), b.to()).replace("version: 1.0.0", """
        version: 1.1.0
        changes:
          - version: 1.1.0
            summary: The order service was rewritten.
            accepted:
              - entry: %s
                change: %s
                reason: Clients asked for it in ticket 7.
        """.formatted(b.entry(), b.change()).strip());
    Compilation compilation = build(edited, baselineFile());
    assertThat(compilation).succeededWithoutWarnings();
    String page = page(compilation);
    assertTrue(page.contains("## Changes\n"), page);
    assertTrue(page.contains("### Since version 1.0.0\n"), page);
    assertTrue(page.contains("Clients asked for it in ticket 7."), page);
    assertTrue(page.contains("### Version 1.1.0\n\nThe order service was rewritten.\n\n- Changed on purpose: `"
        + b.entry() + "`, "), page);
  }

  @Test
  void anAcceptanceOfAVersionTheBaselineHasDoesNotAcceptAgain() throws IOException {
    String edited = edit("status: 402", "status: 400").replace("version: 1.0.0", """
        version: 1.1.0
        changes:
          - version: 1.0.0
            accepted:
              - entry: PAYMENT_DECLINED
                change: status
                reason: An old decision.
        """.strip());
    Compilation compilation = build(edited, baselineFile());
    CatalogBuild.assertError(compilation, source(), "shop.yaml", "37:11", "EC034 status-changed",
        List.of("The acceptance at line 6 (change record of version 1.0.0) matches it, but the baseline is 1.0.0 already"));
  }

  @Test
  void additionsEditsAndRemovalOfADeprecatedEntryAreNotes() throws IOException {
    String edited = edit("title: Too many requests", "title: Rate limit reached")
        .replace("version: 1.0.0", "version: 1.1.0")
        .replace(OLD_FEATURE, "")
        + """
          - code: CART_EXPIRED
            status: 409
            title: Cart expired
            since: 1.1.0
        """;
    Compilation compilation = build(edited, baselineFile());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("shop.yaml:1:10: note[EC038 catalog-changed]: compared with the"
        + " baseline 1.0.0 (" + baselineFile() + "): 1 removed, 1 added, 1 text edited.");
    String page = page(compilation);
    assertTrue(page.contains("- `OLD_FEATURE`: Removed. It was deprecated in the baseline.\n"), page);
    assertTrue(page.contains("- [`RATE_LIMITED`](#rate-limited): Edited: title.\n"), page);
    assertTrue(page.contains("- [`CART_EXPIRED`](#cart-expired): New: status 409, Cart expired.\n"), page);
    assertTrue(page.contains("### Version 1.1.0\n\n- New: [`CART_EXPIRED`](#cart-expired), Cart expired.\n"), page);
  }

  @Test
  void aRemovedEntryIsRecordedNotGenerated() throws IOException {
    String edited = BASELINE.replace("version: 1.0.0", "version: 1.1.0").replace("""
            deprecated: Use the v2 endpoint.
        """.indent(0), """
            deprecated: Use the v2 endpoint.
            removed: 1.1.0
            replaced-by: ORDER_NOT_FOUND
        """.indent(0));
    Compilation compilation = build(edited, baselineFile());
    assertThat(compilation).succeededWithoutWarnings();
    String enumSource = compilation.generatedSourceFile("test.ShopError").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(!enumSource.contains("OLD_FEATURE") && enumSource.contains("PAYMENT_DECLINED"), enumSource);
    assertTrue(page(compilation).contains("- Removed: `OLD_FEATURE` (status 410, Gone) is no longer sent; use"
        + " `ORDER_NOT_FOUND` instead.\n"), page(compilation));
  }

  @Test
  void aRemovedEntryTheBaselineDidNotDeprecateIsABreakAtItsMark() throws IOException {
    String edited = BASELINE.replace("version: 1.0.0", "version: 1.1.0").replace("""
            title: Payment declined
        """.indent(0), """
            title: Payment declined
            removed: 1.1.0
        """.indent(0));
    CatalogBuild.assertError(build(edited, baselineFile()), source(), "shop.yaml", "34:14", "EC032 entry-removed",
        List.of("is marked removed, and the baseline did not deprecate it"));
  }

  @Test
  void sinceIsTheJavadocSinceOfTheConstant() throws IOException {
    String edited = BASELINE.replace("version: 1.0.0", "version: 1.1.0") + """
          - code: CART_EXPIRED
            status: 409
            title: Cart expired
            since: 1.1.0
        """;
    Compilation compilation = build(edited, baselineFile());
    assertThat(compilation).succeededWithoutWarnings();
    String enumSource = compilation.generatedSourceFile("test.ShopError").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(enumSource.contains("   * @since 1.1.0\n   */\n  CART_EXPIRED"), enumSource);
  }

  @Test
  void anUnusedAcceptanceIsAWarning() throws IOException {
    String edited = BASELINE.replace("version: 1.0.0", """
        version: 1.1.0
        changes:
          - version: 1.1.0
            accepted:
              - entry: ORDER_NOT_FOUND
                change: status
                reason: Not done after all.
        """.strip());
    Compilation compilation = build(edited, baselineFile());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("shop.yaml:6:9: warning[EC030 bad-change-record]: the change"
        + " record of version 1.1.0 accepts 'status' for ORDER_NOT_FOUND, but nothing of that kind changed");
  }

  @Test
  void aVersionNotRaisedIsAWarning() throws IOException {
    Compilation compilation = build(edit("title: Too many requests", "title: Rate limit reached"), baselineFile());
    assertThat(compilation).hadWarningContaining("warning[EC030 bad-change-record]: the catalog changed since the"
        + " baseline 1.0.0, but its version is still 1.0.0.");
  }

  @Test
  void theBaselineMayBeAFolderOrAJar() throws IOException {
    String edited = edit("status: 402", "status: 400").replace("version: 1.0.0", "version: 1.1.0");
    Path folder = Files.createDirectories(dir.resolve("released/errorcatalog"));
    Files.writeString(folder.resolve("shop.yaml"), BASELINE);
    CatalogBuild.assertError(build(edited, dir.resolve("released")), source(), "shop.yaml", "31:11",
        "EC034 status-changed", List.of("(baseline 1.0.0 (" + folder.resolve("shop.yaml") + "))"));
    Path jar = dir.resolve("shop-catalog-1.0.0.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("errorcatalog/shop.yaml"));
      zip.write(BASELINE.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    CatalogBuild.assertError(build(edited, jar), source(), "shop.yaml", "31:11", "EC034 status-changed",
        List.of("(baseline 1.0.0 (jar:" + jar.toUri() + "!/errorcatalog/shop.yaml))"));
  }

  @Test
  void aBaselineThatCannotBeReadIsAnError() throws IOException {
    Compilation compilation = build(BASELINE, dir.resolve("nowhere.jar"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("error[EC031 baseline-unreadable]: the baseline "
        + dir.resolve("nowhere.jar") + " could not be read:");
  }

  @Test
  void aVersionLaterThanTheCatalogsIsAnError() throws IOException {
    String edited = BASELINE + """
          - code: CART_EXPIRED
            status: 409
            title: Cart expired
            since: 1.2.0
        """;
    CatalogBuild.assertError(build(edited, baselineFile()), source(), "shop.yaml", "43:12", "EC030 bad-change-record",
        List.of("'since' of the entry with code CART_EXPIRED is 1.2.0, after the catalog's version 1.0.0 (line 2)"));
  }

  private String edit(String from, String to) {
    assertTrue(BASELINE.contains(from), from);
    return BASELINE.replace(from, to);
  }

  private Path baselineFile() throws IOException {
    Path file = dir.resolve("baseline/shop.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, BASELINE);
    return file;
  }

  private Compilation build(String yaml, Path baseline) throws IOException {
    Path catalogs = Files.createDirectories(dir.resolve("catalogs"));
    return CatalogBuild.compile(catalogs, "shop", yaml.getBytes(StandardCharsets.UTF_8), source(),
        "-Aerrorcatalog.baseline=" + baseline);
  }

  private static JavaFileObject source() {
    return CatalogBuild.source("\"shop\"");
  }

  private static String page(Compilation compilation) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/errorcatalog/docs/shop.md")
        .orElseThrow().getCharContent(true).toString();
  }
}
