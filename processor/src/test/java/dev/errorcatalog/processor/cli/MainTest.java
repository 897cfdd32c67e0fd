package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writers' command line, run in process as {@code java -jar errorcatalog-cli.jar} runs it. */
class MainTest {

  private static final Path CATALOGS = Paths.get("src/test/resources/catalog-fixtures");
  private static final Path MISTAKES = Paths.get("src/test/resources/mistakes");

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void checkOfGoodCatalogsPrintsTheSummaryAndExitsZero() {
    CliRun r = run("check", CATALOGS.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().endsWith("5 catalogs checked: no errors, no warnings\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void checkOfMistakesPrintsEachAtItsPlaceWithoutJavaAndExitsOne() {
    CliRun r = run("check", MISTAKES.resolve("misspelled-key.yaml").toString(),
        MISTAKES.resolve("title-empty.yaml").toString(), MISTAKES.resolve("hash-in-message.yaml").toString());
    assertEquals(1, r.exit(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(5, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith(MISTAKES.resolve("misspelled-key.yaml") + ":23:5: error[EC002 unknown-key]: "));
    assertTrue(lines.get(1).startsWith(MISTAKES.resolve("title-empty.yaml") + ":21:11: error[EC003 missing-key]: "));
    assertTrue(lines.get(2).startsWith(MISTAKES.resolve("hash-in-message.yaml") + ":31:36: warning[EC028 trailing-comment]: "));
    assertEquals("3 catalogs checked: 2 errors, 2 warnings", lines.get(4));
    assertFalse(r.out().contains("dev.errorcatalog") || r.out().contains("Exception"), r.out());
  }

  @Test
  void aWrongCommandLineExitsTwoWithTheUsage() {
    CliRun unknown = run("chek", "x");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown command chek") && unknown.err().contains("check PATH..."), unknown.err());
    CliRun option = run("check", "-Aerrorcatalog.doc=x", "y");
    assertEquals(2, option.exit());
    assertTrue(option.err().contains("unknown option -Aerrorcatalog.doc"), option.err());
    assertEquals(2, run("docs", CATALOGS.toString()).exit(), "docs needs OUT");
  }

  @Test
  void aMissingFileIsReportedNotThrown() {
    CliRun r = run("check", "no/such/catalog.yaml");
    assertEquals(1, r.exit());
    assertEquals("error[EC015 catalog-not-found]: no/such/catalog.yaml does not exist. Check the path.\n"
        + "1 catalog checked: 1 error, no warnings\n", r.out());
  }

  /** The pages of {@code docs} are the processor's with -Aerrorcatalog.docs, byte for byte. */
  @Test
  void docsWritesThePagesTheBuildWrites(@TempDir Path dir) throws IOException {
    Path build = dir.resolve("build");
    Path cli = dir.resolve("cli");
    StringBuilder annotations = new StringBuilder();
    for (String id : List.of("getresponse", "insider-live-activities", "insider-one", "pingback", "transformify")) {
      annotations.append("@ErrorCatalog(\"").append(id).append("\")\n");
    }
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + CATALOGS.toAbsolutePath(),
            "-A" + ErrorCatalogProcessor.OPTION_DOCS + "=" + build.toAbsolutePath())
        .compile(JavaFileObjects.forSourceString("com.example.Apis", "package com.example;\n\n"
            + "import dev.errorcatalog.ErrorCatalog;\n\n" + annotations + "final class Apis {}\n"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    CliRun r = run("docs", CATALOGS.toString(), cli.toString());
    assertEquals(0, r.exit(), r::toString);
    List<String> pages = names(build);
    assertEquals(7, pages.size(), "five pages, the index and the manifest: " + pages);
    assertEquals(pages, names(cli));
    for (String page : pages) {
      assertEquals(Files.readString(build.resolve(page)), Files.readString(cli.resolve(page)), page);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
