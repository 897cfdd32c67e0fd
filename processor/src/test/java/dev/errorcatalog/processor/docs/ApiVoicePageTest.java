package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 36's page parts: causes with their own advice as a list, the errors by endpoint, whole titles in headings,
 * entries that share a title told apart, headers spelled out in the body's description.
 */
class ApiVoicePageTest {

  private static final String CATALOG = """
      catalog: shop
      title: Shop API
      states:
        - of: message
          endpoint: GET /api/v1/messages?phoneNumber=
          values:
            - {state: Pending, meaning: Still in queue.}
            - {state: Failed, meaning: Check the details field for the reason.}
      shapes:
        shop-error:
          code: /code
          message: /message
          wait:
            - {header: x-ratelimit-reset, unit: epoch-seconds}
        plain:
          message: /error
      defaults:
        shape: shop-error
      entries:
        - code: 1015
          status: 429
          title: Too many request to API or suspected behaviour, API was temporarily blocked, please wait
          retry: throttled
          headers: [Retry-After]
          causes:
            - cause: The quota of requests was reached.
              fix: Wait until the quota resets.
            - cause: Suspected behaviour blocked the API; only support removes the block.
              fix: Contact support.
              retry: after-action
          endpoints:
            - POST /orders
            - /orders/{id} (any method)
        - name: NAME_MISSING
          status: 400
          title: Bad Request
          shape: plain
          message: name is required
        - name: EMAIL_MISSING
          status: 400
          title: Bad Request
          shape: plain
          message: email is required
        - code: 9
          status: 404
          title: Not found
      """;

  private static String page() {
    LoadResult result = new CatalogLoader().load("/c/shop.yaml", CATALOG.getBytes(StandardCharsets.UTF_8));
    CatalogModel catalog = result.catalog().orElseThrow(() -> new AssertionError(result.diagnostics()));
    return new DocsGenerator().page(catalog);
  }

  @Test
  void severalCausesAreAListEachWithItsOwnAdvice() {
    String page = page();
    assertTrue(page.contains("**Causes and fixes:**\n\n- The quota of requests was reached.\n    - **Fix:** Wait until"
        + " the quota resets.\n- Suspected behaviour blocked the API; only support removes the block.\n    - **Fix:**"
        + " Contact support.\n    - **Retry:** Do not retry until someone has acted"), page);
  }

  @Test
  void theErrorsOfEachEndpointAreListedAndAnEntryWithoutEndpointsIsEverywhere() {
    String page = page();
    assertTrue(page.contains("## Errors by endpoint\n\n| Endpoint | Errors it returns |\n|---|---|\n"
        + "| `POST /orders` | [`1015`](#code-1015) |\n| `/orders/{id}` | [`1015`](#code-1015) |\n"
        + "| Every endpoint | "), page);
    assertTrue(page.contains("- **Endpoints:** `POST /orders`, `/orders/{id}` (any method)\n"), page);
    assertTrue(page.contains("- **Endpoints:** all\n"), page);
  }

  @Test
  void headingsShowWholeTitlesAndTellEntriesWithOneTitleApart() {
    String page = page();
    assertTrue(page.contains("### `1015` · Too many request to API or suspected behaviour, API was temporarily blocked,"
        + " please wait {#code-1015}"), page);
    assertFalse(page.contains(" …"), page);
    assertFalse(page.contains("**Title:**"), page);
    // "Bad Request" is the status's reason phrase: the heading leaves it out, and the messages tell them apart.
    assertTrue(page.contains("### `name is required` {#name-missing}"), page);
    assertTrue(page.contains("### `email is required` {#email-missing}"), page);
    assertFalse(page.contains("· Bad Request"), page);
  }

  @Test
  void theStatesOfAResourceAreATable() {
    String page = page();
    assertTrue(page.contains("## Message states\n\nThe API reports them at `GET /api/v1/messages?phoneNumber=`.\n\n"
        + "| State | Meaning |\n|---|---|\n| `Pending` | Still in queue. |\n| `Failed` | Check the details field for the"
        + " reason. |\n"), page);
  }

  @Test
  void rateLimitHeadersAreSpelledOutOnTheBody() {
    String page = page();
    assertTrue(page.contains("**Headers:**\n\n- `Retry-After`: how long to wait before retrying: a number of seconds,"
        + " or an HTTP date.\n- `x-ratelimit-reset`: how long to wait before retrying (UTC epoch seconds).\n"), page);
  }
}
