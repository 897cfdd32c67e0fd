package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.testing.CompiledClasses;
import dev.errorcatalog.processor.testing.GoldenFiles;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A shape's {@code role: docs-link} field (Stripe's {@code doc_url}): with {@code -Aerrorcatalog.docs.url} the
 * generated encoder writes the entry's docs URL there, unless the caller gives the field; an entry of a shape
 * without such a field gets nothing added; without the option the encoder only names the field. The encoder's
 * source is golden ({@code golden/docs-link/}).
 */
class DocsLinkEncoderTest {

  private static final Path DIR = Paths.get("src/test/resources/golden/docs-link");
  private static final String DOCS_URL = "https://docs.example.com/errors/{catalog}.html#{anchor}";

  private static Compilation compile(String... options) {
    JavaFileObject annotated = JavaFileObjects.forSourceLines("com.example.linked.Errors",
        "package com.example.linked;",
        "",
        "import dev.errorcatalog.ErrorCatalog;",
        "",
        "@ErrorCatalog(\"linked-api\")",
        "final class Errors {",
        "  private Errors() {}",
        "}");
    List<String> all = new ArrayList<>(List.of("-Aerrorcatalog.path=" + DIR.toAbsolutePath(), "-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    Compilation compilation = Compiler.javac().withProcessors(new ErrorCatalogProcessor()).withOptions(all)
        .compile(annotated);
    assertEquals(List.of(), compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    return compilation;
  }

  private static String source(Compilation compilation) throws Exception {
    return compilation.generatedSourceFile("com.example.linked.LinkedApiEncoder").orElseThrow()
        .getCharContent(false).toString();
  }

  /** The body the compiled encoder writes for the entry of {@code code}. */
  private static String encode(Compilation compilation, String code, Map<String, ?> args) throws Exception {
    ClassLoader loader = CompiledClasses.loader(compilation, getClass(DocsLinkEncoderTest.class));
    Class<?> errors = loader.loadClass("com.example.linked.LinkedApiError");
    CatalogError entry = null;
    for (Object constant : errors.getEnumConstants()) {
      if (((CatalogError) constant).code().equals(code)) {
        entry = (CatalogError) constant;
      }
    }
    Method encode = loader.loadClass("com.example.linked.LinkedApiEncoder")
        .getMethod("encode", errors, Map.class, Duration.class);
    return (String) encode.invoke(null, entry, args, null);
  }

  private static ClassLoader getClass(Class<?> type) {
    return type.getClassLoader();
  }

  @Test
  void theEncoderFillsTheDocsLinkFieldWithTheEntrysUrl() throws Exception {
    Compilation compilation = compile("-Aerrorcatalog.docs.url=" + DOCS_URL);
    GoldenFiles.assertMatches(DIR.resolve("LinkedApiEncoder.java.txt"), source(compilation));
    assertEquals("{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\","
        + "\"doc_url\":\"https://docs.example.com/errors/linked-api.html#card-declined\"}}",
        encode(compilation, "card_declined", Map.of()));
    // A value the caller gives wins.
    assertEquals("{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\","
        + "\"doc_url\":\"https://elsewhere.example/x\"}}",
        encode(compilation, "card_declined", Map.of("docUrl", "https://elsewhere.example/x")));
    // A shape without a docs link field: nothing added.
    assertEquals("{\"code\":\"rate_limited\",\"message\":\"Too many requests.\"}",
        encode(compilation, "rate_limited", Map.of()));
  }

  @Test
  void withoutTheOptionTheEncoderOnlyNamesTheField() throws Exception {
    Compilation compilation = compile();
    String source = source(compilation);
    assertFalse(source.contains("docsUrl("), source);
    assertEquals("{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}",
        encode(compilation, "card_declined", Map.of()));
    Class<?> errors = CompiledClasses.loader(compilation, getClass(DocsLinkEncoderTest.class))
        .loadClass("com.example.linked.LinkedApiError");
    assertEquals(List.of("docUrl", ""), List.of(errors.getEnumConstants()).stream().map(e -> {
      try {
        return (String) errors.getClassLoader().loadClass("com.example.linked.LinkedApiEncoder")
            .getMethod("docsLinkField", errors).invoke(null, e);
      } catch (ReflectiveOperationException x) {
        throw new AssertionError(x);
      }
    }).toList());
  }
}
