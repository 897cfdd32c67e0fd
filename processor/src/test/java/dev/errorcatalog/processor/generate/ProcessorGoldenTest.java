package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The whole path, YAML to sources: the real processor reads {@code golden/yaml/acme-orders.yaml} (the YAML
 * twin of {@link CatalogFixtures#acme()}) and must write exactly the golden sources of {@code golden/acme/},
 * which then compile under {@code -Xlint:all -Werror}.
 */
class ProcessorGoldenTest {

  private static final Path YAML_DIR = Paths.get("src/test/resources/golden/yaml");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/acme");

  @Test
  void theProcessorWritesTheGoldenSourcesFromYaml() throws IOException {
    JavaFileObject annotated = JavaFileObjects.forSourceLines("com.example.acme.Errors",
        "package com.example.acme;",
        "",
        "import dev.errorcatalog.ErrorCatalog;",
        "",
        "@ErrorCatalog(\"acme-orders\")",
        "final class Errors {",
        "  private Errors() {}",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Aerrorcatalog.path=" + YAML_DIR.toAbsolutePath(), "-Xlint:all", "-Werror")
        .compile(annotated);
    assertEquals(List.of(), compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
    assertEquals(Compilation.Status.SUCCESS, compilation.status());

    TreeSet<String> golden = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(p -> golden.add(p.getFileName().toString()));
    }
    for (String name : golden) {
      String type = "com.example.acme." + name.substring(0, name.length() - ".java.txt".length());
      JavaFileObject generated = compilation.generatedSourceFile(type)
          .orElseThrow(() -> new AssertionError("the processor did not write " + type));
      assertEquals(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8),
          generated.getCharContent(false).toString(), name);
    }
  }
}
