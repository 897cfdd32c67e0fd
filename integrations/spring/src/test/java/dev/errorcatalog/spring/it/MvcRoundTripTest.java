package dev.errorcatalog.spring.it;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Spring MVC. The clients come from Boot's builders, which the starter equipped (errorcatalog.client.catalogs).
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MvcRoundTripTest extends RoundTripContract {

  @Autowired
  RestClient.Builder restClients;

  @Autowired
  WebClient.Builder webClients;

  @Override
  RestClient restClient() {
    return restClients.baseUrl(base()).build();
  }

  @Override
  WebClient webClient() {
    return webClients.baseUrl(base()).build();
  }
}
