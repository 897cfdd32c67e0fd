package dev.errorcatalog.clienttests;

import org.junit.jupiter.api.Test;

/**
 * The examples of README and the guide that are fragments, not whole classes: each compiled inside the class and
 * method that give it the variables its page takes for granted (a decoder, a client, a request, an advisor).
 */
class ReadmeFragmentsTest {

  /** README's and Getting started's client loop ("What you get"): decode, ask the advisor, wait or throw. */
  @Test
  void theClientLoopCompiles() {
    ReadmeSnippets.assertCompiles("client-loop", """
        package com.example.client;

        import dev.errorcatalog.DecodedError;
        import dev.errorcatalog.ErrorCatalogs;
        import dev.errorcatalog.ErrorDecoder;
        import dev.errorcatalog.RetryAdvisor;
        import dev.errorcatalog.RetryDecision;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;
        import java.net.http.HttpResponse.BodyHandlers;

        public class ClientLoop {
          HttpResponse<byte[]> call(HttpClient http, HttpRequest request, RetryAdvisor advisor) throws Exception {
        """, """
          }
        }
        """);
  }

  /** Generated code and decoding: every documented error of a body that lists several. */
  @Test
  void theErrorsLoopCompiles() {
    ReadmeSnippets.assertCompiles("decoded-errors", """
        package com.example.client;

        import dev.errorcatalog.DecodedError;

        public class DecodedErrors {
          void log(DecodedError<?> decoded) {
        """, """
          }
        }
        """);
  }

  /** Responses the catalog does not document: an advisor with other parameters for them. */
  @Test
  void theUndocumentedAdvisorsCompile() {
    ReadmeSnippets.assertCompiles("undocumented-advisor", """
        package com.example.client;

        import dev.errorcatalog.RetryAdvisor;
        import dev.errorcatalog.RetryParameters;
        import java.time.Duration;

        public class UndocumentedAdvisors {
          void advisors() {
        """, """
          }
        }
        """);
  }

  /** README's and Getting started's request for a catalog: an annotated package. */
  @Test
  void theCatalogAnnotationCompiles() {
    ReadmeSnippets.assertCompilesAs("com/example/api/package-info.java", "catalog-annotation", "", "");
  }
}
