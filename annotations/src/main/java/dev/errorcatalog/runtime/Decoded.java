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

/**
 * The engine's results: a {@link DecodedError} that knows its catalog's exception. A result with list fields or more
 * errors of an array is a {@link WithElements}, so that every other decode allocates no more than before arrays came.
 */
class Decoded<E extends CatalogError> extends DecodedError<E> {

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

  /** A result, with list fields or more errors of an array where there are any. */
  static <E extends CatalogError> Decoded<E> of(int status, E entry, MatchKind matchKind, String message,
      Map<String, String> args, Duration retryAfter, byte[] rawBody,
      Function<? super DecodedError<E>, ? extends CatalogException> toException, boolean error,
      Map<String, List<String>> lists, List<DecodedError<E>> more) {
    return lists.isEmpty() && more.isEmpty()
        ? new Decoded<>(status, entry, matchKind, message, args, retryAfter, rawBody, toException, error)
        : new WithElements<>(status, entry, matchKind, message, args, retryAfter, rawBody, toException, error,
            lists, more);
  }

  @Override
  public boolean isError() {
    return error;
  }

  @Override
  public CatalogException toException() {
    return toException.apply(this);
  }

  /** A result of a body with list fields, or with more documented errors in its array of errors. */
  private static final class WithElements<E extends CatalogError> extends Decoded<E> {

    /** The list fields' values, by name. */
    private final Map<String, List<String>> lists;
    /** The body's documented errors after this one, in an array of errors. */
    private final List<DecodedError<E>> more;

    WithElements(int status, E entry, MatchKind matchKind, String message, Map<String, String> args,
        Duration retryAfter, byte[] rawBody, Function<? super DecodedError<E>, ? extends CatalogException> toException,
        boolean error, Map<String, List<String>> lists, List<DecodedError<E>> more) {
      super(status, entry, matchKind, message, args, retryAfter, rawBody, toException, error);
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
  }
}
