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
 * entries documenting the status alone, by the kind of body they take.
 *
 * @param <E> the catalog's entry type
 */
final class CatalogIndex<E> {

  private static final BodyKind[] BODY_KINDS = BodyKind.values();

  final PointerTrie trie;
  final List<CodecShape> shapes;
  final List<CodecEntry<E>> entries;
  /** The entries by entry, for the encoder: see {@link #of}. */
  private volatile Map<E, CodecEntry<E>> byEntry;
  final Map<String, CodecEntry<E>> byCode;
  /** RFC 9457 problem details naming an entry by its code or its docs anchor: see {@link #problems()}. */
  private volatile ProblemMatcher<E> problems;
  final int[] codeSlots;
  final int[] messageSlots;
  final int[] retryAfterSlots;
  final boolean anyJson;
  /** The entries of each HTTP status (0 to 999), indexed without boxing it. */
  private final AtStatus<E>[] byHttpStatus;
  /** The entries of any other status (rarely any). */
  private final Map<Integer, AtStatus<E>> byStatus;
  /**
   * By success status (100 to 399, less 100), whether the catalog documents an error answered with it: only
   * there is a body at a success status an error ({@link #errorsAt}).
   */
  private final boolean[] errorsAtSuccess = new boolean[300];
  /** The shapes whose bodies are errors by their constants, whatever the status ({@link CodecShape#error}). */
  final CodecShape[] errorShapes;
  /** The body values of a decode that reads no body: all absent, never written. */
  final BodyValues noValues;

  /** Everything documented at one status. */
  static final class StatusTable<E> {
    /** The message sources (body-value slots, or TEXT_BODY) and their indexes, in shape order. */
    final int[] sources;
    final List<MessageIndex<E>> indexes;
    /** Entries recognised by constants alone, most specific first. */
    final Candidate<E>[] byConstants;
    /**
     * The entry recognised by the status alone for each {@link BodyKind} (by ordinal), {@code null} where none
     * takes that kind: the first in catalog order whose documented body the kind {@link BodyKind#fits fits}.
     */
    private final CodecEntry<E>[] statusOnly;
    /** Whether any entry here is recognised by the status alone: only then is the body's kind looked at. */
    final boolean anyStatusOnly;

    /** The tables of a status's entries, in catalog order. */
    StatusTable(List<CodecEntry<E>> entries) {
      Map<Integer, MessageIndex.Builder<E>> bySource = new LinkedHashMap<>();
      List<Candidate<E>> constantOnly = new ArrayList<>();
      @SuppressWarnings("unchecked")
      CodecEntry<E>[] alone = (CodecEntry<E>[]) new CodecEntry<?>[BODY_KINDS.length];
      boolean any = false;
      for (CodecEntry<E> e : entries) {
        if (e.byMessage()) {
          MessageIndex.Builder<E> index =
              bySource.computeIfAbsent(e.shape.messageSource(), s -> new MessageIndex.Builder<>());
          for (int k = 0; k < e.templateCount(); k++) {
            index.add(e, k);
          }
        } else if (e.constants.length > 0 && !e.identifiedByCode()) {
          // An entry whose body names its code is that code's: its constants alone (Slack's "ok": false, shared by
          // every error) would label a body with an unknown code, or none, as the first such entry.
          constantOnly.add(new Candidate<>(e, -1));
        }
        if (e.statusOnly()) {
          any = true;
          for (BodyKind kind : BODY_KINDS) {
            if (alone[kind.ordinal()] == null && kind.fits(e.shape.body)) {
              alone[kind.ordinal()] = e;
            }
          }
        }
      }
      this.sources = ints(bySource.keySet());
      List<MessageIndex<E>> built = new ArrayList<>(bySource.size());
      bySource.values().forEach(b -> built.add(b.build()));
      this.indexes = List.copyOf(built);
      this.byConstants = MessageIndex.sorted(constantOnly);
      this.statusOnly = alone;
      this.anyStatusOnly = any;
    }

    /** The entry recognised by the status alone that takes a body of this kind; {@code null} for none. */
    CodecEntry<E> statusOnly(BodyKind kind) {
      return statusOnly[kind.ordinal()];
    }
  }

  /**
   * The entries documented at one status, and their {@link StatusTable} once a decode at that status needs
   * it: building the message indexes compiles every template at the status, and a catalog of thousands of
   * entries would otherwise compile them all when it is first used, however few statuses its responses hit.
   */
  private static final class AtStatus<E> {
    private final List<CodecEntry<E>> entries = new ArrayList<>();
    /** Made once; racing threads build equal tables and one wins (the table's fields are final). */
    private volatile StatusTable<E> table;

    StatusTable<E> table() {
      StatusTable<E> t = table;
      if (t == null) {
        t = new StatusTable<>(entries);
        table = t;
      }
      return t;
    }
  }

