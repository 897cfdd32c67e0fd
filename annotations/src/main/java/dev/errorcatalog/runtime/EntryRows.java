package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rows of a large catalog as text, read by one loop: the table forms of a generated error type hold their
 * rows as string constants of this format instead of one builder expression per row. Thousands of builder
 * expressions are megabytes of bytecode and constant pool that the JVM must load, link and interpret once,
 * at class initialisation; the same rows as a few string constants load in a fraction of that time, and the
 * loop reading them is compiled after a few hundred rows. The processor writes the text with
 * {@link #encode}, from the very rows its build-time checks ran, so both ends share one definition.
 *
 * <p>The format: per row, its values in a fixed order; a number is its decimal digits (after {@code '~'} when negative) and {@code ':'}; a
 * string is its length in {@code char}s as a number, then its characters; an absent value (a {@code null})
 * is {@code '-'}. Only ASCII is added around the catalog's own text, so the constants survive any source
 * encoding that holds the catalog's characters.
 */
public final class EntryRows {

  private static final char ABSENT = '-';
  private static final char END_OF_NUMBER = ':';
  /** Starts a negative number ({@code '-'} is taken by absent values). */
  private static final char NEGATIVE = '~';
  /** Starts a row's later values: further statuses, the error mark and the sub-code. */
  private static final char EXTRAS = '+';
  /** Starts a row's own wait hints, after its extras (if any): added later still, read only where present. */
  private static final char WAIT_HINTS = '*';
  private static final WaitSource.Unit[] UNITS = WaitSource.Unit.values();

  private static final RetryClass[] RETRY_CLASSES = RetryClass.values();
  private static final int[] NO_STATUSES = new int[0];

  private EntryRows() {}

  /**
   * Appends a row in the format {@link #read} reads.
   *
   * @param name the constant's name
   * @param shape the index of the row's shape in the list {@link #read} is given
   */
  public static void encode(StringBuilder out, String name, EntryRow row, int shape) {
    string(out, name);
    number(out, row.status());
    string(out, row.code());
    string(out, row.title());
    String message = row.template().source();
    string(out, message.isEmpty() ? null : message);
    List<Template> variants = row.variants();
    number(out, variants.size());
    for (Template v : variants) {
      string(out, v.source());
    }
    number(out, shape);
    number(out, row.when().size());
    for (Constant c : row.when()) {
      out.append(switch (c.kind()) {
        case STRING -> 'S';
        case NUMBER -> 'N';
        case BOOLEAN -> 'B';
        case NULL -> 'Z';
      });
      string(out, c.pointer());
      string(out, c.text());
    }
    string(out, row.retryClass().name());
    RetryParameters retry = row.retryParameters();
    duration(out, retry.base());
    duration(out, retry.cap());
    if (retry.attempts().isPresent()) {
      number(out, retry.attempts().getAsInt());
    } else {
      out.append(ABSENT);
    }
    duration(out, retry.window());
    string(out, row.anchor());
    string(out, row.deprecation());
    // Added after format v1's first rows: written only where present, after a marker no row starts with (a
    // row starts with its name's length), so rows written by an older processor read as before.
    if (row.alsoAt().length > 0 || row.ownErrorMark() || !row.subcode().isEmpty()) {
      out.append(EXTRAS);
      number(out, row.alsoAt().length);
      for (int s : row.alsoAt()) {
        number(out, s);
      }
      number(out, row.ownErrorMark() ? 1 : 0);
      string(out, row.subcode().isEmpty() ? null : row.subcode());
    }
    List<WaitSource> waits = row.ownWaitHints();
    if (!waits.isEmpty()) {
      out.append(WAIT_HINTS);
      number(out, waits.size());
      for (WaitSource w : waits) {
        out.append(w.header() ? 'H' : 'F');
        number(out, w.unit().ordinal());
        string(out, w.name());
      }
    }
  }

  /**
   * Reads rows written by {@link #encode} into {@code rows} (and their constants' names into {@code names},
   * unless it is {@code null}), from index {@code from} on.
   *
   * @param data the text, in as many string constants as the class file format needed (each at most 64 KB)
   * @return the index after the last row read
   */
  public static int read(List<ShapeRow> shapes, EntryRow[] rows, String[] names, int from, String... data) {
    Reader in = new Reader(data.length == 1 ? data[0] : String.join("", data));
    int i = from;
    while (in.more()) {
      String name = in.string();
      if (names != null) {
        names[i] = name;
      }
      rows[i++] = in.row(shapes);
    }
    return i;
  }

  private static void number(StringBuilder out, long n) {
    if (n < 0) {
      out.append(NEGATIVE).append(-n);
    } else {
      out.append(n);
    }
    out.append(END_OF_NUMBER);
  }

  private static void string(StringBuilder out, String s) {
    if (s == null) {
      out.append(ABSENT);
    } else {
      number(out, s.length());
      out.append(s);
    }
  }

  private static void duration(StringBuilder out, Optional<Duration> d) {
    if (d.isPresent()) {
      number(out, d.get().toMillis());
    } else {
      out.append(ABSENT);
    }
  }

  /** A cursor over the text. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    boolean more() {
      return pos < text.length();
    }

    EntryRow row(List<ShapeRow> shapes) {
      int status = (int) number();
      String code = string();
      String title = string();
      String message = string();
      int variantCount = (int) number();
      List<String> variants = List.of();
      if (variantCount > 0) {
        String[] v = new String[variantCount];
        for (int k = 0; k < variantCount; k++) {
          v[k] = string();
        }
        variants = List.of(v);
      }
      ShapeRow shape = shapes.get((int) number());
      int constantCount = (int) number();
      List<Constant> when = List.of();
      if (constantCount > 0) {
        Constant[] c = new Constant[constantCount];
        for (int k = 0; k < constantCount; k++) {
          char kind = text.charAt(pos++);
          String pointer = string();
          String value = string();
          c[k] = switch (kind) {
            case 'S' -> Constant.string(pointer, value);
            case 'N' -> Constant.number(pointer, value);
            case 'B' -> Constant.bool(pointer, Boolean.parseBoolean(value));
            case 'Z' -> Constant.nullValue(pointer);
            default -> throw new IllegalArgumentException("unknown constant kind '" + kind + "' in the rows' text");
          };
        }
        when = List.of(c);
      }
      RetryClass retryClass = retryClass();
      Duration base = duration();
      Duration cap = duration();
      Integer attempts = absent() ? null : (int) number();
      Duration window = duration();
      String anchor = string();
      String deprecation = string();
      int[] alsoAt = NO_STATUSES;
      boolean error = false;
      String subcode = null;
      if (more() && text.charAt(pos) == EXTRAS) {
        pos++;
        alsoAt = new int[(int) number()];
        for (int k = 0; k < alsoAt.length; k++) {
          alsoAt[k] = (int) number();
        }
        error = number() == 1;
        subcode = string();
      }
      List<WaitSource> waits = List.of();
      if (more() && text.charAt(pos) == WAIT_HINTS) {
        pos++;
        WaitSource[] w = new WaitSource[(int) number()];
        for (int k = 0; k < w.length; k++) {
          boolean header = text.charAt(pos++) == 'H';
          WaitSource.Unit unit = UNITS[(int) number()];
          w[k] = new WaitSource(header, string(), unit);
        }
        waits = List.of(w);
      }
      return new EntryRow(status, code, title, message, variants, shape, when, retryClass,
          RetryParameters.of(base, cap, attempts, window), anchor, deprecation, alsoAt, error,
          subcode, waits);
    }

    /** The retry class by its name, without making a String of it (almost every row is NEVER). */
    private RetryClass retryClass() {
      int length = (int) number();
      for (RetryClass c : RETRY_CLASSES) {
        if (c.name().length() == length && text.startsWith(c.name(), pos)) {
          pos += length;
          return c;
        }
      }
      throw new IllegalArgumentException("unknown retry class at " + pos + " of the rows' text");
    }

    /** True, and the marker consumed, when the next value is absent. */
    private boolean absent() {
      if (text.charAt(pos) == ABSENT) {
        pos++;
        return true;
      }
      return false;
    }

    private long number() {
      long n = 0;
      boolean negative = text.charAt(pos) == NEGATIVE;
      if (negative) {
        pos++;
      }
      char c;
      while ((c = text.charAt(pos++)) != END_OF_NUMBER) {
        n = n * 10 + (c - '0');
      }
      return negative ? -n : n;
    }

    private String string() {
      if (absent()) {
        return null;
      }
      int length = (int) number();
      String s = text.substring(pos, pos + length);
      pos += length;
      return s;
    }

    private Duration duration() {
      return absent() ? null : Duration.ofMillis(number());
    }
  }
}
