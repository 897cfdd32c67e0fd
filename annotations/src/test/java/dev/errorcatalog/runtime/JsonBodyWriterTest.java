package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {

  @Test
  void pointersCreateObjectsAndArrays() {
    JsonBodyWriter w = new JsonBodyWriter();
    w.string("/errors/0/message", "m");
    w.string("/errors/0/field", "f");
    w.literal("/errors/1/code", "7");
    w.literal("/meta/success", "false");
    w.string("/a~1b/c~0d", "x");
    assertEquals("{\"errors\":[{\"message\":\"m\",\"field\":\"f\"},{\"code\":7}],\"meta\":{\"success\":false},"
        + "\"a/b\":{\"c~d\":\"x\"}}", w.toJson());
  }

  @Test
  void theFirstValueWinsAConflict() {
    JsonBodyWriter w = new JsonBodyWriter();
    w.string("/error", "text");
    w.string("/error/code", "dropped");
    w.string("/error", "dropped too");
    w.literal("/list/x", "1");
    assertEquals("{\"error\":\"text\",\"list\":{\"x\":1}}", w.toJson());
    JsonBodyWriter sparse = new JsonBodyWriter();
    sparse.literal("/a/2", "true");
    assertEquals("{\"a\":[null,null,true]}", sparse.toJson());
    assertEquals("{}", new JsonBodyWriter().toJson());
  }

  @Test
  void anyStringIsEscapedIntoValidJsonThatReadsBackTheSame() throws IOException {
    Random random = new Random(7);
    JsonFactory json = new JsonFactory();
    for (int i = 0; i < 5_000; i++) {
      char[] chars = new char[random.nextInt(12)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = random.nextInt(3) == 0 ? (char) random.nextInt(0x30) : (char) random.nextInt(0x10000);
      }
      String text = new String(chars);
      String quoted = JsonStrings.quote(text);
      try (JsonParser p = json.createParser(quoted.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
        assertEquals(JsonToken.VALUE_STRING, p.nextToken());
        assertEquals(text, p.getText(), quoted);
      }
    }
    assertEquals("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u2028\\ud800\"", JsonStrings.quote("\"\\\n\r\t\b\f\u0001\u2028\ud800"));
    assertEquals("\"\ud83d\ude00\"", JsonStrings.quote("\ud83d\ude00"));
  }
}
