package dev.errorcatalog.processor.decode;

import static dev.errorcatalog.processor.testing.CatalogBuilder.ordered;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.load.TestTemplates;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Catalog models built in test code, as the loader would build them from YAML. */
public final class TestModels {

  /** What the build-time checks find in a catalog (the processor's check step, outside the processor). */
  static List<Diagnostic> checks(CatalogModel catalog) {
    Diagnostics found = new Diagnostics();
    CatalogChecks.check(CatalogTables.of(catalog), found);
    return found.all();
  }

  static final String FILE = "/catalogs/acme.yaml";

  private TestModels() {}

  static SourcePosition at(int line, int column) {
    return new SourcePosition(FILE, line, column);
  }

  static Constant constant(String pointer, Object value) {
    JsonScalar scalar;
    if (value == null) {
      scalar = new JsonScalar(JsonScalar.Kind.NULL, "null");
    } else if (value instanceof Boolean b) {
      scalar = new JsonScalar(JsonScalar.Kind.BOOLEAN, b.toString());
    } else if (value instanceof Number n) {
      scalar = new JsonScalar(JsonScalar.Kind.NUMBER, n.toString());
    } else {
      scalar = new JsonScalar(JsonScalar.Kind.STRING, value.toString());
    }
    return new Constant(pointer, scalar, at(1, 1));
  }

  static Shape json(String name, String code, String message, Map<String, String> fields, String retryAfter,
      Constant... when) {
    return new Shape(name, BodyKind.JSON, Optional.ofNullable(code), Optional.ofNullable(message), fields,
        List.of(when), Optional.ofNullable(retryAfter), at(1, 1), Optional.empty());
  }

