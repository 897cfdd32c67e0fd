package dev.errorcatalog.resilience4j;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeResilience4jTest {
  @Test
  void theResilience4jExampleCompiles() {
    ReadmeSnippets.assertCompiles("resilience4j");
  }
}
