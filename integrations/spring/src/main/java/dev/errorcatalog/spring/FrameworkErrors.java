package dev.errorcatalog.spring;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.ErrorCatalogs;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The entries of the service's catalog that answer the framework's own errors, resolved from
 * {@code errorcatalog.errors.*} once, at start-up: a name that is not in the catalog, or an entry that is
 * not an HTTP error, stops the application with the list of what would do. (The answers to upstreams' errors,
 * {@code errorcatalog.errors.upstream} and {@code .relay}, are {@link UpstreamErrors}'.)
 *
 * @param catalog the service's catalog; {@code null} when none is named and the class path has not exactly one
 */
public record FrameworkErrors(
    Catalog<?> catalog,
    CatalogError validation,
    CatalogError notFound,
    CatalogError methodNotAllowed,
    CatalogError unsupportedMediaType,
    CatalogError notAcceptable,
    CatalogError unauthorized,
    CatalogError forbidden,
    CatalogError internal) {

  /** No framework error answered from a catalog. */
  public static final FrameworkErrors NONE = new FrameworkErrors(null, null, null, null, null, null, null, null, null);

  /**
   * Resolves the properties against the catalogs on the class path.
   *
   * @throws IllegalStateException naming the property, the value and the entries there are
   */
  public static FrameworkErrors resolve(ErrorCatalogProperties properties) {
    Catalog<?> catalog = serviceCatalog(properties.getCatalog());
    ErrorCatalogProperties.Errors errors = properties.getErrors();
    if (catalog == null) {
      String named = firstNamed(errors);
      if (named != null) {
        throw noServiceCatalog(named);
      }
      return NONE;
    }
    CatalogError internal = errors.getInternal() != null
        ? entry(catalog, "internal", errors.getInternal())
        : catalog.entries().stream().filter(e -> e.httpStatus() == 500).findFirst().orElse(null);
    return new FrameworkErrors(
        catalog,
        entry(catalog, "validation", errors.getValidation()),
        entry(catalog, "not-found", errors.getNotFound()),
        entry(catalog, "method-not-allowed", errors.getMethodNotAllowed()),
        entry(catalog, "unsupported-media-type", errors.getUnsupportedMediaType()),
        entry(catalog, "not-acceptable", errors.getNotAcceptable()),
        entry(catalog, "unauthorized", errors.getUnauthorized()),
        entry(catalog, "forbidden", errors.getForbidden()),
        internal);
  }

  /** The entry that answers a Spring error response of this status (404, 405, 406, 415), if one is named. */
  public Optional<CatalogError> forStatus(int status) {
    return Optional.ofNullable(switch (status) {
      case 404 -> notFound;
      case 405 -> methodNotAllowed;
      case 406 -> notAcceptable;
      case 415 -> unsupportedMediaType;
      default -> null;
    });
  }

  /** The failure of {@code errorcatalog.errors.<property>} named without a service catalog to find it in. */
  static IllegalStateException noServiceCatalog(String property) {
    return new IllegalStateException("errorcatalog.errors." + property + " names an entry, but errorcatalog.catalog"
        + " is not set and the class path has " + ErrorCatalogs.ids().size() + " catalogs " + ErrorCatalogs.ids()
        + ": set errorcatalog.catalog to the id of the service's catalog");
  }

  /** The service's catalog: the one named, else the only one on the class path; {@code null} for neither. */
  static Catalog<?> serviceCatalog(String id) {
    if (id != null && !id.isBlank()) {
      try {
        return ErrorCatalogs.catalog(id.trim());
      } catch (java.util.NoSuchElementException e) {
        throw new IllegalStateException("errorcatalog.catalog=" + id + ": " + e.getMessage(), e);
      }
    }
    Set<String> ids = ErrorCatalogs.ids();
    return ids.size() == 1 ? ErrorCatalogs.catalog(ids.iterator().next()) : null;
  }

  private static String firstNamed(ErrorCatalogProperties.Errors e) {
    String[][] named = {
      {"validation", e.getValidation()}, {"not-found", e.getNotFound()},
      {"method-not-allowed", e.getMethodNotAllowed()}, {"unsupported-media-type", e.getUnsupportedMediaType()},
      {"not-acceptable", e.getNotAcceptable()}, {"unauthorized", e.getUnauthorized()},
      {"forbidden", e.getForbidden()}, {"internal", e.getInternal()}, {"upstream", e.getUpstream()},
    };
    for (String[] property : named) {
      if (property[1] != null && !property[1].isBlank()) {
        return property[0];
      }
    }
    return null;
  }

  /** The entry with this code or constant name; {@code null} for no value. */
  static CatalogError entry(Catalog<?> catalog, String property, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return named(catalog, "errorcatalog.errors." + property + "=" + value, value);
  }

  /**
   * The entry with this code or constant name.
   *
   * @param setting the property as written ({@code name=value}), for the message of a failure
   * @throws IllegalStateException when the catalog has no such entry, or it is not an HTTP error
   */
  static CatalogError named(Catalog<?> catalog, String setting, String name) {
    String wanted = name.trim();
    CatalogError found = catalog.byCode(wanted).orElse(null);
    if (found == null) {
      found = catalog.byName(wanted).orElse(null);
    }
    if (found == null) {
      StringJoiner errors = new StringJoiner(", ");
      catalog.entries().stream().filter(CatalogErrorRenderer::isRenderable)
          .forEach(e -> errors.add(CatalogErrorRenderer.codeOrName(e) + " (" + e.httpStatus() + ")"));
      throw new IllegalStateException(setting + ": catalog '" + catalog.id()
          + "' has no entry with that code or name; its error entries are " + errors);
    }
    if (!CatalogErrorRenderer.isRenderable(found)) {
      throw new IllegalStateException(setting + ": " + catalog.id() + " "
          + CatalogErrorRenderer.codeOrName(found) + " has status " + found.httpStatus() + ", not an HTTP error status (400-599)");
    }
    return found;
  }

}
