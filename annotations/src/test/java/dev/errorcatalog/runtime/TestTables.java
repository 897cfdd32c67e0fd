package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a hand-made catalog for engine tests, added the way a catalog lists them (shapes, then
 * entries); the generated error types play this part in real code.
 */
final class TestTables {

  private final List<ShapeRow> shapes = new ArrayList<>();
  private final List<TestEntry> entries = new ArrayList<>();
  private final Map<TestEntry, EntryRow> rows = new HashMap<>();

  /**
   * Adds a shape and returns its index for {@link #entry}.
   *
   * @param fields extra fields as name, pointer, name, pointer, ...
   */
  int shape(String name, CatalogCodec.Body body, String code, String message, String retryAfter, String[] fields,
      Constant... when) {
    ShapeRow.Builder b = switch (body) {
      case JSON -> ShapeRow.json(name);
      case TEXT -> ShapeRow.text(name);
      case EMPTY -> ShapeRow.empty(name);
    };
    if (code != null) {
      b.code(code);
    }
    if (message != null) {
      b.message(message);
    }
    if (retryAfter != null) {
      b.retryAfter(retryAfter);
    }
    for (int i = 0; i < fields.length; i += 2) {
      b.field(fields[i], fields[i + 1]);
    }
    for (Constant c : when) {
      b.when(c);
    }
    shapes.add(b.build());
    return shapes.size() - 1;
  }

  /** Adds an entry: its primary template, then its variants. */
  TestTables entry(TestEntry entry, int status, String code, int shape, Constant[] when, String... templates) {
    EntryRow.Builder b = EntryRow.builder(status, code).title(code).shape(shapes.get(shape));
    for (Constant c : when) {
      b.when(c);
    }
    for (int i = 0; i < templates.length; i++) {
      if (i == 0) {
        b.message(templates[i]);
      } else {
        b.variant(templates[i]);
      }
    }
    entries.add(entry);
    rows.put(entry, b.build());
    return this;
  }

  CatalogCodec<TestEntry> build() {
    return CatalogCodec.of(shapes, entries, rows::get, TestEntry.TestException::new);
  }
}
