package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

  /**
   * The part of {@link #read} that does not depend on the body's length: a parser made for the bytes and
   * closed, no token read. Returns the closed parser, so that the work cannot be thrown away.
   */
  JsonParser open(byte[] body) throws IOException {
    JsonParser parser = factory.createParser(body);
    parser.close();
    return parser;
  }

  /**
   * {@link #read} plus the text of every string value, as a decoder that keeps strings decodes them (the
   * floor leaves them undecoded: jackson skips a string it is not asked for). Returns the tokens and
   * characters read.
   */
  int readWithText(byte[] body) throws IOException {
    int read = 0;
    try (JsonParser parser = factory.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        read++;
        if (token == JsonToken.VALUE_STRING) {
          read += parser.getText().length();
        }
      }
    }
    return read;
  }
}
