package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;

/**
 * The streaming parsers the engine reads JSON bodies with: bounded by {@link #CONSTRAINTS}, and made as
 * cheaply as jackson-core allows, since on the small bodies of error responses making the parser costs about
 * as much as reading every token.
 */
final class BodyParsers {

  /** Limits on what the parser accepts: hostile bodies stop being read, they never exhaust memory or stack. */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(256)
      .maxNumberLength(1000)
      .maxStringLength(1 << 20)
      .maxNameLength(1 << 14)
      .build();

  /**
   * Bodies up to this size are read with canonicalized field names; larger ones without. Without
   * canonicalization jackson cannot read UTF-8 bytes directly: it decodes the whole body into a String and
   * reads that (a copy of the body and a slower parser on every decode). With it, names the table knows cost
   * nothing, and the table stays bounded: a small body brings at most a few hundred new names, and jackson
   * resets the shared table beyond 6,000. Large bodies (which may hold thousands of fresh keys) never touch
   * the shared table, so they cannot make every later decode copy a bloated one.
   */
  static final int CANONICAL_BODY_LIMIT = 4096;

  /** For bodies up to {@link #CANONICAL_BODY_LIMIT}: the byte parser, names canonicalized (not interned). */
  private static final Utf8Factory SMALL = new Utf8Factory(new JsonFactoryBuilder()
      .streamReadConstraints(CONSTRAINTS)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      // A full spill-over area must not stop the read: many fresh keys are not an attack on this table.
      .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW));

  /** For larger bodies: no field-name canonicalization, a fresh String per name (see above). */
  private static final JsonFactory LARGE = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  private BodyParsers() {}

  /** A parser over the whole body (a UTF-8 byte order mark skipped); the caller closes it. */
  static JsonParser open(byte[] body) throws IOException {
    return body.length <= CANONICAL_BODY_LIMIT ? SMALL.open(body) : LARGE.createParser(body);
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

  /**
   * Makes UTF-8 parsers directly. {@code createParser(byte[])} first runs jackson's encoding detection and
   * records the array for error messages, two steps that cost about a third of making a parser; here a body
   * known to be UTF-8 goes straight to the parser jackson would have chosen for it, with the same features
   * and symbol table. Anything else takes jackson's own path.
   */
  private static final class Utf8Factory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    Utf8Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    JsonParser open(byte[] body) throws IOException {
      if (!plainUtf8(body)) {
        return createParser(body);
      }
      // The content reference only ever appears in the messages of parse errors, which the engine drops.
      IOContext context = _createContext(ContentReference.unknown(), true);
      context.setEncoding(JsonEncoding.UTF8);
      return new UTF8StreamJsonParser(context, _parserFeatures, null, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), body, bomLength(body), body.length, false);
    }
  }
}
