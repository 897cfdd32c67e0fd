package dev.errorcatalog.processor.docs;

import static dev.errorcatalog.processor.testing.CatalogBuilder.TEXT;
import static dev.errorcatalog.processor.testing.CatalogBuilder.catalog;
import static dev.errorcatalog.processor.testing.CatalogBuilder.constant;
import static dev.errorcatalog.processor.testing.CatalogBuilder.entry;
import static dev.errorcatalog.processor.testing.CatalogBuilder.json;
import static dev.errorcatalog.processor.testing.CatalogBuilder.retry;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.Shape;
import java.util.List;
import java.util.Map;

/** Small catalogs for the docs tests: one varied, one hostile. */
public final class SampleCatalogs {

  private SampleCatalogs() {}

  /** Every kind of entry the format allows, once: the golden-file catalog. */
  public static CatalogModel acme() {
    Shape error = json("acme-error", "/code", "/message");
    Shape rateLimit = json("rate-limit", null, "/error", Map.of("currentPending", "/currentPending"),
        List.of(), "/retryAfterSeconds");
    Shape successFalse = json("success-false", null, "/message", Map.of(),
        List.of(constant("/success", JsonScalar.Kind.BOOLEAN, "false")), null);
    Shape created = json("created", null, "/message");
    return catalog("acme-orders", "Acme Orders API", "https://docs.acme.example/orders/errors",
        "Every error the Orders API returns. Bodies are JSON unless an entry says otherwise, e.g. the\n"
            + "gateway's plain-text errors.\n\nAsk support@acme.example when in doubt.",
        List.of(
            entry("OK", 200, "OK").shape(created).message("created")
                .description("The order was created.")
                .example("{\"message\": \"created\", \"id\": \"42\"}").build(),
            entry("VALIDATION_FAILED", 400, "Validation failed").shape(error)
                .message("Field {field} must be at most {max:int} characters")
                .variant("Field {field} is required")
                .description("A field of the request body breaks a rule.\nThe rules are:\n- names: 1 to 80 characters\n"
                    + "- notes: at most 500 characters\n\nThe message names the field.")
                .cause("A client that skips its own validation.")
                .fix("Fix the field the message names, then send the request again.")
                .endpoint("POST /orders").endpoint("PUT /orders/{id}")
                .example("{\"code\": \"VALIDATION_FAILED\", \"message\": \"Field name must be at most 80 characters\"}")
                .example("{\n  \"code\": \"VALIDATION_FAILED\",\n  \"message\": \"Field note is required\"\n}")
                .duplicate("400 Validation failed: the same body, documented again under \"Orders\"").build(),
            entry("ACCESS_DENIED", 400, "Access denied").shape(successFalse)
                .message("Access Denied. You do not have sufficient access to perform this action.")
                .retry(RetryClass.AFTER_ACTION)
                .fix("Ask an admin of your account for the orders:write permission.").build(),
            entry("UNAUTHORIZED", 401, "Unauthorized").retry(RetryClass.AFTER_ACTION)
                .description("The API key is missing, invalid or revoked. The response has no body.")
                .fix("Renew the API key.").build(),
            entry("1000", 404, "Order not found").shape(error).message("Order {orderId:int} not found")
                .description("There is no order with this id in your account.").build(),
            entry("ORDER_LOCKED", 409, "Order locked").shape(error).message("Order {orderId:int} is locked")
                .deprecated("Orders are no longer locked since v2; this code is not returned any more.").build(),
            entry("LEGACY", 410, "Legacy endpoint").shape(error).message("gone").deprecated("").build(),
            entry("TOKEN_NOT_SYNCED", 412, "Token not synced").shape(error).message("token not synced yet")
                .retry(retry(RetryClass.DELAYED, "2s", null, 3, null)).build(),
            entry("RATE_LIMITED", 429, "Too many requests").shape(rateLimit)
                .message("Too many pending messages: {currentPending:int}")
                .retry(retry(RetryClass.THROTTLED, "1s", "30s", 5, null))
                .example("{\"error\": \"Too many pending messages: 48500\", \"currentPending\": 48500, "
                    + "\"retryAfterSeconds\": 30}").build(),
            entry("UPSTREAM_UNAVAILABLE", 502, "Upstream unavailable").shape(error).message("upstream unavailable")
                .retry(retry(RetryClass.IDEMPOTENT_ONLY, "500ms", "8s", null, null)).build(),
            entry("GATEWAY_DOWN", 503, "Service unavailable").retry(retry(RetryClass.BACKOFF, null, null, null, "15m"))
                .build(),
            entry("GATEWAY_ERROR", 520, "Gateway error").shape(TEXT).message("{reason}")
                .retry(RetryClass.BACKOFF).example("<html><body>upstream error</body></html>").build(),
            entry("8", 0, "User blocked").shape(json("delivery", "/code", null))
                .description("The recipient blocked the Viber service; the message goes out by SMS if fallback is on.")
                .build()));
  }

  /** Catalog text that tries every way to break Markdown. */
  public static CatalogModel hostile() {
    Shape error = json("error", "/code", "/message");
    return catalog("insider-hostile", "Hostile <Field> | `API` *docs*", "https://example.com/errors?a=1&b=(2)",
        "# Not a heading\n<script>alert('x')</script> and <b>not bold</b>.\n| not | a | table |\n|---|---|---|",
        List.of(
            entry("FIELD_INVALID", 400, "Invalid <Field> | [x](y)").shape(error)
                .message("`<Field>` must match *{pattern}* | _or_ [{other}]")
                .description("# at line start\n- not a list\n1. not ordered\n> not a quote\n```\nnot a fence\n"
                    + "<div>not html</div>\n    not code")
                .cause("Tables: a | b\n|---|---|")
                .fix("Use `backticks` and \\escapes\\ and &amp; literally.")
                .endpoint("GET /a|b").endpoint("`weird`")
                .example("{\"code\": \"FIELD_INVALID\", \"message\": \"```\\n~~~\"}")
                .example("```\n````\n~~~~\n</code></pre><script>x</script>")
                .duplicate("also | here\n# and there")
                .deprecated("use <New> | *other*").build(),
            entry("PIPE|CODE", 422, "Pipe `code`").shape(error).message("a|b").build(),
            entry("`TICK`", 423, "Tick").shape(error).message("tick ``` tock").build()));
  }
}
