package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects a catalog's rows, shapes then entries, into the tables {@link CatalogIndex} holds: each shape's
 * pointers get their body-value slots, each entry its shape's tables, its constants' slots and its row (whose
 * templates the entry compiles into matchers when first needed).
 *
 * @param <E> the catalog's entry type
 */
final class IndexBuilder<E> {

  private final PointerTrie trie = new PointerTrie();
  private final List<CodecShape> shapes = new ArrayList<>();
  private final Map<ShapeRow, CodecShape> shapeOf = new IdentityHashMap<>();
  private final List<CodecEntry<E>> entries = new ArrayList<>();
  private ShapeRow lastRow;
  private CodecShape lastShape;

  CodecShape shape(ShapeRow row) {
    // Consecutive entries mostly share a shape: the last one is found without an identity hash (a call into the
    // JVM, for each of thousands of entries at a large catalog's first use).
    if (row == lastRow) {
      return lastShape;
    }
    CodecShape shape = shapeOf.get(row);
    if (shape == null) {
      String[] names = row.fields().keySet().toArray(new String[0]);
      String[] pointers = row.fields().values().toArray(new String[0]);
      shape = new CodecShape(row.name(), row.body(), row.code(), row.subcode(), row.message(), row.retryAfter(),
          names, pointers, row.when().toArray(new Constant[0]), row.error(), trie);
      shapes.add(shape);
      shapeOf.put(row, shape);
    }
    lastRow = row;
    lastShape = shape;
    return shape;
  }

  void entry(E entry, EntryRow row) {
    CodecShape s = shape(row.shape());
    // Most entries carry only their shape's constants: they share its arrays (never written) instead of copies,
    // which a catalog of thousands of entries would make at its first use.
    Constant[] constants = s.when;
    int[] slots = s.whenSlots;
    if (s.body == CatalogCodec.Body.JSON && !row.when().isEmpty()) {
      List<Constant> all = new ArrayList<>(List.of(s.when));
      all.addAll(row.when());
      constants = all.toArray(new Constant[0]);
      slots = new int[constants.length];
      for (int i = 0; i < constants.length; i++) {
        slots[i] = trie.slotOf(constants[i].pointer());
      }
    }
    CodecEntry<E> e = new CodecEntry<>(Objects.requireNonNull(entry, "entry"), entries.size(), row, s, constants,
        slots);
    List<WaitSource> waits = row.waitHints();
    if (!waits.isEmpty()) {
      e.waits = waits.toArray(new WaitSource[0]);
      e.waitSlots = new int[waits.size()];
      for (int i = 0; i < e.waits.length; i++) {
        boolean field = !e.waits[i].header() && s.body == CatalogCodec.Body.JSON;
        e.waitSlots[i] = field ? trie.slotOf(e.waits[i].name()) : -1;
      }
    }
    entries.add(e);
  }

  /** The tables of the rows added so far. */
  CatalogIndex<E> build() {
    return new CatalogIndex<>(trie, shapes, entries);
  }
}
