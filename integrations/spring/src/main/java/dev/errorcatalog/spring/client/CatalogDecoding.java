package dev.errorcatalog.spring.client;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;

/**
 * Decodes an error response with one catalog, or a chosen set: each catalog's decoder reads the response,
 * and the best match wins (a code before a message before a status alone; the earlier catalog on a tie). A
 * response none documents decodes as the first catalog's, so its exception is that catalog's response
 * exception, raw body kept.
 */
public final class CatalogDecoding {

  private final List<Catalog<?>> catalogs;

  private CatalogDecoding(List<Catalog<?>> catalogs) {
    if (catalogs.isEmpty()) {
      throw new IllegalArgumentException("no catalog to decode with");
    }
    this.catalogs = List.copyOf(catalogs);
  }

  /**
   * The catalogs with these ids, found on the class path.
   *
   * @throws java.util.NoSuchElementException for an id no generated catalog has (the message lists the ids)
   */
  public static CatalogDecoding of(String... ids) {
    List<Catalog<?>> found = new ArrayList<>();
    for (String id : ids) {
      found.add(ErrorCatalogs.catalog(id));
    }
    return new CatalogDecoding(found);
  }

  /** These catalogs, in this order. */
  public static CatalogDecoding of(List<? extends Catalog<?>> catalogs) {
    return new CatalogDecoding(new ArrayList<>(catalogs));
  }

  /** The catalogs, in order. */
  public List<Catalog<?>> catalogs() {
    return catalogs;
  }

  /** What the catalogs make of a response; never throws. */
  public DecodedError<?> decode(int status, Map<String, List<String>> headers, byte[] body) {
    DecodedError<?> best = null;
    for (Catalog<?> catalog : catalogs) {
      DecodedError<?> decoded = catalog.decoder().decode(status, headers, body);
      if (best == null || rank(decoded.matchKind()) < rank(best.matchKind())) {
        best = decoded;
      }
      if (best.matchKind() == MatchKind.CODE) {
        break;
      }
    }
    return best;
  }

  /** What the catalogs make of a response received by a Spring client; never throws. */
  public DecodedError<?> decode(int status, HttpHeaders headers, byte[] body) {
    return decode(status, headerMap(headers), body);
  }

  /** The typed exception of a response: the documented entry's, or the first catalog's response exception. */
  public CatalogException exception(int status, HttpHeaders headers, byte[] body) {
    DecodedError<?> decoded = decode(status, headers, body);
    // The error the caller gets: reported once here (the retry interceptor reports those it retried).
    CatalogListeners.fireDecoded(decoded);
    return decoded.toException();
  }

  /** Spring's headers as the decoder takes them. */
  static Map<String, List<String>> headerMap(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers").forEach(map::put);
    return map;
  }

  private static int rank(MatchKind kind) {
    return switch (kind) {
      case CODE -> 0;
      case MESSAGE -> 1;
      case STATUS -> 2;
      case NONE -> 3;
    };
  }

  @Override
  public String toString() {
    return "CatalogDecoding" + catalogs.stream().map(Catalog::id).toList();
  }
}
