package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.List;

/**
 * The values of an {@link EntryRow}, declared once: how each is written into and read from the rows' text
 * ({@link EntryRows}), and which builder calls make it in generated code (the processor writes those calls and
 * estimates their bytecode from them). A new value of an entry's row is one constant here (with its cases in
 * {@link #write}, {@link #read}, {@link #calls} and, in a later section, {@link #present}, and its place in
 * {@link #IN_BUILDER_CALLS}), and its field and builder method in {@link EntryRow}.
 *
 * <p>The constants are in the order the rows' text holds them. The first ones ({@link Section#FIRST}) are in every
 * row; the later sections were added after the format's first rows and are written only where one of their
 * values is present, after a marker no row starts with (a row starts with its name's length), so that rows
 * written by an older processor read as before. A new value goes into a new section at the end.
 */
public enum EntryField {

  /** The first status; a builder argument, not a call. */
  STATUS(Section.FIRST),
  /** The code ({@code ""} for an entry with only a name); a builder argument, not a call. */
  CODE(Section.FIRST),
  TITLE(Section.FIRST),
  /** The primary template's source; absent where the entry documents no message. */
  MESSAGE(Section.FIRST),
  VARIANTS(Section.FIRST),
  /** The shape, in the text as its index in the list the reader is given. */
  SHAPE(Section.FIRST),
  WHEN(Section.FIRST),
  RETRY(Section.FIRST),
  BASE(Section.FIRST),
  CAP(Section.FIRST),
  ATTEMPTS(Section.FIRST),
  WINDOW(Section.FIRST),
  ANCHOR(Section.FIRST),
  /** The deprecation note; absent for a current entry. */
  DEPRECATION(Section.FIRST),
  /** The statuses after the first. */
  ALSO_AT(Section.EXTRAS),
  /** The entry's own error mark (its shape's is the shape's). */
  ERROR(Section.EXTRAS),
  SUBCODE(Section.EXTRAS),
  /** The entry's own wait hints, replacing its shape's. */
  WAIT_HINTS(Section.WAIT_HINTS);

  /**
   * The order generated code calls the builder in, after {@code EntryRow.builder(status, code)} (or
   * {@code withoutCode(status)}): the values most rows lack first, then the rest in the text's order. Every
   * constant but {@link #STATUS} and {@link #CODE} (the builder's arguments) is here once.
   */
  public static final List<EntryField> IN_BUILDER_CALLS = List.of(SUBCODE, ALSO_AT, ERROR, WAIT_HINTS, TITLE,
      MESSAGE, VARIANTS, SHAPE, WHEN, RETRY, BASE, CAP, ATTEMPTS, WINDOW, ANCHOR, DEPRECATION);

  /** A run of values in the rows' text: the first values, or a later section after its marker. */
  enum Section {
    FIRST('\0'),
    /** Further statuses, the error mark and the sub-code. */
    EXTRAS('+'),
    /** The entry's own wait hints, after its extras (if any). */
    WAIT_HINTS('*');

    /** The character that starts the section in a row; none for the first values. */
    final char marker;

    Section(char marker) {
      this.marker = marker;
    }
  }

  /** The values of each section, in the text's order, by the section's ordinal. */
  static final EntryField[][] BY_SECTION = bySection();

  private final Section section;

  EntryField(Section section) {
    this.section = section;
  }

  Section section() {
    return section;
  }

  /**
   * Whether a row has this value: a later section is written where any of its values is present. The first
   * values are always written (an absent one as the text's absent marker).
   */
  boolean present(EntryRow row) {
    return switch (this) {
      case ALSO_AT -> row.alsoAt().length > 0;
      case ERROR -> row.ownErrorMark();
      case SUBCODE -> !row.subcode().isEmpty();
      case WAIT_HINTS -> !row.ownWaitHints().isEmpty();
      default -> true;
    };
  }

  /**
   * Appends the value of {@code row} to the rows' text. Each value is a case of one method (here, in {@link #read}
   * and in {@link #calls}), not a class body per constant: an enum of constants with bodies loads a class per
   * constant wherever the enum is first used, and a large catalog's error type reads its rows with it.
   */
  void write(EntryRow row, RowTextWriter out) {
    switch (this) {
      case STATUS -> out.number(row.status());
      case CODE -> out.string(row.code());
      case TITLE -> out.string(row.title());
      case MESSAGE -> {
        String message = row.template().source();
        out.string(message.isEmpty() ? null : message);
      }
      case VARIANTS -> {
        List<Template> variants = row.variants();
        out.number(variants.size());
        for (Template v : variants) {
          out.string(v.source());
        }
      }
      case SHAPE -> out.number(out.shapeIndex());
      case WHEN -> {
        out.number(row.when().size());
        row.when().forEach(out::constant);
      }
      case RETRY -> out.string(row.retryClass().name());
      case BASE -> out.duration(row.retryParameters().base());
      case CAP -> out.duration(row.retryParameters().cap());
      case ATTEMPTS -> {
        RetryParameters retry = row.retryParameters();
        if (retry.attempts().isPresent()) {
          out.number(retry.attempts().getAsInt());
        } else {
          out.absent();
        }
      }
      case WINDOW -> out.duration(row.retryParameters().window());
      case ANCHOR -> out.string(row.anchor());
      case DEPRECATION -> out.string(row.deprecation());
      case ALSO_AT -> {
        out.number(row.alsoAt().length);
        for (int s : row.alsoAt()) {
          out.number(s);
        }
      }
      case ERROR -> out.number(row.ownErrorMark() ? 1 : 0);
      case SUBCODE -> out.string(row.subcode().isEmpty() ? null : row.subcode());
      case WAIT_HINTS -> {
        out.number(row.ownWaitHints().size());
        row.ownWaitHints().forEach(out::waitSource);
      }
      default -> throw new IllegalStateException("no writing of " + this);
    }
  }

