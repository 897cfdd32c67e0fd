package dev.errorcatalog.spring.it;

import static org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration.OVERRIDE;

import dev.errorcatalog.spring.it.PassThroughContract.Answer;
import dev.errorcatalog.spring.it.PassThroughController.Upstream;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * Issue 33 over real HTTP, on Spring MVC (Tomcat) and WebFlux (Netty), with the documented bodies and with RFC
 * 9457 problem details: what a service answers when its handler lets an upstream's error escape, by what the
 * application configured. Each nested class is one service (its own context, or a cached one of the same
 * configuration; closed after its tests where no other test class shares it); {@link PassThroughContract}
 * holds the checks.
 */
class PassThroughTest {

  private static final String PROBLEMS = "errorcatalog.problem-details.enabled=true";
  private static final String DOCS_URL = "errorcatalog.docs-url=https://docs.example.com/errors/{catalog}/#{anchor}";
  private static final String REACTIVE = "spring.main.web-application-type=reactive";
  private static final String UPSTREAM = "errorcatalog.errors.upstream=UPSTREAM_FAILED";
  private static final String RELAY = "errorcatalog.errors.relay=acme-orders";

  /** Nothing configured: an uncaught exception, answered with the catalog's 500 entry (errors.internal). */
  static final Map<Upstream, Answer> UNCAUGHT = Answer.own("INTERNAL_ERROR").always();

  /** errorcatalog.errors.upstream: that entry, whatever the upstream said. */
  static final Map<Upstream, Answer> UPSTREAM_ENTRY = Answer.own("UPSTREAM_FAILED").always();

  /** Nothing configured and no 500 entry in the catalog: Spring's own 500. */
  static final Map<Upstream, Answer> SPRINGS = Answer.SPRING.always();

  /** errorcatalog.errors.relay=acme-orders: its documented errors passed on, as documented; the rest as above. */
  static final Map<Upstream, Answer> RELAYED = with(UPSTREAM_ENTRY, Map.of(
      Upstream.HOSTILE_NOT_FOUND, Answer.relayed("ORDER_NOT_FOUND"),
      Upstream.HOSTILE_VALIDATION, Answer.relayed("VALIDATION_FAILED"),
      Upstream.NOT_FOUND, Answer.relayed("ORDER_NOT_FOUND")));

  /** TestApp's UpstreamErrorMapper: an upstream's ORDER_NOT_FOUND is the service's own, for order 7. */
  static final Map<Upstream, Answer> MAPPED = with(UPSTREAM_ENTRY, Map.of(
      Upstream.HOSTILE_NOT_FOUND, Answer.own("ORDER_NOT_FOUND", Map.of("orderId", "7")),
      Upstream.NOT_FOUND, Answer.own("ORDER_NOT_FOUND", Map.of("orderId", "7"))));

  private static Map<Upstream, Answer> with(Map<Upstream, Answer> base, Map<Upstream, Answer> changes) {
    Map<Upstream, Answer> all = new EnumMap<>(base);
    all.putAll(changes);
    return all;
  }

  @Nested
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  class Mvc extends PassThroughContract {
    Mvc() {
      super(UNCAUGHT);
    }
  }

  @Nested
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {PROBLEMS, DOCS_URL})
  class MvcProblems extends PassThroughContract {
    MvcProblems() {
      super(UNCAUGHT);
    }
  }

  @Nested
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = REACTIVE)
  class WebFlux extends PassThroughContract {
    WebFlux() {
      super(UNCAUGHT);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {REACTIVE, PROBLEMS, DOCS_URL})
  class WebFluxProblems extends PassThroughContract {
    WebFluxProblems() {
      super(UNCAUGHT);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = UPSTREAM)
  class MvcUpstreamEntry extends PassThroughContract {
    MvcUpstreamEntry() {
      super(UPSTREAM_ENTRY);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, PROBLEMS, DOCS_URL})
  class MvcProblemsUpstreamEntry extends PassThroughContract {
    MvcProblemsUpstreamEntry() {
      super(UPSTREAM_ENTRY);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, REACTIVE})
  class WebFluxUpstreamEntry extends PassThroughContract {
    WebFluxUpstreamEntry() {
      super(UPSTREAM_ENTRY);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, REACTIVE, PROBLEMS, DOCS_URL})
  class WebFluxProblemsUpstreamEntry extends PassThroughContract {
    WebFluxProblemsUpstreamEntry() {
      super(UPSTREAM_ENTRY);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, RELAY})
  class MvcRelay extends PassThroughContract {
    MvcRelay() {
      super(RELAYED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, RELAY, PROBLEMS, DOCS_URL})
  class MvcProblemsRelay extends PassThroughContract {
    MvcProblemsRelay() {
      super(RELAYED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, RELAY, REACTIVE})
  class WebFluxRelay extends PassThroughContract {
    WebFluxRelay() {
      super(RELAYED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, RELAY, REACTIVE, PROBLEMS, DOCS_URL})
  class WebFluxProblemsRelay extends PassThroughContract {
    WebFluxProblemsRelay() {
      super(RELAYED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, TestApp.UPSTREAM_MAPPER})
  class MvcMapper extends PassThroughContract {
    MvcMapper() {
      super(MAPPED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {UPSTREAM, TestApp.UPSTREAM_MAPPER, REACTIVE})
  class WebFluxMapper extends PassThroughContract {
    WebFluxMapper() {
      super(MAPPED);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = TestApp.WITHOUT_INTERNAL_ENTRY)
  class MvcSpringsOwn extends PassThroughContract {
    MvcSpringsOwn() {
      super(SPRINGS);
    }
  }

  @Nested
  @DirtiesContext
  @NestedTestConfiguration(OVERRIDE)
  @SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {TestApp.WITHOUT_INTERNAL_ENTRY, REACTIVE})
  class WebFluxSpringsOwn extends PassThroughContract {
    WebFluxSpringsOwn() {
      super(SPRINGS);
    }
  }
}
