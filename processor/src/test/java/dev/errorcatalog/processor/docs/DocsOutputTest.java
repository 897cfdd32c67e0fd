package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.model.CatalogModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs as the processor writes them in a real javac run: into the class output under
 * {@code META-INF/errorcatalog/docs/}, and with {@code -Aerrorcatalog.docs=DIR} into DIR, rewriting only
 * changed files.
 */
class DocsOutputTest {

  private static final Path SHIPPED = Paths.get("src/test/resources/catalog-fixtures");

  /** One test: each javac run with the processor takes seconds. */
  @Test
  void pagesGoToClassOutputAndDocsDirectoryRewritingOnlyChanges(@TempDir Path site) throws IOException {
    Compilation compilation = compile(site);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    CatalogModel pingback = load("pingback");
    CatalogModel getresponse = load("getresponse");
    String pingbackPage = new DocsGenerator(new DocsOptions(true)).page(pingback, new GeneratedNames("com.example", "Ping"));
    String index = new DocsGenerator().index(List.of(pingback, getresponse));
    assertTrue(pingbackPage.contains("`PingError."), "the page names the types with the prefix of the build");

    assertEquals(pingbackPage, classOutput(compilation, "pingback.md"));
    assertEquals(index, classOutput(compilation, "index.md"));
    assertEquals(pingbackPage, Files.readString(site.resolve("pingback.md")));
    assertEquals(index, Files.readString(site.resolve("index.md")));
    assertTrue(Files.isRegularFile(site.resolve("getresponse.md")));

    // The next build rewrites only what changed: a docs site watching DIR rebuilds only those pages.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Path page = site.resolve("pingback.md");
    Files.setLastModifiedTime(page, old);
    Files.writeString(site.resolve("getresponse.md"), "stale");
    compile(site);
    assertEquals(old, Files.getLastModifiedTime(page), "same bytes: file left alone");
    assertTrue(Files.readString(site.resolve("getresponse.md")).startsWith("---\ntitle: \"GetResponse"),
        "changed page rewritten");
  }

  /**
   * A catalog taken out of the build loses its page; files errorcatalog did not write, pages taken over by
   * hand, and the page of a catalog that merely failed in this build stay.
   */
  @Test
  void pagesOfCatalogsNoLongerInTheBuildAreRemoved(@TempDir Path site, @TempDir Path catalogs) throws IOException {
    for (String id : List.of("pingback", "getresponse")) {
      Files.copy(SHIPPED.resolve(id + ".yaml"), catalogs.resolve(id + ".yaml"));
    }
    Files.writeString(site.resolve("guide.md"), "# A guide someone wrote\n");
    assertEquals(Compilation.Status.SUCCESS, compile(site, catalogs, "pingback", "getresponse").status());
    assertEquals("getresponse.md\nindex.md\npingback.md\n", manifestPages(site));

    // getresponse fails to load: its page is missing from this build for that reason, and stays.
    Path yaml = catalogs.resolve("getresponse.yaml");
    String good = Files.readString(yaml);
    Files.writeString(yaml, "catalog: getresponse\nentries: [\n");
    assertEquals(Compilation.Status.FAILURE, compile(site, catalogs, "pingback", "getresponse").status());
    assertTrue(Files.isRegularFile(site.resolve("getresponse.md")));
    assertEquals("getresponse.md\nindex.md\npingback.md\n", manifestPages(site));
    Files.writeString(yaml, good);

    // getresponse taken out of the build: its page goes, with a note saying so.
    Compilation without = compile(site, catalogs, "pingback");
    assertEquals(Compilation.Status.SUCCESS, without.status());
    assertFalse(Files.exists(site.resolve("getresponse.md")));
    assertTrue(without.notes().stream().anyMatch(n -> n.getMessage(null).contains("removed")
        && n.getMessage(null).contains("getresponse.md")), without.notes().toString());
    assertTrue(Files.isRegularFile(site.resolve("pingback.md")));
    assertEquals("# A guide someone wrote\n", Files.readString(site.resolve("guide.md")), "not ours: untouched");
    assertEquals("index.md\npingback.md\n", manifestPages(site));

    // A page someone took over (the generated-file note deleted) is theirs.
    compile(site, catalogs, "pingback", "getresponse");
    Path page = site.resolve("getresponse.md");
    Files.writeString(page, Files.readString(page).replace(CatalogPage.GENERATED_NOTE, ""));
    compile(site, catalogs, "pingback");
    assertTrue(Files.isRegularFile(page), "a page without the generated-file note is kept");
  }

  private static String manifestPages(Path site) throws IOException {
    StringBuilder pages = new StringBuilder();
    for (String line : Files.readAllLines(site.resolve(DocsDirectory.MANIFEST))) {
      if (!line.startsWith("#")) {
        pages.append(line).append('\n');
      }
    }
    return pages.toString();
  }

  private static Compilation compile(Path site) {
    return compile(site, SHIPPED, "pingback", "getresponse");
  }

  private static Compilation compile(Path site, Path catalogs, String... ids) {
    StringBuilder annotations = new StringBuilder();
    for (String id : ids) {
      annotations.append(id.equals("pingback") ? "@ErrorCatalog(value = \"pingback\", prefix = \"Ping\")\n"
          : "@ErrorCatalog(\"" + id + "\")\n");
    }
    JavaFileObject source = JavaFileObjects.forSourceString("com.example.Apis", "package com.example;\n\n"
        + "import dev.errorcatalog.ErrorCatalog;\n\n" + annotations + "final class Apis {}\n");
    return Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + catalogs.toAbsolutePath(),
            "-A" + ErrorCatalogProcessor.OPTION_DOCS + "=" + site.toAbsolutePath(), "-A" + DocsOptions.OPTION_JAVA)
        .compile(source);
  }

  private static String classOutput(Compilation compilation, String page) throws IOException {
    JavaFileObject file = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, ErrorCatalogProcessor.DOCS_RESOURCE_DIR + page)
        .orElseThrow(() -> new AssertionError("no " + page + " in the class output"));
    return file.getCharContent(true).toString();
  }

  private static CatalogModel load(String id) throws IOException {
    Path file = SHIPPED.resolve(id + ".yaml");
    return new CatalogLoader().load(file.toAbsolutePath().normalize().toString(), Files.readAllBytes(file))
        .catalog().orElseThrow();
  }
}
