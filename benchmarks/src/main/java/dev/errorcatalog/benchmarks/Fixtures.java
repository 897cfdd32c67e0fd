package dev.errorcatalog.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The representative bodies of every benchmarked catalog. Shipped catalogs: bodies from the vendors'
 * documented examples (as the catalogs record them), with other values in the placeholders, plus a
 * status-only response and an undocumented one. Every body is JSON or empty, so that the token floor reads
 * them all without an exception (an exception would measure the JVM's stack walking, not parsing).
 */
final class Fixtures {

  /** The ids of the shipped catalogs, in the order of the README table. */
  static final List<String> SHIPPED =
      List.of("insider-one", "insider-live-activities", "getresponse", "transformify", "pingback");

  /** The ids of the scaling pair. */
  static final List<String> SCALING = List.of("bench-10", "bench-5000");

  /**
   * The kinds of body that match nothing in either catalog of the scaling pair, by name
   * ({@link UnmatchedBodiesBenchmark}): the decoder must rule out every candidate before it answers
   * {@code NONE}, and in {@code bench-5000} status 400 documents ~1,100 templates.
   */
  static final List<String> UNMATCHED = List.of("unknown-code", "unlisted-message", "long-message");

  /** The catalog of the error styles of issue 34 ({@link ErrorStylesBenchmark}). */
  static final String STYLES_CATALOG = "bench-styles";

  /**
   * The error styles of issue 34, each a set of bodies of {@code bench-styles} ({@link Styled#all}): {@code subcode}
   * (a code refined by a second value, Stripe's and Google's), {@code array} (a list of errors, GitHub's and a
   * GraphQL server's), {@code success-error} (errors answered with 200, Slack's {@code "ok": false}),
   * {@code success} (a success body at 200, {@code "ok": true}), {@code statuses} (one entry at 403 and at 429).
   */
  static final List<String> STYLES = List.of("subcode", "array", "success-error", "success", "statuses");

  /** Characters of filler in the long unmatched message: with its JSON, a body of about 260 KB. */
  static final int LONG_MESSAGE_FILLER = 260_000;

  private Fixtures() {}

  static CatalogFixture of(String catalogId) {
    return switch (catalogId) {
      case "insider-one" -> insiderOne();
      case "insider-live-activities" -> insiderLiveActivities();
      case "getresponse" -> getResponse();
      case "transformify" -> transformify();
      case "pingback" -> pingback();
      case "bench-10", "bench-5000" -> scaling(catalogId);
      case STYLES_CATALOG -> new CatalogFixture(STYLES_CATALOG, List.of(), List.of(), List.of(), fields(),
          Styled.all().stream().map(Styled::body).toList());
      default -> throw new IllegalArgumentException("no fixture for catalog '" + catalogId + "'");
    };
  }

  /**
   * The bodies a benchmark with these parameters decodes: all of the catalog's, or those of one match kind
   * ({@code code}, {@code message}, {@code status}, {@code none}).
   *
   * @throws IllegalArgumentException if the catalog has no body of that kind
   */
  static List<Body> bodies(String catalogId, String kind) {
    if (catalogId.equals(STYLES_CATALOG) && STYLES.contains(kind)) {
      return Styled.all().stream().filter(s -> s.style().equals(kind)).map(Styled::body).toList();
    }
    List<Body> chosen = of(catalogId).bodies().stream()
        .filter(body -> kind.equals("all") || body.expected().name().equalsIgnoreCase(kind))
        .toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("catalog " + catalogId + " has no '" + kind + "' body; see Fixtures");
    }
    return chosen;
  }

  /**
   * One body of the scaling pair that matches nothing (see {@link #UNMATCHED}): an unknown code at the busy
   * status; an undocumented message there that starts as 11 of bench-5000's templates at 400 do
   * ("Account {accountId:int} has ..."; none of bench-10's), short; and the same message with 260,000
   * characters of echoed input in it (an API quoting what it rejected), which the 5 of those templates that
   * end in a placeholder must search to its end for their literals.
   */
  static Body unmatched(String kind) {
    return switch (kind) {
      case "unknown-code" -> Body.undocumented("unknown code", 400, "{\"code\": \"NOPE\", \"message\": \"x\"}");
      case "unlisted-message" -> Body.undocumented("undocumented message at a busy status", 400,
          "{\"message\": \"Account 42 has an invalid name: 'Zoe & Co'\"}");
      case "long-message" -> Body.undocumented("long undocumented message at a busy status", 400,
          "{\"message\": \"Account 42 has an invalid name: '" + "Zoe & Co ".repeat(LONG_MESSAGE_FILLER / 9)
              + "'\"}");
      default -> throw new IllegalArgumentException("no unmatched body '" + kind + "'; see Fixtures.UNMATCHED");
    };
  }

  /** Field names and pointers, in pairs, in the order given. */
  private static Map<String, String> fields(String... namesAndPointers) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndPointers.length; i += 2) {
      fields.put(namesAndPointers[i], namesAndPointers[i + 1]);
    }
    return Collections.unmodifiableMap(fields);
  }

  private static CatalogFixture insiderOne() {
    return new CatalogFixture("insider-one",
        List.of(),
        // "/message" before "/error": typed errors carry both, {"error": "invalid_notifications", "message": ...},
        // and the message is the one their templates describe.
        List.of("/message", "/error", "/statusMessage", "/errors/0/message", "/error/message"),
        List.of(),
        fields("successfulCount", "/data/successful/count", "builderId", "/content/builder_id",
            "campaignId", "/content/campaign_id", "id", "/id", "field", "/errors/0/field",
            "validationType", "/validations/0/type", "errorCode", "/error/code"),
        List.of(
            Body.message("message with a placeholder", 400,
                "{\"error\": \"date range must not exceed 30 days\"}", "DATE_RANGE_TOO_LONG"),
            Body.message("typed error: constant and templated message", 400,
                "{\"error\": \"invalid_notifications\", \"message\": \"'notifications' can't have more than 25 objects\"}",
                "TOO_MANY_NOTIFICATIONS"),
            Body.message("success=false body", 400,
                "{\"success\": false, \"message\": \"Partner is invalid.\"}", "INVALID_PARTNER"),
            Body.message("errors list with a field", 400,
                "{\"errors\": [{\"message\": \"this field is required\", \"field\": \"text\"}]}",
                "REQUIRED_FIELD_MISSING"),
            Body.message("nested message, rate limit at 403", 403,
                "{\"error\": {\"message\": \"Too many attempts, please slow down the request. 60 Requests/minute is allowed.\"},"
                    + " \"status\": 403}",
                "REQUEST_LIMIT_EXCEEDED"),
            Body.statusOnly("503, no body", 503, "SERVICE_UNAVAILABLE"),
            Body.undocumented("undocumented message", 404,
                "{\"error\": \"no such segment for this partner: no data\"}")));
  }

  private static CatalogFixture insiderLiveActivities() {
    return new CatalogFixture("insider-live-activities",
        List.of("/code"),
        List.of("/error"),
        List.of(),
        fields(),
        List.of(
            Body.code("code-keyed", 400,
                "{\"code\": \"ENDS_AT_TOO_SOON\", \"error\": \"ends_at must be at least 5 minutes in the future\"}",
                "ENDS_AT_TOO_SOON"),
            Body.code("code-keyed, extra fields", 422,
                "{\"code\": \"NO_ELIGIBLE_DEVICE\", \"error\": \"No eligible device remained\","
                    + " \"skipped\": 12, \"gdpr_denied_details\": [\"u-1\", \"u-2\"]}",
                "NO_ELIGIBLE_DEVICE"),
            Body.statusOnly("401, no body", 401, "UNAUTHORIZED"),
            Body.statusOnly("429, no body", 429, "RATE_LIMITED"),
            Body.undocumented("undocumented code", 400,
                "{\"code\": \"ACTIVITY_NAME_TOO_LONG\", \"error\": \"activity name is too long\"}")));
  }

  private static CatalogFixture getResponse() {
    return new CatalogFixture("getresponse",
        List.of("/code"),
        List.of("/message"),
        List.of(),
        fields("codeDescription", "/codeDescription", "moreInfo", "/moreInfo", "uuid", "/uuid"),
        List.of(
            Body.code("numeric code", 400,
                "{\"httpStatus\": 400, \"code\": 1000, \"codeDescription\": \"General error of validation process\","
                    + " \"message\": \"Custom field invalid\", \"moreInfo\": \"https://apidocs.getresponse.com/v3/errors/1000\","
                    + " \"context\": [{\"fieldName\": [\"customFieldValues\"], \"errorDescription\": \"Custom field invalid\"}],"
                    + " \"uuid\": \"7dd5f7f2-b8bb-4c4c-90b1-7d3d2a8d6e4a\"}",
                "1000"),
            Body.code("code as a string", 400,
                "{\"httpStatus\": 400, \"code\": \"1001\", \"codeDescription\": \"Resource that is related to given resource cannot be found\","
                    + " \"message\": \"Campaign not found\", \"moreInfo\": \"https://apidocs.getresponse.com/v3/errors/1001\","
                    + " \"context\": [], \"uuid\": \"1f0b8f7e-3c2a-4a55-9a3e-2f3c4d5e6f70\"}",
                "1001"),
            Body.code("internal error", 500,
                "{\"httpStatus\": 500, \"code\": 1, \"codeDescription\": \"Internal error\", \"message\": \"Internal error\","
                    + " \"moreInfo\": \"https://apidocs.getresponse.com/v3/errors/1\", \"context\": [],"
                    + " \"uuid\": \"0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\"}",
                "1"),
            Body.undocumented("undocumented code", 400,
                "{\"httpStatus\": 400, \"code\": 9999, \"codeDescription\": \"Something new\", \"message\": \"Something new\","
                    + " \"moreInfo\": \"https://apidocs.getresponse.com/v3/errors/9999\", \"context\": [],"
                    + " \"uuid\": \"99999999-9999-4999-8999-999999999999\"}")));
  }

  private static CatalogFixture transformify() {
    return new CatalogFixture("transformify",
        List.of(),
        List.of("/message"),
        List.of("/retryAfterSeconds"),
        fields("currentPending", "/currentPending", "requestedCount", "/requestedCount", "maxAllowed", "/maxAllowed",
            "availableCapacity", "/availableCapacity"),
        List.of(
            Body.message("message with a placeholder", 400,
                "{\"error\": \"Bad Request\", \"message\": \"Maximum 150000 recipients allowed per request\"}",
                "TOO_MANY_RECIPIENTS"),
            Body.message("leading placeholder", 404,
                "{\"error\": \"Not Found\", \"message\": \"Webhook not found\"}", "RESOURCE_NOT_FOUND"),
            Body.message("rate limit: four placeholders, body fields, retry hint", 429,
                "{\"error\": \"Rate limit exceeded\", \"message\": \"Too many pending messages. You have 49000 pending"
                    + " messages and requested 2000 more. Maximum allowed: 50000. Available capacity: 1000.\","
                    + " \"currentPending\": 49000, \"requestedCount\": 2000, \"maxAllowed\": 50000,"
                    + " \"availableCapacity\": 1000, \"retryAfterSeconds\": 30}",
                "PENDING_MESSAGE_CAPACITY_EXCEEDED"),
            Body.message("literal message", 401,
                "{\"error\": \"Unauthorized\", \"message\": \"Invalid or revoked API key. Please check your credentials.\"}",
                "INVALID_API_KEY"),
            // The status rows document JSON ("All errors return a JSON response"): an empty 500 is no entry's.
            Body.statusOnly("500, a JSON body no template matches", 500,
                "{\"error\": \"Internal Server Error\", \"message\": \"An unexpected error occurred\"}",
                "INTERNAL_SERVER_ERROR"),
            Body.undocumented("undocumented status and message", 403,
                "{\"error\": \"Forbidden\", \"message\": \"Company account is suspended\"}")));
  }

  private static CatalogFixture pingback() {
    return new CatalogFixture("pingback",
        List.of("/code"),
        List.of("/message"),
        List.of(),
        fields(),
        List.of(
            Body.code("code-keyed", 404,
                "{\"code\": \"DEAL_NOT_FOUND\", \"message\": \"Deal not found.\"}", "DEAL_NOT_FOUND"),
            Body.message("message only", 404,
                "{\"message\": \"Contact not found.\"}", "CONTACT_NOT_FOUND"),
            Body.code("code with a message variant", 422,
                "{\"code\": \"INVALID_PARAMS\", \"message\": \"CONTACT_EMAIL_IS_NECESSARY\"}", "INVALID_PARAMS"),
            Body.undocumented("undocumented code", 409,
                "{\"code\": \"DEAL_ALREADY_CLOSED\", \"message\": \"Deal already closed.\"}")));
  }

  /** The same bodies for both synthetic catalogs: they decode to the ten core entries both hold. */
  private static CatalogFixture scaling(String catalogId) {
    return new CatalogFixture(catalogId,
        List.of("/code"),
        List.of("/message"),
        List.of(),
        fields(),
        List.of(
            Body.code("code-keyed, placeholders", 409,
                "{\"code\": \"INVOICE_LOCKED\", \"message\": \"Invoice 4711 is locked by alice@example.com\"}",
                "INVOICE_LOCKED"),
            Body.code("code-keyed, placeholders", 429,
                "{\"code\": \"QUOTA_EXCEEDED\", \"message\": \"Quota of 1000 requests per minute exceeded\"}",
                "QUOTA_EXCEEDED"),
            Body.message("message only, int placeholder", 404,
                "{\"message\": \"Order 1234567 not found\"}", "ORDER_NOT_FOUND"),
            Body.message("message only, two placeholders", 400,
                "{\"message\": \"Field description must be at most 280 characters\"}", "FIELD_TOO_LONG"),
            Body.message("message only, literal", 422,
                "{\"message\": \"Request validation failed\"}", "VALIDATION_FAILED"),
            Body.statusOnly("503, no body", 503, "SERVICE_UNAVAILABLE"),
            Body.undocumented("undocumented code and message", 400,
                "{\"code\": \"ACCOUNT_SUSPENDED\", \"message\": \"Account 42 is suspended\"}")));
  }
}
