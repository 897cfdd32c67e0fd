package dev.errorcatalog.sample;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/**
 * README's and Getting started's service example ("What you get"), a {@code catch} fragment, compiled against the
 * {@code InsiderOneException} this module generates, inside a JDK {@code HttpServer} handler like the sample's own.
 */
class ServiceSnippetTest {

  @Test
  void theServiceCatchCompiles() {
    ReadmeSnippets.assertCompiles("service-catch", """
        package com.example.client;

        import com.sun.net.httpserver.HttpExchange;
        import dev.errorcatalog.sample.InsiderOneErrors;
        import dev.errorcatalog.sample.InsiderOneException;
        import java.io.IOException;
        import java.io.OutputStream;
        import java.nio.charset.StandardCharsets;

        public class OrdersHandler {
          void handle(HttpExchange exchange) throws IOException {
            try {
              throw InsiderOneErrors.badRequest();
        """, """
          }

          static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
        }
        """);
  }
}
