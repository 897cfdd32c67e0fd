package dev.errorcatalog.springr4j;

import dev.errorcatalog.feign.CatalogErrorDecoder;
import dev.errorcatalog.testkit.DecisionCatalog;
import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.URI;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Boot application with a Feign client whose calls resilience4j-spring-boot3's {@code @Retry} retries. */
@SpringBootApplication
public class OrdersApp {

  /** The Feign interface of the loopback server. */
  public interface Api {
    @RequestLine("GET /orders/{id}")
    String order(@Param("id") String id);
  }

  /** A client service: its method is retried by the {@code orders} instance configured in properties. */
  public static class Orders {
    /** The order at {@code base}; throws the catalog's typed exception. */
    @Retry(name = "orders")
    public String order(URI base, String id) {
      return Feign.builder()
          .errorDecoder(new CatalogErrorDecoder(DecisionCatalog.INSTANCE.decoder()))
          .retryer(Retryer.NEVER_RETRY)
          .target(Api.class, base.toString())
          .order(id);
    }
  }

  @Bean
  Orders orders() {
    return new Orders();
  }
}
