package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.ErrorLog;
import dev.errorcatalog.spring.FrameworkErrors;
import dev.errorcatalog.spring.MicrometerTraceIds;
import dev.errorcatalog.spring.TraceIds;
import dev.errorcatalog.spring.UpstreamErrorMapper;
import dev.errorcatalog.spring.UpstreamErrors;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared part: what answers which error ({@link FrameworkErrors}, {@link UpstreamErrors} with the
 * application's {@link UpstreamErrorMapper}s, {@link CatalogErrorHandling}), how it is
 * rendered ({@link CatalogErrorRenderer}) and logged ({@link ErrorLog}, with {@link TraceIds} from Micrometer
 * Tracing when there is a {@code Tracer}). Every bean gives way to one of the application's own type.
 */
@AutoConfiguration(afterName = {
    // Boot 3 and Boot 4 names of the auto-configuration that makes the Tracer (a name not there is ignored)
    "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.web.ErrorResponse")
@EnableConfigurationProperties(ErrorCatalogProperties.class)
public class ErrorCatalogAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public FrameworkErrors errorCatalogFrameworkErrors(ErrorCatalogProperties properties) {
    return FrameworkErrors.resolve(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  public CatalogErrorRenderer errorCatalogRenderer(ErrorCatalogProperties properties) {
    return new CatalogErrorRenderer(properties.getProblemDetails().isEnabled(), properties.getDocsUrl());
  }

  @Bean
  @ConditionalOnMissingBean
  public ErrorLog errorCatalogErrorLog(ObjectProvider<TraceIds> traceIds) {
    return new ErrorLog(traceIds.getIfAvailable(() -> TraceIds.NONE));
  }

  /** {@code errorcatalog.errors.upstream} and {@code .relay}, after the application's own mappings. */
  @Bean
  @ConditionalOnMissingBean
  public UpstreamErrors errorCatalogUpstreamErrors(
      ErrorCatalogProperties properties, ObjectProvider<UpstreamErrorMapper> mappers) {
    return UpstreamErrors.resolve(properties, mappers.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean
  public CatalogErrorHandling errorCatalogErrorHandling(
      CatalogErrorRenderer renderer, FrameworkErrors errors, UpstreamErrors upstream, ErrorLog log) {
    return new CatalogErrorHandling(renderer, errors, upstream, log);
  }

  /** Trace ids from Micrometer Tracing. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Tracer.class)
  @ConditionalOnBean(Tracer.class)
  static class MicrometerTracing {

    @Bean
    @ConditionalOnMissingBean
    TraceIds errorCatalogTraceIds(Tracer tracer) {
      return new MicrometerTraceIds(tracer);
    }
  }
}
