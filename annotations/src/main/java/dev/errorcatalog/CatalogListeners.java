package dev.errorcatalog;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one place {@link CatalogListener}s are registered for the whole JVM, and through which the client adapters
 * and retry layers report (the {@code fire...} methods: adapters call them, applications need not).
 *
 * <p>With no listener registered, reporting costs a read of an empty list.
 */
public final class CatalogListeners {

  private static final List<CatalogListener> LISTENERS = new CopyOnWriteArrayList<>();
  private static final System.Logger LOG = System.getLogger(CatalogListeners.class.getName());

  private CatalogListeners() {}

  /** A registration; {@link #close()} removes the listener. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    /** Removes the listener; closing twice does nothing more. */
    @Override
    void close();
  }

  /** Adds a listener, heard by every adapter from now on, until the registration is closed. */
  public static Registration register(CatalogListener listener) {
    java.util.Objects.requireNonNull(listener, "listener");
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  /** Reports an error response an adapter decoded; a decode that is no error ({@code isError()} false) is not. */
  public static void fireDecoded(DecodedError<?> error) {
    if (LISTENERS.isEmpty() || !error.isError()) {
      return;
    }
    for (CatalogListener l : LISTENERS) {
      try {
        l.decoded(error);
      } catch (RuntimeException e) {
        dropped(l, e);
      }
    }
  }

  /** Reports a retry layer's decision after a failed attempt. */
  public static void fireRetryDecided(CatalogException failure, RetryAdvice advice) {
    for (CatalogListener l : LISTENERS) {
      try {
        l.retryDecided(failure, advice);
      } catch (RuntimeException e) {
        dropped(l, e);
      }
    }
  }

  /** Reports the end of a call, run by a retry layer, that met at least one catalog error. */
  public static void fireCallEnded(CatalogException lastFailure, CatalogListener.Outcome outcome, int attempts) {
    for (CatalogListener l : LISTENERS) {
      try {
        l.callEnded(lastFailure, outcome, attempts);
      } catch (RuntimeException e) {
        dropped(l, e);
      }
    }
  }

  private static void dropped(CatalogListener l, RuntimeException e) {
    LOG.log(Level.WARNING, "catalog listener " + l.getClass().getName() + " failed; ignored", e);
  }
}
