package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** getresponse documents every code of GetResponse's "Errors" page, and no other. */
class GetResponseCoverageTest {

  private static final String ID = "getresponse";
  private final ShippedCatalog catalog = ShippedCatalog.load(ID);
  private final List<Fact> facts = SeedFacts.checkedIn(ID);

  @Test
  void checkedInFactsAreThoseOfThePage() {
    SeedFacts.assertCheckedInFactsAreCurrent(GetResponsePage.SEED, ID, GetResponsePage::parse);
  }

  @Test
  void everyListedCodeIsOneEntryAndEveryEntryIsListed() {
    Coverage.assertComplete(catalog, facts);
    assertEquals(27, facts.size());
    // Absent from the page, so absent from the catalog.
    for (String missing : List.of("1020", "1022", "1025", "1026")) {
      assertTrue(catalog.byCode(missing).isEmpty(), missing);
    }
  }

  @Test
  void codesAreNumericAtSlashCodeAndEveryEntryHasAReadableName() {
    Pattern upperSnake = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    for (Entry e : catalog.entries()) {
      assertTrue(e.node().path("code").isInt(), e + ": the code is the page's number");
      assertEquals("/code", e.shape().path("code").asText(), e.toString());
      assertTrue(upperSnake.matcher(e.name()).matches(), e + ": name " + e.name());
    }
  }

  @Test
  void rateLimitsAreThrottledAndTheTemporaryBlockWaitsItsFifteenMinutes() {
    assertEquals("throttled", catalog.byCode("1015").orElseThrow().retryClass());
    // 1016 is a temporary block the page says is lifted within 15 minutes: wait that long (delayed).
    assertEquals("delayed", catalog.byCode("1016").orElseThrow().retryClass());
    assertEquals("15m", catalog.byCode("1016").orElseThrow().retryParameter("base"));
    assertEquals(403, catalog.byCode("1016").orElseThrow().status());
    assertEquals("after-action", catalog.byCode("1014").orElseThrow().retryClass());
    assertEquals("backoff", catalog.byCode("1").orElseThrow().retryClass());
  }
}
