package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of an entry's row before it is made, each a field with its default: what {@link EntryRow.Builder}
 * collects by name, and what the rows' text ({@link EntryRows}) reads straight into, without the builder's copies
 * (the lists it sets are immutable; the builder makes a growable copy before it adds to one).
 */
class EntryValues {

  private static final int[] NO_STATUSES = new int[0];

  int status;
  String code;
  String title = "";
  /** {@code null} while the entry documents no message. */
  String message;
  List<String> variants = List.of();
  ShapeRow shape;
  List<Constant> when = List.of();
  RetryClass retryClass = RetryClass.NEVER;
  Duration base;
  Duration cap;
  Integer attempts;
  Duration window;
  String anchor = "";
  /** {@code null} for a current entry. */
  String deprecation;
  /** Never written to once set: a new array for each status added, so a row may keep it. */
  int[] alsoAt = NO_STATUSES;
  boolean error;
  /** {@code null} for an entry that refines no code. */
  String subcode;
  List<WaitSource> waitHints = List.of();

  /** For the rows' text, which reads the status and the code into the fields. */
  EntryValues() {}

  EntryValues(int status, String code) {
    this.status = status;
    this.code = code;
  }

  /** {@code list}, or a growable copy of it to add to (the text's lists and the defaults are immutable). */
  static <T> List<T> growable(List<T> list) {
    return list instanceof ArrayList ? list : new ArrayList<>(list);
  }
}
