package dev.errorcatalog.spring.it;

import com.example.getresponse.*;
import com.example.orders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.pingback.*;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.FrameworkErrors;
import dev.errorcatalog.spring.MicrometerTraceIds;
import dev.errorcatalog.spring.RenderedError;
import dev.errorcatalog.spring.TraceIds;
import dev.errorcatalog.spring.UpstreamErrorMapper;
import dev.errorcatalog.spring.UpstreamErrors;
import dev.errorcatalog.spring.client.CatalogDecoding;
import dev.errorcatalog.spring.autoconfigure.ErrorCatalogAutoConfiguration;
import dev.errorcatalog.spring.autoconfigure.ErrorCatalogClientAutoConfiguration;
import dev.errorcatalog.spring.autoconfigure.ErrorCatalogServerAutoConfiguration;
import dev.errorcatalog.spring.client.CatalogClientBuilders;
import dev.errorcatalog.spring.client.CatalogClients;
import dev.errorcatalog.spring.mvc.CatalogExceptionAdvice;
import dev.errorcatalog.spring.security.CatalogSecurityHandlers;
import dev.errorcatalog.spring.webflux.CatalogExceptionWebFluxAdvice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.Ordered;

/** The auto-configuration's conditions, its overridable beans and its start-up errors, without a server. */
class AutoConfigurationTest {

  private static final AutoConfigurations STARTER = AutoConfigurations.of(ErrorCatalogAutoConfiguration.class,
      ErrorCatalogServerAutoConfiguration.class, ErrorCatalogClientAutoConfiguration.class);

  private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
      .withConfiguration(STARTER).withPropertyValues("errorcatalog.catalog=acme-orders");

