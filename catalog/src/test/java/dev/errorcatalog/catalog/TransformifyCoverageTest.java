package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** transformify documents the status table, every error body and the Viber delivery codes. */
class TransformifyCoverageTest {

  private static final String ID = "transformify";
  private final ShippedCatalog catalog = ShippedCatalog.load(ID);
  private final List<Fact> facts = SeedFacts.checkedIn(ID);

  @Test
  void checkedInFactsAreThoseOfThePage() {
    SeedFacts.assertCheckedInFactsAreCurrent(TransformifyPage.SEED, ID, TransformifyPage::parse);
  }

  @Test
  void everyDocumentedResponseIsOneEntryAndEveryEntryIsDocumented() {
    Coverage.assertComplete(catalog, facts);
    assertEquals(9, facts.stream().filter(f -> f.detail().equals("status table")).count());
    assertEquals(13, facts.stream().filter(f -> !f.body().isEmpty()).count());
    assertEquals(3, facts.stream().filter(f -> f.status() == 0).count());
  }

  @Test
  void statusTableRowsAreStatusOnlyEntries() {
    for (Fact f : facts) {
      if (f.detail().equals("status table")) {
        Entry entry = Coverage.entryFor(catalog, f);
        // No message and no constants: the status alone identifies the row. Errors take the JSON shape
        // every error has ("All errors return a JSON response"); success rows have no body described.
        assertEquals("", entry.message(), f.toString());
        assertTrue(entry.constants().isEmpty(), f.toString());
        assertEquals(f.status() < 400 ? "empty" : "json", entry.bodyKind(), f.toString());
      }
    }
  }

  @Test
  void errorBodiesAreToldApartByTheirErrorType() {
    for (Fact f : facts) {
      if (!f.body().isEmpty()) {
        Entry entry = Coverage.entryFor(catalog, f);
        assertEquals(f.detail(), entry.constants().get("/error").asText(), entry + ": the body's error type");
      }
    }
  }

  @Test
  void viberCodesKeepTheirNumbersAndNamesAndTheSmsFallback() {
    for (Fact f : facts) {
      if (f.status() == 0) {
        Entry entry = Coverage.entryFor(catalog, f);
        assertTrue(entry.node().path("code").isInt(), entry.toString());
        assertEquals("SMS fallback: Yes", f.detail());
        assertTrue(entry.prose().contains("SMS fallback: yes") && entry.prose().contains("smsFallbackEnabled: true"),
            entry + ": the SMS-fallback fact");
      }
    }
  }

  @Test
  void pendingCapacityFieldsAndRetryHint() {
    Entry e = catalog.byName("PENDING_MESSAGE_CAPACITY_EXCEEDED").orElseThrow();
    assertEquals("throttled", e.retryClass());
    assertEquals("/retryAfterSeconds", e.shape().path("retry-after").asText());
    for (String field : List.of("currentPending", "requestedCount", "maxAllowed", "availableCapacity")) {
      // A field written as {pointer, description} (issue 36: its meaning in the body table) or as a bare pointer.
      JsonNode node = e.shape().path("fields").path(field);
      assertEquals("/" + field, node.isObject() ? node.path("pointer").asText() : node.asText(), field);
      assertTrue(e.message().contains("{" + field + ":int}"), field);
    }
    Map<String, String> templates = Map.of(
        "CAMPAIGN_NOT_IN_PROGRESS", "Campaign status is {status}. Messages can only be added to InProgress campaigns.",
        "TOO_MANY_RECIPIENTS", "Maximum {maxRecipients:int} recipients allowed per request");
    templates.forEach((code, template) -> assertEquals(template, catalog.byName(code).orElseThrow().message()));
    for (Entry entry : catalog.entries()) {
      if (entry.status() == 429) {
        assertEquals("throttled", entry.retryClass(), entry.toString());
      }
      if (entry.status() == 401) {
        assertEquals("after-action", entry.retryClass(), entry.toString());
      }
    }
  }
}
