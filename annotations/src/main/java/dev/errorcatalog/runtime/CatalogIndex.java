package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup tables of one catalog, built once from its rows ({@link IndexBuilder}) and read by the decoder
 * and the encoder: the pointer trie and the body-value slots of codes, messages and retry hints, the entries
 * by code and by entry, and per status the message indexes, the entries known by constants alone and the
 * entry documenting the status alone.
 *
 * @param <E> the catalog's entry type
 */
final class CatalogIndex<E> {

  final PointerTrie trie;
  final List<CodecShape> shapes;
  final List<CodecEntry<E>> entries;
  final Map<E, CodecEntry<E>> byEntry;
  final Map<String, CodecEntry<E>> byCode;
  /** RFC 9457 problem details naming an entry by its code or its docs anchor. */
  final ProblemMatcher<E> problems;
  final int[] codeSlots;
  final int[] messageSlots;
  final int[] retryAfterSlots;
  final boolean anyJson;
  private final Map<Integer, StatusTable<E>> byStatus;
  /** The same tables by HTTP status (0 to 999) without boxing it; other statuses go to the map. */
  private final StatusTable<E>[] byHttpStatus;
  /** The body values of a decode that reads no body: all absent, never written. */
  final BodyValues noValues;

  /** Everything documented at one status. */
  static final class StatusTable<E> {
    /** The message sources (body-value slots, or TEXT_BODY) and their indexes, in shape order. */
    int[] sources = new int[0];
    List<MessageIndex<E>> indexes = new ArrayList<>();
    /** Entries recognised by constants alone, most specific first. */
    Candidate<E>[] byConstants;
    CodecEntry<E> statusOnly;
  }

  CatalogIndex(PointerTrie trie, List<CodecShape> shapes, List<CodecEntry<E>> entries) {
    this.trie = trie;
    this.shapes = List.copyOf(shapes);
    this.entries = List.copyOf(entries);
    this.byEntry = new HashMap<>();
    this.byCode = new HashMap<>();
    for (CodecEntry<E> e : entries) {
      byEntry.putIfAbsent(e.entry, e);
      if (!e.code.isEmpty()) {
        byCode.putIfAbsent(e.code, e); // an entry with only a name is never found by code
      }
    }
    this.problems = new ProblemMatcher<>(this.entries, byCode);
    Set<Integer> codes = new LinkedHashSet<>();
    Set<Integer> messages = new LinkedHashSet<>();
    Set<Integer> retries = new LinkedHashSet<>();
    boolean json = false;
    for (CodecShape s : shapes) {
      json |= s.body == CatalogCodec.Body.JSON;
      if (s.codeSlot >= 0) {
        codes.add(s.codeSlot);
      }
      if (s.messageSlot >= 0) {
        messages.add(s.messageSlot);
      }
      if (s.retryAfterSlot >= 0) {
        retries.add(s.retryAfterSlot);
      }
    }
    this.anyJson = json;
    // Documented codes are read as the catalog's own Strings: no String per decode, no hashing of one.
    for (int slot : codes) {
      List<String> known = new ArrayList<>();
      for (CodecEntry<E> e : entries) {
        if (e.shape.codeSlot == slot && !e.code.isEmpty()) {
          known.add(e.code);
        }
      }
      trie.know(slot, known);
    }
    this.codeSlots = codes.stream().mapToInt(Integer::intValue).toArray();
    this.messageSlots = messages.stream().mapToInt(Integer::intValue).toArray();
    this.retryAfterSlots = retries.stream().mapToInt(Integer::intValue).toArray();
    this.byStatus = buildStatusTables(entries);
    this.byHttpStatus = denseTables(byStatus);
    this.noValues = new BodyValues(trie.size());
  }

  /** The tables of a status; {@code null} when the catalog documents nothing at it. */
  StatusTable<E> at(int status) {
    return status >= 0 && status < byHttpStatus.length ? byHttpStatus[status]
        : status >= 0 && status < 1000 ? null : byStatus.get(status);
  }

  /** The tables of an entry; {@code null} for {@code null} or an entry of another catalog. */
  CodecEntry<E> of(E entry) {
    return entry == null ? null : byEntry.get(entry);
  }

  private static <E> Map<Integer, StatusTable<E>> buildStatusTables(List<CodecEntry<E>> entries) {
    Map<Integer, Map<Integer, MessageIndex.Builder<E>>> indexBuilders = new HashMap<>();
    Map<Integer, List<Candidate<E>>> constantOnly = new HashMap<>();
    Map<Integer, StatusTable<E>> tables = new HashMap<>();
    for (CodecEntry<E> e : entries) {
      StatusTable<E> table = tables.computeIfAbsent(e.status, s -> new StatusTable<>());
      if (e.byMessage()) {
        MessageIndex.Builder<E> index = indexBuilders
            .computeIfAbsent(e.status, s -> new LinkedHashMap<>())
            .computeIfAbsent(e.shape.messageSource(), s -> new MessageIndex.Builder<>());
        for (TemplateMatcher m : e.templates) {
          index.add(new Candidate<>(e, m));
        }
      } else if (e.constants.length > 0) {
        constantOnly.computeIfAbsent(e.status, s -> new ArrayList<>()).add(new Candidate<>(e, null));
      }
      if (table.statusOnly == null && e.statusOnly()) {
        table.statusOnly = e;
      }
    }
    tables.forEach((status, table) -> {
      Map<Integer, MessageIndex.Builder<E>> sources = indexBuilders.getOrDefault(status, Map.of());
      table.sources = sources.keySet().stream().mapToInt(Integer::intValue).toArray();
      sources.values().forEach(b -> table.indexes.add(b.build()));
      table.byConstants = MessageIndex.sorted(constantOnly.getOrDefault(status, List.of()));
    });
    return Map.copyOf(tables);
  }

  @SuppressWarnings("unchecked")
  private static <E> StatusTable<E>[] denseTables(Map<Integer, StatusTable<E>> byStatus) {
    int max = -1;
    for (int status : byStatus.keySet()) {
      if (status >= 0 && status < 1000) {
        max = Math.max(max, status);
      }
    }
    StatusTable<E>[] dense = (StatusTable<E>[]) new StatusTable<?>[max + 1];
    byStatus.forEach((status, table) -> {
      if (status >= 0 && status < dense.length) {
        dense[status] = table;
      }
    });
    return dense;
  }
}