  /**
   * One pass over the entries fills every table that needs them all (by code, the known codes, the error
   * statuses, the entries by status): a catalog of thousands of entries runs it mostly interpreted, at its first
   * use, where each further pass, boxed status or lambda costs its first decode.
   */
  @SuppressWarnings("unchecked")
  CatalogIndex(PointerTrie trie, List<CodecShape> shapes, List<CodecEntry<E>> entries) {
    this.trie = trie;
    this.shapes = List.copyOf(shapes);
    this.entries = List.copyOf(entries);
    Set<Integer> codes = new LinkedHashSet<>();
    Set<Integer> messages = new LinkedHashSet<>();
    Set<Integer> retries = new LinkedHashSet<>();
    boolean json = false;
    int slotCount = 0;
    for (CodecShape s : shapes) {
      json |= s.body == CatalogCodec.Body.JSON;
      if (s.codeSlot >= 0) {
        codes.add(s.codeSlot);
        slotCount = Math.max(slotCount, s.codeSlot + 1);
      }
      if (s.messageSlot >= 0) {
        messages.add(s.messageSlot);
      }
      if (s.retryAfterSlot >= 0) {
        retries.add(s.retryAfterSlot);
      }
    }
    this.anyJson = json;
    this.byCode = new HashMap<>(entries.size() * 2);
    // Documented codes are read as the catalog's own Strings: no String per decode, no hashing of one.
    List<String>[] knownAt = (List<String>[]) new List<?>[slotCount];
    for (int slot : codes) {
      knownAt[slot] = new ArrayList<>();
    }
    this.byHttpStatus = (AtStatus<E>[]) new AtStatus<?>[1000];
    this.byStatus = new HashMap<>();
    boolean anySubcode = false;
    for (CodecEntry<E> e : entries) {
      if (!e.code.isEmpty()) {
        if (e.subcode.isEmpty()) {
          byCode.putIfAbsent(e.code, e); // an entry with only a name is never found by code
        } else {
          anySubcode = true;
        }
        if (e.shape.codeSlot >= 0) {
          knownAt[e.shape.codeSlot].add(e.code);
        }
      }
      if (!e.success) {
        markErrorAt(e.status);
        for (int s : e.alsoAt) {
          markErrorAt(s);
        }
      }
      atStatus(e.status).entries.add(e);
      for (int s : e.alsoAt) {
        atStatus(s).entries.add(e);
      }
    }
    // A refinement hangs off the entry it refines, found by the code: the decode looks at the sub-code only there.
    for (int i = 0; anySubcode && i < entries.size(); i++) {
      CodecEntry<E> e = entries.get(i);
      CodecEntry<E> parent = e.subcode.isEmpty() ? null : byCode.get(e.code);
      if (parent != null && parent.shape == e.shape) {
        if (parent.refinements == null) {
          parent.refinements = new HashMap<>();
        }
        parent.refinements.putIfAbsent(e.subcode, e);
      }
    }
    for (int slot : codes) {
      trie.know(slot, knownAt[slot]);
    }
    this.codeSlots = ints(codes);
    this.messageSlots = ints(messages);
    this.retryAfterSlots = ints(retries);
    List<CodecShape> errorShapes = new ArrayList<>();
    for (CodecShape s : shapes) {
      if (s.error && s.when.length > 0) {
        errorShapes.add(s);
      }
    }
    this.errorShapes = errorShapes.toArray(new CodecShape[0]);
    this.noValues = trie.newValues();
  }

  /** The entries of a status, in catalog order, made when its first entry is added; their tables on first use. */
  private AtStatus<E> atStatus(int status) {
    boolean http = status >= 0 && status < byHttpStatus.length;
    AtStatus<E> at = http ? byHttpStatus[status] : byStatus.get(status);
    if (at == null) {
      at = new AtStatus<>();
      if (http) {
        byHttpStatus[status] = at;
      } else {
        byStatus.put(status, at);
      }
    }
    return at;
  }

  /**
   * The matcher of RFC 9457 bodies, made when the first one arrives: most APIs never send one, and its
   * tables (every entry by anchor) would cost a large catalog's class initialisation for nothing. Racing
   * threads make equal matchers; one wins.
   */
  ProblemMatcher<E> problems() {
    ProblemMatcher<E> p = problems;
    if (p == null) {
      p = new ProblemMatcher<>(entries, byCode);
      problems = p;
    }
    return p;
  }

  private void markErrorAt(int status) {
    if (status >= 100 && status < 400) {
      errorsAtSuccess[status - 100] = true;
    }
  }

  /**
   * Whether a response with this status may be an error: every status outside 100 to 399, and a success status
   * at which the catalog documents an error (Slack's errors answered with 200).
   */
  boolean errorsAt(int status) {
    return status < 100 || status >= 400 || errorsAtSuccess[status - 100];
  }

  /** The tables of a status; {@code null} when the catalog documents nothing at it. */
  StatusTable<E> at(int status) {
    AtStatus<E> at = status >= 0 && status < byHttpStatus.length ? byHttpStatus[status] : byStatus.get(status);
    return at == null ? null : at.table();
  }

  /**
   * The tables of an entry; {@code null} for {@code null} or an entry of another catalog. The map is made
   * when the encoder first needs it: a decoder never does, and hashing thousands of entries (identity hashes,
   * each a call into the JVM) would cost a large catalog's first decode for nothing. Racing threads make equal
   * maps; one wins.
   */
  CodecEntry<E> of(E entry) {
    if (entry == null) {
      return null;
    }
    Map<E, CodecEntry<E>> m = byEntry;
    if (m == null) {
      m = new HashMap<>(entries.size() * 2);
      for (CodecEntry<E> e : entries) {
        m.putIfAbsent(e.entry, e);
      }
      byEntry = m;
    }
    return m.get(entry);
  }

  /** The values in iteration order (a loop: no stream classes to load at a catalog's first use). */
  private static int[] ints(Set<Integer> values) {
    int[] array = new int[values.size()];
    int i = 0;
    for (int v : values) {
      array[i++] = v;
    }
    return array;
  }
}
