package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonParser;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The decoding and encoding engine of one catalog. Generated decoders build it once from static tables
 * (shapes, then entries) and delegate to it; the processor builds the same engine from its model to check,
 * at build time, that every example decodes to its own entry.
 *
 * <p>Decoding reads the body once with a streaming parser, keeping only the values at the pointers the
 * catalog's shapes name, then dispatches: a documented code ({@link MatchKind#CODE}); else the best message
 * template or set of constants at the status ({@link MatchKind#MESSAGE}); else an entry documenting the status
 * alone ({@link MatchKind#STATUS}); else {@link MatchKind#NONE}. It never throws: whatever cannot be read is
 * treated as absent.
 *
 * @param <E> the catalog's entry type
 */
public final class CatalogCodec<E extends CatalogError> {

  /** What a shape's bodies are. */
  public enum Body { JSON, TEXT, EMPTY }

  private static final String[] NONE_CAPTURED = new String[0];

  /** The raw body of every decode without a body: empty arrays are immutable, so one serves all. */
  private static final byte[] NO_BYTES = new byte[0];

  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
  private final PointerTrie trie;
  private final List<CodecShape> shapes;
  private final List<CodecEntry<E>> entries;
  private final Map<E, CodecEntry<E>> byEntry;
  private final Map<String, CodecEntry<E>> byCode;
  private final int[] codeSlots;
  private final int[] messageSlots;
  private final int[] retryAfterSlots;
  private final boolean anyJson;
  private final Map<Integer, StatusTable<E>> byStatus;
  /** The same tables by HTTP status (0 to 999) without boxing it; other statuses go to the map. */
  private final StatusTable<E>[] byHttpStatus;
  /** The body values of a decode that reads no body: all absent, never written. */
  private final BodyValues noValues;
  private final Clock clock;
  /** RFC 9457 bodies: the entry they name by code or type. */
  private final ProblemMatcher<E> problems;

  /** Everything documented at one status. */
  private static final class StatusTable<E> {
    /** The message sources (body-value slots, or TEXT_BODY) and their indexes, in shape order. */
    int[] sources = new int[0];
    List<MessageIndex<E>> indexes = new ArrayList<>();
    /** Entries recognised by constants alone, most specific first. */
    Candidate<E>[] byConstants;
    CodecEntry<E> statusOnly;
  }

  private CatalogCodec(Builder<E> b, Clock clock) {
    this.toException = b.toException;
    this.trie = b.trie;
    this.shapes = List.copyOf(b.shapes);
    this.entries = List.copyOf(b.entries);
    this.clock = clock;
    this.byEntry = new HashMap<>();
    this.byCode = new HashMap<>();
    for (CodecEntry<E> e : entries) {
      byEntry.putIfAbsent(e.entry, e);
      byCode.putIfAbsent(e.code, e);
    }
    Set<Integer> codes = new LinkedHashSet<>();
    Set<Integer> messages = new LinkedHashSet<>();
    Set<Integer> retries = new LinkedHashSet<>();
    boolean json = false;
    for (CodecShape s : shapes) {
      json |= s.body == Body.JSON;
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
        if (e.shape.codeSlot == slot) {
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
    this.problems = new ProblemMatcher<>(entries, byCode);
  }

  private CatalogCodec(CatalogCodec<E> tables, Clock clock) {
    this.toException = tables.toException;
    this.trie = tables.trie;
    this.shapes = tables.shapes;
    this.entries = tables.entries;
    this.byEntry = tables.byEntry;
    this.byCode = tables.byCode;
    this.codeSlots = tables.codeSlots;
    this.messageSlots = tables.messageSlots;
    this.retryAfterSlots = tables.retryAfterSlots;
    this.anyJson = tables.anyJson;
    this.byStatus = tables.byStatus;
    this.byHttpStatus = tables.byHttpStatus;
    this.noValues = tables.noValues;
    this.problems = tables.problems;
    this.clock = clock;
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

  /** Starts the tables of a catalog. */
  public static <E extends CatalogError> Builder<E> builder(
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    return new Builder<>(toException);
  }

  /** The same tables measuring HTTP-date {@code Retry-After} headers against another clock. */
  public CatalogCodec<E> withClock(Clock clock) {
    return new CatalogCodec<>(this, Objects.requireNonNull(clock, "clock"));
  }

  /** Every distinct pointer the catalog's shapes name, in the order first named. */
  public List<String> pointers() {
    return trie.pointers();
  }

  /** Decodes a response whose body is text (sent as UTF-8), without headers. */
  public DecodedError<E> decode(int status, String body) {
    byte[] raw = body == null || body.isEmpty() ? NO_BYTES : body.getBytes(StandardCharsets.UTF_8);
    try {
      return decodeUnguarded(status, Map.of(), raw);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return undecoded(status, raw);
    }
  }

  /**
   * Decodes a response; never throws. The body is copied once on entry: the result's raw body is the bytes
   * as they were at this call, whatever the caller does with its array afterwards (reuses a buffer, clears
   * it), and the decode reads that copy.
   *
   * @param headers response headers, names in any case; may be {@code null} or empty
   * @param body the raw body; may be {@code null} or empty
   */
  public DecodedError<E> decode(int status, Map<String, List<String>> headers, byte[] body) {
    byte[] raw = body == null || body.length == 0 ? NO_BYTES : body.clone();
    try {
      return decodeUnguarded(status, headers, raw);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Not reached by any input we know of (the tests throw millions of hostile bodies at it); should a
      // bug remain, a caller still gets the response, undecoded, rather than an exception.
      return undecoded(status, raw);
    }
  }

  private DecodedError<E> undecoded(int status, byte[] raw) {
    return new DecodedError<>(status, null, MatchKind.NONE, null, Map.of(), null, raw, toException);
  }

  /**
   * {@link #decode} without its last-resort guard, for tests and fuzzers: an exception here is a bug that
   * {@code decode} would have hidden. {@code raw} must not be {@code null}; it is handed to the result as it
   * is (not copied), so the caller must not change it afterwards.
   */
  public DecodedError<E> decodeUnguarded(int status, Map<String, List<String>> headers, byte[] raw) {
    ResponseHeaders h = ResponseHeaders.of(headers);
    // What is read: the raw bytes, decompressed where the client left a Content-Encoding in place.
    byte[] body = ContentCoding.content(raw, h.contentEncoding());
    if (ProblemJson.isProblem(h.contentType())) {
      // An RFC 9457 body naming an entry (by code or type) decodes to it; any other is read by the shapes below.
      ProblemMatcher.Match<E> problem = problems.match(status, body);
      if (problem != null) {
        return new DecodedError<>(status, problem.entry().entry, MatchKind.CODE, problem.message(), problem.args(),
            retryAfter(h, noValues, null), raw, toException);
      }
    }
    BodyValues values = noValues;
    if (anyJson && body.length > 0 && trie.size() > 0) {
      values = new BodyValues(trie.size());
      read(body, values);
    }
    StatusTable<E> table = status >= 0 && status < byHttpStatus.length ? byHttpStatus[status]
        : status >= 0 && status < 1000 ? null : byStatus.get(status);
    String text = null;

    CodecEntry<E> matched = null;
    MatchKind kind = MatchKind.NONE;
    String[] captured = NONE_CAPTURED;
    TemplateMatcher matcher = null;

    // 1. A documented code at a code pointer.
    for (int slot : codeSlots) {
      byte k = values.kinds[slot];
      if (k == BodyValues.STRING || k == BodyValues.NUMBER) {
        CodecEntry<E> e = byCode.get(values.texts[slot]);
        if (e != null && e.shape.codeSlot == slot) {
          matched = e;
          kind = MatchKind.CODE;
          break;
        }
      }
    }
    if (matched != null) {
      // Capture the placeholders too, when the message is one of the entry's templates.
      String message = messageOf(matched.shape, values, body, h);
      if (message != null) {
        for (TemplateMatcher m : matched.templates) {
          String[] c = m.match(message);
          if (c != null) {
            captured = c;
            matcher = m;
            break;
          }
        }
      }
    } else if (table != null) {
      // 2. A message template (or constants alone) at this status, the most specific winning.
      MessageIndex.Match<E> best = new MessageIndex.Match<>();
      for (int i = 0; i < table.sources.length; i++) {
        String message;
        if (table.sources[i] == MessageIndex.TEXT_BODY) {
          if (text == null && !table.indexes.get(i).mayStartWith(BodyText.firstChar(body))) {
            continue; // e.g. a JSON body, where only templates starting with a letter are documented as text
          }
          text = text != null ? text : BodyText.of(body, h.contentType());
          message = text;
        } else {
          message = values.scalar(table.sources[i]);
        }
        if (message != null) {
          table.indexes.get(i).search(message, values, best);
        }
      }
      for (Candidate<E> c : table.byConstants) {
        if (!c.moreSpecificThan(best.candidate)) {
          break;
        }
        if (c.constantsHold(values)) {
          best.offer(c, NONE_CAPTURED);
          break;
        }
      }
      if (best.candidate != null) {
        matched = best.candidate.entry;
        kind = MatchKind.MESSAGE;
        captured = best.captured;
        matcher = best.candidate.matcher;
      } else if (table.statusOnly != null) {
        // 3. The status alone.
        matched = table.statusOnly;
        kind = MatchKind.STATUS;
      }
    }

    String message = matched != null && matched.shape.carriesMessage()
        ? (matched.shape.body == Body.TEXT ? (text != null ? text : BodyText.of(body, h.contentType()))
            : values.scalar(matched.shape.messageSlot))
        : firstMessage(values);
    Map<String, String> args = matched == null ? Map.of() : args(matched, values, matcher, captured);
    Duration retryAfter = retryAfter(h, values, matched);
    return new DecodedError<>(status, matched == null ? null : matched.entry, kind, message, args, retryAfter, raw,
        toException);
  }

  private void read(byte[] body, BodyValues values) {
    try (JsonParser parser = BodyParsers.open(body)) {
      trie.read(parser, values);
    } catch (IOException | RuntimeException e) {
      // Truncated, not JSON, invalid UTF-8, beyond the limits: keep what was read before.
    }
  }

  private String messageOf(CodecShape shape, BodyValues values, byte[] body, ResponseHeaders headers) {
    if (shape.body == Body.TEXT) {
      return BodyText.of(body, headers.contentType());
    }
    return shape.messageSlot < 0 ? null : values.scalar(shape.messageSlot);
  }

  private String firstMessage(BodyValues values) {
    for (int slot : messageSlots) {
      String m = values.scalar(slot);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private static <E> Map<String, String> args(CodecEntry<E> e, BodyValues values, TemplateMatcher matcher,
      String[] captured) {
    CodecShape shape = e.shape;
    if (shape.fieldSlots.length == 0 && captured.length == 0) {
      return Map.of();
    }
    if (shape.fieldSlots.length == 0 && matcher != null && matcher.distinctNames()) {
      // Only captured values: the map takes the template's names and the captured array as they are.
      return new FrozenArgs(matcher.names(), captured);
    }
    FrozenArgs args = new FrozenArgs(captured.length + shape.fieldSlots.length);
    if (matcher != null) {
      String[] names = matcher.names();
      for (int i = 0; i < captured.length; i++) {
        args.set(names[i], captured[i]);
      }
    }
    for (int i = 0; i < shape.fieldSlots.length; i++) {
      String v = values.scalar(shape.fieldSlots[i]);
      if (v != null) {
        args.setIfAbsent(shape.fieldNames[i], v);
      }
    }
    return args;
  }

  private Duration retryAfter(ResponseHeaders headers, BodyValues values, CodecEntry<E> matched) {
    // The clock is read only for an HTTP-date header: most responses carry no Retry-After at all.
    String value = headers.retryAfter();
    Duration header = value == null ? null : RetryAfter.parseHeader(value, clock);
    if (header != null) {
      return header;
    }
    if (matched != null && matched.shape.retryAfterSlot >= 0) {
      Duration d = RetryAfter.parseSeconds(values.scalar(matched.shape.retryAfterSlot));
      if (d != null) {
        return d;
      }
    }
    for (int slot : retryAfterSlots) {
      Duration d = RetryAfter.parseSeconds(values.scalar(slot));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  // ---- Encoding

  /** {@code application/json}, {@code text/plain; charset=utf-8}, or {@code ""} for entries without a body. */
  public String contentType(E entry) {
    CodecEntry<E> e = entry == null ? null : byEntry.get(entry);
    if (e == null) {
      return "";
    }
    return switch (e.shape.body) {
      case JSON -> "application/json";
      case TEXT -> "text/plain; charset=utf-8";
      case EMPTY -> "";
    };
  }

  /**
   * The documented body of an entry: its shape filled with the code, the formatted message, the fields
   * and constants, and the retry hint in seconds ({@code retryAfter} may be {@code null}). Text shapes give
   * the message, empty shapes {@code ""}.
   */
  public String encode(E entry, Map<String, ?> args, Duration retryAfter) {
    CodecEntry<E> e = entry == null ? null : byEntry.get(entry);
    if (e == null || e.shape.body == Body.EMPTY) {
      return "";
    }
    Map<String, ?> a = args == null ? Map.of() : args;
    String message = e.templates.length == 0 ? null : e.templates[0].template().format(a);
    if (e.shape.body == Body.TEXT) {
      return message == null ? "" : message;
    }
    JsonBodyWriter out = new JsonBodyWriter();
    for (int i = 0; i < e.constants.length; i++) {
      Constant c = e.constants[i];
      if (c.kind() == Constant.Kind.STRING) {
        out.string(c.pointer(), c.text());
      } else {
        out.literal(c.pointer(), c.text());
      }
    }
    CodecShape s = e.shape;
    if (s.codePointer != null) {
      if (TemplateMatcher.valid(Template.Type.INT, e.code, 0, e.code.length())
          && (e.code.length() == 1 || !e.code.startsWith("0")) && !e.code.startsWith("-0")) {
        out.literal(s.codePointer, e.code);
      } else {
        out.string(s.codePointer, e.code);
      }
    }
    if (s.messagePointer != null && message != null) {
      out.string(s.messagePointer, message);
    }
    for (int i = 0; i < s.fieldNames.length; i++) {
      if (a.containsKey(s.fieldNames[i]) && a.get(s.fieldNames[i]) != null) {
        String value = String.valueOf(a.get(s.fieldNames[i]));
        Template.Type type = e.types.getOrDefault(s.fieldNames[i], Template.Type.STRING);
        if (type != Template.Type.STRING && TemplateMatcher.valid(type, value, 0, value.length())
            && jsonNumberOrBool(value)) {
          out.literal(s.fieldPointers[i], value);
        } else {
          out.string(s.fieldPointers[i], value);
        }
      }
    }
    if (s.retryAfterPointer != null && retryAfter != null && !retryAfter.isNegative()) {
      out.literal(s.retryAfterPointer, Long.toString(retryAfter.getSeconds()));
    }
    return out.toJson();
  }

  /** JSON forbids leading zeros: {@code 007} must travel as a string. */
  private static boolean jsonNumberOrBool(String v) {
    int start = v.startsWith("-") ? 1 : 0;
    return !(v.length() > start + 1 && v.charAt(start) == '0' && Character.isDigit(v.charAt(start + 1)));
  }

  // ---- Tables

  /** Collects a catalog's shapes and entries, in that order; generated decoders call it once. */
  public static final class Builder<E extends CatalogError> {
    private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
    private final PointerTrie trie = new PointerTrie();
    private final List<CodecShape> shapes = new ArrayList<>();
    private final List<CodecEntry<E>> entries = new ArrayList<>();

    private Builder(Function<? super DecodedError<E>, ? extends CatalogException> toException) {
      this.toException = Objects.requireNonNull(toException, "toException");
    }

    /**
     * Adds a shape and returns its index for {@link #entry}.
     *
     * @param code the code pointer, or {@code null}
     * @param message the message pointer, or {@code null}
     * @param retryAfter the pointer to a number of seconds, or {@code null}
     * @param fields extra fields as name, pointer, name, pointer, ...
     * @param when the constants bodies of this shape carry
     */
    public int shape(String name, Body body, String code, String message, String retryAfter, String[] fields,
        Constant... when) {
      if (fields.length % 2 != 0) {
        throw new IllegalArgumentException("fields come in name, pointer pairs: " + List.of(fields));
      }
      String[] names = new String[fields.length / 2];
      String[] pointers = new String[fields.length / 2];
      for (int i = 0; i < names.length; i++) {
        names[i] = fields[2 * i];
        pointers[i] = fields[2 * i + 1];
      }
      shapes.add(new CodecShape(name, body, code, message, retryAfter, names, pointers, when.clone(), trie));
      return shapes.size() - 1;
    }

    /**
     * Adds an entry.
     *
     * @param shape the index {@link #shape} returned
     * @param when the entry's own constants (the shape's are added)
     * @param templates the primary template, then the variants, in template syntax ({@code {name:type}},
     *     {@code {{} for a literal brace}); none when the entry documents no message
     */
    public Builder<E> entry(E entry, int status, String code, int shape, Constant[] when, String... templates) {
      CodecShape s = shapes.get(shape);
      List<Constant> all = new ArrayList<>(List.of(s.when));
      if (s.body == Body.JSON) {
        all.addAll(List.of(when));
      }
      Constant[] constants = all.toArray(new Constant[0]);
      int[] slots = new int[constants.length];
      for (int i = 0; i < constants.length; i++) {
        slots[i] = trie.slotOf(constants[i].pointer());
      }
      List<TemplateMatcher> matchers = new ArrayList<>();
      for (String t : templates) {
        if (t != null && !t.isEmpty()) {
          matchers.add(new TemplateMatcher(Template.compile(t)));
        }
      }
      entries.add(new CodecEntry<>(Objects.requireNonNull(entry, "entry"), entries.size(), status,
          Objects.requireNonNull(code, "code"), s, constants, slots, matchers.toArray(new TemplateMatcher[0])));
      return this;
    }

    /** The engine, on the system clock. */
    public CatalogCodec<E> build() {
      return new CatalogCodec<>(this, Clock.systemUTC());
    }
  }
}
