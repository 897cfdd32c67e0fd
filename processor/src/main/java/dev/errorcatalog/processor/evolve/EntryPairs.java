package dev.errorcatalog.processor.evolve;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.History;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs each entry of the baseline with the same entry of the new catalog: by the code the API sends, else by
 * the entry's name. A baseline written before codes and names were told apart gave entries of an API that
 * sends no code an assigned code; that code is today's name, so such an entry pairs with the entry of that
 * name without a code, and that is no change of code. An entry whose code (and so its name) changed pairs
 * with the one new entry of the same status and title, so the change reads as a code change, not as a removal
 * and an addition.
 */
final class EntryPairs {

  /** A baseline entry and what became of it: still sent, marked removed, or gone from the catalog. */
  record Pair(Entry before, Optional<Entry> now, Optional<History.RemovedEntry> removed) {}

  private final List<Pair> pairs = new ArrayList<>();
  private final List<Entry> added = new ArrayList<>();

  EntryPairs(CatalogModel baseline, CatalogModel now) {
    Map<Entry, Boolean> paired = new IdentityHashMap<>();
    List<Entry> removedEntries = now.history().removed().stream().map(History.RemovedEntry::entry).toList();
    List<Optional<Entry>> found = new ArrayList<>();
    for (Entry before : baseline.entries()) {
      Optional<Entry> live = find(before, now.entries());
      live.ifPresent(e -> paired.put(e, true));
      found.add(live);
    }
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).isEmpty()) {
        Entry before = baseline.entries().get(i);
        List<Entry> alike = now.entries().stream().filter(e -> !paired.containsKey(e))
            .filter(e -> e.status() == before.status() && e.title().equals(before.title())).toList();
        if (alike.size() == 1 && find(before, removedEntries).isEmpty()) {
          paired.put(alike.get(0), true);
          found.set(i, Optional.of(alike.get(0)));
        }
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Entry before = baseline.entries().get(i);
      Optional<Entry> live = found.get(i);
      Optional<History.RemovedEntry> removed = live.isPresent() ? Optional.empty()
          : find(before, removedEntries).flatMap(e -> now.history().removed().stream()
              .filter(r -> r.entry() == e).findFirst());
      pairs.add(new Pair(before, live, removed));
    }
    now.entries().stream().filter(e -> !paired.containsKey(e)).forEach(added::add);
  }

  /** Every baseline entry, in baseline order. */
  List<Pair> pairs() {
    return pairs;
  }

  /** The new catalog's entries the baseline does not have, in catalog order. */
  List<Entry> added() {
    return added;
  }

  /** True when {@code before} had an assigned code that {@code now} carries as its name. */
  static boolean assignedCodeIsName(Entry before, Entry now) {
    return before.hasCode() && !now.hasCode() && now.constantName().equals(before.code()) && !readsCode(before);
  }

  /** True when the entry's bodies carry its code where a decoder reads it. */
  private static boolean readsCode(Entry entry) {
    return entry.shape().body() == BodyKind.JSON && entry.shape().code().isPresent();
  }

  private static Optional<Entry> find(Entry before, List<Entry> candidates) {
    if (before.hasCode()) {
      for (Entry e : candidates) {
        if (e.hasCode() && e.code().equals(before.code())) {
          return Optional.of(e);
        }
      }
    }
    for (Entry e : candidates) {
      if (e.constantName().equals(before.constantName()) || assignedCodeIsName(before, e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
