package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The decoder's last step: a decode's result built from what the steps before found (the entry, how it matched,
 * the message and its captured placeholders, the body's values): its arguments, list fields and whether it is an
 * error.
 *
 * @param <E> the catalog's entry type
 */
final class DecodedBuilder<E extends CatalogError> {

  private final CatalogIndex<E> index;
  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;

  DecodedBuilder(CatalogIndex<E> index,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    this.index = index;
    this.toException = toException;
  }

  /** The result of a response that could not be read at all: no entry, the raw body kept. */
  Decoded<E> undecoded(int status, byte[] raw) {
    return new Decoded<>(status, null, MatchKind.NONE, null, Map.of(), null, raw, toException,
        status < 100 || status >= 400);
  }

  /** The result of an RFC 9457 body that names an entry: its message and arguments are the body's. */
  Decoded<E> problem(int status, ProblemMatcher.Match<E> problem, Duration retryAfter, byte[] raw) {
    return new Decoded<>(status, problem.entry().entry, MatchKind.CODE, problem.message(), problem.args(),
        retryAfter, raw, toException, isError(status, problem.entry(), index.noValues));
  }

  Decoded<E> result(int status, CodecEntry<E> matched, MatchKind kind, String message, BodyValues values,
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
    // One list field (the usual case) is a Map.of of it; a LinkedHashMap only from the second on.
    String firstName = null;
    List<String> firstList = null;
    Map<String, List<String>> lists = null;
    for (int i = 0; i < shape.fieldSlots.length; i++) {
      if (!values.perElement(shape.fieldSlots[i])) {
        continue;
      }
      if (firstName == null) {
        firstName = shape.fieldNames[i];
        firstList = values.list(shape.fieldSlots[i]);
      } else {
        if (lists == null) {
          lists = new LinkedHashMap<>();
          lists.put(firstName, firstList);
        }
        lists.putIfAbsent(shape.fieldNames[i], values.list(shape.fieldSlots[i]));
      }
    }
    return lists != null ? Collections.unmodifiableMap(lists) : firstName != null ? Map.of(firstName, firstList)
        : Map.of();
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
      String v = values.perElement(slot) ? values.joined(slot) : values.scalar(slot);
      if (v != null) {
        args.setIfAbsent(shape.fieldNames[i], v);
      }
    }
    return args;
  }

  /** The first message any shape names in the body, for a result whose entry names none. */
  String firstMessage(BodyValues values) {
    for (int slot : index.messageSlots) {
      String m = values.scalar(slot);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
