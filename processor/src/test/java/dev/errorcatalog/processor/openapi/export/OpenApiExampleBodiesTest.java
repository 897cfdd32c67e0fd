package dev.errorcatalog.processor.openapi.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An example body becomes the JSON value it is, written back as it was; anything else stays its text. */
class OpenApiExampleBodiesTest {

  @Test
  void jsonIsShownAsJsonWithNumbersAsWritten() {
    Object value = ExampleBodies.shown("{\"code\": 1e3, \"n\": 1.50, \"ok\": false, \"none\": null, \"list\": [1, \"a\"]}",
        true);
    assertEquals("{\n  \"code\": 1e3,\n  \"n\": 1.50,\n  \"ok\": false,\n  \"none\": null,\n  \"list\": [\n    1,\n"
        + "    \"a\"\n  ]\n}\n", JsonText.write(value));
  }

  @Test
  void aBodyThatIsNotOneJsonDocumentIsShownAsText() {
    for (String body : List.of("{\"a\": 1", "{\"a\": 1} trailing", "{\"a\": 1, \"a\": 2}", "", "“curly”",
        "[".repeat(300) + "]".repeat(300))) {
      assertEquals(body, ExampleBodies.shown(body, true), body);
    }
    assertEquals("{\"a\": 1}", ExampleBodies.shown("{\"a\": 1}", false), "a text shape's example is text");
  }

  @Test
  void aNullBodyIsNull() {
    assertNull(ExampleBodies.shown("null", true));
    assertEquals("null\n", JsonText.write(ExampleBodies.shown("null", true)));
  }

  @Test
  void emptyContainersAndUnicodeAreWrittenPlainly() {
    assertEquals("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": \"≥ 5 \\\"q\\\" \\u0007\"\n}\n",
        JsonText.write(Map.of("a", Map.of(), "b", List.of(), "c", "≥ 5 \"q\" \u0007").entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                java.util.LinkedHashMap::new))));
  }

  @Test
  void aNumberAsWrittenThatIsNoJsonNumberIsWrittenAsAString() {
    assertEquals("\"0042\"\n", JsonText.write(new JsonText.RawNumber("0042")));
  }
}
