package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** insider-live-activities documents both tables of the Live Activities error page. */
class InsiderLiveActivitiesCoverageTest {

  private static final String ID = "insider-live-activities";
  private static final String RETRY_FACTS = ID + "-retry";
  private final ShippedCatalog catalog = ShippedCatalog.load(ID);
  private final List<Fact> errors = SeedFacts.checkedIn(ID);
  private final List<Fact> retries = SeedFacts.checkedIn(RETRY_FACTS);

  @Test
  void checkedInFactsAreThoseOfThePage() {
    SeedFacts.assertCheckedInFactsAreCurrent(LiveActivitiesPage.SEED, ID, LiveActivitiesPage::errors);
    SeedFacts.assertCheckedInFactsAreCurrent(LiveActivitiesPage.SEED, RETRY_FACTS, LiveActivitiesPage::retries);
  }

  @Test
  void everyTableRowIsOneEntryAndEveryEntryIsARow() {
    Coverage.assertComplete(catalog, errors);
    assertEquals(23, errors.size(), "the error table's rows");
  }

  @Test
  void rowsWithoutBodyHaveShapeEmptyAndTheOthersDecodeByCode() {
    for (Fact row : errors) {
      Entry entry = Coverage.entryFor(catalog, row);
      if (row.code().isEmpty()) {
        assertEquals("empty", entry.bodyKind(), entry + ": documented without body");
      } else {
        assertEquals("/code", entry.shape().path("code").asText(), entry + ": `code` is for programs");
        assertEquals("/error", entry.shape().path("message").asText(), entry + ": `error` is for humans");
      }
    }
    assertEquals(Set.of(401, 429, 503),
        Set.copyOf(errors.stream().filter(f -> f.code().isEmpty()).map(Fact::status).toList()));
  }

  @Test
  void endpointsAreThoseOfTheTable() {
    for (Fact row : errors) {
      assertEquals(LiveActivitiesPage.endpoints(row.detail()), Coverage.entryFor(catalog, row).endpoints(), row.toString());
    }
  }

  @Test
  void retryClassesFollowTheRetryStrategyTable() {
    assertEquals(11, retries.size(), "the retry table's rows");
    for (Fact row : retries) {
      List<Entry> entries = entriesOf(row);
      assertTrue(!entries.isEmpty(), "entries for the retry row " + row);
      String safe = row.detail().split(";")[0];
      Set<String> allowed = switch (safe) {
        case "No" -> Set.of("never", "after-action");
        case "Yes" -> Set.of("backoff", "throttled", "delayed");
        case "Yes (on idempotent endpoints)" -> Set.of("idempotent-only");
        default -> throw new AssertionError("unexpected safe-to-retry answer " + safe);
      };
      for (Entry e : entries) {
        assertTrue(allowed.contains(e.retryClass()), e + " is " + e.retryClass() + ", the table says " + row);
      }
    }
    assertEquals("delayed", retryClass("PUSH_TOKEN_NOT_SYNCED"));
    assertEquals("idempotent-only", retryClass("UPSTREAM_UNAVAILABLE"));
    assertEquals("after-action", retryClass("LIVE_ACTIVITY_DISABLED"));
    assertEquals("after-action", retryClass("APNS_CERT_MISSING"));
    assertEquals("backoff", catalog.entries().stream().filter(e -> e.status() == 503).findFirst().orElseThrow().retryClass());
    Entry rateLimit = catalog.entries().stream().filter(e -> e.status() == 429).findFirst().orElseThrow();
    assertEquals("throttled", rateLimit.retryClass());
    // "Exponential backoff (e.g. 1s, 2s, 4s, 8s)": an example, so the first delay and no cap (the catalog
    // records the reading under `decided: retry`).
    String delays = retries.stream().filter(f -> f.status() == 429).findFirst().orElseThrow().detail();
    assertEquals("Yes; 1s, 2s, 4s, 8s", delays);
    assertEquals("1s", rateLimit.retryParameter("base"));
    assertEquals("", rateLimit.retryParameter("cap"));
    assertTrue(rateLimit.node().path("decided").path("retry").asText().contains("e.g. 1s, 2s, 4s, 8s"));
  }

  @Test
  void theWarningsAndTheLoggingAdviceAreInTheProse() {
    String description = catalog.root().path("description").asText().replaceAll("\\s+", " ");
    assertTrue(description.contains("/start retry warning"), description);
    assertTrue(description.contains("The same warning applies to /end"), description);
    assertTrue(description.contains("log the full HTTP status code"), description);
    assertTrue(catalog.byName("ALREADY_STARTED").orElseThrow().prose().contains("status check first"));
    assertTrue(catalog.byName("UPSTREAM_UNAVAILABLE").orElseThrow().prose().contains("/start and /end"));
  }

  private List<Entry> entriesOf(Fact row) {
    return catalog.entries().stream()
        .filter(e -> e.status() == row.status())
        .filter(e -> row.code().isEmpty()
            || (row.code().endsWith("*") ? e.code().startsWith(row.code().replace("*", "")) : e.code().equals(row.code())))
        .toList();
  }

  private String retryClass(String code) {
    return catalog.byName(code).orElseThrow().retryClass();
  }
}
