package dev.errorcatalog.spring.it;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** README's "With Spring Boot" examples compile as written (-Xlint:all -Werror), against this Boot version. */
class ReadmeSpringTest {

  @Test
  void controller() {
    ReadmeSnippets.assertCompiles("spring-controller");
  }

  @Test
  void security() {
    ReadmeSnippets.assertCompiles("spring-security");
  }

  @Test
  void client() {
    ReadmeSnippets.assertCompiles("spring-client");
  }

  @Test
  void upstream() {
    ReadmeSnippets.assertCompiles("spring-upstream");
  }
}
