package dev.errorcatalog.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate.Literal;
import dev.errorcatalog.processor.model.MessageTemplate.Placeholder;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loader's model: every key of FORMAT.md bound with its default, and the loader's safety limits. */
class CatalogLoaderTest {

  private static final String FILE = "/cat/acme-orders.yaml";

  /** The "complete small catalog" of FORMAT.md, plus the keys it does not show. */
  private static final String ACME = """
      # yaml-language-server: $schema=../../../../catalog.schema.json
      catalog: acme-orders
      title: Acme Orders API
      docs: https://docs.acme.example/orders/errors
      description: |
        Every error the Orders API returns.
      format: 1
      defaults:
        retry: never
        shape: acme-error
      shapes:
        acme-error:
          code: /code
          message: /message
        rate-limit:
          message: /error
          retry-after: /retryAfterSeconds
          fields: { limit: /limit, currentPending: /pending }
          when: { /success: false, /kind: rate, /n: 2, /x: null }
      entries:
        - code: ORDER_NOT_FOUND
          status: 404
          title: Order not found
          message: Order {orderId:int} not found {{really}}
          variants: ["No order {orderId:int}"]
          description: There is no order with this id.
          cause: A typo.
          fix: Check the id.
          endpoints: ["GET /orders/{id}"]
          examples:
            - '{"code": "ORDER_NOT_FOUND", "message": "Order 42 not found"}'
          duplicates: ["404 again: same body"]
        - code: RATE_LIMITED
          status: 429
          title: Too many requests
          message: slow down to {limit:number}
          shape: rate-limit
          when: { /scope: orders }
          retry: { class: throttled, base: 500ms, cap: 30s, attempts: 5, window: 2h }
          deprecated: use the new limits
          group: rate limits
        - code: 1000
          name: LEGACY_THOUSAND
          status: 503
          title: Service unavailable
          shape: empty
          retry: backoff
          deprecated: true
        - code: "0042"
          status: 0
          title: Delivery failed
          shape: text
          message: undeliverable
          retry: after-action
      """;

  private final CatalogLoader loader = new CatalogLoader();

