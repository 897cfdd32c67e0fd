package dev.errorcatalog.processor.tables;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.WaitHint;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Constant;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.ShapeRow;
import dev.errorcatalog.runtime.WaitSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The runtime rows of a validated catalog, made from the model once: one {@link ShapeRow} per shape and one
 * {@link EntryRow} per entry. The build-time checks run the runtime engine on these rows, and the generators
 * write the code that builds these same rows, so what the build checks is what runs.
 */
public final class CatalogTables {

  private final CatalogModel catalog;
  private final List<ShapeRow> shapes;
  private final List<EntryRow> entries;

  private CatalogTables(CatalogModel catalog, List<ShapeRow> shapes, List<EntryRow> entries) {
    this.catalog = catalog;
    this.shapes = List.copyOf(shapes);
    this.entries = List.copyOf(entries);
  }

  /** The rows of a validated catalog. */
  public static CatalogTables of(CatalogModel catalog) {
    // The declared shapes in catalog order, then the built-in ones entries name (text, empty): the engine
    // reads pointers in this order where several shapes could hold a message or a retry hint.
    Map<String, ShapeRow> shapes = new LinkedHashMap<>();
    for (Shape s : catalog.shapes()) {
      shapes.computeIfAbsent(s.name(), n -> shape(s));
    }
    List<EntryRow> entries = new ArrayList<>();
    for (Entry e : catalog.entries()) {
      entries.add(entry(e, shapes.computeIfAbsent(e.shape().name(), n -> shape(e.shape()))));
    }
    return new CatalogTables(catalog, new ArrayList<>(shapes.values()), entries);
  }

  public CatalogModel catalog() {
    return catalog;
  }

  /** Every shape, in the order the engine is given them. */
  public List<ShapeRow> shapes() {
    return shapes;
  }

  /** One row per entry, in catalog order. */
  public List<EntryRow> entries() {
    return entries;
  }

  /** The row of the entry at {@code index} in catalog order. */
  public EntryRow row(int index) {
    return entries.get(index);
  }

  /**
   * The runtime engine over these rows, each model entry standing for itself through {@code entryOf}: the
   * engine the generated decoder builds, run before any code exists.
   */
  public <E extends CatalogError> CatalogCodec<E> engine(Function<Entry, E> entryOf,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    List<E> keys = new ArrayList<>();
    Map<E, EntryRow> rows = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      E key = entryOf.apply(catalog.entries().get(i));
      keys.add(key);
      rows.put(key, entries.get(i));
    }
    return CatalogCodec.of(shapes, keys, rows::get, toException);
  }

  private static ShapeRow shape(Shape s) {
    ShapeRow.Builder b = ShapeRow.of(s.name(), s.body().runtime());
    s.code().ifPresent(b::code);
    s.subcode().ifPresent(b::subcode);
    s.message().ifPresent(b::message);
    s.retryAfter().ifPresent(b::retryAfter);
    s.fields().forEach(b::field);
    s.waits().forEach(w -> b.waitHint(source(w)));
    constants(s.when()).forEach(b::when);
    if (s.error()) {
      b.error();
    }
    return b.build();
  }

  private static EntryRow entry(Entry e, ShapeRow shape) {
    EntryRow.Builder b = EntryRow.builder(e.status(), e.code()).title(e.title());
    e.message().map(m -> m.runtime().source()).filter(t -> !t.isEmpty()).ifPresent(b::message);
    e.variants().forEach(v -> b.variant(v.runtime().source()));
    b.shape(shape);
    constants(e.when()).forEach(b::when);
    RetryPolicy retry = e.retry();
    b.retry(retry.retryClass());
    retry.base().ifPresent(b::base);
    retry.cap().ifPresent(b::cap);
    retry.attempts().ifPresent(b::attempts);
    retry.window().ifPresent(b::window);
    b.anchor(e.anchor());
    e.deprecated().ifPresent(b::deprecated);
    e.alsoAt().forEach(b::alsoAt);
    e.subcode().ifPresent(b::subcode);
    e.waits().forEach(w -> b.waitHint(source(w)));
    if (e.markedError() && !e.shape().error()) {
      b.error(); // the shape's mark is the row's shape's
    }
    return b.build();
  }

  /** The runtime's wait source for a declared hint: the units share their names. */
  private static WaitSource source(WaitHint w) {
    WaitSource.Unit unit = WaitSource.Unit.valueOf(w.unit().name());
    return w.header() ? WaitSource.header(w.name(), unit) : WaitSource.field(w.name(), unit);
  }

  private static List<Constant> constants(List<dev.errorcatalog.processor.model.Constant> when) {
    return when.stream().map(dev.errorcatalog.processor.model.Constant::runtime).toList();
  }
}
