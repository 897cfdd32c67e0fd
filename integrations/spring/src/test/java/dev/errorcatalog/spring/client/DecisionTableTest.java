package dev.errorcatalog.spring.client;

import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionTable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The runtime's shared decision table (responses, and the retries and outcome RetryAdvisor's rules give)
 * played over loopback through RestClient and RestTemplate with the starter's status handler and retry
 * interceptor, on the table's test clock and sleeper: the same decisions as every other adapter.
 */
class DecisionTableTest {

  static List<DecisionCase> rows() {
    return DecisionTable.cases();
  }

  private static CatalogDecoding decoding() {
    return CatalogDecoding.of(List.of(DecisionCatalog.INSTANCE));
  }

  private static HttpMethod method(boolean idempotent) {
    return idempotent ? HttpMethod.GET : HttpMethod.POST;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void restClient(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> {
      RestClient client = RestClient.builder()
          .defaultStatusHandler(new CatalogResponseErrorHandler(decoding()))
          .requestInterceptor(new CatalogRetryInterceptor(decoding(), setup.advisor(), Idempotency.BY_METHOD))
          .build();
      return (uri, idempotent) -> client.method(method(idempotent)).uri(uri).retrieve().body(String.class);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void restTemplate(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> {
      RestTemplate template = new RestTemplate();
      template.setErrorHandler(new CatalogResponseErrorHandler(decoding()));
      template.getInterceptors().add(new CatalogRetryInterceptor(decoding(), setup.advisor(), Idempotency.BY_METHOD));
      return (uri, idempotent) -> template.exchange(uri, method(idempotent), null, String.class).getBody();
    });
  }
}
