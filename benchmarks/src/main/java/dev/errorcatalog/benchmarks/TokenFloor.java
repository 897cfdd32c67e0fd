package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Baseline (a), the floor: one jackson-core pass over the bytes that reads every token and looks at none.
 * No decoder that reads the body with jackson-core can be faster than this on the same bytes.
 */
final class TokenFloor {

  private final JsonFactory factory = new JsonFactory();

  /** Reads every token of the body; returns how many, so that the work cannot be thrown away. */
  int read(byte[] body) throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(body)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
