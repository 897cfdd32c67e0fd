package dev.errorcatalog.spring;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** The trace id of Micrometer Tracing's current span. */
public final class MicrometerTraceIds implements TraceIds {

  private final Tracer tracer;

  public MicrometerTraceIds(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public String current() {
    Span span = tracer.currentSpan();
    return span == null ? null : span.context().traceId();
  }
}
