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
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decodes responses on a catalog's {@link CatalogIndex}: reads the body once with a streaming parser,
 * keeping only the values at the pointers the catalog's shapes name, then dispatches: a documented code
 * ({@link MatchKind#CODE}); else the best message template or set of constants at the status
 * ({@link MatchKind#MESSAGE}); else an entry documenting the status alone, when the body is of the kind the entry
 * documents ({@link MatchKind#STATUS}, {@link BodyKind}); else {@link MatchKind#NONE}. It never throws: whatever
 * cannot be read is treated as absent.
 *
 * <p>The steps, in {@link #decodeUnguarded}'s order: {@link #problem} (an RFC 9457 body naming an entry),
 * {@link #values} (the body read), {@link #codeAt} and {@link #codeInArray} (rule 1), {@link #byMessage} (rules 2
 * and 3: the templates, then {@link MessageSearch#byConstants}); the wait is found by {@link WaitHints}, the result
 * built by {@link DecodedBuilder}. Each step is a method small enough for the JIT to inline, and none allocates
 * beyond what the decode keeps.
 *
 * @param <E> the catalog's entry type
 */
final class ResponseDecoder<E extends CatalogError> {

  private static final String[] NONE_CAPTURED = new String[0];

  /** The raw body of every decode without a body: empty arrays are immutable, so one serves all. */
  private static final byte[] NO_BYTES = new byte[0];

  private final CatalogIndex<E> index;
  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
  private final Clock clock;
  private final DecodedBuilder<E> results;

  ResponseDecoder(CatalogIndex<E> index, Function<? super DecodedError<E>, ? extends CatalogException> toException,
      Clock clock) {
    this.index = index;
    this.toException = toException;
    this.clock = clock;
    this.results = new DecodedBuilder<>(index, toException);
  }

  /** The same decoder measuring waits that name a time (HTTP dates, epoch times) against another clock. */
  ResponseDecoder<E> withClock(Clock clock) {
    return new ResponseDecoder<>(index, toException, clock);
  }

  /** Decodes a response whose body is text (sent as UTF-8), without headers. */
  DecodedError<E> decode(int status, String body) {
    byte[] raw = body == null || body.isEmpty() ? NO_BYTES : body.getBytes(StandardCharsets.UTF_8);
    try {
      return decodeUnguarded(status, Map.of(), raw);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return results.undecoded(status, raw);
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
  DecodedError<E> decode(int status, Map<String, List<String>> headers, byte[] body) {
    byte[] raw = body == null || body.length == 0 ? NO_BYTES : body.clone();
    try {
      return decodeUnguarded(status, headers, raw);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Not reached by any input we know of (the tests throw millions of hostile bodies at it); should a
      // bug remain, a caller still gets the response, undecoded, rather than an exception.
      return results.undecoded(status, raw);
    }
  }

  /**
   * {@link #decode} without its last-resort guard, for tests and fuzzers: an exception here is a bug that
   * {@code decode} would have hidden. {@code raw} must not be {@code null}; it is handed to the result as it
   * is (not copied), so the caller must not change it afterwards.
   */
  DecodedError<E> decodeUnguarded(int status, Map<String, List<String>> headers, byte[] raw) {
    ResponseHeaders h = ResponseHeaders.of(headers);
    // What is read: the raw bytes, decompressed where the client left a Content-Encoding in place.
    byte[] body = ContentCoding.content(raw, h.contentEncoding());
    if (ProblemJson.isProblem(h.contentType())) {
      DecodedError<E> problem = problem(status, headers, h, body, raw);
      if (problem != null) {
        return problem;
      }
    }
    BodyValues values = values(body);
    // 1. A documented code at a code pointer; through an array, the first element carrying one.
    for (int slot : index.codeSlots) {
      DecodedError<E> coded = values.perElement(slot)
          ? codeInArray(status, headers, h, body, raw, values, slot)
          : codeAt(status, headers, h, body, raw, values, slot);
      if (coded != null) {
        return coded;
      }
    }
    // 2. and 3.: the status's tables are looked up (and, on first use, built) only when no code matched.
    CatalogIndex.StatusTable<E> table = index.at(status);
    if (table == null) {
      return results.result(status, null, MatchKind.NONE, results.firstMessage(values), values, null, NONE_CAPTURED,
          retryAfter(h, headers, values, null), raw, List.of());
    }
    return byMessage(status, headers, h, body, raw, values, table);
  }

  /** An RFC 9457 body naming an entry (by code or type) decodes to it; any other ({@code null}) is read as usual. */
  private DecodedError<E> problem(int status, Map<String, List<String>> headers, ResponseHeaders h, byte[] body,
      byte[] raw) {
    ProblemMatcher.Match<E> problem = index.problems().match(status, body);
    return problem == null ? null
        : results.problem(status, problem, retryAfter(h, headers, index.noValues, problem.entry()), raw);
  }

  /** The values at the catalog's pointers, read once from a JSON body; none without one. */
  private BodyValues values(byte[] body) {
    if (!index.anyJson || body.length == 0 || index.trie.size() == 0) {
      return index.noValues;
    }
    BodyValues values = index.trie.newValues();
    read(body, values);
    return values;
  }

  private void read(byte[] body, BodyValues values) {
    try (JsonParser parser = BodyParsers.open(body)) {
      index.trie.read(parser, values);
    } catch (IOException | RuntimeException e) {
      // Truncated, not JSON, invalid UTF-8, beyond the limits: keep what was read before.
    }
  }

  /** Rule 1 at a code slot with one value: the entry of a documented code there, or {@code null}. */
  private Decoded<E> codeAt(int status, Map<String, List<String>> headers, ResponseHeaders h, byte[] body,
      byte[] raw, BodyValues values, int slot) {
    CodecEntry<E> e = byCode(slot, values.kinds[slot], values.texts[slot], status);
    if (e == null) {
      return null;
    }
    // The most specific entry wins: a refinement named by the body's sub-code, else the code's own.
    CodecEntry<E> entry = e.refinedBy(values);
    return coded(status, h, body, raw, values, entry, retryAfter(h, headers, values, entry), List.of(), true);
  }

  /**
   * Rule 1 at a code slot through an array: the first element carrying a documented code, whose values (message,
   * fields, sub-code) are the entry's; the documented errors of the elements after it come with it.
   */
  private Decoded<E> codeInArray(int status, Map<String, List<String>> headers, ResponseHeaders h, byte[] body,
      byte[] raw, BodyValues all, int slot) {
    for (int el = 0, count = all.elementCount(slot); el < count; el++) {
      CodecEntry<E> e = byCode(slot, all.elementKind(slot, el), all.elementText(slot, el), status);
      if (e != null) {
        int star = all.starOf(slot);
        BodyValues values = ((BodyValues.Elements) all).element(star, el);
        CodecEntry<E> entry = e.refinedBy(values);
        Duration retryAfter = retryAfter(h, headers, values, entry);
        List<DecodedError<E>> more = laterErrors(status, all, star, el, body, h, retryAfter, raw);
        return coded(status, h, body, raw, values, entry, retryAfter, more, true);
      }
    }
    return null;
  }

  /**
   * Rule 1's result: the entry a code names, with the placeholders of its message when that fits a template. Where
   * the entry's shape names no message, the first message any shape names is shown ({@code anyMessage}); a later
   * error of an array shows none.
   */
  private Decoded<E> coded(int status, ResponseHeaders h, byte[] body, byte[] raw, BodyValues values,
      CodecEntry<E> entry, Duration retryAfter, List<DecodedError<E>> more, boolean anyMessage) {
    String message = messageOf(entry.shape, values, body, h);
    String[] captured = NONE_CAPTURED;
    TemplateMatcher matcher = null;
    if (message != null) {
      for (TemplateMatcher m : entry.templates()) {
        String[] c = m.match(message);
        if (c != null) {
          captured = c;
          matcher = m;
          break;
        }
      }
    }
    String shown = entry.shape.carriesMessage() || !anyMessage ? message : results.firstMessage(values);
    return results.result(status, entry, MatchKind.CODE, shown, values, matcher, captured, retryAfter, raw, more);
  }

  /** The entry a documented code names at a code slot, if this decode may match it there. */
  private CodecEntry<E> byCode(int slot, byte kind, String text, int status) {
    if (kind != BodyValues.STRING && kind != BodyValues.NUMBER) {
      return null;
    }
    CodecEntry<E> e = index.byCode.get(text);
    // A status-0 entry (not an HTTP response, e.g. a delivery report code) matches only a decode at
    // status 0: a 429 body carrying {"code": 8} is a rate limit, not delivery code 8.
    return e != null && e.shape.codeSlot == slot && (e.status != 0 || status == 0) ? e : null;
  }

  /**
   * Rules 2 and 3: the best message template (or set of constants) at this status; else the status alone, for a
   * body of the kind the entry documents (a proxy's HTML page at a documented status, or a JSON body where the
   * API documents none, is not the entry's); else no entry.
   */
  private Decoded<E> byMessage(int status, Map<String, List<String>> headers, ResponseHeaders h, byte[] body,
      byte[] raw, BodyValues values, CatalogIndex.StatusTable<E> table) {
    // Allocated beside the loop that fills it, not in a step of its own: then the JIT may keep it in registers.
    MessageIndex.Match<E> best = new MessageIndex.Match<>();
    String text = null;
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
    MessageSearch.byConstants(table, values, best);
    Candidate<E> found = best.candidate;
    CodecEntry<E> matched = found != null ? found.entry
        : table.anyStatusOnly ? table.statusOnly(BodyKind.of(body, h.contentType())) : null;
    MatchKind kind = found != null ? MatchKind.MESSAGE : matched != null ? MatchKind.STATUS : MatchKind.NONE;
    String message = matched == null || !matched.shape.carriesMessage() ? results.firstMessage(values)
        : matched.shape.body != CatalogCodec.Body.TEXT ? values.scalar(matched.shape.messageSlot)
        : text != null ? text : BodyText.of(body, h.contentType());
    return results.result(status, matched, kind, message, values, found == null ? null : found.matcher(),
        found == null ? NONE_CAPTURED : best.captured, retryAfter(h, headers, values, matched), raw, List.of());
  }

  /**
   * The documented errors after the first in an array of errors: each element with a documented code, in the
   * body's order, read from that element alone (its message, fields and sub-code).
   */
  private List<DecodedError<E>> laterErrors(int status, BodyValues all, int star, int first, byte[] body,
      ResponseHeaders h, Duration retryAfter, byte[] raw) {
    List<DecodedError<E>> more = null;
    BodyValues.Elements elements = (BodyValues.Elements) all;
    for (int el = first + 1, count = elements.elementsRead(star); el < count; el++) {
      for (int slot : index.codeSlots) {
        CodecEntry<E> e = all.starOf(slot) == star
            ? byCode(slot, all.elementKind(slot, el), all.elementText(slot, el), status) : null;
        if (e != null) {
          BodyValues values = elements.element(star, el);
          CodecEntry<E> entry = e.refinedBy(values);
          more = more == null ? new ArrayList<>() : more;
          more.add(coded(status, h, body, raw, values, entry, retryAfter, List.of(), false));
          break;
        }
      }
    }
    // Kept as it is: the result never hands this list out (errors() copies it) nor changes it.
    return more == null ? List.of() : more;
  }

  private static String messageOf(CodecShape shape, BodyValues values, byte[] body, ResponseHeaders headers) {
    if (shape.body == CatalogCodec.Body.TEXT) {
      return BodyText.of(body, headers.contentType());
    }
    return shape.messageSlot < 0 ? null : values.scalar(shape.messageSlot);
  }

  private Duration retryAfter(ResponseHeaders h, Map<String, List<String>> headers, BodyValues values,
      CodecEntry<E> matched) {
    return WaitHints.of(h, headers, values, matched, index.retryAfterSlots, clock);
  }
}
