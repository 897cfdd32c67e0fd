package dev.errorcatalog.spring;

/**
 * The trace id of the current request, for the log line of each rendered error. The starter provides one on
 * Micrometer Tracing when the application has a {@code Tracer}; replace the bean for another tracer.
 */
@FunctionalInterface
public interface TraceIds {

  /** No tracing: no trace id. */
  TraceIds NONE = () -> null;

  /** The current trace id, or {@code null} outside a trace. */
  String current();
}
