package dev.errorcatalog.processor.decode;

import static dev.errorcatalog.processor.decode.TestModels.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogChecksTest {

  @Test
  void examplesThatDecodeToTheirEntryPass() {
    assertEquals(List.of(), TestModels.checks(TestModels.acme()));
    assertEquals(List.of(), TestModels.checks(TestModels.big(400)));
  }

  @Test
  void anExampleTakenByAnotherEntrysTemplateIsReportedAtTheExample() {
    List<Entry> entries = new ArrayList<>(TestModels.acme().entries());
    // A catch-all at 400 with constants would be fine; this one loses to BUSINESS_RULE's constant.
    entries.add(entry(200, "GENERIC", 400, "Business rule {rule} failed", TYPED,
        "{\"success\": false, \"message\": \"Business rule R1 failed\"}"));
    List<Diagnostic> diagnostics = TestModels.checks(catalog("acme", entries));
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    Diagnostic d = diagnostics.get(0);
    assertEquals(DiagnosticId.EXAMPLE_DECODES_ELSEWHERE, d.id());
    assertEquals(at(202, 9), d.position());
    assertEquals(FILE + ":202:9: error[EC021 example-decodes-elsewhere]: this example of the entry with code"
        + " GENERIC decodes to the entry with code BUSINESS_RULE (line 40) by its message or constants (the message"
        + " read is \"Business rule R1 failed\"), not to the entry with code GENERIC (the template read is"
        + " \"Business rule {rule} failed\"). Adjust the template of the"
        + " entry with code GENERIC or the entry with code BUSINESS_RULE so they tell the bodies apart, add a when"
        + " constant that only the entry with code GENERIC's bodies carry, or fix the example.", d.render());
  }

  @Test
  void anExampleNamingAnotherCodeIsReported() {
    CatalogModel catalog = catalog("acme", List.of(
        entry(10, "ORDER_NOT_FOUND", 404, "Order {orderId:int} not found", ACME,
            "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 1 not found\"}"),
        entry(20, "ORDER_GONE", 404, "Order {orderId:int} is gone", ACME,
            "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 1 is gone\"}")));
    List<Diagnostic> diagnostics = TestModels.checks(catalog);
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertEquals(at(22, 9), diagnostics.get(0).position());
    assertTrue(diagnostics.get(0).render().contains("decodes to the entry with code ORDER_NOT_FOUND (line 10) by its code"),
        diagnostics.get(0).render());
    assertTrue(diagnostics.get(0).render().endsWith("Fix the code in the example, or the code of one of the two entries."));
  }

  @Test
  void anExampleMatchingNothingIsReportedAsNone() {
    CatalogModel catalog = catalog("acme", List.of(
        entry(10, "DATE_RANGE_TOO_LONG", 400, "date range must not exceed {maxDays:int} days", TYPED,
            "{\"message\": \"date range must not exceed 90 days\"}",
            "{\"message\": \"date range must not exceed ninety days\"}",
            "{\"error\": \"date range must not exceed 90 days\"}")));
    List<Diagnostic> diagnostics = TestModels.checks(catalog);
    assertEquals(2, diagnostics.size(), diagnostics::toString);
    assertEquals(at(13, 9), diagnostics.get(0).position());
    assertEquals(FILE + ":13:9: error[EC021 example-decodes-elsewhere]: this example of the entry with code"
        + " DATE_RANGE_TOO_LONG decodes to no entry at status 400 (the message read is \"date range must not"
        + " exceed ninety days\"); the template read is \"date range must not exceed {maxDays:int} days\". Adjust the message template (or add a variant) of the entry with code"
        + " DATE_RANGE_TOO_LONG so that it matches, make the"
        + " example carry what shape typed-error and the entry's when constants expect, or fix the example.",
        diagnostics.get(0).render());
    assertEquals(at(14, 9), diagnostics.get(1).position());
    assertTrue(diagnostics.get(1).render().contains("decodes to no entry at status 400; the template read is"),
        diagnostics.get(1).render());
  }

  @Test
  void anExampleWithoutItsConstantFallsToTheStatusEntry() {
    // A status row of the same JSON shape takes the JSON body by its status (one without a body would not).
    CatalogModel catalog = catalog("acme", List.of(
        entry(10, "UNAUTHORIZED", 401, null, TYPED),
        entry(20, "TOKEN_EXPIRED", 401, null, TYPED, List.of(constant("/error", "token_expired")), List.of(),
            "{\"error\": \"token_expired\"}", "{\"error\": \"token-expired\"}")));
    List<Diagnostic> diagnostics = TestModels.checks(catalog);
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.get(0).render().contains(
        ":23:9: error[EC021 example-decodes-elsewhere]: this example of the entry with code TOKEN_EXPIRED decodes to the entry"
            + " with code UNAUTHORIZED"
            + " (line 10) by the status alone"), diagnostics.get(0).render());
  }
}
