package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.feign.CatalogErrorDecoder;
import dev.errorcatalog.feign.CatalogRetryer;
import dev.errorcatalog.spring.client.CatalogClients;
import dev.errorcatalog.spring.client.CatalogDecoding;
import feign.ResponseInterceptor;
import feign.Retryer;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Spring Cloud OpenFeign clients (on the class path with {@code errorcatalog-feign}, and
 * {@code errorcatalog.client.catalogs} set): the catalogs' {@link CatalogErrorDecoder} and its
 * {@linkplain CatalogErrorDecoder#errorsAtSuccessStatus() response interceptor} as beans, which every
 * {@code @FeignClient} takes from the application context, and, with {@code errorcatalog.client.retry.enabled=true},
 * a {@link CatalogRetryer} in place of Spring Cloud OpenFeign's {@code Retryer.NEVER_RETRY}. An application's own
 * bean of each type wins.
 */
@AutoConfiguration(after = ErrorCatalogClientAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.cloud.openfeign.FeignClient",
    "dev.errorcatalog.feign.CatalogErrorDecoder"})
@ConditionalOnProperty(prefix = "errorcatalog.client", name = "catalogs")
public class ErrorCatalogFeignAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(feign.codec.ErrorDecoder.class)
  public CatalogErrorDecoder errorCatalogFeignErrorDecoder(CatalogClients clients, RetryAdvisor advisor) {
    return new CatalogErrorDecoder(decoder(clients.decoding()), advisor);
  }

  @Bean
  @ConditionalOnMissingBean(ResponseInterceptor.class)
  public ResponseInterceptor errorCatalogFeignErrorsAtSuccessStatus(CatalogErrorDecoder errorDecoder) {
    return errorDecoder.errorsAtSuccessStatus();
  }

  @Bean
  @ConditionalOnMissingBean(Retryer.class)
  @ConditionalOnProperty(prefix = "errorcatalog.client.retry", name = "enabled", havingValue = "true")
  public Retryer errorCatalogFeignRetryer(RetryAdvisor advisor) {
    return new CatalogRetryer(advisor);
  }

  /** The configured catalogs as one decoder: the best match of them, as the starter's other clients decode. */
  static ErrorDecoder<CatalogError> decoder(CatalogDecoding decoding) {
    return new ErrorDecoder<>() {
      @Override
      @SuppressWarnings("unchecked") // every catalog's entries are CatalogErrors; the result is only read
      public DecodedError<CatalogError> decode(int status, Map<String, List<String>> headers, byte[] body) {
        return (DecodedError<CatalogError>) decoding.decode(status, headers, body);
      }

      @Override
      public boolean errorsAt(int status) {
        return decoding.catalogs().stream().anyMatch(c -> c.decoder().errorsAt(status));
      }
    };
  }
}
