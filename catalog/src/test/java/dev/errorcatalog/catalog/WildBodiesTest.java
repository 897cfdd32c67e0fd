package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pages and texts of proxies, CDNs, load balancers and gateways ({@link WildBody}) against the shipped
 * catalogs (issue 33): a status alone never labels them with an entry documented without a body or with a JSON
 * shape, at their own status or at any status a catalog documents by its status alone; what they decode to keeps
 * the response (status, raw bytes, the {@code Retry-After} header).
 */
class WildBodiesTest {

  private static final List<WildBody> BODIES = WildBody.all();

  /** The case: Cloudflare's WAF page at 403 is not insider-one's documented 403 without a body. */
  @Test
  void cloudflaresBlockPageIsNotInsiderOnesAuthenticationFailure() {
    WildBody waf = BODIES.stream().filter(b -> b.file().equals("cloudflare-403-waf.html")).findFirst().orElseThrow();
    Catalog<?> insiderOne = CompiledCatalog.of("insider-one").catalog();
    for (Map<String, List<String>> headers : List.of(waf.headers(), Map.<String, List<String>>of())) {
      DecodedError<?> d = insiderOne.decoder().decode(403, headers, waf.bytes());
      assertEquals(MatchKind.NONE, d.matchKind(), headers.toString());
      assertEquals(Optional.empty(), d.entry());
      assertEquals(403, d.status());
      assertArrayEquals(waf.bytes(), d.rawBody());
    }
    // The entry still takes what it documents: a 403 without a body.
    assertEquals(Optional.of(insiderOne.byName("AUTHENTICATION_FAILED").orElseThrow()),
        insiderOne.decoder().decode(403, Map.of("Content-Type", List.of("text/html")), new byte[0]).entry());
  }

  /**
   * Every body at every status a shipped catalog documents by its status alone, with its headers and without:
   * a body matches an entry by the status alone only where it is of the kind the entry documents: no body for
   * an entry without one, JSON for a JSON shape, text or no body for a text shape; an HTML page never.
   */
  @Test
  void theStatusAloneTakesOnlyTheBodyItsEntryDocuments() {
    int decodes = 0;
    for (String id : ShippedCatalog.IDS) {
      Catalog<?> catalog = CompiledCatalog.of(id).catalog();
      ShippedCatalog yaml = ShippedCatalog.load(id);
      for (int status : statusesDocumentedAlone(catalog)) {
        for (WildBody wild : BODIES) {
          for (Map<String, List<String>> headers : List.of(wild.headers(), Map.<String, List<String>>of())) {
            DecodedError<?> d = catalog.decoder().decode(status, headers, wild.bytes());
            decodes++;
            String where = id + " " + status + " " + wild + " " + headers;
            if (d.matchKind() != MatchKind.STATUS) {
              continue;
            }
            String documented = yaml.byName(d.entry().orElseThrow().name()).orElseThrow().bodyKind();
            String sent = wild.bytes().length == 0 ? "empty" : wild.file().endsWith(".json") ? "json"
                : wild.file().endsWith(".html") ? "html" : "text";
            assertTrue(documented.equals(sent) || documented.equals("text") && sent.equals("empty"),
                where + ": a " + sent + " body decoded by its status alone to " + d.entry().orElseThrow()
                    + ", documented as " + documented);
          }
        }
      }
    }
    assertTrue(decodes > 1000, "decodes: " + decodes);
  }

  /** At their own status, the HTML pages are no shipped catalog's entry, and the response is kept whole. */
  @Test
  void pagesAtTheirOwnStatusDecodeToNoneKeepingTheResponse() {
    int pages = 0;
    for (WildBody wild : BODIES) {
      if (!wild.file().endsWith(".html")) {
        continue;
      }
      pages++;
      Map<String, List<String>> headers = new LinkedHashMap<>(wild.headers());
      headers.put("Retry-After", List.of("30"));
      for (String id : ShippedCatalog.IDS) {
        DecodedError<?> d = CompiledCatalog.of(id).catalog().decoder().decode(wild.status(), headers, wild.bytes());
        String where = id + " " + wild;
        assertEquals(MatchKind.NONE, d.matchKind(), where);
        assertEquals(wild.status(), d.status(), where);
        assertArrayEquals(wild.bytes(), d.rawBody(), where);
        assertEquals(Optional.of(Duration.ofSeconds(30)), d.retryAfter(), where);
        assertEquals(wild.status(), d.toException().status(), where);
      }
    }
    assertEquals(26, pages);
  }

  /** The statuses at which a catalog has an entry recognised by the status alone: no code, message or constant. */
  private static Set<Integer> statusesDocumentedAlone(Catalog<?> catalog) {
    Set<Integer> statuses = new TreeSet<>();
    for (CatalogError e : catalog.entries()) {
      // An empty body at the entry's status decodes by STATUS exactly where such an entry takes no body; a
      // JSON object where it documents a JSON shape: one of the two finds every status-only entry.
      for (byte[] probe : new byte[][] {new byte[0], "{}".getBytes(StandardCharsets.UTF_8)}) {
        if (e.httpStatus() > 0 && catalog.decoder().decode(e.httpStatus(), Map.of(), probe).matchKind()
            == MatchKind.STATUS) {
          statuses.add(e.httpStatus());
        }
      }
    }
    return statuses;
  }
}
