package dev.errorcatalog.processor.decode;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diagnostics.CatalogBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EC021 through the real processor and the YAML loader: where the example stands, what it decoded to, how to fix. */
class ExampleCheckThroughProcessorTest {

  private static final String CATALOG = """
      catalog: acme
      title: Acme API
      shapes:
        err:
          code: /code
          message: /message
      defaults:
        shape: err
      entries:
        - code: ORDER_NOT_FOUND
          status: 404
          title: Order not found
          message: Order {orderId:int} not found
          examples:
            - '{"code": "ORDER_NOT_FOUND", "message": "Order 42 not found"}'
        - code: ORDER_GONE
          status: 404
          title: Order gone
          message: Order {orderId:int} is gone
          examples:
            - '{"message": "Order 7 is gone"}'
            - '{"message": "Order 42 not found"}'
            - '{"message": "Order seven is gone"}'
      """;

  @TempDir
  Path dir;

  @Test
  void examplesDecodingElsewhereFailTheBuildAtTheirLine() {
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = CatalogBuild.compile(dir, "acme", CATALOG.getBytes(StandardCharsets.UTF_8), source);
    String file = dir.resolve("acme.yaml").toString();
    CatalogBuild.assertError(compilation, source, file, "22:9", "EC021 example-decodes-elsewhere",
        List.of("this example of the entry with code ORDER_GONE decodes to the entry with code ORDER_NOT_FOUND (line 10) by its message or constants",
            "(the message read is \"Order 42 not found\")", "add a when constant", "or fix the example"));
    CatalogBuild.assertError(compilation, source, file, "23:9", "EC021 example-decodes-elsewhere",
        List.of("this example of the entry with code ORDER_GONE decodes to no entry at status 404",
            "\"Order seven is gone\"", "Adjust the message template (or add a variant) of the entry with code ORDER_GONE"));
    assertEquals(2, compilation.errors().size(), CatalogBuild.errors(compilation));
    assertThat(compilation).failed();
  }

  @Test
  void aCatalogWhoseExamplesAllDecodeCompiles() {
    String fixed = CATALOG.replace("      - '{\"message\": \"Order 42 not found\"}'\n", "")
        .replace("      - '{\"message\": \"Order seven is gone\"}'\n", "");
    // A prefix: the annotated class is test.AcmeCatalog, the name of the generated Catalog otherwise.
    JavaFileObject source = CatalogBuild.source("value = \"acme\", prefix = \"Shop\"");
    Compilation compilation = CatalogBuild.compile(dir, "acme", fixed.getBytes(StandardCharsets.UTF_8), source);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.ShopError").contentsAsUtf8String()
        .contains("ORDER_GONE(EntryRow.builder(404, \"ORDER_GONE\")\n      .title(\"Order gone\")\n"
            + "      .message(\"Order {orderId:int} is gone\")");
  }
}
