package dev.errorcatalog.spring.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * With {@code errorcatalog.client.catalogs} set: every {@code RestClient.Builder}, {@code RestTemplate} and
 * {@code WebClient.Builder} bean gets the status handler (or filter) of those catalogs, and with
 * {@code errorcatalog.client.retry.enabled} the {@code RestClient.Builder}s also the retry interceptor.
 */
public class CatalogClientBuilders implements BeanPostProcessor {

  private static final boolean WEBCLIENT = ClassUtils.isPresent(
      "org.springframework.web.reactive.function.client.WebClient", CatalogClientBuilders.class.getClassLoader());

  private final ObjectProvider<CatalogClients> clients;
  private final boolean retry;

  public CatalogClientBuilders(ObjectProvider<CatalogClients> clients, boolean retry) {
    this.clients = clients;
    this.retry = retry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof RestClient.Builder builder) {
      CatalogClients factory = clients.getObject();
      builder.defaultStatusHandler(factory.statusHandler());
      if (retry) {
        builder.requestInterceptor(factory.retryInterceptor());
      }
    } else if (bean instanceof RestTemplate template) {
      template.setErrorHandler(clients.getObject().statusHandler());
    } else if (WEBCLIENT) {
      WebClientBuilders.customize(bean, clients);
    }
    return bean;
  }

  /** Apart, so that WebClient is loaded only when it is there. */
  private static final class WebClientBuilders {
    static void customize(Object bean, ObjectProvider<CatalogClients> clients) {
      if (bean instanceof org.springframework.web.reactive.function.client.WebClient.Builder builder) {
        builder.filter(new CatalogExchangeFilter(clients.getObject().decoding()));
      }
    }
  }
}
