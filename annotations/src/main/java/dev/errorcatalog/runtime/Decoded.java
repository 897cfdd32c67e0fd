package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The engine's results: a {@link DecodedError} that knows its catalog's exception. */
final class Decoded<E extends CatalogError> extends DecodedError<E> {

  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
  /** Whether the response is an error, as the engine judged it from the catalog. */
  private final boolean error;

  /** The list fields' values, by name (empty for most decodes). */
  private final Map<String, List<String>> lists;
  /** The body's documented errors after this one, in an array of errors (empty for most decodes). */
  private final List<DecodedError<E>> more;

  Decoded(int status, E entry, MatchKind matchKind, String message, Map<String, String> args, Duration retryAfter,
      byte[] rawBody, Function<? super DecodedError<E>, ? extends CatalogException> toException,
      boolean error) {
    this(status, entry, matchKind, message, args, retryAfter, rawBody, toException, error, Map.of(), List.of());
  }

  Decoded(int status, E entry, MatchKind matchKind, String message, Map<String, String> args, Duration retryAfter,
      byte[] rawBody, Function<? super DecodedError<E>, ? extends CatalogException> toException,
      boolean error, Map<String, List<String>> lists, List<DecodedError<E>> more) {
    super(status, entry, matchKind, message, args, retryAfter, rawBody);
    this.toException = toException;
    this.error = error;
    this.lists = lists;
    this.more = more;
  }

  @Override
  public Map<String, List<String>> listArgs() {
    return lists;
  }

  @Override
  public List<DecodedError<E>> errors() {
    if (more.isEmpty()) {
      return super.errors();
    }
    List<DecodedError<E>> all = new ArrayList<>(more.size() + 1);
    all.add(this);
    all.addAll(more);
    return Collections.unmodifiableList(all);
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
