package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.testing.CatalogBuilder.EMPTY;
import static dev.errorcatalog.processor.testing.CatalogBuilder.TEXT;
import static dev.errorcatalog.processor.testing.CatalogBuilder.json;
import static dev.errorcatalog.processor.testing.CatalogBuilder.ordered;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.testing.CatalogBuilder;
import dev.errorcatalog.processor.testing.CatalogBuilder.EntryBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Catalog models built in code, so the generators can be tested without the YAML loader: a small catalog
 * with every feature the generators handle, and large synthetic ones.
 */
final class CatalogFixtures {

  static final Shape ERROR_SHAPE = json("acme-error", "/code", "/message");
  static final Shape RATE_LIMIT_SHAPE = json("rate-limit", null, "/error",
      ordered("currentPending", "/currentPending", "limit", "/limit"), List.of(), "/retryAfterSeconds");

  /** Prose with everything that could break generated Java: comment ends, HTML, escapes, unicode. */
  static final String TRICKY = "Ends a comment */ early? Tags <Field> & <b>bold</b>; C:\\path\\to\\file; "
      + "\\u0041 is not A; $dollar $L $S and {@code braces} {{x}}; \"quotes\" 'single'; "
      + "unicode: Größe — ✓ 日本語 \uD83D\uDE00; @author nobody";

  private CatalogFixtures() {}

  /** The small, varied catalog of the golden files: several groups, success, status 0, deprecated, tricky prose. */
  static CatalogModel acme() {
    List<Entry> entries = List.of(
        entry("ORDER_NOT_FOUND", 404, "Order not found")
            .message("Order {orderId:int} not found")
            .description("There is no order with this id in your account.")
            .fix("Check the id; orders are deleted 90 days after delivery.")
            .endpoints("GET /orders/{id}", "DELETE /orders/{id}")
            .build(),
        entry("VALIDATION_FAILED", 400, "Validation failed: \"quotes\" & <Field> */")
            .message("Field {field} is invalid: {reason}")
            .description(TRICKY)
            .cause("A field is missing.\n\nOr a second paragraph says \\ more.")
            .fix("Send every field; see https://docs.acme.example/orders/*/fields.")
            .build(),
        entry("RATE_LIMITED", 429, "Too many requests")
            .message("slow down, {currentPending:int} pending")
            .shape(RATE_LIMIT_SHAPE)
            .retry(new RetryPolicy(RetryClass.THROTTLED, Optional.of(Duration.ofSeconds(1)),
                Optional.of(Duration.ofSeconds(30)), OptionalInt.of(5), Optional.empty()))
            .build(),
        entry("GATEWAY_DOWN", 503, "Service unavailable")
            .shape(EMPTY)
            .retry(new RetryPolicy(RetryClass.BACKOFF, Optional.of(Duration.ofMillis(250)), Optional.empty(),
                OptionalInt.empty(), Optional.of(Duration.ofMinutes(15))))
            .description("The service is overloaded or in maintenance.")
            .build(),
        entry("ACCEPTED", 202, "Accepted")
            .message("accepted")
            .description("The order was queued.")
            .build(),
        entry("8", 0, "Viber delivery failed")
            .message("Viber delivery failed: {reason}")
            .shape(TEXT)
            .description("A delivery code, not an HTTP response.")
            .build(),
        entry("OLD_TOKEN", 401, "Old token")
            .message("token format v1 is no longer accepted")
            .group("Authentication")
            .deprecated("Use TOKEN_EXPIRED; removed in v4 */.")
            .retry(RetryPolicy.of(RetryClass.AFTER_ACTION))
            .build(),
        entry("TOKEN_EXPIRED", 401, "Token expired")
            .message("token expired at {expiredAt}")
            .group("Authentication")
            .retry(RetryPolicy.of(RetryClass.AFTER_ACTION))
            .fix("Renew the token.")
            .build(),
        entry("PRICE_TOO_HIGH", 422, "Price too high")
            .message("Price {price:number} is above {limit:number} (allowed: {allowed:bool})")
            .build(),
        entry("1000", 400, "Generic error with a $ sign")
            .message("literal {{braces}} and $1 and \\ backslash for {name}")
            .deprecated("")
            .build(),
        entry("NETWORK_GLITCH", 599, "Network glitch")
            .shape(EMPTY)
            .retry(RetryPolicy.of(RetryClass.IDEMPOTENT_ONLY))
            .build());
    return new CatalogModel("acme-orders", "Acme Orders API", Optional.of("https://docs.acme.example/orders/errors"),
        Optional.of("Every error the Orders API returns."), List.of(ERROR_SHAPE, RATE_LIMIT_SHAPE, EMPTY,
            TEXT), entries, "fixture.yaml");
  }

  /** A catalog of only success entries: the exception hierarchy must still be valid. */
  static CatalogModel successOnly() {
    return new CatalogModel("all-good", "All Good API", Optional.empty(), Optional.empty(), List.of(ERROR_SHAPE),
        List.of(entry("OK", 200, "OK").message("fine").build(), entry("CREATED", 201, "Created").build()),
        "fixture.yaml");
  }

  /**
   * {@code size} entries {@code E0000}, ... cycling through statuses (a success one included), typed
   * placeholders, a throttled entry with its retry overload and a deprecated one every 97 entries.
   */
  static CatalogModel large(String id, int size) {
    int[] statuses = {400, 404, 409, 429, 500, 503, 200, 0};
    List<Entry> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int status = statuses[i % statuses.length];
      EntryBuilder entry = entry(String.format("E%04d", i), status, "Error number " + i)
          .message("Item {item:int} failed with {reason} at step " + i)
          .description("Synthetic entry " + i + " of a large catalog.");
      if (status == 429) {
        entry.retry(RetryPolicy.of(RetryClass.THROTTLED));
      }
      if (i % 97 == 5) {
        entry.deprecated("Deprecated entry " + i);
      }
      entries.add(entry.build());
    }
    return new CatalogModel(id, "Large " + id, Optional.empty(), Optional.empty(), List.of(ERROR_SHAPE), entries,
        "fixture.yaml");
  }

  /** An entry of these catalogs: the acme error shape unless the fixture picks another. */
  static EntryBuilder entry(String code, int status, String title) {
    return CatalogBuilder.entry(code, status, title).shape(ERROR_SHAPE);
  }
}
