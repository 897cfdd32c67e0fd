package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.generate.GeneratedCode.callStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.decode.TestModels;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.names.GeneratedNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder and encoder, compiled under -Xlint:all -Werror together with the other generators'
 * output, loaded and run: examples decode to their entries, encoded bodies decode back, and a 5,000-entry
 * catalog compiles (no method over 64 KB) and decodes.
 */
class GeneratedDecoderTest {

  private static final String PKG = "com.example.acme";

  private record Loaded(Class<?> errors, ErrorDecoder<CatalogError> decoder, Class<?> encoder) {}

  @SuppressWarnings("unchecked")
  private static Loaded compile(CatalogModel catalog, String prefix, Object... decoderArgs) throws Exception {
    Compilation compilation = GeneratedCode.compile(
        GeneratedCode.generate(catalog, new GeneratedNames(PKG, prefix)));
    ClassLoader loader = GeneratedCode.load(compilation);
    Class<?> decoderType = loader.loadClass(PKG + "." + prefix + "Decoder");
    Object decoder = decoderArgs.length == 0
        ? decoderType.getConstructor().newInstance()
        : decoderType.getConstructor(Clock.class).newInstance(decoderArgs);
    return new Loaded(loader.loadClass(PKG + "." + prefix + "Error"), (ErrorDecoder<CatalogError>) decoder,
        loader.loadClass(PKG + "." + prefix + "Encoder"));
  }

  private static CatalogError byCode(Loaded loaded, String code) {
    return (CatalogError) ((Optional<?>) callStatic(loaded.errors(), "byCode", code)).orElseThrow();
  }

  @Test
  void examplesDecodeToTheirEntriesThroughTheGeneratedDecoder() throws Exception {
    CatalogModel catalog = TestModels.acme();
    Loaded loaded = compile(catalog, "Acme");
    for (Entry entry : catalog.entries()) {
      for (Example example : entry.examples()) {
        DecodedError<CatalogError> d = loaded.decoder().decode(entry.status(), example.body());
        assertEquals(Optional.of(byCode(loaded, entry.code())), d.entry(), example.body());
      }
    }
    DecodedError<CatalogError> d = loaded.decoder().decode(404, "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}");
    assertEquals(MatchKind.CODE, d.matchKind());
    assertEquals(Map.of("orderId", "42"), d.args());
    CatalogException e = d.toException();
    assertSame(byCode(loaded, "ORDER_NOT_FOUND"), e.error().orElseThrow());
    assertTrue(e.getClass().getSimpleName().endsWith("NotFoundException"), e.getClass().getName());
    CatalogException none = loaded.decoder().decode(418, "<html>teapot</html>").toException();
    assertEquals("AcmeResponseException", none.getClass().getSimpleName());
  }

  @Test
  void theEncoderRendersBodiesTheDecoderReadsBack() throws Exception {
    Loaded loaded = compile(TestModels.acme(), "Acme");
    CatalogError quota = byCode(loaded, "QUOTA_BILLING");
    Map<String, Object> args = Map.of("limit", 10L, "used", new java.math.BigDecimal("2.5"), "strict", false);
    String body = (String) callStatic(loaded.encoder(), "encode", quota, args, null);
    assertEquals("{\"kind\":\"billing\",\"level\":2,\"message\":\"Quota of 10 reached, 2.5 used, strict=false\"}", body);
    assertEquals("application/json", callStatic(loaded.encoder(), "contentType", quota));
    DecodedError<CatalogError> d = loaded.decoder().decode(403, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(quota), d.entry());
    assertEquals(Map.of("limit", "10", "used", "2.5", "strict", "false"), d.args());

    CatalogError internal = byCode(loaded, "INTERNAL");
    assertEquals("Internal error a\"b", callStatic(loaded.encoder(), "encode", internal, Map.of("id", "a\"b"), null));
    assertEquals("text/plain; charset=utf-8", callStatic(loaded.encoder(), "contentType", internal));
    CatalogError unauthorized = byCode(loaded, "UNAUTHORIZED");
    assertEquals("", callStatic(loaded.encoder(), "encode", unauthorized, Map.of(), Duration.ofSeconds(1)));
    assertEquals("", callStatic(loaded.encoder(), "contentType", unauthorized));
  }

  @Test
  void theClockConstructorMeasuresHttpDates() throws Exception {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    Loaded loaded = compile(TestModels.acme(), "Acme", Clock.fixed(now, ZoneOffset.UTC));
    DecodedError<CatalogError> d = loaded.decoder().decode(429,
        Map.of("Retry-After", List.of("Sun, 01 Mar 2026 12:00:45 GMT")), new byte[0]);
    assertEquals(Optional.of(Duration.ofSeconds(45)), d.retryAfter());
  }

  @Test
  void aFiveThousandEntryCatalogCompilesAndDecodes() throws Exception {
    CatalogModel catalog = TestModels.big(5000);
    Loaded loaded = compile(catalog, "Big");
    for (int i : new int[] {0, 1, 2, 3, 2502, 4999}) {
      Entry entry = catalog.entries().get(i);
      DecodedError<CatalogError> d = loaded.decoder().decode(entry.status(), entry.examples().get(0).body());
      assertEquals(Optional.of(byCode(loaded, entry.code())), d.entry(), entry.examples().get(0).body());
    }
    CatalogError e4998 = byCode(loaded, "E4998");
    String body = (String) callStatic(loaded.encoder(), "encode", e4998, Map.of("value", 12L), null);
    assertEquals("{\"code\":\"E4998\",\"message\":\"Value 12 is too large for field 4998\"}", body);
    assertInstanceOf(CatalogError.class, loaded.decoder().decode(e4998.httpStatus(), body).entry().orElseThrow());
  }
}
