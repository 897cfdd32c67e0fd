package dev.errorcatalog.spring.it;

import com.example.orders.AcmeOrdersError;
import com.example.orders.AcmeOrdersErrors;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.Sleeper;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.FrameworkErrors;
import dev.errorcatalog.spring.UpstreamErrorMapper;
import dev.errorcatalog.spring.security.CatalogSecurityHandlers;
import dev.errorcatalog.spring.security.CatalogServerSecurityHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The tests' service. Its advisor replaces the starter's, as an application's would: the retries wait
 * nothing (its sleeper records the waits) and their jitter is fixed.
 */
@SpringBootApplication
public class TestApp {

  public static void main(String[] args) {
    SpringApplication.run(TestApp.class, args);
  }

  /** The waits the retry interceptor asked for, in order; nothing really waits. */
  @Bean
  RecordingSleeper recordingSleeper() {
    return new RecordingSleeper();
  }

  @Bean
  RetryAdvisor retryAdvisor(RecordingSleeper sleeper) {
    return new RetryAdvisor(new SplittableRandom(7), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
        sleeper);
  }

  /** The property that adds {@link #ordersUpstream}: an application's explicit mapping of an upstream's error. */
  static final String UPSTREAM_MAPPER = "test.upstream-mapper=true";

  /** The property that takes the 500 entry away: uncaught exceptions are then Spring's to answer. */
  static final String WITHOUT_INTERNAL_ENTRY = "test.without-internal-entry=true";

  /**
   * An upstream's ORDER_NOT_FOUND is this service's own, for the order it asked for (7): the answer is made
   * from what the service knows, not from what the upstream said.
   */
  @Bean
  @ConditionalOnProperty("test.upstream-mapper")
  UpstreamErrorMapper ordersUpstream() {
    return upstream -> upstream.error()
        .filter(AcmeOrdersError.ORDER_NOT_FOUND::equals)
        .<CatalogException>map(entry -> AcmeOrdersErrors.orderNotFound(7));
  }

  /** The framework errors of application.properties, without an entry for uncaught exceptions. */
  @Bean
  @ConditionalOnProperty("test.without-internal-entry")
  FrameworkErrors frameworkErrorsWithoutInternal(ErrorCatalogProperties properties) {
    FrameworkErrors named = FrameworkErrors.resolve(properties);
    return new FrameworkErrors(named.catalog(), named.validation(), named.notFound(), named.methodNotAllowed(),
        named.unsupportedMediaType(), named.notAcceptable(), named.unauthorized(), named.forbidden(), null);
  }

  static final UserDetails USER = User.withUsername("user").password("{noop}secret").roles("USER").build();

  /** Spring Security on Spring MVC: /secure/** needs a user, /admin/** an admin; 401 and 403 from the catalog. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class ServletSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CatalogSecurityHandlers handlers) throws Exception {
      http.csrf(csrf -> csrf.disable())
          .authorizeHttpRequests(authorize -> authorize
              .requestMatchers("/secure/**").authenticated()
              .requestMatchers("/admin/**").hasRole("ADMIN")
              .anyRequest().permitAll())
          .httpBasic(basic -> basic.authenticationEntryPoint(handlers.entryPoint()))
          .exceptionHandling(errors -> errors
              .authenticationEntryPoint(handlers.entryPoint())
              .accessDeniedHandler(handlers.accessDeniedHandler()));
      return http.build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
      return new InMemoryUserDetailsManager(USER);
    }
  }

  /** The same on WebFlux. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  static class ReactiveSecurity {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, CatalogServerSecurityHandlers handlers) {
      return http.csrf(csrf -> csrf.disable())
          .authorizeExchange(authorize -> authorize
              .pathMatchers("/secure/**").authenticated()
              .pathMatchers("/admin/**").hasRole("ADMIN")
              .anyExchange().permitAll())
          .httpBasic(basic -> basic.authenticationEntryPoint(handlers.entryPoint()))
          .exceptionHandling(errors -> errors
              .authenticationEntryPoint(handlers.entryPoint())
              .accessDeniedHandler(handlers.accessDeniedHandler()))
          .build();
    }

    @Bean
    MapReactiveUserDetailsService users() {
      return new MapReactiveUserDetailsService(USER);
    }
  }

  /** A {@link Sleeper} that records the waits instead of waiting. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration delay) {
      waits.add(delay);
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
      waits.add(delay);
      return CompletableFuture.completedFuture(null);
    }
  }
}
