package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heading ids as MkDocs makes them, and section headings that give way to entry anchors. */
class HeadingIdsTest {

  /** Expected values are what Python-Markdown's {@code toc.slugify(value, '-')} returns for the same text. */
  @Test
  void slugsAreMkDocsHeadingIds() {
    assertEquals("for-java-developers", HeadingIds.slug("For Java developers"));
    assertEquals("insider-one-api", HeadingIds.slug("Insider One API"));
    assertEquals("cafe-deja-vu", HeadingIds.slug("Caf\u00e9 \u2014 d\u00e9j\u00e0 vu!"));
    assertEquals("a-b", HeadingIds.slug("  a  --  b "));
    assertEquals("orders-catalog", HeadingIds.slug("Orders (catalog)"));
    assertEquals("snake_case-2", HeadingIds.slug("snake_case (2)"));
  }

  @Test
  void aHeadingTakesTheFirstWordingWhoseIdIsFree() {
    HeadingIds ids = new HeadingIds(List.of("summary", "errors", "error-responses"));
    assertEquals("Summary of responses", ids.claim("Summary", "Summary of responses"));
    assertEquals("Error responses (2)", ids.claim("Errors", "Error responses"));
    assertEquals("Retry classes", ids.claim("Retry classes", "The retry classes"));
    // Claimed ids are taken for the headings after.
    assertEquals("Retry classes (2)", ids.claim("Retry classes"));
  }
}
