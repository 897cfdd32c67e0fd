package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.Shape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys of a catalog's components: {@code <catalog-id>.<entry anchor>} for its responses (the docs page's
 * anchor, so a reader goes from one to the other) and {@code <catalog-id>.<shape name>} for its schemas. The
 * catalog id keeps two catalogs' components apart where a service merges them into one document. OpenAPI allows
 * {@code [a-zA-Z0-9._-]} in a key: a shape name with other characters is written as an anchor is
 * ({@code "error body"} gives {@code error-body}); a key taken already gets a number ({@code -2}).
 */
final class ComponentKeys {

  private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9._-]+");

  // By identity: an entry is one of its catalog, and a record's hash would read the whole entry on each lookup.
  private final Map<Entry, String> responses = new IdentityHashMap<>();
  private final Map<String, String> schemas = new HashMap<>();

  ComponentKeys(CatalogModel catalog) {
    Set<String> taken = new HashSet<>();
    for (Entry entry : catalog.entries()) {
      responses.put(entry, unique(catalog.id() + "." + entry.anchor(), taken));
    }
    Set<String> takenSchemas = new HashSet<>();
    for (Shape shape : bodyShapes(catalog)) {
      String name = KEY.matcher(shape.name()).matches() ? shape.name() : Names.anchor(shape.name());
      schemas.put(shape.name(), unique(catalog.id() + "." + name, takenSchemas));
    }
  }

  /** The shapes with a body: the catalog's, in declaration order, then any other an entry uses, once each by name. */
  static List<Shape> bodyShapes(CatalogModel catalog) {
    Map<String, Shape> byName = new LinkedHashMap<>();
    catalog.shapes().forEach(shape -> byName.putIfAbsent(shape.name(), shape));
    catalog.entries().forEach(entry -> byName.putIfAbsent(entry.shape().name(), entry.shape()));
    return byName.values().stream().filter(shape -> shape.body() != BodyKind.EMPTY).toList();
  }

  /** The key of an entry's response. */
  String response(Entry entry) {
    return responses.get(entry);
  }

  /** The key of a shape's schema; none for a shape without a body. */
  String schema(Shape shape) {
    return schemas.get(shape.name());
  }

  static String responseRef(String key) {
    return "#/components/responses/" + key;
  }

  static String schemaRef(String key) {
    return "#/components/schemas/" + key;
  }

  private static String unique(String key, Set<String> taken) {
    String candidate = key;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = key + "-" + n;
    }
    return candidate;
  }
}
