package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.catalog.ShippedCatalog.Entry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The completeness check shared by the per-page coverage tests: every fact a page documents is in the
 * catalog, as exactly one entry (or a recorded duplicate of one), and every entry is documented by at
 * least one fact.
 */
final class Coverage {

  private Coverage() {}

  /**
   * The one entry that documents a fact: same status; same code, name and title where the fact has them
   * (a title may also be the one a {@code duplicates} note names); a template that matches the fact's
   * message (or, for an entry without body, the message quoted in its prose); the fact's body among its
   * examples.
   */
  static Entry entryFor(ShippedCatalog catalog, Fact fact) {
    List<Entry> found = catalog.entries().stream().filter(e -> documents(e, fact)).toList();
    if (found.size() != 1) {
      fail(catalog.id() + ": expected exactly one entry for the documented response [" + fact + "], found "
          + found);
    }
    return found.get(0);
  }

  /**
   * Asserts {@link #entryFor} for every fact, that every entry documents at least one fact, and that an
   * entry's {@code duplicates} notes are exactly the facts it covers under another title (one note each).
   *
   * @return each entry with the facts it documents
   */
  static Map<Entry, List<Fact>> assertComplete(ShippedCatalog catalog, List<Fact> facts) {
    Map<Entry, List<Fact>> byEntry = new IdentityHashMap<>();
    for (Fact fact : facts) {
      byEntry.computeIfAbsent(entryFor(catalog, fact), e -> new ArrayList<>()).add(fact);
    }
    List<String> undocumented = catalog.entries().stream().filter(e -> !byEntry.containsKey(e))
        .map(Entry::toString).toList();
    assertEquals(List.of(), undocumented, catalog.id() + ": entries the page does not document");
    for (Entry entry : catalog.entries()) {
      long twins = byEntry.get(entry).stream()
          .filter(f -> !f.title().isEmpty() && !f.title().equals(entry.title()))
          .map(f -> f.title() + "\u0000" + f.body())
          .distinct()
          .count();
      assertEquals(twins, entry.duplicates().size(),
          entry + ": one `duplicates` note per place the page documents this response again");
    }
    return new LinkedHashMap<>(byEntry);
  }

  static boolean documents(Entry e, Fact f) {
    if (e.status() != f.status()) {
      return false;
    }
    if (!f.code().isEmpty() && !e.code().equals(f.code())) {
      return false;
    }
    if (!f.name().isEmpty() && !e.name().equals(f.name())) {
      return false;
    }
    if (!f.title().isEmpty() && !e.title().equals(f.title())
        && e.duplicates().stream().noneMatch(d -> d.startsWith(f.status() + " " + f.title() + " "))) {
      return false;
    }
    if (!f.message().isEmpty() && !messageDocumented(e, f)) {
      return false;
    }
    return f.body().isEmpty() || hasExample(e, f.body());
  }

  private static boolean messageDocumented(Entry e, Fact f) {
    if (e.fitsATemplate(f.message())) {
      return true;
    }
    return e.bodyKind().equals("empty") && f.body().isEmpty()
        && e.prose().contains(f.message().replaceAll("\\s+", " "));
  }

  /** True when the entry lists the body among its examples (JSON compared as JSON, text trimmed). */
  static boolean hasExample(Entry e, String body) {
    if (e.bodyKind().equals("text")) {
      return e.examples().stream().anyMatch(x -> x.trim().equals(body.trim()));
    }
    String compact = JsonBlocks.compact(body);
    return e.examples().stream().anyMatch(x -> JsonBlocks.compact(x).equals(compact));
  }

  /** Asserts the entries the facts without message and body document have no body (shape {@code empty}). */
  static void assertStatusOnlyFactsHaveNoBody(ShippedCatalog catalog, List<Fact> facts) {
    List<String> withBody = facts.stream()
        .filter(f -> f.message().isEmpty() && f.body().isEmpty())
        .map(f -> entryFor(catalog, f))
        .filter(e -> !e.bodyKind().equals("empty"))
        .map(Entry::toString)
        .collect(Collectors.toList());
    assertTrue(withBody.isEmpty(), catalog.id() + ": documented without body, but the entry has one: " + withBody);
  }
}
