package dev.errorcatalog.runtime;

import static dev.errorcatalog.runtime.CatalogCodec.Body.EMPTY;
import static dev.errorcatalog.runtime.CatalogCodec.Body.JSON;
import static dev.errorcatalog.runtime.CatalogCodec.Body.TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalog exercising every decoding rule: codes (string and numeric), messages at nested and array
 * pointers, constants from shapes and entries, text and empty bodies, fields and retry hints.
 */
final class AcmeCatalog {

  static final Constant[] NO_CONSTANTS = new Constant[0];
  static final String[] NO_FIELDS = new String[0];

  static final TestEntry ORDER_NOT_FOUND = new TestEntry(404, "ORDER_NOT_FOUND", "Order {orderId:int} not found");
  static final TestEntry INVALID_VALUE = new TestEntry(400, "1000", "Invalid value {value}");
  static final TestEntry DATE_RANGE = new TestEntry(400, "DATE_RANGE_TOO_LONG",
      "date range must not exceed {maxDays:int} days");
  static final TestEntry GENERIC_400 = new TestEntry(400, "GENERIC_BAD_REQUEST", "{detail}");
  static final TestEntry FIELD_MISSING = new TestEntry(400, "FIELD_MISSING", "Error: field {field} missing");
  static final TestEntry ERROR_PREFIX = new TestEntry(400, "ERROR_PREFIX", "Error: {detail}");
  static final TestEntry BUSINESS = new TestEntry(400, "BUSINESS_RULE", "Business rule {rule} failed");
  static final TestEntry INVALID_NOTIFICATIONS = new TestEntry(400, "INVALID_NOTIFICATIONS", "");
  static final TestEntry RATE_LIMITED = new TestEntry(429, "RATE_LIMITED", "slow down");
  static final TestEntry FIELD_INVALID = new TestEntry(422, "FIELD_INVALID", "Field {field} is invalid: {reason}");
  static final TestEntry QUOTA = new TestEntry(403, "QUOTA", "Quota of {limit:int} reached, {used:number} used, strict={strict:bool}");
  static final TestEntry QUOTA_BILLING = new TestEntry(403, "QUOTA_BILLING", "Quota of {limit:int} reached, {used:number} used, strict={strict:bool}");
  static final TestEntry UNAUTHORIZED = new TestEntry(401, "UNAUTHORIZED", "");
  static final TestEntry INTERNAL = new TestEntry(500, "INTERNAL", "Internal error {id}");
  static final TestEntry GATEWAY = new TestEntry(503, "GATEWAY_DOWN", "");
  static final TestEntry OK = new TestEntry(200, "OK", "");

  static final List<TestEntry> ALL = List.of(ORDER_NOT_FOUND, INVALID_VALUE, DATE_RANGE, GENERIC_400,
      FIELD_MISSING, ERROR_PREFIX, BUSINESS, INVALID_NOTIFICATIONS, RATE_LIMITED, FIELD_INVALID, QUOTA,
      QUOTA_BILLING, UNAUTHORIZED, INTERNAL, GATEWAY, OK);

  /** Example bodies per entry, as a vendor would document them. */
  static List<Object[]> examples() {
    List<Object[]> out = new ArrayList<>();
    out.add(new Object[] {ORDER_NOT_FOUND, "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}"});
    out.add(new Object[] {INVALID_VALUE, "{\"code\": 1000, \"message\": \"Invalid value x\"}"});
    out.add(new Object[] {DATE_RANGE, "{\"message\": \"date range must not exceed 90 days\"}"});
    out.add(new Object[] {GENERIC_400, "{\"message\": \"something odd\"}"});
    out.add(new Object[] {FIELD_MISSING, "{\"message\": \"Error: field name missing\"}"});
    out.add(new Object[] {ERROR_PREFIX, "{\"message\": \"Error: bad\"}"});
    out.add(new Object[] {BUSINESS, "{\"success\": false, \"message\": \"Business rule R7 failed\"}"});
    out.add(new Object[] {INVALID_NOTIFICATIONS, "{\"error\": \"invalid_notifications\", \"message\": \"whatever\"}"});
    out.add(new Object[] {RATE_LIMITED, "{\"error\": \"slow down\", \"retryAfterSeconds\": 30, \"limit\": 100}"});
    out.add(new Object[] {FIELD_INVALID, "{\"errors\": [{\"field\": \"email\", \"message\": \"Field email is invalid: bad format\"}]}"});
    out.add(new Object[] {QUOTA, "{\"error\": {\"message\": \"Quota of 10 reached, 10.5 used, strict=true\"}}"});
    out.add(new Object[] {QUOTA_BILLING, "{\"error\": {\"message\": \"Quota of 10 reached, 10.5 used, strict=true\", \"kind\": \"billing\"}}"});
    out.add(new Object[] {UNAUTHORIZED, ""});
    out.add(new Object[] {INTERNAL, "Internal error abc-123\n"});
    out.add(new Object[] {GATEWAY, ""});
    return out;
  }