  /**
   * Reads the values of {@code fields} into the row being read. One method with a case per value, not a method per
   * constant: a large catalog reads thousands of rows at class initialisation, mostly interpreted, where a call per
   * value costs more than the value.
   */
  static void read(EntryField[] fields, RowTextReader in, EntryValues into) {
    for (EntryField field : fields) {
      switch (field) {
        case STATUS -> into.status = (int) in.number();
        case CODE -> into.code = in.string();
        case TITLE -> into.title = in.string();
        case MESSAGE -> into.message = in.string();
        case VARIANTS -> into.variants = in.strings();
        case SHAPE -> into.shape = in.shape((int) in.number());
        case WHEN -> into.when = in.constants();
        case RETRY -> into.retryClass = in.retryClass();
        case BASE -> into.base = in.duration();
        case CAP -> into.cap = in.duration();
        case ATTEMPTS -> into.attempts = in.absent() ? null : (int) in.number();
        case WINDOW -> into.window = in.duration();
        case ANCHOR -> into.anchor = in.string();
        case DEPRECATION -> into.deprecation = in.string();
        case ALSO_AT -> into.alsoAt = in.numbers();
        case ERROR -> into.error = in.number() == 1;
        case SUBCODE -> into.subcode = in.string();
        case WAIT_HINTS -> into.waitHints = in.waitSources();
        default -> throw new IllegalStateException("no reading of " + field);
      }
    }
  }

  /**
   * The builder calls that make the value in generated code, each a method of {@link EntryRow.Builder} and its
   * arguments; none where the row lacks the value (the builder's default).
   */
  public void calls(EntryRow row, BuilderCalls out) {
    switch (this) {
      case STATUS, CODE -> { } // the builder's arguments
      case TITLE -> out.call("title", row.title());
      case MESSAGE -> {
        String message = row.template().source();
        if (!message.isEmpty()) {
          out.call("message", message);
        }
      }
      case VARIANTS -> row.variants().forEach(v -> out.call("variant", v.source()));
      case SHAPE -> out.call("shape", row.shape());
      case WHEN -> row.when().forEach(c -> out.call("when", c));
      case RETRY -> out.call("retry", row.retryClass());
      case BASE -> row.retryParameters().base().ifPresent(d -> out.call("base", d));
      case CAP -> row.retryParameters().cap().ifPresent(d -> out.call("cap", d));
      case ATTEMPTS -> row.retryParameters().attempts().ifPresent(n -> out.call("attempts", n));
      case WINDOW -> row.retryParameters().window().ifPresent(d -> out.call("window", d));
      case ANCHOR -> out.call("anchor", row.anchor());
      case DEPRECATION -> {
        if (row.deprecation() != null) {
          out.call("deprecated", row.deprecation());
        }
      }
      case ALSO_AT -> {
        for (int s : row.alsoAt()) {
          out.call("alsoAt", s);
        }
      }
      case ERROR -> {
        if (row.ownErrorMark() && !row.shape().error()) {
          out.call("error");
        }
      }
      case SUBCODE -> {
        if (!row.subcode().isEmpty()) {
          out.call("subcode", row.subcode());
        }
      }
      case WAIT_HINTS -> row.ownWaitHints().forEach(w -> out.call("waitHint", w));
      default -> throw new IllegalStateException("no builder calls of " + this);
    }
  }

  /** Where the builder calls of {@link #calls} go: the processor writes them as Java code, or counts them. */
  @FunctionalInterface
  public interface BuilderCalls {
    /**
     * One call of a builder method, e.g. {@code title("Not found")}. An argument is a {@code String}, an
     * {@code Integer}, a {@link Duration}, a {@link RetryClass}, a {@link ShapeRow}, a {@link Constant} or a
     * {@link WaitSource}.
     */
    void call(String method, Object... arguments);
  }

  /** A loop, not a stream: the rows' reader uses this at a large catalog's first use (no stream classes to load). */
  private static EntryField[][] bySection() {
    Section[] sections = Section.values();
    EntryField[] fields = values();
    EntryField[][] out = new EntryField[sections.length][];
    for (Section s : sections) {
      int n = 0;
      for (EntryField f : fields) {
        n += f.section == s ? 1 : 0;
      }
      EntryField[] of = new EntryField[n];
      int i = 0;
      for (EntryField f : fields) {
        if (f.section == s) {
          of[i++] = f;
        }
      }
      out[s.ordinal()] = of;
    }
    return out;
  }
}
