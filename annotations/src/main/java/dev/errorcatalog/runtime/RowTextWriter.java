package dev.errorcatalog.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * Writes rows in the text {@link EntryRows} reads: a number is its decimal digits (after {@code '~'} when
 * negative) and {@code ':'}; a string is its length in {@code char}s as a number, then its characters; an absent
 * value (a {@code null}) is {@code '-'}. Only ASCII is added around the catalog's own text, so the constants survive
 * any source encoding that holds the catalog's characters.
 */
final class RowTextWriter {

  static final char ABSENT = '-';
  static final char END_OF_NUMBER = ':';
  /** Starts a negative number ({@code '-'} is taken by absent values). */
  static final char NEGATIVE = '~';

  private final StringBuilder out;
  private final int shapeIndex;

  /** @param shapeIndex the index of the row's shape in the list the reader is given */
  RowTextWriter(StringBuilder out, int shapeIndex) {
    this.out = out;
    this.shapeIndex = shapeIndex;
  }

  int shapeIndex() {
    return shapeIndex;
  }

  void marker(char marker) {
    out.append(marker);
  }

  void absent() {
    out.append(ABSENT);
  }

  void number(long n) {
    if (n < 0) {
      out.append(NEGATIVE).append(-n);
    } else {
      out.append(n);
    }
    out.append(END_OF_NUMBER);
  }

  void string(String s) {
    if (s == null) {
      absent();
    } else {
      number(s.length());
      out.append(s);
    }
  }

  /** In milliseconds. */
  void duration(Optional<Duration> d) {
    if (d.isPresent()) {
      number(d.get().toMillis());
    } else {
      absent();
    }
  }

  /** Its kind as a letter, its pointer, its text. */
  void constant(Constant c) {
    out.append(switch (c.kind()) {
      case STRING -> 'S';
      case NUMBER -> 'N';
      case BOOLEAN -> 'B';
      case NULL -> 'Z';
    });
    string(c.pointer());
    string(c.text());
  }

  /** {@code H} for a header, {@code F} for a body field; its unit's ordinal; its name. */
  void waitSource(WaitSource w) {
    out.append(w.header() ? 'H' : 'F');
    number(w.unit().ordinal());
    string(w.name());
  }
}