  static CatalogCodec<TestEntry> codec() {
    TestTables b = new TestTables();
    int acme = b.shape("acme-error", JSON, "/code", "/message", null, NO_FIELDS);
    int rate = b.shape("rate-limit", JSON, null, "/error", "/retryAfterSeconds", new String[] {"limit", "/limit"});
    int list = b.shape("errors-list", JSON, null, "/errors/0/message", null, new String[] {"field", "/errors/0/field"});
    int successFalse = b.shape("success-false", JSON, null, "/message", null, NO_FIELDS, Constant.bool("/success", false));
    int typed = b.shape("typed-error", JSON, null, "/message", null, NO_FIELDS);
    int nested = b.shape("nested", JSON, null, "/error/message", null, NO_FIELDS);
    int text = b.shape("text", TEXT, null, null, null, NO_FIELDS);
    int empty = b.shape("empty", EMPTY, null, null, null, NO_FIELDS);
    b.entry(ORDER_NOT_FOUND, 404, ORDER_NOT_FOUND.code(), acme, NO_CONSTANTS, "Order {orderId:int} not found");
    b.entry(INVALID_VALUE, 400, "1000", acme, NO_CONSTANTS, "Invalid value {value}");
    b.entry(DATE_RANGE, 400, DATE_RANGE.code(), acme, NO_CONSTANTS, "date range must not exceed {maxDays:int} days",
        "date range too long: max {maxDays:int} days");
    b.entry(GENERIC_400, 400, GENERIC_400.code(), typed, NO_CONSTANTS, "{detail}");
    b.entry(FIELD_MISSING, 400, FIELD_MISSING.code(), typed, NO_CONSTANTS, "Error: field {field} missing");
    b.entry(ERROR_PREFIX, 400, ERROR_PREFIX.code(), typed, NO_CONSTANTS, "Error: {detail}");
    b.entry(BUSINESS, 400, BUSINESS.code(), successFalse, NO_CONSTANTS, "Business rule {rule} failed");
    b.entry(INVALID_NOTIFICATIONS, 400, INVALID_NOTIFICATIONS.code(), typed,
        new Constant[] {Constant.string("/error", "invalid_notifications")});
    b.entry(RATE_LIMITED, 429, RATE_LIMITED.code(), rate, NO_CONSTANTS, "slow down");
    b.entry(FIELD_INVALID, 422, FIELD_INVALID.code(), list, NO_CONSTANTS, "Field {field} is invalid: {reason}");
    b.entry(QUOTA, 403, QUOTA.code(), nested, NO_CONSTANTS, QUOTA.messageTemplate());
    b.entry(QUOTA_BILLING, 403, QUOTA_BILLING.code(), nested,
        new Constant[] {Constant.string("/error/kind", "billing")}, QUOTA_BILLING.messageTemplate());
    b.entry(UNAUTHORIZED, 401, UNAUTHORIZED.code(), empty, NO_CONSTANTS);
    b.entry(INTERNAL, 500, INTERNAL.code(), text, NO_CONSTANTS, "Internal error {id}");
    b.entry(GATEWAY, 503, GATEWAY.code(), empty, NO_CONSTANTS);
    b.entry(OK, 200, OK.code(), empty, NO_CONSTANTS);
    return b.build();
  }

  private AcmeCatalog() {}
}
