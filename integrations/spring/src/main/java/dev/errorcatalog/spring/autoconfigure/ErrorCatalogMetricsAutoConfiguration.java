package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.spring.metrics.CatalogMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@link CatalogMeters} on the application's {@link MeterRegistry} (Boot's actuator makes one), registered with the
 * runtime's listener hook for the context's life: every client adapter in the application (the starter's own,
 * Feign, OkHttp, Retrofit, Resilience4j, {@code java.net.http}) is counted. Off with
 * {@code errorcatalog.metrics.enabled=false}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "errorcatalog.metrics", name = "enabled", matchIfMissing = true)
public class ErrorCatalogMetricsAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public CatalogMeters errorCatalogMeters(MeterRegistry registry) {
    return new CatalogMeters(registry).start();
  }
}
