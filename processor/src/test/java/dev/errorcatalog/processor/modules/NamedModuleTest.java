package dev.errorcatalog.processor.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog compiled into a named module: the runtime ({@code dev.errorcatalog}, from its module descriptor) and
 * jackson-core on the module path, the consumer's {@code module-info.java} deciding what the generated code may
 * use. Only that module's directives differ between the tests. Plain javac over files on disk: compile-testing's
 * in-memory file manager cannot compile a module.
 */
class NamedModuleTest {

  private static final Path YAML_DIR = Paths.get("src/test/resources/golden/yaml");

  private static final String PROVIDES = "provides dev.errorcatalog.Catalog with com.example.acme.AcmeOrdersCatalog;";

  private static final String GENERATED = "@Generated(\"dev.errorcatalog.processor.ErrorCatalogProcessor\")";

  @TempDir
  Path dir;

  @Test
  void aModuleThatDoesNotReadJavaCompilerGetsTypesWithoutGenerated() throws IOException {
    Build build = compile(
        "module com.example.acme {",
        "  requires dev.errorcatalog;",
        "  " + PROVIDES,
        "}");
    // -Xlint:all -Werror: not a warning either.
    assertEquals(List.of(), build.messages());
    assertTrue(build.succeeded());
    assertFalse(build.generated().isEmpty());
    for (Path file : build.generated()) {
      assertFalse(Files.readString(file).contains("Generated"), file.toString());
    }
  }

  @Test
  void aModuleThatReadsJavaCompilerGetsGenerated() throws IOException {
    for (String reads : List.of("requires static java.compiler;", "requires java.compiler;", "requires java.se;")) {
      Build build = compile(
          "module com.example.acme {",
          "  requires dev.errorcatalog;",
          "  " + reads,
          "  " + PROVIDES,
          "}");
      assertEquals(List.of(), build.messages(), reads);
      assertTrue(build.succeeded(), reads);
      for (Path file : build.generated()) {
        assertTrue(Files.readString(file).contains(GENERATED), reads + ": " + file);
      }
    }
  }

  @Test
  void aModuleThatDoesNotProvideTheCatalogIsWarnedAtTheAnnotationWithTheLineToAdd() throws IOException {
    Build build = compile(
        "module com.example.acme {",
        "  requires dev.errorcatalog;",
        "}");
    assertEquals(List.of("WARNING " + Paths.get("com", "example", "acme", "package-info.java") + ":1: "
        + "warning[EC027 module-does-not-provide]: module com.example.acme does not provide the catalog acme-orders"
        + " as a service, so ErrorCatalogs.catalog(\"acme-orders\") will not find it at run time (a named"
        + " module's META-INF/services is not read). Add to its module-info.java:\n  " + PROVIDES),
        build.messages().subList(0, 1));
    assertEquals(List.of("ERROR warnings found and -Werror specified"), build.messages().subList(1, 2));
    assertEquals(2, build.messages().size());
  }

  @Test
  void aCatalogProvidedUnderImportedNamesIsProvided() throws IOException {
    Build build = compile(
        "import com.example.acme.AcmeOrdersCatalog;",
        "import dev.errorcatalog.Catalog;",
        "",
        "module com.example.acme {",
        "  requires dev.errorcatalog;",
        "  provides Catalog with AcmeOrdersCatalog;",
        "}");
    assertEquals(List.of(), build.messages());
    assertTrue(build.succeeded());
  }

  @Test
  void onTheClassPathNothingChanges() throws IOException {
    Build build = compile();
    assertEquals(List.of(), build.messages());
    assertTrue(build.succeeded());
    for (Path file : build.generated()) {
      assertTrue(Files.readString(file).contains(GENERATED), file.toString());
    }
  }

  /** What one compilation did. */
  private record Build(boolean succeeded, List<String> messages, List<Path> generated) {}

  /**
   * Compiles {@code @ErrorCatalog("acme-orders")} on {@code com.example.acme} with this {@code module-info.java}
   * (none: on the class path) under {@code -Xlint:all -Werror}.
   */
  private Build compile(String... moduleInfo) throws IOException {
    Path build = Files.createTempDirectory(dir, "build");
    Path sources = Files.createDirectories(build.resolve("src"));
    Path annotated = Files.createDirectories(sources.resolve("com/example/acme")).resolve("package-info.java");
    Files.writeString(annotated, String.join("\n",
        "@ErrorCatalog(\"acme-orders\")",
        "package com.example.acme;",
        "",
        "import dev.errorcatalog.ErrorCatalog;",
        ""));
    List<Path> files = new ArrayList<>(List.of(annotated));
    String path = locationOf(ErrorCatalog.class) + File.pathSeparator + locationOf(JsonParser.class);
    List<String> options = new ArrayList<>(List.of(moduleInfo.length == 0 ? "-classpath" : "--module-path", path));
    if (moduleInfo.length > 0) {
      files.add(Files.writeString(sources.resolve("module-info.java"), String.join("\n", moduleInfo) + "\n"));
    }
    Path generated = Files.createDirectories(build.resolve("generated"));
    options.addAll(List.of("-d", Files.createDirectories(build.resolve("classes")).toString(), "-s", generated.toString(),
        "-Aerrorcatalog.path=" + YAML_DIR.toAbsolutePath(), "-Xlint:all", "-Werror"));

    List<String> messages = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean succeeded;
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), fileManager,
          d -> messages.add(describe(d, sources)), options, null, fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      succeeded = task.call();
    }
    try (Stream<Path> walk = Files.walk(generated)) {
      return new Build(succeeded, messages, walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
    }
  }

  /**
   * {@code WARNING com/example/acme/package-info.java:1: text}, the lines after the first indented by two
   * spaces (javac indents them further in its rendering).
   */
  private static String describe(Diagnostic<? extends JavaFileObject> d, Path sources) {
    String where = d.getSource() == null ? ""
        : sources.relativize(Paths.get(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
    return d.getKind() + " " + where + d.getMessage(Locale.ROOT).replaceAll("\n\\s+", "\n  ");
  }

  /** The jar or classes directory a class was loaded from. */
  private static String locationOf(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
