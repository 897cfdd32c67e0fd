package dev.errorcatalog.clienttests;

import org.junit.jupiter.api.Test;

class ReadmeJavaNetHttpTest {
  @Test
  void theJavaNetHttpExampleCompiles() {
    ReadmeSnippets.assertCompiles("java-net-http");
  }
}