  private LoadResult load(String yaml) {
    return loader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String ids(LoadResult result) {
    return String.join("\n", result.diagnostics().stream().map(Diagnostic::render).toList());
  }

  @Test
  void defaultDecisionsOfEveryAspectHoldForEachEntryThatDoesNotMarkItsOwn() {
    LoadResult result = load("""
        catalog: acme-orders
        title: Acme
        defaults:
          retry: never
          decided:
            status: The page gives no status per code.
            retry: The page gives no retry advice.
        entries:
          - code: A
            status: 400
            title: A
          - code: B
            status: 404
            title: B
            retry: backoff
            decided:
              status: The page says 404 for B alone.
        """);
    assertTrue(result.diagnostics().isEmpty(), () -> ids(result));
    List<Entry> entries = result.catalog().orElseThrow().entries();
    assertEquals(List.of("status: The page gives no status per code.", "retry: The page gives no retry advice."),
        entries.get(0).decided().stream().map(d -> d.aspect() + ": " + d.reason()).toList());
    assertEquals(List.of("status: The page says 404 for B alone."),
        entries.get(1).decided().stream().map(d -> d.aspect() + ": " + d.reason()).toList(),
        "its own status mark wins; it takes no default retry, so not the default's retry decision");
  }

  @Test
  void aFieldMaySayWhatItMeansAsAMeaningsLineWould() {
    LoadResult result = load("""
        catalog: acme-orders
        title: Acme
        shapes:
          stripe-error:
            code: /error/code
            message: /error/message
            fields:
              type: /error/type
              param:
                pointer: /error/param
                description: If the error is parameter-specific, the parameter related to the error.
              doc_url: { pointer: /error/doc_url }
            meanings:
              /error/code: A short string indicating the error code reported.
        entries:
          - code: A
            status: 400
            title: A
            shape: stripe-error
        """);
    assertTrue(result.diagnostics().isEmpty(), () -> ids(result));
    Shape shape = result.catalog().orElseThrow().shapes().get(0);
    assertEquals(List.of("type", "param", "doc_url"), List.copyOf(shape.fields().keySet()));
    assertEquals(Map.of("type", "/error/type", "param", "/error/param", "doc_url", "/error/doc_url"), shape.fields());
    assertEquals(List.of("/error/param", "/error/code"), List.copyOf(shape.meanings().keySet()));
    assertEquals("If the error is parameter-specific, the parameter related to the error.",
        shape.meanings().get("/error/param"));
  }

  @Test
  void aFieldsMeaningIsSaidOnce() {
    LoadResult result = load("""
        catalog: acme-orders
        title: Acme
        shapes:
          stripe-error:
            message: /error/message
            fields:
              param: { pointer: /error/param, description: The parameter. }
              param2: { pointer: /error/param, description: The parameter again. }
              doc_url: { pointr: /error/doc_url, description: "" }
              charge: { pointer: /error/charge, description: " " }
            meanings:
              /error/param: The parameter, once more.
        entries:
          - code: A
            status: 400
            title: A
            shape: stripe-error
        """);
    String all = ids(result);
    assertTrue(all.contains("/cat/acme-orders.yaml:8:53: error[EC024 bad-value]: the 'description' of field 'param2'"
        + " of shape 'stripe-error' says what '/error/param' means, which another field's description says already."),
        all);
    assertTrue(all.contains("/cat/acme-orders.yaml:9:18: error[EC002 unknown-key]: 'pointr' is not a key of field"
        + " 'doc_url' of shape 'stripe-error'. Did you mean 'pointer'?"), all);
    assertTrue(all.contains("/cat/acme-orders.yaml:10:54: error[EC024 bad-value]: the 'description' of field 'charge'"
        + " of shape 'stripe-error' is empty."), all);
    assertTrue(all.contains("/cat/acme-orders.yaml:12:7: error[EC024 bad-value]: 'meanings' of shape 'stripe-error'"
        + " says what '/error/param' means, which the 'description' of a field at that pointer says already."), all);
    assertEquals(4, result.diagnostics().size(), all);
  }

  @Test
  void bindsEveryKeyOfTheFormat() {
    LoadResult result = load(ACME);
    assertTrue(result.diagnostics().isEmpty(), () -> ids(result));
    CatalogModel catalog = result.catalog().orElseThrow();
    assertEquals("acme-orders", catalog.id());
    assertEquals("Acme Orders API", catalog.title());
    assertEquals(Optional.of("https://docs.acme.example/orders/errors"), catalog.docs());
    assertEquals(Optional.of("Every error the Orders API returns.\n"), catalog.description());
    assertEquals(FILE, catalog.file());
    assertEquals(List.of("acme-error", "rate-limit", "empty", "text"),
        catalog.shapes().stream().map(Shape::name).toList());

    Shape rateLimit = catalog.shapes().get(1);
    assertEquals(BodyKind.JSON, rateLimit.body());
    assertEquals(Optional.of("/retryAfterSeconds"), rateLimit.retryAfter());
    assertEquals(Map.of("limit", "/limit", "currentPending", "/pending"), rateLimit.fields());
    assertEquals(List.of("limit", "currentPending"), List.copyOf(rateLimit.fields().keySet()));
    assertEquals(List.of(new JsonScalar(JsonScalar.Kind.BOOLEAN, "false"), new JsonScalar(JsonScalar.Kind.STRING, "rate"),
            new JsonScalar(JsonScalar.Kind.NUMBER, "2"), new JsonScalar(JsonScalar.Kind.NULL, "null")),
        rateLimit.when().stream().map(c -> c.value()).toList());
    assertEquals(new SourcePosition(FILE, 15, 3), rateLimit.position());

    List<Entry> entries = catalog.entries();
    assertEquals(List.of("ORDER_NOT_FOUND", "RATE_LIMITED", "1000", "0042"), entries.stream().map(Entry::code).toList());

    Entry notFound = entries.get(0);
    assertEquals("ORDER_NOT_FOUND", notFound.constantName());
    assertEquals("orderNotFound", notFound.methodName());
    assertEquals("order-not-found", notFound.anchor());
    assertEquals("NotFound", notFound.group());
    assertEquals("acme-error", notFound.shape().name(), "defaults.shape");
    assertEquals(RetryClass.NEVER, notFound.retry().retryClass(), "defaults.retry");
    assertEquals(List.of(new Literal("Order "), new Placeholder("orderId", PlaceholderType.INT),
        new Literal(" not found {really}")), notFound.message().orElseThrow().segments());
    assertEquals("Order {orderId} not found {really}", notFound.messageTemplate());
    assertEquals(new SourcePosition(FILE, 24, 14), notFound.message().orElseThrow().position());
    assertEquals(1, notFound.variants().size());
    assertEquals(Optional.of("Check the id."), notFound.fix());
    assertEquals(Optional.of("A typo."), notFound.cause());
    assertEquals(List.of("GET /orders/{id}"), notFound.endpoints());
    assertEquals(List.of("404 again: same body"), notFound.duplicates());
    assertEquals("{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}",
        notFound.examples().get(0).body());
    assertEquals(new SourcePosition(FILE, 31, 9), notFound.examples().get(0).position());
    assertEquals(new SourcePosition(FILE, 21, 11), notFound.position(), "the entry stands at its code");
    assertEquals(Optional.empty(), notFound.deprecated());

    Entry rate = entries.get(1);
    assertEquals("RateLimits", rate.group());
    assertEquals(Optional.of("use the new limits"), rate.deprecated());
    assertEquals(new dev.errorcatalog.processor.model.RetryPolicy(RetryClass.THROTTLED,
        Optional.of(Duration.ofMillis(500)), Optional.of(Duration.ofSeconds(30)), OptionalInt.of(5),
        Optional.of(Duration.ofHours(2))), rate.retry());
    assertEquals(List.of("/success", "/kind", "/n", "/x", "/scope"),
        rate.allConstants().stream().map(c -> c.pointer()).toList());
    assertEquals(List.of(new Placeholder("limit", PlaceholderType.NUMBER),
        new Placeholder("currentPending", PlaceholderType.STRING)), rate.arguments(),
        "a field named like a placeholder takes its type");

    Entry legacy = entries.get(2);
    assertEquals("1000", legacy.code(), "an integer code is kept as written");
    assertEquals("LEGACY_THOUSAND", legacy.constantName());
    assertEquals("legacyThousand", legacy.methodName());
    assertEquals("code-1000", legacy.anchor());
    assertEquals("ServiceUnavailable", legacy.group());
    assertEquals(BodyKind.EMPTY, legacy.shape().body());
    assertEquals(RetryClass.BACKOFF, legacy.retry().retryClass());
    assertEquals(Optional.of(""), legacy.deprecated());
    assertEquals(Optional.empty(), legacy.message());

    Entry delivery = entries.get(3);
    assertEquals("0042", delivery.code(), "a quoted code stays a string");
    assertEquals("CODE_0042", delivery.constantName());
    assertEquals("NonHttp", delivery.group());
    assertEquals(BodyKind.TEXT, delivery.shape().body());
    assertEquals(RetryClass.AFTER_ACTION, delivery.retry().retryClass());
  }

  @Test
  void entriesWithoutShapeOrDefaultsGetEmptyAndRetryNever() {
    LoadResult result = load("""
        catalog: tiny
        title: Tiny
        entries:
          - code: DOWN
            status: 503
            title: Down
        """);
    Entry down = result.catalog().orElseThrow().entries().get(0);
    assertEquals("empty", down.shape().name());
    assertEquals(RetryClass.NEVER, down.retry().retryClass());
    assertEquals(List.of("empty"), result.catalog().get().shapes().stream().map(Shape::name).toList());
  }

  @Test
  void billionLaughsFailsFastWithAliasErrorsAndNoModel() {
    StringBuilder yaml = new StringBuilder("catalog: lol\ntitle: Lol\nentries: []\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'z'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(yaml.toString()));
    assertTrue(result.catalog().isEmpty());
    assertFalse(result.diagnostics().isEmpty());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.id() == DiagnosticId.YAML_ALIAS), () -> ids(result));
    assertEquals("/cat/acme-orders.yaml:4:4: error[EC016 yaml-alias]", result.diagnostics().get(0).render()
        .substring(0, "/cat/acme-orders.yaml:4:4: error[EC016 yaml-alias]".length()));
    assertTrue(result.diagnostics().size() <= 5, "an alias bomb is not reported alias by alias");
  }

