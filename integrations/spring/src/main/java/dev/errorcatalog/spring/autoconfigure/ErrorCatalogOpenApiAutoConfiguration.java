package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.openapi.CatalogOpenApiCustomizer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * springdoc-openapi (on the class path): the service's OpenAPI document gets its catalogs' documented errors, from
 * the documents the processor exported beside the generated types ({@link CatalogOpenApiCustomizer}). The catalogs
 * are {@code errorcatalog.openapi.catalogs}, else {@code errorcatalog.catalog}, else every catalog on the class path.
 * Off with {@code errorcatalog.openapi.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.springdoc.core.customizers.GlobalOpenApiCustomizer",
    "io.swagger.v3.core.util.Json31"})
@ConditionalOnProperty(prefix = "errorcatalog.openapi", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorCatalogProperties.class)
public class ErrorCatalogOpenApiAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public CatalogOpenApiCustomizer errorCatalogOpenApiCustomizer(ErrorCatalogProperties properties) {
    return CatalogOpenApiCustomizer.of(catalogs(properties));
  }

  /**
   * The catalogs whose errors the service answers.
   *
   * @throws IllegalStateException for an id no catalog on the class path has, naming the property
   */
  static List<Catalog<?>> catalogs(ErrorCatalogProperties properties) {
    List<String> ids = new ArrayList<>();
    String property = "errorcatalog.openapi.catalogs";
    if (!properties.getOpenapi().getCatalogs().isEmpty()) {
      properties.getOpenapi().getCatalogs().forEach(id -> ids.add(id.trim()));
    } else if (properties.getCatalog() != null && !properties.getCatalog().isBlank()) {
      ids.add(properties.getCatalog().trim());
      property = "errorcatalog.catalog";
    } else {
      ids.addAll(ErrorCatalogs.ids());
    }
    List<Catalog<?>> catalogs = new ArrayList<>();
    for (String id : ids) {
      try {
        catalogs.add(ErrorCatalogs.catalog(id));
      } catch (NoSuchElementException e) {
        throw new IllegalStateException(property + " names " + id + ": " + e.getMessage(), e);
      }
    }
    return catalogs;
  }
}
