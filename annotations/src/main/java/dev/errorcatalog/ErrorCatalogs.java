package dev.errorcatalog;

import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The registry of the generated catalogs on the class path, found with {@link ServiceLoader}. */
public final class ErrorCatalogs {

  private ErrorCatalogs() {}

  /**
   * The catalog with this id.
   *
   * @throws NoSuchElementException if no generated catalog has this id; the message lists the ids there are
   */
  public static Catalog<?> catalog(String id) {
    Catalog<?> catalog = Registry.CATALOGS.get(id);
    if (catalog == null) {
      throw new NoSuchElementException(
          "No error catalog with id '" + id + "'; the class path has " + Registry.CATALOGS.keySet()
              + ". Annotate a package or type with @ErrorCatalog(\"" + id + "\") to generate it.");
    }
    return catalog;
  }

  /** The ids of every generated catalog on the class path, sorted. */
  public static Set<String> ids() {
    return Registry.CATALOGS.keySet();
  }

  /** Loaded on first use, once. */
  private static final class Registry {
    static final Map<String, Catalog<?>> CATALOGS = load();

    @SuppressWarnings("rawtypes")
    private static Map<String, Catalog<?>> load() {
      Map<String, Catalog<?>> byId = new TreeMap<>();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = ErrorCatalogs.class.getClassLoader();
      }
      for (Catalog catalog : ServiceLoader.load(Catalog.class, loader)) {
        byId.putIfAbsent(catalog.id(), catalog);
      }
      if (loader != ErrorCatalogs.class.getClassLoader()) {
        for (Catalog catalog : ServiceLoader.load(Catalog.class, ErrorCatalogs.class.getClassLoader())) {
          byId.putIfAbsent(catalog.id(), catalog);
        }
      }
      return Collections.unmodifiableMap(byId);
    }
  }
}