  @Test
  void invalidUtf8IsReportedWhereItStands() {
    byte[] bytes = "catalog: x\ntitle: caf\u00e9 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult result = loader.load(FILE, bytes);
    assertEquals(1, result.diagnostics().size(), () -> ids(result));
    assertTrue(result.diagnostics().get(0).render().startsWith(FILE + ":2:11: error[EC022 unreadable-catalog]"),
        () -> ids(result));
  }

  @Test
  void neverThrowsWhateverTheBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      LoadResult result = loader.load(FILE, bytes);
      assertTrue(result.catalog().isEmpty());
      assertFalse(result.diagnostics().isEmpty());
    }
    LoadResult deep = load("a: " + "[".repeat(10_000) + "]".repeat(10_000));
    assertEquals(DiagnosticId.YAML_SYNTAX, deep.diagnostics().get(0).id(), () -> ids(deep));
    LoadResult empty = load("");
    assertEquals(DiagnosticId.EMPTY_CATALOG, empty.diagnostics().get(0).id(), () -> ids(empty));
    LoadResult nothing = loader.load(FILE, null);
    assertEquals(DiagnosticId.UNREADABLE_CATALOG, nothing.diagnostics().get(0).id());
  }

  @Test
  void aSecondDocumentIsASyntaxError() {
    LoadResult result = load("catalog: a\n---\ncatalog: b\n");
    assertEquals(FILE + ":3:1: error[EC001 yaml-syntax]", prefix(result.diagnostics().get(0)), () -> ids(result));
  }

  private static String prefix(Diagnostic d) {
    String text = d.render();
    return text.substring(0, text.indexOf(']') + 1);
  }
}
