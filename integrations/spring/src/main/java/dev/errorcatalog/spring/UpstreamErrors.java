package dev.errorcatalog.spring;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the service answers an upstream's error that a handler let escape: a {@link CatalogException}
 * {@linkplain CatalogException#isDecoded() decoded} from another server's response. A service never presents
 * such an error as its own: the upstream's status, message, arguments and headers describe a call the service
 * made, not the request its caller sent, and its text is whatever that server (or a proxy, or an attacker in
 * between) wrote. In order:
 *
 * <ol>
 *   <li>The application's explicit mapping: its {@link UpstreamErrorMapper} beans, then the entries
 *       {@code errorcatalog.errors.relay} lists ({@link #mapped}).
 *   <li>The {@code errorcatalog.errors.upstream} entry of the service's catalog ({@link #entry}), rendered
 *       as the framework's errors are, with its own message.
 *   <li>Otherwise the error is an uncaught exception like any other: the {@code errorcatalog.errors.internal}
 *       entry, else Spring's own answer (Boot's 500, which shows no exception message by default).
 * </ol>
 *
 * @see CatalogErrorHandling
 */
public final class UpstreamErrors {

  /** Nothing mapped, no entry: every upstream error is an uncaught exception. */
  public static final UpstreamErrors NONE = new UpstreamErrors(null, List.of());

  private final CatalogError entry;
  private final List<UpstreamErrorMapper> mappers;

  /**
   * @param entry the entry that answers an upstream's error nothing maps, or {@code null}
   * @param mappers the mappings to ask, in order
   * @throws IllegalArgumentException if the entry is not an HTTP error
   */
  public UpstreamErrors(CatalogError entry, List<? extends UpstreamErrorMapper> mappers) {
    if (entry != null && !CatalogErrorRenderer.isRenderable(entry)) {
      throw new IllegalArgumentException(entry.catalogId() + " " + CatalogErrorRenderer.codeOrName(entry)
          + " has status " + entry.httpStatus() + ", not an HTTP error status");
    }
    this.entry = entry;
    this.mappers = List.copyOf(mappers);
  }

  /**
   * Resolves {@code errorcatalog.errors.upstream} against the service's catalog and
   * {@code errorcatalog.errors.relay} against the catalogs on the class path, once, at start-up.
   *
   * @param mappers the application's mappings, in order; asked before the relay list
   * @throws IllegalStateException naming the property, the value and what would do
   */
  public static UpstreamErrors resolve(ErrorCatalogProperties properties, List<? extends UpstreamErrorMapper> mappers) {
    String named = properties.getErrors().getUpstream();
    CatalogError entry = null;
    if (named != null && !named.isBlank()) {
      Catalog<?> catalog = FrameworkErrors.serviceCatalog(properties.getCatalog());
      if (catalog == null) {
        throw FrameworkErrors.noServiceCatalog("upstream");
      }
      entry = FrameworkErrors.entry(catalog, "upstream", named);
    }
    List<UpstreamErrorMapper> all = new ArrayList<>(mappers);
    UpstreamRelay relay = UpstreamRelay.of(properties.getErrors().getRelay());
    if (relay != null) {
      all.add(relay);
    }
    return new UpstreamErrors(entry, all);
  }

  /** The {@code errorcatalog.errors.upstream} entry; {@code null} when none is named. */
  public CatalogError entry() {
    return entry;
  }

  /**
   * The application's answer to an upstream's error: the first mapping's answer that has an HTTP error entry;
   * empty when none maps it.
   */
  public Optional<CatalogException> mapped(CatalogException upstream) {
    for (UpstreamErrorMapper mapper : mappers) {
      Optional<CatalogException> answer = mapper.map(upstream);
      if (answer != null && answer.flatMap(CatalogException::error).filter(CatalogErrorRenderer::isRenderable).isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "UpstreamErrors[entry=" + (entry == null ? "none" : entry.catalogId() + ":" + CatalogErrorRenderer.codeOrName(entry))
        + ", mappers=" + mappers + "]";
  }
}
