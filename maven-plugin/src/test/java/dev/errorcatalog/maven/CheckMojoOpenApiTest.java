package dev.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <openapi>} on the check goal: the catalogs compared with the service's OpenAPI document, mismatches
 * warnings that leave the build alone, errors that fail it with {@code <failOnOpenApiMismatch>}; a document that
 * cannot be read always fails it.
 */
class CheckMojoOpenApiTest {

  private static final String CATALOG = """
      catalog: orders
      title: Orders API
      entries:
        - name: NOT_FOUND
          status: 404
          title: Order not found
      """;

  private static final String DOCUMENT = """
      openapi: 3.0.3
      info: {title: Orders API, version: "1"}
      paths:
        /orders/{id}:
          delete:
            responses:
              "204": {description: Deleted.}
              "404": {description: Order not found.}
              "409": {description: The order is being shipped.}
      """;

  @TempDir Path dir;

  @Test
  void aResponseTheCatalogLacksWarnsAndFailsTheBuildWhenAsked() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("errorcatalog"));
    Files.writeString(folder.resolve("orders.yaml"), CATALOG);
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), DOCUMENT);

    check(folder, spec, false); // a warning: the build goes on

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check(folder, spec, true));
    assertTrue(failure.getMessage().contains(spec + ":9:16: error[EC062 response-not-in-catalog]: DELETE /orders/{id}"
        + " documents a 409 response (The order is being shipped.) that the catalog lacks"), failure.getMessage());

    Files.writeString(folder.resolve("orders.yaml"), CATALOG + """
          - name: ORDER_SHIPPING
            status: 409
            title: The order is being shipped
            endpoints:
              - DELETE /orders/{id}
        """);
    check(folder, spec, true);
  }

  @Test
  void aDocumentThatCannotBeReadFailsTheBuild() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("errorcatalog"));
    Files.writeString(folder.resolve("orders.yaml"), CATALOG);
    Path spec = Files.writeString(dir.resolve("swagger.yaml"), "swagger: '2.0'\n");
    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check(folder, spec, false));
    assertTrue(failure.getMessage().contains("error[EC060 openapi-unreadable]: " + spec + " is a Swagger 2.0"
        + " document, not OpenAPI 3."), failure.getMessage());
  }

  private static void check(Path folder, Path spec, boolean failOnMismatch) throws Exception {
    CheckMojo mojo = new CheckMojo();
    set(CatalogMojo.class, mojo, "catalogs", List.of(folder.toFile()));
    set(CheckMojo.class, mojo, "openapi", spec.toFile());
    set(CheckMojo.class, mojo, "failOnOpenApiMismatch", failOnMismatch);
    mojo.execute();
  }

  private static void set(Class<?> type, CatalogMojo mojo, String name, Object value) throws ReflectiveOperationException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
