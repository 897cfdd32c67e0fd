package dev.errorcatalog.testkit;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import java.util.Optional;

/**
 * The exceptions of the {@code decisions} catalog, as generated code has them: {@link Documented} for a
 * response an entry describes, {@link Response} for any other.
 */
public abstract sealed class DecisionException extends CatalogException {
  private static final long serialVersionUID = 1L;

  private final transient DecisionError error;

  DecisionException(DecodedError<DecisionError> d) {
    super(d.entry().orElse(null), d.status(), d.message().orElse("status " + d.status()), d.args(),
        d.retryAfter().orElse(null), d.rawBody());
    this.error = d.entry().orElse(null);
  }

  /** The exception of a decode result; the decoder's {@code toException}. */
  public static DecisionException from(DecodedError<DecisionError> d) {
    return d.entry().isPresent() ? new Documented(d) : new Response(d);
  }

  @Override
  public Optional<DecisionError> error() {
    return Optional.ofNullable(error);
  }

  /** A documented error. */
  public static final class Documented extends DecisionException {
    private static final long serialVersionUID = 1L;

    Documented(DecodedError<DecisionError> d) {
      super(d);
    }
  }

  /** A response no entry describes. */
  public static final class Response extends DecisionException {
    private static final long serialVersionUID = 1L;

    Response(DecodedError<DecisionError> d) {
      super(d);
    }
  }
}
