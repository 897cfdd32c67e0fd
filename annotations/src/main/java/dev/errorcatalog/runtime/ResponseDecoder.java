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
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param <E> the catalog's entry type
 */
final class ResponseDecoder<E extends CatalogError> {

  private static final String[] NONE_CAPTURED = new String[0];

  /** The raw body of every decode without a body: empty arrays are immutable, so one serves all. */
  private static final byte[] NO_BYTES = new byte[0];

  private final CatalogIndex<E> index;
  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;
  private final Clock clock;

  ResponseDecoder(CatalogIndex<E> index, Function<? super DecodedError<E>, ? extends CatalogException> toException,
      Clock clock) {
    this.index = index;
    this.toException = toException;
    this.clock = clock;
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
  DecodedError<E> decode(int status, Map<String, List<String>> headers, byte[] body) {
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
    return new Decoded<>(status, null, MatchKind.NONE, null, Map.of(), null, raw, toException,
        status < 100 || status >= 400);
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
      // An RFC 9457 body naming an entry (by code or type) decodes to it; any other is read by the shapes below.
      ProblemMatcher.Match<E> problem = index.problems().match(status, body);
      if (problem != null) {
        return new Decoded<>(status, problem.entry().entry, MatchKind.CODE, problem.message(), problem.args(),
            retryAfter(h, headers, index.noValues, problem.entry()), raw, toException, isError(status, problem.entry(), index.noValues));
      }
    }
    BodyValues values = index.noValues;
    if (index.anyJson && body.length > 0 && index.trie.size() > 0) {
      values = index.trie.newValues();
      read(body, values);
    }
    String text = null;

    CodecEntry<E> matched = null;
    MatchKind kind = MatchKind.NONE;
    String[] captured = NONE_CAPTURED;
    TemplateMatcher matcher = null;

    // 1. A documented code at a code pointer; through an array, the first element carrying one, whose values
    // (message, fields, sub-code) are the entry's.
    BodyValues all = values;
    int codeStar = -1;
    int codeElement = -1;
    for (int slot : index.codeSlots) {
      if (all.perElement(slot)) {
        for (int el = 0, count = all.elementCount(slot); el < count && matched == null; el++) {
          CodecEntry<E> e = byCode(slot, all.elementKind(slot, el), all.elementText(slot, el), status);
          if (e != null) {
            codeStar = all.starOf(slot);
            codeElement = el;
            values = ((BodyValues.Elements) all).element(codeStar, el);
            matched = e.refinedBy(values);
          }
        }
      } else {
        CodecEntry<E> e = byCode(slot, all.kinds[slot], all.texts[slot], status);
        if (e != null) {
          // The most specific entry wins: a refinement named by the body's sub-code, else the code's own.
          matched = e.refinedBy(values);
        }
      }
      if (matched != null) {
        kind = MatchKind.CODE;
        break;
      }
    }
    // The status's tables are looked up (and, on first use, built) only when no code matched.
    CatalogIndex.StatusTable<E> table = matched == null ? index.at(status) : null;
    if (matched != null) {
      // Capture the placeholders too, when the message is one of the entry's templates.
      String message = messageOf(matched.shape, values, body, h);
      if (message != null) {
        for (TemplateMatcher m : matched.templates()) {
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
        matcher = best.candidate.matcher();
      } else if (table.anyStatusOnly) {
        // 3. The status alone, for a body of the kind the entry documents: a proxy's HTML page at a documented
        // status, or a JSON body where the API documents none, is not the entry's.
        matched = table.statusOnly(BodyKind.of(body, h.contentType()));
        kind = matched == null ? MatchKind.NONE : MatchKind.STATUS;
      }
    }

    String message = matched != null && matched.shape.carriesMessage()
        ? (matched.shape.body == CatalogCodec.Body.TEXT ? (text != null ? text : BodyText.of(body, h.contentType()))
            : values.scalar(matched.shape.messageSlot))
        : firstMessage(values);
    Duration retryAfter = retryAfter(h, headers, values, matched);
    List<DecodedError<E>> more = codeStar < 0 ? List.of()
        : laterErrors(status, all, codeStar, codeElement, body, h, retryAfter, raw);
    return result(status, matched, kind, message, values, matcher, captured, retryAfter, raw, more);
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

  /** The first of an entry's templates the message fits, or {@code null}. */
  private static TemplateMatcher templateOf(CodecEntry<?> entry, String message) {
    if (message != null) {
      for (TemplateMatcher m : entry.templates()) {
        if (m.match(message) != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The documented errors after the first in an array of errors: each element with a documented code, in the
   * body's order, read from that element alone (its message, fields and sub-code).
   */
  private List<DecodedError<E>> laterErrors(int status, BodyValues all, int star, int first, byte[] body,
      ResponseHeaders h, Duration retryAfter, byte[] raw) {
    List<DecodedError<E>> more = null;
    BodyValues.Elements elements = (BodyValues.Elements) all;
    for (int el = first + 1, count = elements.elements[star]; el < count; el++) {
      for (int slot : index.codeSlots) {
        CodecEntry<E> e = all.starOf(slot) == star
            ? byCode(slot, all.elementKind(slot, el), all.elementText(slot, el), status) : null;
        if (e != null) {
          BodyValues values = elements.element(star, el);
          CodecEntry<E> entry = e.refinedBy(values);
          String message = messageOf(entry.shape, values, body, h);
          TemplateMatcher matcher = templateOf(entry, message);
          String[] captured = matcher == null ? NONE_CAPTURED : matcher.match(message);
          more = more == null ? new ArrayList<>() : more;
          more.add(result(status, entry, MatchKind.CODE, message, values, matcher, captured, retryAfter, raw,
              List.of()));
          break;
        }
      }
    }
    return more == null ? List.of() : List.copyOf(more);
  }

  private Decoded<E> result(int status, CodecEntry<E> matched, MatchKind kind, String message, BodyValues values,
      TemplateMatcher matcher, String[] captured, Duration retryAfter, byte[] raw, List<DecodedError<E>> more) {
    if (matched == null) {
      return new Decoded<>(status, null, kind, message, Map.of(), retryAfter, raw, toException,
          isError(status, null, values));
    }
    Map<String, String> args = args(matched, values, matcher, captured);
    Map<String, List<String>> lists = lists(matched.shape, values);
    return Decoded.of(status, matched.entry, kind, message, args, retryAfter, raw, toException,
        isError(status, matched, values), lists, more);
  }

  /** The list fields of a shape (pointers through an array other than the entry's own element): name to values. */
  private static Map<String, List<String>> lists(CodecShape shape, BodyValues values) {
    Map<String, List<String>> lists = null;
    for (int i = 0; i < shape.fieldSlots.length; i++) {
      if (values.perElement(shape.fieldSlots[i])) {
        lists = lists == null ? new LinkedHashMap<>() : lists;
        lists.putIfAbsent(shape.fieldNames[i], List.copyOf(values.list(shape.fieldSlots[i])));
      }
    }
    return lists == null ? Map.of() : Collections.unmodifiableMap(lists);
  }

  /**
   * Whether the response is an error: any status outside 100 to 399; at a success status, only where the catalog
   * documents errors at it (elsewhere clients never decode, and a decode must agree with them), an error entry, or
   * a body an error shape's constants mark ({"ok": false} with a code the catalog does not know).
   */
  private boolean isError(int status, CodecEntry<E> matched, BodyValues values) {
    if (status < 100 || status >= 400) {
      return true;
    }
    if (!index.errorsAt(status)) {
      return false;
    }
    return matched != null ? !matched.success : index.errorShapes.length > 0 && errorShapeHolds(values);
  }

  private boolean errorShapeHolds(BodyValues values) {
    for (CodecShape shape : index.errorShapes) {
      int[] slots = shape.whenSlots;
      boolean all = true;
      for (int i = 0; i < shape.when.length && all; i++) {
        all = shape.when[i].matches(values.kinds[slots[i]], values.texts[slots[i]]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private void read(byte[] body, BodyValues values) {
    try (JsonParser parser = BodyParsers.open(body)) {
      index.trie.read(parser, values);
    } catch (IOException | RuntimeException e) {
      // Truncated, not JSON, invalid UTF-8, beyond the limits: keep what was read before.
    }
  }

  private String messageOf(CodecShape shape, BodyValues values, byte[] body, ResponseHeaders headers) {
    if (shape.body == CatalogCodec.Body.TEXT) {
      return BodyText.of(body, headers.contentType());
    }
    return shape.messageSlot < 0 ? null : values.scalar(shape.messageSlot);
  }

  private String firstMessage(BodyValues values) {
    for (int slot : index.messageSlots) {
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
      int slot = shape.fieldSlots[i];
      // A list field is its values joined by ", " as text (and each value in listArgs()); absent when empty.
      String v = values.perElement(slot) ? joined(values.list(slot)) : values.scalar(slot);
      if (v != null) {
        args.setIfAbsent(shape.fieldNames[i], v);
      }
    }
    return args;
  }

  /**
   * A wait field's value: through an array of its own ({@code /error/details/*}{@code /retryDelay}), the first
   * element that has one (Google's {@code RetryInfo} at any position of {@code details[]}).
   */
  private static String waitField(BodyValues values, int slot) {
    if (!values.perElement(slot)) {
      return values.scalar(slot);
    }
    List<String> list = values.list(slot);
    return list.isEmpty() ? null : list.get(0);
  }

  private static String joined(List<String> list) {
    return list.isEmpty() ? null : String.join(", ", list);
  }

  /**
   * The wait: the {@code Retry-After} header (RFC 9110); else the matched entry's declared wait hints in order; else
   * the matched entry's shape's {@code retry-after} field; else any shape's.
   */
  private Duration retryAfter(ResponseHeaders headers, Map<String, List<String>> all, BodyValues values,
      CodecEntry<E> matched) {
    // The clock is read only for an HTTP-date header: most responses carry no Retry-After at all.
    String value = headers.retryAfter();
    Duration header = value == null ? null : RetryAfter.parseHeader(value, clock);
    if (header != null) {
      return header;
    }
    if (matched != null) {
      WaitSource[] waits = matched.waits;
      for (int i = 0; i < waits.length; i++) {
        String text = waits[i].header() ? ResponseHeaders.find(all, waits[i].name())
            : matched.waitSlots[i] < 0 ? null : waitField(values, matched.waitSlots[i]);
        Duration d = RetryAfter.parse(text, waits[i].unit(), clock);
        if (d != null) {
          return d;
        }
      }
    }
    if (matched != null && matched.shape.retryAfterSlot >= 0) {
      Duration d = RetryAfter.parseSeconds(values.scalar(matched.shape.retryAfterSlot));
      if (d != null) {
        return d;
      }
    }
    for (int slot : index.retryAfterSlots) {
      Duration d = RetryAfter.parseSeconds(values.scalar(slot));
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
