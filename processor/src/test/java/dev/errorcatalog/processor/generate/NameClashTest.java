package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.generate.GeneratedCode.callStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.names.GeneratedNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Entry and placeholder names that could collide with what the generators write themselves: the
 * generated members, locals and parameters, Java keywords and {@code Object}'s methods.
 */
class NameClashTest {

  @Test
  void namesACatalogMayUseDoNotClashWithGeneratedOnes() throws Exception {
    CatalogModel catalog = new CatalogModel("clash", "Clash API", Optional.empty(), Optional.empty(),
        List.of(CatalogFixtures.ERROR_SHAPE), List.of(
            CatalogFixtures.entry("wait", 429, "Wait")
                .message("wait {args:int} for {retry-after}, {max-days} or {maxDays}")
                .retry(RetryPolicy.of(RetryClass.THROTTLED))
                .build(),
            CatalogFixtures.entry("ROWS", 400, "Rows").build(),
            CatalogFixtures.entry("ROW", 400, "Row").build(),
            CatalogFixtures.entry("TABLE", 400, "Table").build(),
            CatalogFixtures.entry("BY_CODE", 400, "By code").build(),
            CatalogFixtures.entry("VALUES", 400, "Values").build(),
            CatalogFixtures.entry("ERROR", 400, "Error").message("{error} {status} {message}").build(),
            CatalogFixtures.entry("class", 404, "Class").build(),
            CatalogFixtures.entry("to-string", 404, "To string").build()),
        "clash.yaml");
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compile(
        GeneratedCode.generate(catalog, new GeneratedNames("com.example.clash", "Clash"))));
    Class<?> factories = loader.loadClass("com.example.clash.ClashErrors");
    Class<?> error = loader.loadClass("com.example.clash.ClashError");

    assertTrue(factories.getMethod("waitError", long.class, String.class, String.class, String.class, Duration.class)
        .getReturnType().getSimpleName().endsWith("TooManyRequestsException"));
    CatalogException wait = (CatalogException) callStatic(factories, "waitError", 3L, "soon", "2", "4",
        Duration.ofSeconds(9));
    assertEquals("wait 3 for soon, 2 or 4", wait.getMessage());
    assertEquals(Map.of("args", "3", "retry-after", "soon", "max-days", "2", "maxDays", "4"), wait.args());
    assertEquals(Optional.of(Duration.ofSeconds(9)), wait.retryAfter());

    CatalogException err = (CatalogException) callStatic(factories, "error", "e", "s", "m");
    assertEquals("e s m", err.getMessage());
    CatalogException classError = (CatalogException) callStatic(factories, "classError");
    assertEquals("CLASS", ((Enum<?>) classError.error().orElseThrow()).name());
    assertEquals("toStringError", factories.getMethod("toStringError").getName());
    for (String code : List.of("ROWS", "ROW", "TABLE", "BY_CODE", "VALUES")) {
      CatalogError entry = (CatalogError) ((Optional<?>) callStatic(error, "byCode", code)).orElseThrow();
      assertEquals(code, entry.code());
      assertEquals(code, ((Enum<?>) entry).name());
    }
    assertEquals(9, error.getEnumConstants().length);
  }
}
