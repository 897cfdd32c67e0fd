package dev.errorcatalog.okhttp;

import dev.errorcatalog.CatalogException;
import java.io.IOException;
import java.util.Objects;

/**
 * The {@code IOException} an OkHttp call fails with when {@link CatalogInterceptor} judged its response an error:
 * OkHttp lets an interceptor throw only {@code IOException} (a runtime exception thrown on a dispatcher thread
 * would never reach {@code Callback.onFailure}), and the catalog's exception is a {@code RuntimeException}, so it
 * travels as the cause. {@link #getCause()} is typed: the one-line unwrap is
 *
 * <pre>{@code
 * } catch (CatalogIOException e) {
 *   throw e.getCause();          // the typed exception, e.g. InsiderOneException; unchecked
 * }
 * }</pre>
 *
 * <p>{@link CatalogCalls} and the Retrofit adapters of this module unwrap it themselves: they throw (or fail their
 * future with) the typed exception.
 */
public final class CatalogIOException extends IOException {

  private static final long serialVersionUID = 1L;

  /** @param cause the catalog's exception of the response, never {@code null} */
  public CatalogIOException(CatalogException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }

  /** The catalog's exception: the typed exception of a documented error, the response exception otherwise. */
  @Override
  public synchronized CatalogException getCause() {
    return (CatalogException) super.getCause();
  }

  /**
   * The catalog's exception inside {@code failure} if it is (or is caused by) a {@code CatalogIOException},
   * else {@code failure} itself: for the failure of an asynchronous call, which a caller unwraps once.
   */
  public static Throwable unwrap(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CatalogIOException catalog) {
        return catalog.getCause();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return failure;
  }
}
