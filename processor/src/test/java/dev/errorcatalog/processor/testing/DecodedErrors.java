package dev.errorcatalog.processor.testing;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Decoded results made by hand, for tests of the generated exceptions' {@code from(DecodedError)}: the engine
 * makes every real one.
 */
public final class DecodedErrors {

  private DecodedErrors() {}

  public static <E extends CatalogError> DecodedError<E> of(int status, E entry, MatchKind kind, String message,
      Map<String, String> args, Duration retryAfter, byte[] raw,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    return new DecodedError<>(status, entry, kind, message, Collections.unmodifiableMap(new LinkedHashMap<>(args)), retryAfter, raw) {
      @Override
      public CatalogException toException() {
        return toException.apply(this);
      }
    };
  }
}
