package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pingback documents every error type of Pingback's "Error schema" page. */
class PingbackCoverageTest {

  private static final String ID = "pingback";
  private final ShippedCatalog catalog = ShippedCatalog.load(ID);
  private final List<Fact> facts = SeedFacts.checkedIn(ID);

  @Test
  void checkedInFactsAreThoseOfThePage() {
    SeedFacts.assertCheckedInFactsAreCurrent(PingbackPage.SEED, ID, PingbackPage::parse);
  }

  @Test
  void everyTypeAndMessageIsInTheCatalogAndEveryEntryIsDocumented() {
    Coverage.assertComplete(catalog, facts);
    assertEquals(15, facts.size(), "13 types, INVALID_PARAMS with three messages");
  }

  @Test
  void theUntitledTypesHaveTheVendorsNames() {
    // The product contract names them (from the vendor's published pages); the captured page does not.
    Map<String, String> named = Map.of(
        "Contact not found.", "CONTACT_NOT_FOUND",
        "Contact already exists.", "CONTACT_ALREADY_EXISTS",
        "Contact already associated with a deal.", "CONTACT_ASSOCIATED_WITH_A_DEAL",
        "Invalid JSON body.", "INVALID_INPUT");
    List<Fact> untitled = facts.stream().filter(f -> f.code().isEmpty()).toList();
    assertEquals(named.keySet(), java.util.Set.copyOf(untitled.stream().map(Fact::message).toList()));
    for (Fact f : untitled) {
      Entry entry = Coverage.entryFor(catalog, f);
      assertEquals(named.get(f.message()), entry.name(), f.toString());
      assertEquals("", entry.code(), f + ": the API sends no type for it, so the entry has a name only");
    }
    assertEquals(422, catalog.byName("INVALID_INPUT").orElseThrow().status());
  }

  @Test
  void bodiesAreDecodedByCodeOrByMessageAlone() {
    for (Entry e : catalog.entries()) {
      assertEquals("/code", e.shape().path("code").asText(), e.toString());
      assertEquals("/message", e.shape().path("message").asText(), e.toString());
    }
    Entry params = catalog.byName("INVALID_PARAMS").orElseThrow();
    assertEquals(List.of("DEAL_ID_IS_NECESSARY", "CONTACT_EMAIL_IS_NECESSARY", "EMAIL_IS_NECESSARY"), params.templates());
    assertEquals("throttled", catalog.byName("TOO_MANY_REQUESTS").orElseThrow().retryClass());
    assertTrue(catalog.byName("FORBIDDEN").orElseThrow().retryClass().equals("after-action"));
  }
}
