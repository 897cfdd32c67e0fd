package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.testing.CatalogBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page never presents the catalog's decisions as the API's facts: names are not shown as codes, what the
 * catalog decided says so, a body is "no body" only where the source says it, and the retry advice names only
 * what the catalog declares.
 */
class TruthfulPageTest {

  private static final Shape ERROR = CatalogBuilder.json("error", null, "/message", Map.of(),
      List.of(CatalogBuilder.constant("/ok", JsonScalar.Kind.BOOLEAN, "false")), null);
  private static final Shape TYPED = CatalogBuilder.json("typed", null, "/message");

  private final DocsGenerator docs = new DocsGenerator();

  private String page() {
    CatalogModel catalog = CatalogBuilder.catalog("truth", "Truth API", null, null, List.of(
        CatalogBuilder.entry("", 400, "Bad Request").name("USERS_NOT_DEFINED").message("users not defined")
            .shape(ERROR).decided("examples", "The page shows no body; constructed from the message.")
            .example("{\"ok\": false, \"message\": \"users not defined\"}").build(),
        CatalogBuilder.entry("", 400, "Bad Request").name("NOTIFICATIONS_EMPTY").shape(TYPED)
            .when(CatalogBuilder.constant("/error", JsonScalar.Kind.STRING, "invalid_notifications")).build(),
        CatalogBuilder.entry("", 503, "Service Unavailable").name("SERVICE_UNAVAILABLE")
            .retry(RetryClass.BACKOFF).decided("shape", "The page shows no body for this response.").build(),
        CatalogBuilder.entry("", 401, "Unauthorized").name("UNAUTHORIZED").retry(RetryClass.AFTER_ACTION).build(),
        CatalogBuilder.entry("", 429, "Too Many Requests").name("RATE_LIMITED").retry(RetryClass.THROTTLED)
            .header("Retry-After").build(),
        CatalogBuilder.entry("8", 0, "User blocked").name("USER_BLOCKED").build(),
        CatalogBuilder.entry("", 403, "Rate limited").name("RATE_LIMIT_EXCEEDED").shape(TYPED)
            .message("API rate limit exceeded for {ip}. {...}")
            .variant("API rate limit exceeded for user ID {userId:int}.{...}").build()));
    return docs.page(catalog);
  }

  @Test
  void namesAreNeverShownAsCodes() {
    String page = page();
    assertFalse(page.contains("`USERS_NOT_DEFINED`"), page);
    assertFalse(page.contains("**Code:** `NOTIFICATIONS_EMPTY`"), page);
    // A title that is only the status's reason phrase is left out of the heading (issue 36), but where the value's
    // own slug is an entry's anchor (a renderer without attr_list would give the heading that id too).
    assertTrue(page.contains("### `users not defined` · Bad Request {#users-not-defined}"), page);
    assertTrue(page.contains("### `invalid_notifications` {#notifications-empty}"), page);
    assertTrue(page.contains("- **Body:** [`typed` body](#body-typed), with `/error` set to `\"invalid_notifications\"`."),
        page);
    assertTrue(page.contains("### 503 · Service Unavailable {#service-unavailable}"), page);
    assertTrue(page.contains("### `8` · User blocked {#code-8}"), page);
    assertTrue(page.contains("- **Code:** `8`"), page);
    assertTrue(page.contains("| 400 | [users not defined](#users-not-defined) |"), page);
    assertTrue(page.contains("| 503 | [(status)](#service-unavailable) |"), page);
    // No parser words in the API's voice: what identifies an entry is shown, not named "identified by".
    assertFalse(page.contains("Identified by"), page);
    assertFalse(page.contains("status alone"), page);
  }

  @Test
  void furtherTextIsShownInWordsNotAsTheMarker() {
    String page = page();
    assertTrue(page.contains("- **Message:** `API rate limit exceeded for {ip}.` … (the API may add further text)\n"),
        page);
    assertTrue(page.contains("`API rate limit exceeded for user ID {userId}.` … (the API may add further text)"),
        page);
    assertTrue(page.contains("### `API rate limit exceeded for {ip}. …` · Rate limited"), page);
    assertFalse(page.contains("{...}"), page);
  }

  @Test
  void decisionsAreListedOnceInAboutThisPageAndMarkedOnTheirField() {
    String page = page();
    String entries = page.substring(page.indexOf("## Errors"), page.indexOf("## Response bodies"));
    // The entry shows a marker on the field, linking to its note; the reason is not in the entry.
    assertTrue(entries.contains("**Example:** [¹](#about-this-page)\n"), entries);
    assertTrue(entries.contains("- **Body:** none. [²](#about-this-page)\n"), entries);
    assertFalse(entries.contains("The page shows no body"), entries);
    assertFalse(entries.contains("Not in the API's docs"), entries);
    // The section lists each reason once, with a way back to its entry.
    String about = page.substring(page.indexOf("## About this page"));
    assertTrue(about.contains("**Examples:**\n\n- ¹ The page shows no body; constructed from the"
        + " message. ([↩](#users-not-defined).)\n"), about);
    assertTrue(about.contains("**Body:**\n\n- ² The page shows no body for this response."
        + " ([↩](#service-unavailable).)\n"), about);
    // A body the source says there is none of is "none", unmarked.
    assertTrue(page.contains("- **Status:** 401 Unauthorized"), page);
    assertTrue(page.contains("- **Body:** none.\n"), page);
    assertFalse(page.contains("none: the status alone"), page);
  }

  @Test
  void retryAdviceNamesOnlyWhatTheCatalogDeclares() {
    String page = page();
    assertTrue(page.contains("Rate limited. Wait for the `Retry-After` header, then retry"), page);
    assertTrue(page.contains("Do not retry until someone has acted; then send the request again."), page);
    assertFalse(page.contains("(see the fix)"), page);
  }
}