  static final Shape TEXT = new Shape("text", BodyKind.TEXT, Optional.empty(), Optional.empty(), Map.of(), List.of(),
      Optional.empty(), at(1, 1), Optional.empty());
  static final Shape EMPTY = new Shape("empty", BodyKind.EMPTY, Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), at(1, 1), Optional.empty());

  /** A template as the loader parses it. */
  static MessageTemplate template(String source) {
    return TestTemplates.parse(source, at(1, 1));
  }

  /** An entry; {@code examples} stand on the lines after {@code line}. */
  static Entry entry(int line, String code, int status, String message, Shape shape, List<Constant> when,
      List<String> variants, String... examples) {
    List<Example> ex = new ArrayList<>();
    for (int i = 0; i < examples.length; i++) {
      ex.add(new Example(examples[i], at(line + 2 + i, 9)));
    }
    String constant = Names.constantName(code);
    return new Entry(code, constant, Names.methodName(constant), status, "Title of " + code,
        message == null ? Optional.empty() : Optional.of(template(message)),
        variants.stream().map(TestModels::template).toList(), shape, when,
        RetryPolicy.of(RetryClass.NEVER), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), ex,
        List.of(), Optional.empty(), HttpStatuses.defaultGroup(status), Names.anchor(code), at(line, 5), List.of(),
        List.of());
  }

  static Entry entry(int line, String code, int status, String message, Shape shape, String... examples) {
    return entry(line, code, status, message, shape, List.of(), List.of(), examples);
  }

  static CatalogModel catalog(String id, List<Entry> entries) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    entries.forEach(e -> shapes.putIfAbsent(e.shape().name(), e.shape()));
    return new CatalogModel(id, "Title of " + id, Optional.empty(), Optional.empty(), List.copyOf(shapes.values()),
        entries, FILE);
  }

  static final Shape ACME = json("acme-error", "/code", "/message", Map.of(), null);
  static final Shape RATE = json("rate-limit", null, "/error", Map.of("limit", "/limit"), "/retryAfterSeconds");
  static final Shape LIST = json("errors-list", null, "/errors/0/message", Map.of("field", "/errors/0/field"), null);
  static final Shape SUCCESS_FALSE = json("success-false", null, "/message", Map.of(), null,
      constant("/success", false));
  static final Shape TYPED = json("typed-error", null, "/message", Map.of(), null);
  static final Shape GETRESPONSE = json("getresponse", "/code", "/message", ordered("httpStatus", "/httpStatus",
      "uuid", "/uuid"), null);

  /** A catalog using every rule, with vendor-style examples that all decode to their entry. */
  public static CatalogModel acme() {
    return catalog("acme", List.of(
        entry(10, "ORDER_NOT_FOUND", 404, "Order {orderId:int} not found", ACME,
            "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}"),
        entry(20, "1000", 400, "Invalid value {value} for {field}", GETRESPONSE,
            "{\"httpStatus\":400,\"code\":1000,\"codeDescription\":\"x\",\"message\":\"Invalid value a for b\","
                + "\"uuid\":\"u-1\"}"),
        entry(30, "DATE_RANGE_TOO_LONG", 400, "date range must not exceed {maxDays:int} days", TYPED,
            List.of(), List.of("date range too long: {maxDays:int} days at most"),
            "{\"message\": \"date range must not exceed 90 days\"}",
            "{\"message\": \"date range too long: 30 days at most\"}"),
        entry(40, "BUSINESS_RULE", 400, "Business rule {rule} failed", SUCCESS_FALSE,
            "{\"success\": false, \"message\": \"Business rule R7 failed\"}"),
        entry(50, "INVALID_NOTIFICATIONS", 400, null, TYPED, List.of(constant("/error", "invalid_notifications")),
            List.of(), "{\"error\": \"invalid_notifications\", \"message\": \"bad\"}"),
        entry(60, "RATE_LIMITED", 429, "slow down", RATE,
            "{\"error\": \"slow down\", \"retryAfterSeconds\": 30, \"limit\": 100}"),
        entry(70, "FIELD_INVALID", 422, "Field {field} is invalid: {reason}", LIST,
            "{\"errors\": [{\"field\": \"email\", \"message\": \"Field email is invalid: bad format\"}]}"),
        entry(80, "QUOTA", 403, "Quota of {limit:int} reached, {used:number} used, strict={strict:bool}", TYPED,
            "{\"message\": \"Quota of 10 reached, 10.5 used, strict=true\"}"),
        entry(90, "QUOTA_BILLING", 403, "Quota of {limit:int} reached, {used:number} used, strict={strict:bool}",
            TYPED, List.of(constant("/kind", "billing"), constant("/level", 2)), List.of(),
            "{\"kind\": \"billing\", \"level\": 2, \"message\": \"Quota of 10 reached, 10.5 used, strict=true\"}"),
        entry(100, "UNAUTHORIZED", 401, null, EMPTY),
        entry(110, "INTERNAL", 500, "Internal error {id}", TEXT, "Internal error abc-123"),
        entry(120, "BRACES", 409, "{{literal}} {value} }} {{", TYPED, "{\"message\": \"{literal} v } {\"}"),
        entry(130, "CREATED", 201, null, EMPTY),
        entry(140, "DELIVERY_FAILED", 0, "Delivery failed: {reason}", TYPED,
            "{\"message\": \"Delivery failed: no route\"}")));
  }

  /** A catalog of {@code size} entries over a few statuses, all of them distinguishable. */
  public static CatalogModel big(int size) {
    List<Entry> entries = new ArrayList<>();
    int[] statuses = {400, 401, 403, 404, 409, 422, 429, 500};
    for (int i = 0; i < size; i++) {
      int status = statuses[i % statuses.length];
      String code = "E" + i;
      Entry e = switch (i % 4) {
        case 0 -> entry(i * 10 + 10, code, status, "Resource " + i + " of kind {kind} was not found", TYPED,
            "{\"message\": \"Resource " + i + " of kind user was not found\"}");
        case 1 -> entry(i * 10 + 10, code, status, "Limit " + i + " exceeded", TYPED,
            "{\"message\": \"Limit " + i + " exceeded\"}");
        case 2 -> entry(i * 10 + 10, code, status, "Value {value:int} is too large for field " + i, ACME,
            "{\"code\": \"" + code + "\", \"message\": \"Value 7 is too large for field " + i + "\"}");
        default -> entry(i * 10 + 10, code, status, null, TYPED, List.of(constant("/error", "error_" + i)),
            List.of(), "{\"error\": \"error_" + i + "\"}");
      };
      entries.add(e);
    }
    return catalog("big", entries);
  }
}
