package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.List;

/**
 * The values of an {@link EntryRow}, declared once: how each is written into and read from the rows' text
 * ({@link EntryRows}), and which builder calls make it in generated code (the processor writes those calls and
 * estimates their bytecode from them). A new value of an entry's row is one constant here (with its case in
 * {@link #read} and its place in {@link #IN_BUILDER_CALLS}), and its field and builder method in {@link EntryRow}.
 *
 * <p>The constants are in the order the rows' text holds them. The first ones ({@link Section#FIRST}) are in every
 * row; the later sections were added after the format's first rows and are written only where one of their
 * values is present, after a marker no row starts with (a row starts with its name's length), so that rows
 * written by an older processor read as before. A new value goes into a new section at the end.
 */
public enum EntryField {

  /** The first status; a builder argument, not a call. */
  STATUS(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.number(row.status()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {}
  },
  /** The code ({@code ""} for an entry with only a name); a builder argument, not a call. */
  CODE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.code()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {}
  },
  TITLE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.title()); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("title", row.title()); }
  },
  /** The primary template's source; absent where the entry documents no message. */
  MESSAGE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      String message = row.template().source();
      out.string(message.isEmpty() ? null : message);
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      String message = row.template().source();
      if (!message.isEmpty()) {
        out.call("message", message);
      }
    }
  },
  VARIANTS(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      List<Template> variants = row.variants();
      out.number(variants.size());
      for (Template v : variants) {
        out.string(v.source());
      }
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.variants().forEach(v -> out.call("variant", v.source()));
    }
  },
  /** The shape, in the text as its index in the list the reader is given. */
  SHAPE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.number(out.shapeIndex()); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("shape", row.shape()); }
  },
  WHEN(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      out.number(row.when().size());
      row.when().forEach(out::constant);
    }
    @Override public void calls(EntryRow row, BuilderCalls out) { row.when().forEach(c -> out.call("when", c)); }
  },
  RETRY(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.retryClass().name()); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("retry", row.retryClass()); }
  },
  BASE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().base()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().base().ifPresent(d -> out.call("base", d));
    }
  },
  CAP(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().cap()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().cap().ifPresent(d -> out.call("cap", d));
    }
  },
  ATTEMPTS(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      RetryParameters retry = row.retryParameters();
      if (retry.attempts().isPresent()) {
        out.number(retry.attempts().getAsInt());
      } else {
        out.absent();
      }
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().attempts().ifPresent(n -> out.call("attempts", n));
    }
  },
  WINDOW(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().window()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().window().ifPresent(d -> out.call("window", d));
    }
  },
  ANCHOR(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.anchor()); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("anchor", row.anchor()); }
  },
  /** The deprecation note; absent for a current entry. */
  DEPRECATION(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.deprecation()); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      if (row.deprecation() != null) {
        out.call("deprecated", row.deprecation());
      }
    }
  },
  /** The statuses after the first. */
  ALSO_AT(Section.EXTRAS) {
    @Override boolean present(EntryRow row) { return row.alsoAt().length > 0; }
    @Override void write(EntryRow row, RowTextWriter out) {
      out.number(row.alsoAt().length);
      for (int s : row.alsoAt()) {
        out.number(s);
      }
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      for (int s : row.alsoAt()) {
        out.call("alsoAt", s);
      }
    }
  },
  /** The entry's own error mark (its shape's is the shape's). */
  ERROR(Section.EXTRAS) {
    @Override boolean present(EntryRow row) { return row.ownErrorMark(); }
    @Override void write(EntryRow row, RowTextWriter out) { out.number(row.ownErrorMark() ? 1 : 0); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      if (row.ownErrorMark() && !row.shape().error()) {
        out.call("error");
      }
    }
  },
  SUBCODE(Section.EXTRAS) {
    @Override boolean present(EntryRow row) { return !row.subcode().isEmpty(); }
    @Override void write(EntryRow row, RowTextWriter out) {
      out.string(row.subcode().isEmpty() ? null : row.subcode());
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      if (!row.subcode().isEmpty()) {
        out.call("subcode", row.subcode());
      }
    }
  },
  /** The entry's own wait hints, replacing its shape's. */
  WAIT_HINTS(Section.WAIT_HINTS) {
    @Override boolean present(EntryRow row) { return !row.ownWaitHints().isEmpty(); }
    @Override void write(EntryRow row, RowTextWriter out) {
      out.number(row.ownWaitHints().size());
      row.ownWaitHints().forEach(out::waitSource);
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.ownWaitHints().forEach(w -> out.call("waitHint", w));
    }
  };

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
    return true;
  }

  /** Appends the value of {@code row} to the rows' text. */
  abstract void write(EntryRow row, RowTextWriter out);

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
        case VARIANTS -> into.variants = in.list(in::string, String[]::new);
        case SHAPE -> into.shape = in.shape((int) in.number());
        case WHEN -> into.when = in.list(in::constant, Constant[]::new);
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
        case WAIT_HINTS -> into.waitHints = in.list(in::waitSource, WaitSource[]::new);
        default -> throw new IllegalStateException("no reading of " + field);
      }
    }
  }

  /**
   * The builder calls that make the value in generated code, each a method of {@link EntryRow.Builder} and its
   * arguments; none where the row lacks the value (the builder's default).
   */
  public abstract void calls(EntryRow row, BuilderCalls out);

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

  private static EntryField[][] bySection() {
    Section[] sections = Section.values();
    EntryField[][] out = new EntryField[sections.length][];
    for (Section s : sections) {
      out[s.ordinal()] = java.util.Arrays.stream(values()).filter(f -> f.section == s).toArray(EntryField[]::new);
    }
    return out;
  }
}
