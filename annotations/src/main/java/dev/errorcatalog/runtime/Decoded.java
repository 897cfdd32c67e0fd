package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** The engine's results: a {@link DecodedError} that knows its catalog's exception. */
final class Decoded<E extends CatalogError> extends DecodedError<E> {

  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
  /** Whether the response is an error, as the engine judged it from the catalog. */
  private final boolean error;

  Decoded(int status, E entry, MatchKind matchKind, String message, Map<String, String> args, Duration retryAfter,
      byte[] rawBody, Function<? super DecodedError<E>, ? extends CatalogException> toException,
      boolean error) {
    super(status, entry, matchKind, message, args, retryAfter, rawBody);
    this.toException = toException;
    this.error = error;
  }

  @Override
  public boolean isError() {
    return error;
  }

  @Override
  public CatalogException toException() {
    return toException.apply(this);
  }
}
