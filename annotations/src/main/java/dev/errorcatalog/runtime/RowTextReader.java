package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.List;

/** A cursor over rows written by {@link RowTextWriter}: reads each kind of value back. */
final class RowTextReader {

  private static final RetryClass[] RETRY_CLASSES = RetryClass.values();
  private static final WaitSource.Unit[] UNITS = WaitSource.Unit.values();

  private final String text;
  private final List<ShapeRow> shapes;
  private int pos;

  RowTextReader(String text, List<ShapeRow> shapes) {
    this.text = text;
    this.shapes = shapes;
  }

  boolean more() {
    return pos < text.length();
  }

  /** True, and the marker consumed, when the next character is {@code marker}. */
  boolean marker(char marker) {
    if (pos < text.length() && text.charAt(pos) == marker) {
      pos++;
      return true;
    }
    return false;
  }

  /** True, and the marker consumed, when the next value is absent. */
  boolean absent() {
    return marker(RowTextWriter.ABSENT);
  }

  long number() {
    long n = 0;
    boolean negative = text.charAt(pos) == RowTextWriter.NEGATIVE;
    if (negative) {
      pos++;
    }
    char c;
    while ((c = text.charAt(pos++)) != RowTextWriter.END_OF_NUMBER) {
      n = n * 10 + (c - '0');
    }
    return negative ? -n : n;
  }

  String string() {
    if (absent()) {
      return null;
    }
    int length = (int) number();
    String s = text.substring(pos, pos + length);
    pos += length;
    return s;
  }

  /*
   * The lists: a count, then that many values; List.of() for none. One method per kind of value, not one taking
   * the reading of a value as a function: a lambda or method reference is a class spun at its first use, and a
   * large catalog reads these lists at its first use.
   */

  List<String> strings() {
    int count = (int) number();
    if (count == 0) {
      return List.of();
    }
    String[] values = new String[count];
    for (int k = 0; k < count; k++) {
      values[k] = string();
    }
    return List.of(values);
  }

  List<Constant> constants() {
    int count = (int) number();
    if (count == 0) {
      return List.of();
    }
    Constant[] values = new Constant[count];
    for (int k = 0; k < count; k++) {
      values[k] = constant();
    }
    return List.of(values);
  }

  List<WaitSource> waitSources() {
    int count = (int) number();
    if (count == 0) {
      return List.of();
    }
    WaitSource[] values = new WaitSource[count];
    for (int k = 0; k < count; k++) {
      values[k] = waitSource();
    }
    return List.of(values);
  }

  /** A count, then that many numbers. */
  int[] numbers() {
    int[] values = new int[(int) number()];
    for (int k = 0; k < values.length; k++) {
      values[k] = (int) number();
    }
    return values;
  }

  Duration duration() {
    return absent() ? null : Duration.ofMillis(number());
  }

  ShapeRow shape(int index) {
    return shapes.get(index);
  }

  /** The retry class by its name, without making a String of it (almost every row is NEVER). */
  RetryClass retryClass() {
    int length = (int) number();
    for (RetryClass c : RETRY_CLASSES) {
      if (c.name().length() == length && text.startsWith(c.name(), pos)) {
        pos += length;
        return c;
      }
    }
    throw new IllegalArgumentException("unknown retry class at " + pos + " of the rows' text");
  }

  Constant constant() {
    char kind = text.charAt(pos++);
    String pointer = string();
    String value = string();
    return switch (kind) {
      case 'S' -> Constant.string(pointer, value);
      case 'N' -> Constant.number(pointer, value);
      case 'B' -> Constant.bool(pointer, Boolean.parseBoolean(value));
      case 'Z' -> Constant.nullValue(pointer);
      default -> throw new IllegalArgumentException("unknown constant kind '" + kind + "' in the rows' text");
    };
  }

  WaitSource waitSource() {
    boolean header = text.charAt(pos++) == 'H';
    WaitSource.Unit unit = UNITS[(int) number()];
    return new WaitSource(header, string(), unit);
  }
}
