package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The front matter reads back, with a YAML parser, as the text the theme may print raw into HTML: one line, no
 * {@code <} to open an element, no {@code "} to end an attribute, and every other character as written (so it
 * reads the same where a template escapes it). Random texts draw from an alphabet of YAML, HTML and Markdown
 * syntax (fixed seed: failures reproduce).
 */
class FrontMatterTest {

  private static final String ALPHABET = "ab1 :-#'\"<>&;{}[]|*!%@`\\/=\t\n\r\u0085\u2028\u2029\ufeff\u0000\u007fé😃";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void anglesAndQuotesBecomeLookAlikesTheRestStays() {
    assertEquals("Pingback ‹script›alert(100)‹/script› API",
        FrontMatter.text("Pingback <script>alert(100)</script> API"));
    assertEquals("say “hi” to ‹b onclick=”x”›", FrontMatter.text("say \"hi\" to <b onclick=\"x\">"));
    assertEquals("“quoted”, (“x”) and 5” & it's a › b", FrontMatter.text("\"quoted\", (\"x\") and 5\" & it's a > b"));
    String inertRaw = "&lt;b&gt; &#60;i&#62; {{ x }} {% raw %} ---: #";
    assertEquals(inertRaw, FrontMatter.text(inertRaw));
    assertEquals("two lines --- title: x", FrontMatter.text("two  \n lines\n---\ntitle: x\n\n"));
  }

  @Test
  void shippedTextIsUnchanged() {
    assertEquals("HTTP status codes and sample responses of Insider's APIs.",
        FrontMatter.text("HTTP status codes and sample responses of Insider's APIs."));
    assertEquals("---\ntitle: \"Insider One API\"\ndescription: \"Errors of a & b.\"\n---\n",
        FrontMatter.of("Insider One API", "Errors of a & b."));
  }

  @Test
  void yamlStringsStayOnOneLineAndQuoted() {
    assertEquals("\"say \\\"hi\\\" \\\\ there\"", FrontMatter.yamlString("say \"hi\" \\ there"));
    assertEquals("\"a\\u2028b\\u0085c\\ufeffd\"", FrontMatter.yamlString("a\u2028b\u0085c\ufeffd"));
  }

  @Test
  void everyTextReadsBackAsItsSafeForm() throws IOException {
    Random random = new Random(32);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        int at = ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())));
        text.appendCodePoint(ALPHABET.codePointAt(at));
      }
      String block = FrontMatter.of(text.toString(), "d " + text);
      assertEquals(4, block.split("\n", -1).length - 1, () -> "four lines: " + block);
      JsonNode read = YAML.readTree(block.substring(4, block.length() - 4));
      String title = read.get("title").asText();
      assertEquals(FrontMatter.text(text.toString()), title, block);
      assertFalse(title.contains("<") || title.contains(">") || title.contains("\""), block);
      assertEquals(FrontMatter.text("d " + text), read.get("description").asText(), block);
      assertEquals(Markdown.flat(text.toString()).replaceAll("[<>\"]", "x"), title.replaceAll("[‹›“”]", "x"), block);
    }
  }
}
