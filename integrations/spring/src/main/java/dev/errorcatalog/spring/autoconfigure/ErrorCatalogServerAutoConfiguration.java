package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.mvc.CatalogExceptionAdvice;
import dev.errorcatalog.spring.security.CatalogSecurityHandlers;
import dev.errorcatalog.spring.security.CatalogServerSecurityHandlers;
import dev.errorcatalog.spring.webflux.CatalogExceptionWebFluxAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server side, in a web application: the controller advice (Spring MVC or WebFlux) and, with Spring
 * Security, the handlers of its 401 and 403. Off with {@code errorcatalog.server.enabled=false}.
 */
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class)
@ConditionalOnProperty(prefix = "errorcatalog.server", name = "enabled", matchIfMissing = true)
public class ErrorCatalogServerAutoConfiguration {

  /** Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static class Mvc {

    @Bean
    @ConditionalOnMissingBean
    CatalogExceptionAdvice errorCatalogExceptionAdvice(CatalogErrorHandling handling) {
      return new CatalogExceptionAdvice(handling);
    }

    /** Spring Security on a servlet stack. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.AuthenticationEntryPoint")
    static class Security {

      @Bean
      @ConditionalOnMissingBean
      CatalogSecurityHandlers errorCatalogSecurityHandlers(CatalogErrorHandling handling) {
        return new CatalogSecurityHandlers(handling);
      }
    }
  }

  /** Spring WebFlux. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
  static class WebFlux {

    @Bean
    @ConditionalOnMissingBean
    CatalogExceptionWebFluxAdvice errorCatalogExceptionWebFluxAdvice(CatalogErrorHandling handling) {
      return new CatalogExceptionWebFluxAdvice(handling);
    }

    /** Spring Security on a reactive stack. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.server.ServerAuthenticationEntryPoint")
    static class Security {

      @Bean
      @ConditionalOnMissingBean
      CatalogServerSecurityHandlers errorCatalogServerSecurityHandlers(CatalogErrorHandling handling) {
        return new CatalogServerSecurityHandlers(handling);
      }
    }
  }
}
