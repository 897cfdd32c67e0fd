package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rawBody()} is the caller's bytes as they were at the call, whatever the caller does afterwards. */
class RawBodyTest {

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  private static final String BODY = "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}";

  @Test
  void aReusedBufferDoesNotChangeTheResultOrItsException() {
    byte[] buffer = BODY.getBytes(StandardCharsets.UTF_8);
    byte[] original = buffer.clone();
    DecodedError<TestEntry> decoded = codec.decode(404, Map.of(), buffer);
    CatalogException exception = decoded.toException();
    DecodedError<TestEntry> twin = codec.decode(404, Map.of(), original.clone());

    Arrays.fill(buffer, (byte) 0); // the caller clears its buffer, then reads the next response into it
    byte[] next = "{\"code\": \"RATE_LIMITED\"}".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(next, 0, buffer, 0, next.length);

    assertArrayEquals(original, decoded.rawBody());
    assertArrayEquals(original, exception.rawBody());
    assertEquals(twin, decoded, "equals compares the bytes of the call");
    assertEquals(twin.hashCode(), decoded.hashCode());
    assertEquals(AcmeCatalog.ORDER_NOT_FOUND, decoded.entry().orElseThrow());
  }

  @Test
  void theResultsCopiesAreTheirOwn() {
    byte[] buffer = BODY.getBytes(StandardCharsets.UTF_8);
    DecodedError<TestEntry> decoded = codec.decode(404, Map.of("Content-Type", List.of("application/json")), buffer);
    byte[] first = decoded.rawBody();
    first[0] = 'X';
    assertNotSame(buffer, first);
    assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), decoded.rawBody());
    byte[] fromException = decoded.toException().rawBody();
    fromException[0] = 'Y';
    assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), decoded.toException().rawBody());
  }

  @Test
  void emptyAndMissingBodies() {
    assertEquals(0, codec.decode(401, Map.of(), null).rawBody().length);
    assertEquals(0, codec.decode(401, Map.of(), new byte[0]).rawBody().length);
    assertEquals(0, codec.decode(401, (String) null).rawBody().length);
  }
}
