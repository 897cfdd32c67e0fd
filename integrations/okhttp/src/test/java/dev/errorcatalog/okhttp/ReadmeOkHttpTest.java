package dev.errorcatalog.okhttp;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeOkHttpTest {
  @Test
  void theOkHttpExampleCompiles() {
    ReadmeSnippets.assertCompiles("okhttp");
  }

  @Test
  void theRetrofitExampleCompiles() {
    ReadmeSnippets.assertCompiles("retrofit");
  }

  @Test
  void theInterceptorExampleCompiles() {
    ReadmeSnippets.assertCompiles("okhttp-interceptor");
  }

  @Test
  void theRetryLayersExampleCompiles() {
    ReadmeSnippets.assertCompiles("retry-layers");
  }
}
