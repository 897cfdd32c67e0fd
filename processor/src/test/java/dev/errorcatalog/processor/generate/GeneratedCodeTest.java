package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.generate.GeneratedCode.callStatic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.testing.DecodedErrors;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles the fixture catalog's generated code under -Xlint:all -Werror, loads it and uses it. */
class GeneratedCodeTest {

  private static final String PKG = "com.example.acme";
  private static ClassLoader loader;
  private static Class<?> errorType;
  private static Class<?> factories;
  private static Class<?> exceptionType;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    Compilation compilation = GeneratedCode.compile(
        GeneratedCode.generate(CatalogFixtures.acme(), GoldenFilesTest.NAMES));
    loader = GeneratedCode.load(compilation);
    errorType = loader.loadClass(PKG + ".AcmeOrdersError");
    factories = loader.loadClass(PKG + ".AcmeOrdersErrors");
    exceptionType = loader.loadClass(PKG + ".AcmeOrdersException");
  }

  private static CatalogError byCode(String code) {
    Optional<?> found = (Optional<?>) callStatic(errorType, "byCode", code);
    return (CatalogError) found.orElseThrow(() -> new AssertionError("no entry " + code));
  }

  @Test
  void theEnumHasEveryEntryInCatalogOrderWithItsData() {
    assertTrue(errorType.isEnum());
    Object[] constants = errorType.getEnumConstants();
    assertEquals(11, constants.length);
    assertEquals("ORDER_NOT_FOUND", ((Enum<?>) constants[0]).name());
    assertEquals("NETWORK_GLITCH", ((Enum<?>) constants[10]).name());

    CatalogError notFound = byCode("ORDER_NOT_FOUND");
    assertSame(constants[0], notFound);
    assertEquals("acme-orders", notFound.catalogId());
    assertEquals(404, notFound.httpStatus());
    assertEquals("Order not found", notFound.title());
    assertEquals("Order {orderId} not found", notFound.messageTemplate());
    assertEquals(List.of("orderId"), notFound.placeholders());
    assertEquals("Order 42 not found", notFound.format(Map.of("orderId", 42)));
    assertEquals("Order {orderId} not found", notFound.format(Map.of()));
    assertEquals(RetryClass.NEVER, notFound.retryClass());
    assertEquals(RetryParameters.NONE, notFound.retryParameters());
    assertEquals("order-not-found", notFound.anchor());

    assertEquals(Optional.empty(), callStatic(errorType, "byCode", "NOPE"));
    assertEquals(Optional.empty(), callStatic(errorType, "byCode", (Object) null));
    assertEquals("CODE_1000", ((Enum<?>) byCode("1000")).name());
    assertEquals(0, byCode("8").httpStatus());
  }

  @Test
  void prosePlaceholdersAndEscapesSurviveTheRoundTrip() {
    CatalogError validation = byCode("VALIDATION_FAILED");
    assertEquals("Validation failed: \"quotes\" & <Field> */", validation.title());
    CatalogError generic = byCode("1000");
    assertEquals("literal {braces} and $1 and \\ backslash for {name}", generic.messageTemplate());
    assertEquals("literal {braces} and $1 and \\ backslash for x$", generic.format(Map.of("name", "x$")));
    CatalogError price = byCode("PRICE_TOO_HIGH");
    assertEquals(List.of("price", "limit", "allowed"), price.placeholders());
  }

  @Test
  void retryDeprecationAndSuccessAreExposed() throws Exception {
    CatalogError rateLimited = byCode("RATE_LIMITED");
    assertEquals(RetryClass.THROTTLED, rateLimited.retryClass());
    assertEquals(RetryParameters.of(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, null),
        rateLimited.retryParameters());
    assertEquals(RetryParameters.of(Duration.ofMillis(250), null, null, Duration.ofMinutes(15)),
        byCode("GATEWAY_DOWN").retryParameters());

    Method deprecation = errorType.getMethod("deprecation");
    Method isSuccess = errorType.getMethod("isSuccess");
    assertEquals(Optional.of("Use TOKEN_EXPIRED; removed in v4 */."), deprecation.invoke(byCode("OLD_TOKEN")));
    assertEquals(Optional.of(""), deprecation.invoke(byCode("1000")));
    assertEquals(Optional.empty(), deprecation.invoke(byCode("TOKEN_EXPIRED")));
    assertTrue(errorType.getField("OLD_TOKEN").isAnnotationPresent(Deprecated.class));
    assertFalse(errorType.getField("TOKEN_EXPIRED").isAnnotationPresent(Deprecated.class));
    assertEquals(true, isSuccess.invoke(byCode("ACCEPTED")));
    assertEquals(false, isSuccess.invoke(byCode("8")));
    assertEquals(false, isSuccess.invoke(byCode("NETWORK_GLITCH")));
  }

  @Test
  void factoriesReturnTheGroupExceptionWithTheFormattedMessage() throws Exception {
    CatalogException notFound = (CatalogException) callStatic(factories, "orderNotFound", 42L);
    assertEquals("AcmeOrdersNotFoundException", notFound.getClass().getSimpleName());
    assertEquals("Order 42 not found", notFound.getMessage());
    assertEquals(404, notFound.status());
    assertEquals(Map.of("orderId", "42"), notFound.args());
    assertSame(byCode("ORDER_NOT_FOUND"), notFound.error().orElseThrow());
    assertEquals(Optional.empty(), notFound.retryAfter());
    assertEquals(0, notFound.rawBody().length);

    CatalogException price = (CatalogException) callStatic(factories, "priceTooHigh",
        new BigDecimal("1E+3"), new BigDecimal("99.50"), false);
    assertEquals("Price 1000 is above 99.50 (allowed: false)", price.getMessage());
    assertEquals(List.of("price", "limit", "allowed"), new ArrayList<>(price.args().keySet()));

    CatalogException rateLimited = (CatalogException) callStatic(factories, "rateLimited", 7L, "10",
        Duration.ofSeconds(30));
    assertEquals("AcmeOrdersTooManyRequestsException", rateLimited.getClass().getSimpleName());
    assertEquals("slow down, 7 pending", rateLimited.getMessage());
    assertEquals(Map.of("currentPending", "7", "limit", "10"), rateLimited.args());
    assertEquals(Optional.of(Duration.ofSeconds(30)), rateLimited.retryAfter());
    CatalogException noHint = (CatalogException) callStatic(factories, "rateLimited", 7L, "10");
    assertEquals(Optional.empty(), noHint.retryAfter());

    CatalogException gateway = (CatalogException) callStatic(factories, "gatewayDown");
    assertEquals("Service unavailable", gateway.getMessage());
    assertEquals("AcmeOrdersAuthenticationException",
        callStatic(factories, "tokenExpired", "noon").getClass().getSimpleName());
    assertEquals("AcmeOrdersNonHttpException", callStatic(factories, "code8", "blocked").getClass().getSimpleName());
    assertThrows(NullPointerException.class, () -> callStatic(factories, "tokenExpired", (Object) null));

    assertTrue(factories.getMethod("oldToken").isAnnotationPresent(Deprecated.class));
    assertFalse(factories.getMethod("tokenExpired", String.class).isAnnotationPresent(Deprecated.class));
    assertThrows(NoSuchMethodException.class, () -> factories.getMethod("accepted"), "success entries get no factory");
    assertThrows(NoSuchMethodException.class, () -> factories.getMethod("orderNotFound", long.class, Duration.class),
        "only throttled entries and retry-after shapes get the Duration overload");
    assertNotNull(factories.getMethod("gatewayDown"));
  }

  @Test
  void aThrownErrorsBodyDecodesBackToTheSameError() throws Exception {
    Class<?> catalogType = loader.loadClass(PKG + ".AcmeOrdersCatalog");
    Catalog<?> catalog = (Catalog<?>) catalogType.getField("INSTANCE").get(null);
    Method body = exceptionType.getMethod("body");
    Method contentType = exceptionType.getMethod("contentType");

    CatalogException notFound = (CatalogException) callStatic(factories, "orderNotFound", 42L);
    assertEquals("application/json", contentType.invoke(notFound));
    DecodedError<?> decoded = catalog.decoder().decode(404, (String) body.invoke(notFound));
    assertSame(notFound.error().orElseThrow(), decoded.entry().orElseThrow());
    assertEquals(MatchKind.CODE, decoded.matchKind());
    assertEquals("42", decoded.args().get("orderId"));
    CatalogException back = decoded.toException();
    assertEquals(notFound.getClass(), back.getClass());
    assertEquals(notFound.getMessage(), back.getMessage());

    CatalogException throttled = (CatalogException) callStatic(factories, "rateLimited", 3L, "10",
        Duration.ofSeconds(30));
    DecodedError<?> throttledBack = catalog.decoder().decode(429, (String) body.invoke(throttled));
    assertSame(throttled.error().orElseThrow(), throttledBack.entry().orElseThrow());
    assertEquals(Optional.of(Duration.ofSeconds(30)), throttledBack.retryAfter());
    assertEquals(throttled.args(), throttledBack.args());

    CatalogException gateway = (CatalogException) callStatic(factories, "gatewayDown");
    assertEquals("", body.invoke(gateway));
    assertEquals("", contentType.invoke(gateway));
    assertSame(gateway.error().orElseThrow(), catalog.decoder().decode(503, "").entry().orElseThrow());

    CatalogException delivery = (CatalogException) callStatic(factories, "code8", "blocked");
    assertEquals("Viber delivery failed: blocked", body.invoke(delivery));
    assertTrue(((String) contentType.invoke(delivery)).startsWith("text/plain"));
  }

  @Test
  void theExceptionHierarchyIsSealedWithOneFinalSubclassPerGroup() throws Exception {
    assertTrue(exceptionType.isSealed());
    List<String> permitted = new ArrayList<>();
    for (Class<?> sub : exceptionType.getPermittedSubclasses()) {
      permitted.add(sub.getSimpleName());
      assertTrue(java.lang.reflect.Modifier.isFinal(sub.getModifiers()), sub + " is final");
    }
    assertEquals(List.of("AcmeOrdersAuthenticationException", "AcmeOrdersBadRequestException",
        "AcmeOrdersNonHttpException", "AcmeOrdersNotFoundException", "AcmeOrdersServiceUnavailableException",
        "AcmeOrdersStatus599Exception", "AcmeOrdersTooManyRequestsException",
        "AcmeOrdersUnprocessableContentException", "AcmeOrdersResponseException"), permitted);
    assertEquals(Optional.class, exceptionType.getMethod("error").getReturnType());
  }

  @Test
  void fromPicksTheGroupSubclassOrTheResponseException() throws Exception {
    byte[] raw = "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 7 not found\"}".getBytes(StandardCharsets.UTF_8);
    CatalogException notFound = decoded(422, byCode("ORDER_NOT_FOUND"), MatchKind.CODE, "Order 7 not found",
        Map.of("orderId", "7"), Duration.ofSeconds(3), raw).toException();
    assertEquals("AcmeOrdersNotFoundException", notFound.getClass().getSimpleName());
    assertEquals(422, notFound.status(), "a decoded exception keeps the status the response had");
    assertEquals("Order 7 not found", notFound.getMessage());
    assertEquals(Map.of("orderId", "7"), notFound.args());
    assertEquals(Optional.of(Duration.ofSeconds(3)), notFound.retryAfter());
    assertArrayEquals(raw, notFound.rawBody());

    CatalogException noMessage = decoded(503, byCode("GATEWAY_DOWN"), MatchKind.STATUS, null, Map.of(), null,
        new byte[0]).toException();
    assertEquals("AcmeOrdersServiceUnavailableException", noMessage.getClass().getSimpleName());
    assertEquals("Service unavailable", noMessage.getMessage());

    CatalogException deprecated = decoded(401, byCode("OLD_TOKEN"), MatchKind.MESSAGE, null, Map.of(), null,
        new byte[0]).toException();
    assertEquals("AcmeOrdersAuthenticationException", deprecated.getClass().getSimpleName());
    assertEquals("token format v1 is no longer accepted", deprecated.getMessage());

    byte[] html = "<html>Bad gateway ✓</html>".getBytes(StandardCharsets.UTF_8);
    CatalogException none = decoded(502, null, MatchKind.NONE, null, Map.of(), null, html).toException();
    assertEquals("AcmeOrdersResponseException", none.getClass().getSimpleName());
    assertEquals(Optional.empty(), none.error());
    assertEquals("HTTP 502 response not documented in catalog acme-orders", none.getMessage());
    assertEquals("<html>Bad gateway ✓</html>", none.getClass().getMethod("body").invoke(none));
    assertEquals("", none.getClass().getMethod("contentType").invoke(none));

    CatalogException success = decoded(202, byCode("ACCEPTED"), MatchKind.MESSAGE, "accepted", Map.of(), null,
        "{}".getBytes(StandardCharsets.UTF_8)).toException();
    assertEquals("AcmeOrdersResponseException", success.getClass().getSimpleName());
    assertSame(byCode("ACCEPTED"), success.error().orElseThrow());
    assertEquals("{}", success.getClass().getMethod("body").invoke(success));
  }

  @Test
  void theCatalogClassListsTheEntriesAndDecodes() throws Exception {
    Class<?> catalogType = loader.loadClass(PKG + ".AcmeOrdersCatalog");
    Catalog<?> catalog = (Catalog<?>) catalogType.getField("INSTANCE").get(null);
    assertInstanceOf(Catalog.class, catalogType.getConstructor().newInstance(), "ServiceLoader needs this");
    assertEquals("acme-orders", catalog.id());
    assertEquals("Acme Orders API", catalog.title());
    assertEquals(List.of(errorType.getEnumConstants()), catalog.entries());
    assertThrows(UnsupportedOperationException.class, () -> catalog.entries().clear());
    assertSame(byCode("TOKEN_EXPIRED"), catalog.byCode("TOKEN_EXPIRED").orElseThrow());
    assertEquals(Optional.empty(), catalog.byCode("nope"));
    assertNotNull(catalog.decoder());
    DecodedError<?> decoded = catalog.decoder().decode(418, "teapot");
    assertEquals("AcmeOrdersResponseException", decoded.toException().getClass().getSimpleName());
  }

  @Test
  void codeInAnotherPackageUsesTheApiWithoutWarningsButIsWarnedAboutDeprecatedEntries() {
    List<JavaFile> files = GeneratedCode.generate(CatalogFixtures.acme(), GoldenFilesTest.NAMES);
    GeneratedCode.compile(files, JavaFileObjects.forSourceString("com.example.user.Service", """
        package com.example.user;

        import com.example.acme.AcmeOrdersError;
        import com.example.acme.AcmeOrdersErrors;
        import com.example.acme.AcmeOrdersException;
        import com.example.acme.AcmeOrdersNotFoundException;
        import java.math.BigDecimal;
        import java.time.Duration;

        public final class Service {
          private Service() {}

          public static String handle(AcmeOrdersException e) {
            return switch (e.error().orElse(AcmeOrdersError.GATEWAY_DOWN)) {
              case ORDER_NOT_FOUND -> "missing";
              default -> e.body() + e.contentType();
            };
          }

          public static void fail(int id) {
            AcmeOrdersNotFoundException e = AcmeOrdersErrors.orderNotFound(id);
            if (id > 3) {
              throw AcmeOrdersErrors.rateLimited(3, "4", Duration.ofSeconds(1));
            }
            if (id > 2) {
              throw AcmeOrdersErrors.priceTooHigh(BigDecimal.ONE, BigDecimal.TEN, true);
            }
            throw e;
          }
        }
        """));

    List<JavaFile> again = GeneratedCode.generate(CatalogFixtures.acme(), GoldenFilesTest.NAMES);
    List<javax.tools.JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : again) {
      sources.add(file.toJavaFileObject());
    }
    sources.add(JavaFileObjects.forSourceString("com.example.user.Legacy", """
        package com.example.user;

        import com.example.acme.AcmeOrdersError;

        final class Legacy {
          private Legacy() {}

          static AcmeOrdersError old() {
            return AcmeOrdersError.OLD_TOKEN;
          }
        }
        """));
    Compilation legacy = Compiler.javac().withOptions("-Xlint:all").compile(sources);
    assertEquals(Compilation.Status.SUCCESS, legacy.status());
    List<String> warnings = legacy.warnings().stream().map(d -> d.getMessage(null)).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("OLD_TOKEN") && warnings.get(0).contains("deprecated"), warnings.get(0));
    Diagnostic<?> warning = legacy.warnings().get(0);
    assertTrue(warning.getSource().toString().contains("Legacy"), "only the caller's use is warned about");
  }

  @Test
  void aCatalogWithoutErrorEntriesStillHasAValidHierarchy() throws Exception {
    GeneratedNames names = new GeneratedNames("com.example.good", "AllGood");
    ClassLoader good = GeneratedCode.load(GeneratedCode.compile(GeneratedCode.generate(CatalogFixtures.successOnly(),
        names)));
    Class<?> exception = good.loadClass("com.example.good.AllGoodException");
    assertEquals(1, exception.getPermittedSubclasses().length);
    Class<?> error = good.loadClass("com.example.good.AllGoodError");
    CatalogError ok = (CatalogError) error.getEnumConstants()[0];
    CatalogException e = decoded(200, ok, MatchKind.MESSAGE, "fine", Map.of(), null, new byte[0], exception)
        .toException();
    assertEquals("AllGoodResponseException", e.getClass().getSimpleName());
    assertEquals(0, good.loadClass("com.example.good.AllGoodErrors").getDeclaredMethods().length);
  }

  private static DecodedError<CatalogError> decoded(int status, CatalogError entry, MatchKind kind, String message,
      Map<String, String> args, Duration retryAfter, byte[] raw) {
    return decoded(status, entry, kind, message, args, retryAfter, raw, exceptionType);
  }

  private static DecodedError<CatalogError> decoded(int status, CatalogError entry, MatchKind kind, String message,
      Map<String, String> args, Duration retryAfter, byte[] raw, Class<?> exception) {
    return DecodedErrors.of(status, entry, kind, message, args, retryAfter, raw,
        d -> (CatalogException) callStatic(exception, "from", d));
  }
}
