package dev.errorcatalog.processor.generate;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Constant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The decoding tables of a catalog, read from the model once: the rows the generated decoder passes to
 * {@link CatalogCodec.Builder}, and the rows the build-time checks build the very same engine from, so that
 * what the build checks and what runs can never disagree.
 */
public final class CodecTables {

  /** A shape: {@code fields} as name, pointer, name, pointer, ... ({@code null} pointers are absent). */
  public record ShapeRow(String name, CatalogCodec.Body body, String code, String message, String retryAfter,
      List<String> fields, List<Constant> when) {}

  /** An entry: {@code shape} indexes {@link #shapes()}; {@code templates} the primary one first, then variants. */
  public record EntryRow(Entry entry, int status, String code, int shape, List<Constant> when,
      List<String> templates) {}

  private final List<ShapeRow> shapes;
  private final List<EntryRow> entries;

  private CodecTables(List<ShapeRow> shapes, List<EntryRow> entries) {
    this.shapes = List.copyOf(shapes);
    this.entries = List.copyOf(entries);
  }

  /** The tables of a validated catalog. */
  public static CodecTables of(CatalogModel catalog) {
    List<ShapeRow> shapes = new ArrayList<>();
    Map<String, Integer> shapeIndex = new HashMap<>();
    List<EntryRow> entries = new ArrayList<>();
    for (Shape s : catalog.shapes()) {
      shapeIndex.computeIfAbsent(s.name(), n -> {
        shapes.add(row(s));
        return shapes.size() - 1;
      });
    }
    for (Entry e : catalog.entries()) {
      int shape = shapeIndex.computeIfAbsent(e.shape().name(), n -> {
        shapes.add(row(e.shape()));
        return shapes.size() - 1;
      });
      List<String> templates = new ArrayList<>();
      e.message().ifPresent(m -> templates.add(templateSource(m)));
      e.variants().forEach(v -> templates.add(templateSource(v)));
      entries.add(new EntryRow(e, e.status(), e.code(), shape, constants(e.when()), templates));
    }
    return new CodecTables(shapes, entries);
  }

  public List<ShapeRow> shapes() {
    return shapes;
  }

  public List<EntryRow> entries() {
    return entries;
  }

  /**
   * The engine over these tables, each model entry standing for itself through {@code entryOf}.
   *
   * @param entryOf the runtime entry of a model entry
   */
  public <E extends CatalogError> CatalogCodec<E> build(Function<Entry, E> entryOf,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    CatalogCodec.Builder<E> b = CatalogCodec.builder(toException);
    for (ShapeRow s : shapes) {
      b.shape(s.name(), s.body(), s.code(), s.message(), s.retryAfter(), s.fields().toArray(new String[0]),
          s.when().toArray(new Constant[0]));
    }
    for (EntryRow e : entries) {
      b.entry(entryOf.apply(e.entry()), e.status(), e.code(), e.shape(), e.when().toArray(new Constant[0]),
          e.templates().toArray(new String[0]));
    }
    return b.build();
  }

  private static ShapeRow row(Shape s) {
    List<String> fields = new ArrayList<>();
    s.fields().forEach((name, pointer) -> {
      fields.add(name);
      fields.add(pointer);
    });
    CatalogCodec.Body body = switch (s.body()) {
      case JSON -> CatalogCodec.Body.JSON;
      case TEXT -> CatalogCodec.Body.TEXT;
      case EMPTY -> CatalogCodec.Body.EMPTY;
    };
    return new ShapeRow(s.name(), body, s.code().orElse(null), s.message().orElse(null),
        s.retryAfter().orElse(null), fields, constants(s.when()));
  }

  private static List<Constant> constants(List<dev.errorcatalog.processor.model.Constant> when) {
    List<Constant> out = new ArrayList<>();
    for (dev.errorcatalog.processor.model.Constant c : when) {
      JsonScalar v = c.value();
      out.add(switch (v.kind()) {
        case STRING -> Constant.string(c.pointer(), v.text());
        case NUMBER -> Constant.number(c.pointer(), v.text());
        case BOOLEAN -> Constant.bool(c.pointer(), Boolean.parseBoolean(v.text()));
        case NULL -> Constant.nullValue(c.pointer());
      });
    }
    return out;
  }

  /**
   * The template in the syntax {@code dev.errorcatalog.runtime.Template} compiles, rebuilt from the parsed
   * segments (so the runtime sees exactly the parts the loader validated): literal braces doubled,
   * placeholders as {@code {name:type}}.
   */
  public static String templateSource(MessageTemplate template) {
    StringBuilder out = new StringBuilder();
    for (MessageTemplate.Segment s : template.segments()) {
      if (s instanceof MessageTemplate.Literal l) {
        out.append(l.text().replace("{", "{{").replace("}", "}}"));
      } else if (s instanceof MessageTemplate.Placeholder p) {
        out.append('{').append(p.name()).append(':').append(p.type().yamlName()).append('}');
      }
    }
    return out.toString();
  }
}
