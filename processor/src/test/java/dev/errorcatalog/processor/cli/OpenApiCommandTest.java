package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI documents where the build and the writers' command line put them: javac's class output
 * ({@code META-INF/errorcatalog/openapi/}, for the Spring starter), the folder of {@code -Aerrorcatalog.openapi}, and
 * {@code openapi PATH... OUT}; the same bytes everywhere, those of the golden files.
 */
class OpenApiCommandTest {

  private static final Path CATALOGS = Paths.get("src/test/resources/catalog-fixtures");
  private static final Path GOLDEN = Paths.get("src/test/resources/openapi-golden");
  private static final List<String> IDS =
      List.of("getresponse", "insider-live-activities", "insider-one", "pingback", "transformify");

  /** One test: a javac run with the processor takes seconds. */
  @Test
  void theBuildAndTheCommandWriteTheGoldenDocuments(@TempDir Path dir) throws IOException {
    Path build = dir.resolve("build");
    Path cli = dir.resolve("cli");
    StringBuilder annotations = new StringBuilder();
    IDS.forEach(id -> annotations.append("@ErrorCatalog(\"").append(id).append("\")\n"));
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + CATALOGS.toAbsolutePath(),
            "-Aerrorcatalog.openapi=" + build.toAbsolutePath())
        .compile(JavaFileObjects.forSourceString("com.example.Apis", "package com.example;\n\n"
            + "import dev.errorcatalog.ErrorCatalog;\n\n" + annotations + "final class Apis {}\n"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    CliRun r = run("openapi", CATALOGS.toString(), cli.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().endsWith("5 OpenAPI documents in " + cli + "\n"), r.out());
    for (String id : IDS) {
      String name = id + ".openapi.json";
      String golden = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
      assertEquals(golden, Files.readString(build.resolve(name), StandardCharsets.UTF_8), "-Aerrorcatalog.openapi");
      assertEquals(golden, Files.readString(cli.resolve(name), StandardCharsets.UTF_8), "openapi");
      JavaFileObject resource = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
          "META-INF/errorcatalog/openapi/" + name).orElseThrow();
      assertEquals(golden, resource.getCharContent(false).toString(), "class output");
    }

    // The next run rewrites only what changed.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(cli.resolve("pingback.openapi.json"), old);
    Files.writeString(cli.resolve("getresponse.openapi.json"), "stale");
    assertEquals(0, run("openapi", CATALOGS.toString(), cli.toString()).exit());
    assertEquals(old, Files.getLastModifiedTime(cli.resolve("pingback.openapi.json")), "same bytes: left alone");
    assertEquals(Files.readString(GOLDEN.resolve("getresponse.openapi.json")),
        Files.readString(cli.resolve("getresponse.openapi.json")), "changed: rewritten");
  }

  /** The document of a catalog gone from the build is removed; a file someone took over by hand stays. */
  @Test
  void documentsOfCatalogsGoneAreRemoved(@TempDir Path catalogs, @TempDir Path out) throws IOException {
    for (String id : List.of("pingback", "getresponse")) {
      Files.copy(CATALOGS.resolve(id + ".yaml"), catalogs.resolve(id + ".yaml"));
    }
    assertEquals(0, run("openapi", catalogs.toString(), out.toString()).exit());
    Files.writeString(out.resolve("pingback.openapi.json"), "{\"openapi\": \"3.1.0\"}\n"); // taken over by hand
    Files.delete(catalogs.resolve("getresponse.yaml"));
    Files.delete(catalogs.resolve("pingback.yaml"));
    Files.copy(CATALOGS.resolve("transformify.yaml"), catalogs.resolve("transformify.yaml"));

    assertEquals(0, run("openapi", catalogs.toString(), out.toString()).exit());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(".errorcatalog-pages", "pingback.openapi.json", "transformify.openapi.json"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theCommandNeedsAFolderToWriteTo() {
    assertEquals(2, run("openapi", CATALOGS.toString()).exit());
  }

  @Test
  void aCatalogWithMistakesGetsNoDocument(@TempDir Path out) throws IOException {
    CliRun r = run("openapi", "src/test/resources/mistakes/misspelled-key.yaml", out.toString());
    assertEquals(1, r.exit(), r::toString);
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".openapi.json")), "no document");
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
