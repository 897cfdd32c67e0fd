package dev.errorcatalog.spring7.retry;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeSpring7RetryTest {
  @Test
  void theRetryTemplateExampleCompiles() {
    ReadmeSnippets.assertCompiles("spring7-retry");
  }
}
