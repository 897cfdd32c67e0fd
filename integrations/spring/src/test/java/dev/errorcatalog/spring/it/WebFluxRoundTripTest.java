package dev.errorcatalog.spring.it;

import dev.errorcatalog.spring.client.CatalogClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Spring WebFlux (Netty). The WebClient from Boot's builder; the RestClient made by hand with the handler. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=reactive")
class WebFluxRoundTripTest extends RoundTripContract {

  @Autowired
  CatalogClients clients;

  @Autowired
  WebClient.Builder webClients;

  @Override
  RestClient restClient() {
    return RestClient.builder().baseUrl(base()).defaultStatusHandler(clients.statusHandler()).build();
  }

  @Override
  WebClient webClient() {
    return webClients.baseUrl(base()).build();
  }
}
