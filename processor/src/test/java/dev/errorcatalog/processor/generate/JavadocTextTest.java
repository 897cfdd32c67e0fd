package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Catalog prose in Javadoc reads as on the docs pages: the writer's wrapped lines joined into one paragraph
 * and wrapped again, blank lines starting paragraphs, list-like lines kept on their own line.
 */
class JavadocTextTest {

  @Test
  void wrappedLinesAreJoinedThenWrappedAgain() {
    // Pingback's fix of TOO_MANY_REQUESTS, as its YAML breaks it.
    String yaml = "Reduce the rate at which you request the API, e.g. with a queue mechanism or fewer concurrent\n"
        + "requests per second. If you have specific requirements, contact Pingback's support team.\n";
    assertEquals("Reduce the rate at which you request the API, e.g. with a queue mechanism or fewer\n"
        + "concurrent requests per second. If you have specific requirements, contact Pingback's\n"
        + "support team.",
        JavadocText.prose(yaml));
  }

  @Test
  void blankLinesStartParagraphsAndListItemsKeepTheirLines() {
    String yaml = "First paragraph,\nwrapped.\n\nSteps:\n- renew the key\n- retry\n1. or call support\n";
    assertEquals("First paragraph, wrapped.\n\n<p>Steps:<br>\n- renew the key<br>\n- retry<br>\n1. or call support",
        JavadocText.prose(yaml));
  }

  @Test
  void noLineOfProseIsLongerThanTheWidthWhereASpaceAllowsABreak() {
    String yaml = ("word ".repeat(30) + "\n").repeat(4);
    for (String line : JavadocText.prose(yaml).split("\n")) {
      assertTrue(line.length() <= JavadocText.WIDTH, line);
    }
  }

  @Test
  void windowsLineEndingsReadAsLineEndings() {
    assertEquals("one two\n\n<p>three", JavadocText.prose("one\r\ntwo\r\n\r\nthree"));
  }
}
