package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The streaming parsers the engine reads JSON bodies with, chosen once for the jackson-core the application
 * runs with: {@link BoundedParsers} (bounded, and cheap to make) on jackson-core 2.16 and later,
 * {@link PlainParsers} on 2.10 to 2.15, whose API lacks what the first needs. An application's dependency
 * management decides the jackson-core version, not this library's pom; without the fallback a decode on an
 * older one would throw {@code NoClassDefFoundError} for every body.
 */
final class BodyParsers {

  /** Opens a parser over a whole body (a UTF-8 byte order mark skipped); the caller closes it. */
  interface Opener {
    JsonParser open(byte[] body) throws IOException;
  }

  /**
   * Bodies up to this size are read with canonicalized field names; larger ones without. Without
   * canonicalization jackson cannot read UTF-8 bytes directly: it decodes the whole body into a String and
   * reads that (a copy of the body and a slower parser on every decode). With it, names the table knows cost
   * nothing, and the table stays bounded: a small body brings at most a few hundred new names, and jackson
   * resets the shared table beyond 6,000. Large bodies (which may hold thousands of fresh keys) never touch
   * the shared table, so they cannot make every later decode copy a bloated one.
   */
  static final int CANONICAL_BODY_LIMIT = 4096;

  /** What {@link #forRuntime} tries the bounded parsers on: a small body and a large one, read to the end. */
  private static final byte[][] PROBES = {
      "{\"a\":[1,\"b\",{\"c\":null}]}".getBytes(StandardCharsets.UTF_8),
      ("{\"a\":\"" + "x".repeat(CANONICAL_BODY_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8),
  };

  private static final Opener OPENER = forRuntime();

  private BodyParsers() {}

  /** A parser over the whole body (a UTF-8 byte order mark skipped); the caller closes it. */
  static JsonParser open(byte[] body) throws IOException {
    return OPENER.open(body);
  }

  /**
   * The bounded parsers when this jackson-core has what they use, else the plain ones. Trying them on real
   * bodies links every jackson method they call, so a missing one shows here, once, and not in a decode.
   */
  static Opener forRuntime() {
    try {
      Opener bounded = new BoundedParsers();
      for (byte[] probe : PROBES) {
        try (JsonParser parser = bounded.open(probe)) {
          JsonToken token;
          while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.VALUE_STRING) {
              parser.getText();
            }
          }
        }
      }
      return bounded;
    } catch (LinkageError | IOException | RuntimeException olderJackson) {
      return new PlainParsers();
    }
  }

  /** The kind of parsers this runtime reads bodies with: {@code "bounded"} or {@code "plain"}, for tests. */
  static String kind() {
    return OPENER instanceof BoundedParsers ? "bounded" : "plain";
  }

  /** 3 when the body starts with a UTF-8 byte order mark, else 0. */
  static int bomLength(byte[] body) {
    return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /**
   * True when the body cannot be JSON in UTF-16 or UTF-32, which jackson would detect: neither of its first
   * two bytes is zero (every ASCII character in those encodings has a zero byte) and it does not start with
   * a UTF-16 or UTF-32 byte order mark. RFC 8259 requires UTF-8 between systems; this keeps the others read.
   */
  static boolean plainUtf8(byte[] body) {
    if (body.length < 2 || body[0] == 0 || body[1] == 0) {
      return false;
    }
    int first = body[0] & 0xFF;
    return first != 0xFE && first != 0xFF;
  }
}
