package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped catalog through the real processor, as a consumer compiles it: no error, no warning (the
 * processor's build-time checks included: every example decodes to its own entry), and the generated
 * types compile under {@code -Xlint:all}.
 */
class ShippedCatalogsCompileTest {

  static List<String> ids() {
    return ShippedCatalog.IDS;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void compilesWithoutDiagnostics(String id) {
    Path resources = SeedFacts.moduleDirectory().toAbsolutePath().resolve("src/main/resources");
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions("-Xlint:all,-processing", "-A" + ErrorCatalogProcessor.OPTION_PATH + "=" + resources)
        .compile(JavaFileObjects.forSourceString("shipped.package-info",
            "@dev.errorcatalog.ErrorCatalog(\"" + id + "\")\npackage shipped;\n"));
    List<String> reported = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + ": " + d.getMessage(null))
        .toList();
    assertEquals(List.of(), reported, id + ": the processor's diagnostics");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), id);
    String prefix = Character.toUpperCase(id.charAt(0)) + camel(id.substring(1));
    assertTrue(compilation.generatedSourceFile("shipped." + prefix + "Error").isPresent(),
        id + ": generates shipped." + prefix + "Error");
  }

  private static String camel(String rest) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : rest.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
