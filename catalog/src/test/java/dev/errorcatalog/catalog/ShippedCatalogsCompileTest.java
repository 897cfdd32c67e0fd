package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
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
    CompiledCatalog compiled = CompiledCatalog.of(id);
    List<String> reported = compiled.compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + ": " + d.getMessage(null))
        .toList();
    assertEquals(List.of(), reported, id + ": the processor's diagnostics");
    assertEquals(Compilation.Status.SUCCESS, compiled.compilation.status(), id);
    assertEquals(ShippedCatalog.load(id).entries().size(), compiled.catalog().entries().size(),
        id + ": one generated entry per catalog entry");
  }
}