  @Test
  void registeredTheBootWay() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertNotNull(in);
      String imports = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Class<?> type : new Class<?>[] {ErrorCatalogAutoConfiguration.class,
          ErrorCatalogServerAutoConfiguration.class, ErrorCatalogClientAutoConfiguration.class,
          dev.errorcatalog.spring.autoconfigure.ErrorCatalogOpenApiAutoConfiguration.class}) {
        assertTrue(imports.contains(type.getName()), imports);
      }
    }
  }

  @Test
  void configurationMetadataDescribesEveryProperty() throws IOException {
    List<String> expected = List.of("errorcatalog.catalog", "errorcatalog.docs-url",
        "errorcatalog.problem-details.enabled", "errorcatalog.server.enabled", "errorcatalog.errors.validation",
        "errorcatalog.errors.not-found", "errorcatalog.errors.method-not-allowed",
        "errorcatalog.errors.unsupported-media-type", "errorcatalog.errors.not-acceptable",
        "errorcatalog.errors.unauthorized", "errorcatalog.errors.forbidden", "errorcatalog.errors.internal",
        "errorcatalog.errors.upstream", "errorcatalog.errors.relay", "errorcatalog.client.catalogs", "errorcatalog.client.retry.enabled",
        "errorcatalog.openapi.enabled", "errorcatalog.openapi.catalogs");
    Map<String, String> described = new TreeMap<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(
        "META-INF/spring-configuration-metadata.json"))) {
      for (JsonNode property : new ObjectMapper().readTree(url).path("properties")) {
        String name = property.path("name").asText();
        if (name.startsWith("errorcatalog.")) {
          described.put(name, property.path("description").asText(""));
        }
      }
    }
    assertEquals(new TreeSet<>(expected), described.keySet());
    described.forEach((name, description) -> assertTrue(description.length() > 20, name + ": " + description));
  }

  /**
   * The beans made whatever the application has beside spring-web name no type of an optional library in their
   * signatures, nor a type that extends one: Spring introspects a bean's class, and a type missing there fails
   * the start (as a WebClient filter returned by CatalogClients did, in an application without WebFlux).
   */
  @Test
  void beansMadeInEveryApplicationNameNoOptionalType() {
    for (Class<?> type : List.of(CatalogClients.class, CatalogClientBuilders.class, CatalogErrorHandling.class,
        CatalogErrorRenderer.class, dev.errorcatalog.spring.ErrorLog.class, FrameworkErrors.class,
        UpstreamErrors.class, UpstreamErrorMapper.class,
        dev.errorcatalog.spring.client.Idempotency.class, dev.errorcatalog.spring.client.CatalogDecoding.class,
        dev.errorcatalog.spring.client.CatalogResponseErrorHandler.class,
        dev.errorcatalog.spring.client.CatalogRetryInterceptor.class, ErrorCatalogAutoConfiguration.class,
        ErrorCatalogClientAutoConfiguration.class, ErrorCatalogServerAutoConfiguration.class)) {
      List<Class<?>> named = new java.util.ArrayList<>();
      for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
        named.add(m.getReturnType());
        named.addAll(List.of(m.getParameterTypes()));
      }
      for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
        named.addAll(List.of(c.getParameterTypes()));
      }
      for (java.lang.reflect.Field f : type.getDeclaredFields()) {
        named.add(f.getType());
      }
      for (Class<?> t : named) {
        String optional = optionalIn(t);
        assertEquals(null, optional, () -> type.getSimpleName() + " names " + t.getName());
      }
    }
  }

  /** The first optional library's type among {@code type} and its supertypes, or {@code null}. */
  private static String optionalIn(Class<?> type) {
    if (type == null || type.isPrimitive()) {
      return null;
    }
    if (type.isArray()) {
      return optionalIn(type.getComponentType());
    }
    for (String prefix : List.of("org.springframework.web.reactive.", "reactor.", "jakarta.servlet.",
        "org.springframework.security.", "io.micrometer.", "jakarta.validation.", "org.springframework.web.servlet.")) {
      if (type.getName().startsWith(prefix)) {
        return type.getName();
      }
    }
    String found = optionalIn(type.getSuperclass());
    for (Class<?> i : type.getInterfaces()) {
      found = found != null ? found : optionalIn(i);
    }
    return found;
  }

  @Test
  void servletApplication() {
    servlet.run(context -> {
      assertNotNull(context.getBean(CatalogExceptionAdvice.class));
      assertNotNull(context.getBean(CatalogSecurityHandlers.class));
      assertEquals(0, context.getBeansOfType(CatalogExceptionWebFluxAdvice.class).size());
      assertNotNull(context.getBean(CatalogClients.class));
      // the generic 500 entry found by status without being named
      assertEquals(AcmeOrdersError.INTERNAL_ERROR, context.getBean(FrameworkErrors.class).internal());
    });
  }

  @Test
  void reactiveApplication() {
    new ReactiveWebApplicationContextRunner().withConfiguration(STARTER).run(context -> {
      assertNotNull(context.getBean(CatalogExceptionWebFluxAdvice.class));
      assertEquals(0, context.getBeansOfType(CatalogExceptionAdvice.class).size());
    });
  }

  @Test
  void noWebApplicationHasTheClientsOnly() {
    new ApplicationContextRunner().withConfiguration(STARTER).run(context -> {
      assertEquals(0, context.getBeansOfType(CatalogExceptionAdvice.class).size());
      assertEquals(0, context.getBeansOfType(CatalogExceptionWebFluxAdvice.class).size());
      assertNotNull(context.getBean(CatalogClients.class));
      assertEquals(0, context.getBeansOfType(CatalogClientBuilders.class).size());
    });
  }

  @Test
  void withoutSpringSecurity() {
    servlet.withClassLoader(new FilteredClassLoader("org.springframework.security"))
        .run(context -> assertEquals(0, context.getBeansOfType(CatalogSecurityHandlers.class).size()));
  }

  @Test
  void withoutSpringWeb() {
    new ApplicationContextRunner().withConfiguration(STARTER)
        .withClassLoader(new FilteredClassLoader("org.springframework.web"))
        .run(context -> {
          assertEquals(0, context.getBeansOfType(CatalogErrorHandling.class).size());
          assertEquals(0, context.getBeansOfType(CatalogClients.class).size());
        });
  }

  @Test
  void serverOff() {
    servlet.withPropertyValues("errorcatalog.server.enabled=false")
        .run(context -> assertEquals(0, context.getBeansOfType(CatalogExceptionAdvice.class).size()));
  }

  @Test
  void everyBeanGivesWayToTheApplications() {
    CatalogErrorRenderer mine = new CatalogErrorRenderer(true, "https://example.com/{anchor}");
    servlet.withBean(CatalogErrorRenderer.class, () -> mine)
        .withBean(CatalogExceptionAdvice.class, () -> new CatalogExceptionAdvice(null))
        .run(context -> {
          assertSame(mine, context.getBean(CatalogErrorRenderer.class));
          assertEquals(1, context.getBeansOfType(CatalogExceptionAdvice.class).size());
        });
  }

  @Test
  void traceIdsFromMicrometerTracing() {
    servlet.withBean(Tracer.class, () -> Tracer.NOOP)
        .run(context -> assertInstanceOf(MicrometerTraceIds.class, context.getBean(TraceIds.class)));
    servlet.run(context -> assertEquals(0, context.getBeansOfType(TraceIds.class).size()));
  }

  @Test
  void aNameNotInTheCatalogStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.errors.not-found=NO_SUCH_THING").run(context -> {
      String message = rootMessage(context.getStartupFailure());
      assertTrue(message.startsWith("errorcatalog.errors.not-found=NO_SUCH_THING: catalog 'acme-orders' has no "
          + "entry with that code or name; its error entries are ORDER_ON_HOLD (200), ORDER_NOT_FOUND (404), "), message);
    });
  }

  @Test
  void anEntryThatIsNotAnErrorStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.errors.validation=ORDER_CREATED").run(context -> {
      String message = rootMessage(context.getStartupFailure());
      assertEquals("errorcatalog.errors.validation=ORDER_CREATED: acme-orders ORDER_CREATED has status 201, not an "
          + "HTTP error status (400-599)", message);
    });
  }

  @Test
  void anUnknownCatalogStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.catalog=transformify-missing").run(context -> {
      String message = rootMessage(context.getStartupFailure());
      assertTrue(message.startsWith("errorcatalog.catalog=transformify-missing: No error catalog with id "
          + "'transformify-missing'; the class path has " + ErrorCatalogs.ids()), message);
    });
  }

  @Test
  void errorsNamedWithoutACatalogStopTheApplication() {
    new WebApplicationContextRunner().withConfiguration(STARTER)
        .withPropertyValues("errorcatalog.errors.validation=VALIDATION_FAILED").run(context -> {
          String message = rootMessage(context.getStartupFailure());
          assertEquals("errorcatalog.errors.validation names an entry, but errorcatalog.catalog is not set and the "
              + "class path has " + ErrorCatalogs.ids().size() + " catalogs " + ErrorCatalogs.ids()
              + ": set errorcatalog.catalog to the id of the service's catalog", message);
        });
  }

  @Test
  void entriesByConstantName() {
    servlet.withPropertyValues("errorcatalog.catalog=getresponse", "errorcatalog.errors.validation=GENERAL_VALIDATION_ERROR",
        "errorcatalog.errors.forbidden=1014")
        .run(context -> {
          FrameworkErrors errors = context.getBean(FrameworkErrors.class);
          assertEquals(GetresponseError.GENERAL_VALIDATION_ERROR, errors.validation());
          assertEquals("1014", errors.forbidden().code());
          assertEquals(GetresponseError.INTERNAL_ERROR, errors.internal());
        });
  }

  @Test
  void upstreamErrorsFromTheProperties() {
    servlet.withPropertyValues("errorcatalog.errors.upstream=UPSTREAM_FAILED",
        "errorcatalog.errors.relay=pingback:CONTACT_NOT_FOUND, getresponse")
        .run(context -> {
          UpstreamErrors upstream = context.getBean(UpstreamErrors.class);
          assertEquals(AcmeOrdersError.UPSTREAM_FAILED, upstream.entry());
          CatalogException contactNotFound = decoded(PingbackError.CONTACT_NOT_FOUND);
          assertSame(contactNotFound, upstream.mapped(contactNotFound).orElseThrow());
          assertEquals(Optional.empty(), upstream.mapped(decoded(PingbackError.FORBIDDEN)), "not listed");
          assertTrue(upstream.mapped(decoded(GetresponseError.INTERNAL_ERROR)).isPresent(), "the whole catalog");
        });
  }

  @Test
  void withoutPropertiesNothingIsRelayed() {
    servlet.run(context -> {
      UpstreamErrors upstream = context.getBean(UpstreamErrors.class);
      assertEquals(null, upstream.entry());
      assertEquals(Optional.empty(), upstream.mapped(decoded(AcmeOrdersError.ORDER_NOT_FOUND)));
    });
  }

  @Test
  void theApplicationsMappersComeFirstInTheirOrder() {
    CatalogException mine = AcmeOrdersErrors.orderNotFound(7);
    servlet.withPropertyValues("errorcatalog.errors.relay=acme-orders")
        .withBean("second", UpstreamErrorMapper.class, () -> new OrderedMapper(2, Optional.of(mine)))
        .withBean("first", UpstreamErrorMapper.class, () -> new OrderedMapper(1, Optional.empty()))
        .run(context -> {
          UpstreamErrors upstream = context.getBean(UpstreamErrors.class);
          assertSame(mine, upstream.mapped(decoded(AcmeOrdersError.RATE_LIMITED)).orElseThrow());
        });
  }

  @Test
  void aRelayedEntryNotInItsCatalogStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.errors.relay=pingback, pingback:NO_SUCH_THING").run(context -> {
      String message = rootMessage(context.getStartupFailure());
      assertTrue(message.startsWith("errorcatalog.errors.relay=pingback:NO_SUCH_THING: catalog 'pingback' has no "
          + "entry with that code or name; its error entries are "), message);
    });
  }

  @Test
  void aRelayedCatalogNotOnTheClassPathStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.errors.relay=no-such-catalog").run(context -> {
      String message = rootMessage(context.getStartupFailure());
      assertTrue(message.startsWith("errorcatalog.errors.relay=no-such-catalog: No error catalog with id "
          + "'no-such-catalog'; the class path has " + ErrorCatalogs.ids()), message);
    });
  }

  @Test
  void anUpstreamEntryThatIsNotAnErrorStopsTheApplication() {
    servlet.withPropertyValues("errorcatalog.errors.upstream=ORDER_CREATED").run(context -> assertEquals(
        "errorcatalog.errors.upstream=ORDER_CREATED: acme-orders ORDER_CREATED has status 201, not an HTTP error "
            + "status (400-599)", rootMessage(context.getStartupFailure())));
    servlet.withPropertyValues("errorcatalog.errors.relay=acme-orders:ORDER_CREATED").run(context -> assertEquals(
        "errorcatalog.errors.relay=acme-orders:ORDER_CREATED: acme-orders ORDER_CREATED has status 201, not an HTTP "
            + "error status (400-599)", rootMessage(context.getStartupFailure())));
  }

  @Test
  void anUpstreamEntryWithoutACatalogStopsTheApplication() {
    new WebApplicationContextRunner().withConfiguration(STARTER)
        .withPropertyValues("errorcatalog.errors.upstream=UPSTREAM_FAILED").run(context -> assertTrue(
            rootMessage(context.getStartupFailure()).startsWith("errorcatalog.errors.upstream names an entry, but "
                + "errorcatalog.catalog is not set"), () -> rootMessage(context.getStartupFailure())));
  }

  /** The exception a client decodes from the entry's documented response. */
  private static CatalogException decoded(CatalogError entry) {
    RenderedError response = new CatalogErrorRenderer(false, null).render(entry, Map.of(), null, null);
    CatalogException e = CatalogDecoding.of(entry.catalogId()).decode(response.status(),
        Map.of("Content-Type", List.of(response.contentType())), response.body()).toException();
    assertSame(entry, e.error().orElse(null), e::toString);
    return e;
  }

  /** A mapper bean with an order, answering the same whatever it is asked. */
  record OrderedMapper(int order, Optional<CatalogException> answer) implements UpstreamErrorMapper, Ordered {
    @Override
    public Optional<CatalogException> map(CatalogException upstream) {
      return answer;
    }

    @Override
    public int getOrder() {
      return order;
    }
  }

  /** The message of the starter's exception in the failure's causes. */
  private static String rootMessage(Throwable failure) {
    assertNotNull(failure, "the context started");
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().startsWith("errorcatalog.")) {
        return t.getMessage();
      }
    }
    throw new AssertionError("no errorcatalog message in " + failure, failure);
  }
}
