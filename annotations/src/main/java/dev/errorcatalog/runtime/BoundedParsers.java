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
 * How bodies are opened on jackson-core 2.16 and later (the version the runtime is built against): bounded by
 * {@link #CONSTRAINTS}, and made as cheaply as jackson-core allows, since on the small bodies of error
 * responses making the parser costs about as much as reading every token. Everything here is API jackson
 * added in 2.13 to 2.16; {@link BodyParsers} falls back to {@link PlainParsers} where it is missing.
 */
final class BoundedParsers implements BodyParsers.Opener {

  /** Limits on what the parser accepts: hostile bodies stop being read, they never exhaust memory or stack. */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(256)
      .maxNumberLength(1000)
      .maxStringLength(1 << 20)
      .maxNameLength(1 << 14)
      .build();

  /**
   * For bodies up to {@link BodyParsers#CANONICAL_BODY_LIMIT}: the byte parser, names canonicalized (not
   * interned). A full spill-over area must not stop the read: many fresh keys are not an attack on this table.
   */
  private final Utf8Factory small = new Utf8Factory(new JsonFactoryBuilder()
      .streamReadConstraints(CONSTRAINTS)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW));

  /** For larger bodies: no field-name canonicalization, a fresh String per name (see BodyParsers). */
  private final JsonFactory large = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  @Override
  public JsonParser open(byte[] body) throws IOException {
    return body.length <= BodyParsers.CANONICAL_BODY_LIMIT ? small.open(body) : large.createParser(body);
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
      if (!BodyParsers.plainUtf8(body)) {
        return createParser(body);
      }
      // The content reference only ever appears in the messages of parse errors, which the engine drops.
      IOContext context = _createContext(ContentReference.unknown(), true);
      context.setEncoding(JsonEncoding.UTF8);
      // No bytes "pre-processed" (the argument only shifts reported locations), no buffer to recycle.
      return new UTF8StreamJsonParser(context, _parserFeatures, null, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), body, BodyParsers.bomLength(body), body.length,
          0, false);
    }
  }
}
