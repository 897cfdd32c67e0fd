package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** insider-one documents every response of Insider One's "Status and Error Codes" page. */
class InsiderOneCoverageTest {

  private static final String ID = "insider-one";
  private final ShippedCatalog catalog = ShippedCatalog.load(ID);
  private final List<Fact> facts = SeedFacts.checkedIn(ID);

  @Test
  void checkedInFactsAreThoseOfThePage() {
    SeedFacts.assertCheckedInFactsAreCurrent(InsiderOnePage.SEED, ID, InsiderOnePage::parse);
  }

  @Test
  void everyDocumentedResponseIsOneEntryAndEveryEntryIsDocumented() {
    Coverage.assertComplete(catalog, facts);
  }

  @Test
  void theFactsCountThePagesResponses() {
    // One fact per heading (96), plus the three bare example bodies of the first "Validation Error
    // Message", plus the duplicate-prevention reply the 504 section quotes.
    assertEquals(96 + 3 + 1, facts.size());
    assertEquals(5, facts.stream().filter(f -> f.status() < 400).count(), "success statuses");
  }

  @Test
  void responsesWithoutBodyHaveShapeEmpty() {
    Coverage.assertStatusOnlyFactsHaveNoBody(catalog, facts);
    for (int status : new int[] {503, 504, 520}) {
      assertTrue(catalog.entries().stream().anyMatch(e -> e.status() == status && e.bodyKind().equals("empty")),
          "a status-only entry for " + status);
    }
  }

  @Test
  void curlyQuotedExamplesAreFixedAndSaySo() {
    List<Fact> curly = facts.stream().filter(f -> !f.detail().isEmpty()).toList();
    assertEquals(2, curly.size(), "the page writes two bodies with curly quotes");
    for (Fact f : curly) {
      Entry entry = Coverage.entryFor(catalog, f);
      assertTrue(catalog.text().contains(f.detail() + "); fixed to JSON."),
          entry + ": a comment quotes the curly-quoted body " + f.detail() + " and says it was fixed");
    }
  }

  @Test
  void theDocumentedPlaceholdersArePlaceholders() {
    Map<String, String> templates = Map.of(
        "REQUIRED_PARAMETER_MISSING", "{field} is required.",
        "VALIDATION_ERROR", "{message}",
        "MISSING_PARAMETER", "The {field} is required.",
        "MAXIMUM_SIZE_EXCEEDED", "Maximum allowed size is {maxSize:int}.",
        "TOO_MANY_RECORDS", "The request is denied. More than {maxRecords:int} records were sent.",
        "REQUEST_LIMIT_EXCEEDED",
        "Too many attempts, please slow down the request. {requestsPerMinute:int} Requests/minute is allowed.");
    templates.forEach((code, template) -> assertEquals(template, catalog.byName(code).orElseThrow().message(), code));
  }

  @Test
  void retryAdviceOfThePage() {
    assertRetry("SERVICE_UNAVAILABLE", "backoff", "15m");
    assertRetry("SERVER_TIMEOUT", "backoff", "15m");
    assertRetry("CLOUDFLARE_NETWORK_ERROR", "backoff", "5m");
    // Every rate limit is throttled, whatever its status.
    for (String code : List.of("REQUEST_LIMIT_EXCEEDED", "TOO_MANY_REQUESTS", "MAXIMUM_ATTEMPTS_EXCEEDED", "RATE_LIMITED")) {
      assertEquals("throttled", catalog.byName(code).orElseThrow().retryClass(), code);
    }
    for (Entry e : catalog.entries()) {
      if (e.status() == 429) {
        assertEquals("throttled", e.retryClass(), e.toString());
      }
      if (e.status() == 401) {
        assertTrue(List.of("after-action", "never").contains(e.retryClass()), e.toString());
      }
    }
    // The duplicate-prevention reply the 504 section quotes is an entry of its own, which the 504 refers to.
    assertTrue(catalog.byName("SERVER_TIMEOUT").orElseThrow().prose().contains("Duplicate request ignored"));
    assertEquals("This request has already been received and is being processed. Any duplicate content from the"
        + " user will be ignored for the next 15 minutes.", catalog.byName("DUPLICATE_REQUEST_IGNORED").orElseThrow()
        .message());
  }

  private void assertRetry(String code, String retryClass, String window) {
    Entry e = catalog.byName(code).orElseThrow();
    assertEquals(retryClass, e.retryClass(), code);
    assertEquals(window, e.retryParameter("window"), code);
  }
}
