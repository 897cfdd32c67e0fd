package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How bodies are opened on a jackson-core older than 2.16 (an application's dependency management may
 * resolve one: Spring Boot 2.7 brings 2.13, Spring Boot 3.1 and 3.2 bring 2.15): only API that jackson-core
 * 2.10 has, jackson's own encoding detection, and jackson's own read limits (from 2.15: nesting 1,000 deep,
 * numbers of 1,000 digits, strings of 20 MB; before 2.15 none, so a body is read as far as it goes). The
 * engine stays safe without {@link BoundedParsers#CONSTRAINTS}: it descends only along the catalog's
 * pointers, jackson skips everything else without recursion, and what it keeps is part of the body already
 * in memory.
 */
final class PlainParsers implements BodyParsers.Opener {

  private final JsonFactory small = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
      .build();

  private final JsonFactory large = JsonFactory.builder()
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  @Override
  public JsonParser open(byte[] body) throws IOException {
    return (body.length <= BodyParsers.CANONICAL_BODY_LIMIT ? small : large).createParser(body);
  }
}
