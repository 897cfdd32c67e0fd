package dev.errorcatalog.spring;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code errorcatalog.openapi.*} properties: the service's OpenAPI document, as springdoc-openapi serves it (with
 * springdoc on the class path).
 */
public class ErrorCatalogOpenApiProperties {

  /**
   * Whether the catalogs' documented error responses are added to the service's OpenAPI document: their
   * components, and on each operation the responses whose entries name its endpoint, plus the catalog-wide ones
   * (401, 403, 408, 429, 5xx).
   */
  private boolean enabled = true;

  /**
   * The catalogs whose errors the service answers, by id. By default errorcatalog.catalog (the service's own),
   * else every catalog on the class path; name others here when the service also relays or throws their errors.
   */
  private List<String> catalogs = new ArrayList<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getCatalogs() {
    return catalogs;
  }

  public void setCatalogs(List<String> catalogs) {
    this.catalogs = catalogs;
  }
}
