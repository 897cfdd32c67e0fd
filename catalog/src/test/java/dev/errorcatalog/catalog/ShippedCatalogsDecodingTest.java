package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped catalogs with the generated decoders and encoders: the responses the pages describe in
 * prose (no body, a body nobody documented, a hint to wait) decode as the catalogs mean them, and every
 * entry's own encoded body decodes back to it.
 */
class ShippedCatalogsDecodingTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)(?::([a-z]+))?}");

  static List<String> ids() {
    return ShippedCatalog.IDS;
  }

  /** Every entry: its encoded body (placeholders and fields filled in) decodes back to it. */
  @ParameterizedTest
  @MethodSource("ids")
  void everyEncodedEntryDecodesBackToItself(String id) {
    CompiledCatalog compiled = CompiledCatalog.of(id);
    ShippedCatalog yaml = ShippedCatalog.load(id);
    for (CatalogError error : compiled.catalog().entries()) {
      Entry entry = yaml.byName(error.name()).orElseThrow();
      Map<String, Object> args = sampleArgs(entry);
      String body = compiled.encode(error, args, null);
      DecodedError<?> decoded = compiled.catalog().decoder().decode(error.httpStatus(), body);
      assertEquals(error, decoded.entry().orElse(null), id + " " + error.code() + ": " + body + " decoded " + decoded);
      if (!entry.message().isEmpty()) {
        assertEquals(error.format(args), decoded.message().orElse(null), id + " " + error.code());
      }
    }
  }

  @Test
  void insiderOneStatusOnlyAndCatchAllResponses() {
    Catalog<?> c = CompiledCatalog.of("insider-one").catalog();
    assertDecodes(c, 504, "", "SERVER_TIMEOUT", MatchKind.STATUS);
    assertDecodes(c, 520, "", "CLOUDFLARE_NETWORK_ERROR", MatchKind.STATUS);
    assertDecodes(c, 403, "", "AUTHENTICATION_FAILED", MatchKind.STATUS);
    // Documented without a body: a body is not these entries' (issue 33), be it JSON or a proxy's page.
    assertDecodes(c, 504, "{\"status_message\": \"something else\"}", null, MatchKind.NONE);
    assertDecodes(c, 520, "<html>Cloudflare</html>", null, MatchKind.NONE);
    assertDecodes(c, 403, "<!DOCTYPE html><title>Attention Required! | Cloudflare</title>", null, MatchKind.NONE);
    DecodedError<?> any = assertDecodes(c, 400, "{\"error\": \"something no page lists\"}", "VALIDATION_ERROR", MatchKind.MESSAGE);
    assertEquals("something no page lists", any.args().get("message"));
    DecodedError<?> field = assertDecodes(c, 400, "{\"error\": \"parameter 'html' is required\"}",
        "REQUIRED_PARAMETER_MISSING", MatchKind.MESSAGE);
    assertEquals("html", field.args().get("field"));
    DecodedError<?> limit = assertDecodes(c, 403, "{\"error\": {\"message\": \"Too many attempts, please slow down the"
        + " request. 60 Requests/minute is allowed.\"}, \"status\": 403}", "REQUEST_LIMIT_EXCEEDED", MatchKind.MESSAGE);
    assertEquals("60", limit.args().get("requestsPerMinute"));
  }

  @Test
  void liveActivitiesBodylessStatusesAndUnknownCodes() {
    Catalog<?> c = CompiledCatalog.of("insider-live-activities").catalog();
    assertDecodes(c, 401, "", "UNAUTHORIZED", MatchKind.STATUS);
    assertDecodes(c, 429, "", "RATE_LIMITED", MatchKind.STATUS);
    assertDecodes(c, 503, "", "AUTHORIZATION_LAYER_UNAVAILABLE", MatchKind.STATUS);
    DecodedError<?> d = assertDecodes(c, 412, "{\"code\": \"PUSH_TOKEN_NOT_SYNCED\", \"error\": \"Token not synced yet\"}",
        "PUSH_TOKEN_NOT_SYNCED", MatchKind.CODE);
    assertEquals("Token not synced yet", d.message().orElse(null));
    // An unknown code is never guessed into a documented one.
    DecodedError<?> unknown = c.decoder().decode(400, "{\"code\": \"SOMETHING_NEW\", \"error\": \"new rule\"}");
    assertEquals(MatchKind.NONE, unknown.matchKind());
  }

  @Test
  void getResponseNumericCodesAsNumbersOrStrings() {
    Catalog<?> c = CompiledCatalog.of("getresponse").catalog();
    assertDecodes(c, 400, "{\"httpStatus\": 400, \"code\": 1000, \"codeDescription\": \"General error of validation"
        + " process\", \"message\": \"x\", \"moreInfo\": \"https://apidocs.getresponse.com/v3/errors/1000\","
        + " \"context\": [], \"uuid\": \"u\"}", "GENERAL_VALIDATION_ERROR", MatchKind.CODE);
    assertDecodes(c, 429, "{\"code\": \"1015\", \"message\": \"quota\"}", "QUOTA_REACHED", MatchKind.CODE);
  }

  @Test
  void transformifyRetryHintsAndStatusFallbacks() {
    Catalog<?> c = CompiledCatalog.of("transformify").catalog();
    DecodedError<?> pending = assertDecodes(c, 429, "{\"error\": \"Rate limit exceeded\", \"message\": \"Too many pending"
        + " messages. You have 48500 pending messages and requested 5000 more. Maximum allowed: 50000. Available"
        + " capacity: 1500.\", \"currentPending\": 48500, \"requestedCount\": 5000, \"maxAllowed\": 50000,"
        + " \"availableCapacity\": 1500, \"retryAfterSeconds\": 30}", "PENDING_MESSAGE_CAPACITY_EXCEEDED", MatchKind.MESSAGE);
    assertEquals(Duration.ofSeconds(30), pending.retryAfter().orElse(null));
    assertEquals("48500", pending.args().get("currentPending"));
    DecodedError<?> limited = c.decoder().decode(429, Map.of("Retry-After", List.of("60")),
        "{\"error\": \"Too Many Requests\", \"message\": \"Slow down\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals("TOO_MANY_REQUESTS", limited.entry().map(CatalogError::name).orElse(null));
    assertEquals(Duration.ofSeconds(60), limited.retryAfter().orElse(null));
    // The status rows document JSON ("All errors return a JSON response"): a 429 without a body is not the row,
    // and keeps its Retry-After.
    DecodedError<?> bare = c.decoder().decode(429, Map.of("Retry-After", List.of("60")), new byte[0]);
    assertEquals(MatchKind.NONE, bare.matchKind());
    assertEquals(Duration.ofSeconds(60), bare.retryAfter().orElse(null));
    DecodedError<?> resource = assertDecodes(c, 404, "{\"error\": \"Not Found\", \"message\": \"Contact not found\"}",
        "RESOURCE_NOT_FOUND", MatchKind.MESSAGE);
    assertEquals("Contact", resource.args().get("resource"));
    assertDecodes(c, 400, "{\"error\": \"Bad Request\", \"message\": \"A rule the page does not list\"}", "BAD_REQUEST",
        MatchKind.STATUS);
    assertDecodes(c, 500, "{\"error\": \"Internal Server Error\", \"message\": \"Unexpected\"}", "INTERNAL_SERVER_ERROR",
        MatchKind.STATUS);
    assertDecodes(c, 500, "", null, MatchKind.NONE);
  }

  @Test
  void pingbackTypedAndMessageOnlyBodies() {
    Catalog<?> c = CompiledCatalog.of("pingback").catalog();
    assertDecodes(c, 404, "{\"message\": \"Deal not found.\"}", "DEAL_NOT_FOUND", MatchKind.MESSAGE);
    assertDecodes(c, 422, "{\"code\": \"INVALID_PARAMS\", \"message\": \"EMAIL_IS_NECESSARY\"}", "INVALID_PARAMS", MatchKind.CODE);
    assertDecodes(c, 422, "{\"message\": \"CONTACT_EMAIL_IS_NECESSARY\"}", "INVALID_PARAMS", MatchKind.MESSAGE);
    // CONTACT_NOT_FOUND is a name, not a type the API sends: a body naming it as a code is not guessed into it.
    assertDecodes(c, 404, "{\"code\": \"CONTACT_NOT_FOUND\"}", null, MatchKind.NONE);
    assertDecodes(c, 404, "{\"code\": \"CONTACT_NOT_FOUND\", \"message\": \"Contact not found.\"}",
        "CONTACT_NOT_FOUND", MatchKind.MESSAGE);
  }

  /** Delivery codes (status 0) never match an HTTP response, whatever code the body carries. */
  @Test
  void statusZeroEntriesMatchOnlyAtStatusZero() {
    Catalog<?> c = CompiledCatalog.of("transformify").catalog();
    assertDecodes(c, 429, "{\"code\":8,\"message\":\"rate limit exceeded\"}", "TOO_MANY_REQUESTS", MatchKind.STATUS);
    assertDecodes(c, 500, "{\"code\":10,\"message\":\"boom\"}", "INTERNAL_SERVER_ERROR", MatchKind.STATUS);
    assertDecodes(c, 400, "{\"code\":\"9\"}", "BAD_REQUEST", MatchKind.STATUS);
    assertDecodes(c, 200, "{\"code\":8}", null, MatchKind.NONE); // OK documents no body
    assertDecodes(c, 0, "{\"code\":8,\"message\":\"rate limit exceeded\"}", "USER_BLOCKED", MatchKind.CODE);
    assertDecodes(c, 0, "{\"code\":\"9\"}", "NOT_VIBER_USER", MatchKind.CODE);
    assertDecodes(c, 0, "{\"code\":10}", "NO_SUITABLE_DEVICE", MatchKind.CODE);
    assertDecodes(c, 0, "{\"code\":11}", null, MatchKind.NONE);
  }

  /** A documented body with a retyped constant ("403" for 403, "false" for false) still decodes to its entry. */
  @Test
  void constantsCompareByValueWhateverTheirJsonType() {
    Catalog<?> c = CompiledCatalog.of("insider-one").catalog();
    String limit = "\"error\":{\"message\":\"Too many attempts, please slow down the request. 30 Requests/minute is"
        + " allowed.\"}";
    for (String status : List.of("403", "\"403\"", "403.0", "\"403.0\"")) {
      assertDecodes(c, 403, "{" + limit + ",\"status\":" + status + "}", "REQUEST_LIMIT_EXCEEDED", MatchKind.MESSAGE);
    }
    // Another value is not the constant; nor is the body the status-level 403's, which has none.
    assertDecodes(c, 403, "{" + limit + ",\"status\":\"forbidden\"}", null, MatchKind.NONE);
    String denied = "\"message\":\"Access Denied. You do not have sufficient access to perform this action.\"";
    for (String success : List.of("false", "\"false\"")) {
      assertDecodes(c, 403, "{\"success\":" + success + "," + denied + "}", "ACCESS_DENIED", MatchKind.MESSAGE);
      assertDecodes(c, 400, "{" + denied + ",\"success\":" + success + "}", "ACCESS_DENIED_BAD_REQUEST",
          MatchKind.MESSAGE);
    }
    assertDecodes(c, 403, "{\"success\":\"no\"," + denied + "}", null, MatchKind.NONE);
    assertDecodes(c, 201, "{\"status_code\":\"201\",\"content\":{\"message\":\"Campaign created successfully.\","
        + "\"builder_id\":\"7\",\"campaign_id\":\"8\"}}", "CAMPAIGN_CREATED_WITH_IDS", MatchKind.MESSAGE);
    assertDecodes(c, 504, "{\"status_message\": \"This request has already been received and is being processed. Any"
        + " duplicate content from the user will be ignored for the next 15 minutes.\"}", "DUPLICATE_REQUEST_IGNORED",
        MatchKind.MESSAGE);
  }

  /** An entry the API sends no code for has a name only: found by name, never by code. */
  @Test
  void entriesWithoutACodeAreFoundByNameOnly() {
    Catalog<?> c = CompiledCatalog.of("insider-one").catalog();
    CatalogError entry = c.byName("USERS_NOT_DEFINED").orElseThrow();
    assertEquals("", entry.code());
    assertEquals("USERS_NOT_DEFINED", entry.name());
    assertEquals("users-not-defined", entry.anchor());
    assertTrue(c.byCode("USERS_NOT_DEFINED").isEmpty());
    assertTrue(c.byCode("").isEmpty());
    DecodedError<?> d = c.decoder().decode(400, "{\"code\": \"USERS_NOT_DEFINED\"}");
    assertTrue(d.matchKind() != MatchKind.CODE, d.toString());
    Catalog<?> getresponse = CompiledCatalog.of("getresponse").catalog();
    assertEquals("1016", getresponse.byName("TEMPORARILY_BLOCKED").orElseThrow().code());
    assertEquals("TEMPORARILY_BLOCKED", getresponse.byCode("1016").orElseThrow().name());
  }

  /** Decodes and asserts the entry by its name (its Java constant) and the match kind. */
  private static DecodedError<?> assertDecodes(Catalog<?> c, int status, String body, String name, MatchKind kind) {
    DecodedError<?> d = c.decoder().decode(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    assertEquals(name, d.entry().map(CatalogError::name).orElse(null), c.id() + " " + status + " " + body);
    assertEquals(kind, d.matchKind(), c.id() + " " + status + " " + body);
    return d;
  }

  /** A value for each placeholder (by its type) and each shape field. */
  private static Map<String, Object> sampleArgs(Entry entry) {
    Map<String, Object> args = new LinkedHashMap<>();
    Matcher m = PLACEHOLDER.matcher(entry.message());
    while (m.find()) {
      String type = m.group(2) == null ? "string" : m.group(2);
      args.put(m.group(1), switch (type) {
        case "int" -> 42L;
        case "number" -> new java.math.BigDecimal("1.5");
        case "bool" -> Boolean.TRUE;
        default -> "sample";
      });
    }
    entry.shape().path("fields").fieldNames().forEachRemaining(f -> args.putIfAbsent(f, "sample"));
    return args;
  }
}
