package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.SafeText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one log line of each rendered error (its request path and exception text under {@link SafeText}'s policy) (logger {@code dev.errorcatalog.spring.ErrorLog}): catalog, code,
 * status, request and, when tracing is on, the trace id; INFO below 500, WARN from 500. An upstream's error
 * a handler let escape is logged with the answer it got and what the upstream sent. An exception no entry
 * covers is logged at ERROR with a fingerprint (a hash of its types and the methods it was thrown through, so
 * the same bug has the same fingerprint from one occurrence to the next): the stack trace the first time a
 * fingerprint is seen, one line after that.
 */
public class ErrorLog {

  private static final Log LOG = LogFactory.getLog(ErrorLog.class);
  private static final int FRAMES = 8;
  private static final int REMEMBERED = 1024;

  private final TraceIds traceIds;
  private final Set<String> seen = Collections.synchronizedSet(Collections.newSetFromMap(
      new LinkedHashMap<String, Boolean>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      }));

  public ErrorLog(TraceIds traceIds) {
    this.traceIds = traceIds == null ? TraceIds.NONE : traceIds;
  }

  /** Logs a rendered error; {@code cause} is the exception it answers (its message goes into the line). */
  public void rendered(RenderedError error, String method, String path, Throwable cause) {
    if (enabled(error)) {
      log(error, line(error, method, path) + (cause == null ? "" : ": " + SafeText.of(cause.toString())));
    }
  }

  /**
   * Logs the answer to an upstream's error a handler let escape: the answer, then what the upstream sent
   * (status, entry, and its exception's message, all under {@link SafeText}'s policy: one line, bounded).
   */
  public void upstream(RenderedError error, String method, String path, CatalogException upstream) {
    if (enabled(error)) {
      String entry = upstream.error()
          .map(e -> e.catalogId() + " " + CatalogErrorRenderer.codeOrName(e))
          .orElse("undocumented");
      // getMessage() is under SafeText's policy already: not shortened twice, so its marker keeps the length
      log(error, line(error, method, path) + ", answering an upstream's HTTP " + upstream.status() + " " + entry
          + ": " + upstream.getClass().getName() + ": " + upstream.getMessage());
    }
  }

  /** INFO below 500, WARN from 500. */
  private static boolean enabled(RenderedError error) {
    return error.status() >= 500 ? LOG.isWarnEnabled() : LOG.isInfoEnabled();
  }

  private static void log(RenderedError error, String line) {
    if (error.status() >= 500) {
      LOG.warn(line);
    } else {
      LOG.info(line);
    }
  }

  /** Logs an exception no entry covers, answered with {@code error} (or by Spring, when {@code null}). */
  public void uncovered(Throwable exception, RenderedError error, String method, String path) {
    if (!LOG.isErrorEnabled()) {
      return;
    }
    String fingerprint = fingerprint(exception);
    String answer = error == null ? "left to Spring" : "answered " + line(error, method, path);
    String line = "errorcatalog: uncaught exception [fingerprint " + fingerprint + "] on " + method + " "
        + SafeText.of(path) + ", " + answer + ": " + SafeText.of(exception.toString());
    if (seen.add(fingerprint)) {
      LOG.error(line, exception);
    } else {
      LOG.error(line + " (stack trace logged before)");
    }
  }

  private String line(RenderedError error, String method, String path) {
    String trace = traceIds.current();
    return "errorcatalog: " + error.status() + " " + error.entry().catalogId() + " " + CatalogErrorRenderer.codeOrName(error.entry())
        + " on " + method + " " + SafeText.of(path) + (trace == null ? "" : " [trace " + trace + "]");
  }

  /** Eight hex digits from the exception's types and top frames (class and method, no line numbers). */
  static String fingerprint(Throwable exception) {
    StringBuilder key = new StringBuilder();
    int depth = 0;
    for (Throwable t = exception; t != null && depth < 5; t = t.getCause(), depth++) {
      key.append(t.getClass().getName()).append('\n');
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        key.append(frames[i].getClassName()).append('#').append(frames[i].getMethodName()).append('\n');
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
