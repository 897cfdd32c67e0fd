package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.generate.GeneratedNames;
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

  private static final Path SHIPPED = Paths.get("../catalog/src/main/resources/errorcatalog");

  /** One test: each javac run with the processor takes seconds. */
  @Test
  void pagesGoToClassOutputAndDocsDirectoryRewritingOnlyChanges(@TempDir Path site) throws IOException {
    Compilation compilation = compile(site);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    CatalogModel pingback = load("pingback");
    CatalogModel getresponse = load("getresponse");
    String pingbackPage = new DocsGenerator().page(pingback, new GeneratedNames("com.example", "Ping"));
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

  private static Compilation compile(Path site) {
    JavaFileObject source = JavaFileObjects.forSourceString("com.example.Apis", """
        package com.example;

        import dev.errorcatalog.ErrorCatalog;

        @ErrorCatalog(value = "pingback", prefix = "Ping")
        @ErrorCatalog("getresponse")
        final class Apis {}
        """);
    return Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + SHIPPED.toAbsolutePath(),
            "-A" + ErrorCatalogProcessor.OPTION_DOCS + "=" + site.toAbsolutePath())
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
