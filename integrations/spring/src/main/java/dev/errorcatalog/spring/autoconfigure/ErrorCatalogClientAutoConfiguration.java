package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.client.CatalogClientBuilders;
import dev.errorcatalog.spring.client.CatalogClients;
import dev.errorcatalog.spring.client.Idempotency;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The client side: {@link CatalogClients} (status handlers, WebClient filters, retry interceptors) with an
 * overridable {@link RetryAdvisor} (whose clock and sleeper the retries use) and {@link Idempotency}; with
 * {@code errorcatalog.client.catalogs} set, the application's client builders get them too.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.web.client.RestClient")
@EnableConfigurationProperties(ErrorCatalogProperties.class)
public class ErrorCatalogClientAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public RetryAdvisor errorCatalogRetryAdvisor() {
    return new RetryAdvisor();
  }

  @Bean
  @ConditionalOnMissingBean
  public Idempotency errorCatalogIdempotency() {
    return Idempotency.BY_METHOD;
  }

  @Bean
  @ConditionalOnMissingBean
  public CatalogClients errorCatalogClients(
      ErrorCatalogProperties properties, RetryAdvisor advisor, Idempotency idempotency) {
    return new CatalogClients(properties.getClient().getCatalogs(), advisor, idempotency);
  }

  /** Static: a post-processor is made before the other beans; it reaches the factory only when first used. */
  @Bean
  @ConditionalOnProperty(prefix = "errorcatalog.client", name = "catalogs")
  @ConditionalOnMissingBean
  public static CatalogClientBuilders errorCatalogClientBuilders(
      ObjectProvider<CatalogClients> clients, Environment environment) {
    return new CatalogClientBuilders(
        clients, environment.getProperty("errorcatalog.client.retry.enabled", Boolean.class, false));
  }
}
