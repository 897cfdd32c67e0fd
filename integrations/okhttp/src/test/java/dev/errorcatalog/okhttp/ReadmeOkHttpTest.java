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
}
