package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogException#isDecoded()}: an exception decoded from a response says so, whatever its body (none
 * included); one a service raises (no body given, as the generated factories do) does not.
 */
class ExceptionOriginTest {

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  @Test
  void everyDecodedExceptionIsDecoded() {
    assertTrue(codec.decode(404, Map.of(), "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}"
        .getBytes(StandardCharsets.UTF_8)).toException().isDecoded(), "documented, with a body");
    assertTrue(codec.decode(401, Map.of(), new byte[0]).toException().isDecoded(), "an empty body");
    assertTrue(codec.decode(401, Map.of(), null).toException().isDecoded(), "no body at all");
    assertTrue(codec.decode(418, "short and stout").toException().isDecoded(), "undocumented");
  }

  @Test
  void anExceptionRaisedByAServiceIsNot() {
    CatalogException raised = new Raised(AcmeCatalog.ORDER_NOT_FOUND, Map.of("orderId", "42"));
    assertFalse(raised.isDecoded());
    assertArrayEquals(new byte[0], raised.rawBody());
  }

  @Test
  void theOriginSurvivesSerialization() throws Exception {
    CatalogException decoded = codec.decode(404, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)).toException();
    CatalogException raised = new Raised(AcmeCatalog.ORDER_NOT_FOUND, Map.of());
    assertTrue(roundTrip(decoded).isDecoded());
    assertFalse(roundTrip(raised).isDecoded());
    assertEquals(raised.getMessage(), roundTrip(raised).getMessage());
  }

  private static CatalogException roundTrip(CatalogException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CatalogException) in.readObject();
    }
  }

  /** As a generated factory makes it: the entry's status, no body. */
  static final class Raised extends CatalogException {
    private static final long serialVersionUID = 1L;

    Raised(TestEntry entry, Map<String, String> args) {
      super(entry, entry.httpStatus(), entry.messageTemplate(), args, null, null);
    }
  }
}
