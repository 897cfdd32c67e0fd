package dev.errorcatalog.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.spring.autoconfigure.ErrorCatalogOpenApiAutoConfiguration;
import dev.errorcatalog.spring.openapi.CatalogDocument;
import dev.errorcatalog.spring.openapi.CatalogOpenApiCustomizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The OpenAPI part's conditions and the catalogs it reads, without a server. */
class OpenApiAutoConfigurationTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrorCatalogOpenApiAutoConfiguration.class));

  @Test
  void theServicesCatalogByDefault() {
    runner.withPropertyValues("errorcatalog.catalog=acme-orders").run(context ->
        assertThat(context.getBean(CatalogOpenApiCustomizer.class).documents())
            .extracting(CatalogDocument::id).containsExactly("acme-orders"));
  }

  /** Without errorcatalog.catalog, every catalog on the class path that has a document. */
  @Test
  void everyCatalogWithoutOneNamed() {
    List<String> withDocument = ErrorCatalogs.ids().stream()
        .filter(id -> getClass().getClassLoader().getResource(CatalogDocument.resource(id)) != null).toList();
    assertThat(withDocument).contains("acme-orders");
    runner.run(context ->
        assertThat(context.getBean(CatalogOpenApiCustomizer.class).documents())
            .extracting(CatalogDocument::id).containsExactlyElementsOf(withDocument));
  }

  @Test
  void theCatalogsNamedRatherThanTheServices() {
    runner.withPropertyValues("errorcatalog.catalog=pingback", "errorcatalog.openapi.catalogs=acme-orders")
        .run(context -> assertThat(context.getBean(CatalogOpenApiCustomizer.class).documents())
            .extracting(CatalogDocument::id).containsExactly("acme-orders"));
  }

  @Test
  void anUnknownCatalogStopsTheApplication() {
    runner.withPropertyValues("errorcatalog.openapi.catalogs=acme-order").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("No error catalog with id 'acme-order'");
      assertThat(context.getStartupFailure()).hasStackTraceContaining("errorcatalog.openapi.catalogs names acme-order");
    });
  }

  @Test
  void offByProperty() {
    runner.withPropertyValues("errorcatalog.openapi.enabled=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(CatalogOpenApiCustomizer.class);
    });
  }

  @Test
  void withoutSpringdoc() {
    runner.withClassLoader(new FilteredClassLoader("org.springdoc")).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(CatalogOpenApiCustomizer.class);
    });
  }

  @Test
  void theApplicationsOwnCustomizerWins() {
    runner.withBean(CatalogOpenApiCustomizer.class, () -> new CatalogOpenApiCustomizer(List.of()))
        .run(context -> assertThat(context.getBean(CatalogOpenApiCustomizer.class).documents()).isEmpty());
  }
}
