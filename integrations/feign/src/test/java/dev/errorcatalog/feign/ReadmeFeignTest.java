package dev.errorcatalog.feign;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeFeignTest {
  @Test
  void theFeignExampleCompiles() {
    ReadmeSnippets.assertCompiles("feign");
  }
}
