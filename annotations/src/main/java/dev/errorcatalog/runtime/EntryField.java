package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.List;

/**
 * The values of an {@link EntryRow}, declared once: how each is written into and read from the rows' text
 * ({@link EntryRows}), and which builder calls make it in generated code (the processor writes those calls and
 * estimates their bytecode from them). A new value of an entry's row is one constant here, its field and builder
 * method in {@link EntryRow}, and its place in {@link #IN_BUILDER_CALLS}.
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
    @Override void read(RowTextReader in, EntryValues into) { into.status = (int) in.number(); }
    @Override public void calls(EntryRow row, BuilderCalls out) {}
  },
  /** The code ({@code ""} for an entry with only a name); a builder argument, not a call. */
  CODE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.code()); }
    @Override void read(RowTextReader in, EntryValues into) { into.code = in.string(); }
    @Override public void calls(EntryRow row, BuilderCalls out) {}
  },
  TITLE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.title()); }
    @Override void read(RowTextReader in, EntryValues into) { into.title = in.string(); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("title", row.title()); }
  },
  /** The primary template's source; absent where the entry documents no message. */
  MESSAGE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      String message = row.template().source();
      out.string(message.isEmpty() ? null : message);
    }
    @Override void read(RowTextReader in, EntryValues into) { into.message = in.string(); }
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
    @Override void read(RowTextReader in, EntryValues into) {
      int count = (int) in.number();
      if (count > 0) {
        String[] v = new String[count];
        for (int k = 0; k < count; k++) {
          v[k] = in.string();
        }
        into.variants = List.of(v);
      }
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.variants().forEach(v -> out.call("variant", v.source()));
    }
  },
  /** The shape, in the text as its index in the list the reader is given. */
  SHAPE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.number(out.shapeIndex()); }
    @Override void read(RowTextReader in, EntryValues into) { into.shape = in.shape((int) in.number()); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("shape", row.shape()); }
  },
  WHEN(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) {
      out.number(row.when().size());
      row.when().forEach(out::constant);
    }
    @Override void read(RowTextReader in, EntryValues into) {
      int count = (int) in.number();
      if (count > 0) {
        Constant[] c = new Constant[count];
        for (int k = 0; k < count; k++) {
          c[k] = in.constant();
        }
        into.when = List.of(c);
      }
    }
    @Override public void calls(EntryRow row, BuilderCalls out) { row.when().forEach(c -> out.call("when", c)); }
  },
  RETRY(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.retryClass().name()); }
    @Override void read(RowTextReader in, EntryValues into) { into.retryClass = in.retryClass(); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("retry", row.retryClass()); }
  },
  BASE(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().base()); }
    @Override void read(RowTextReader in, EntryValues into) { into.base = in.duration(); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().base().ifPresent(d -> out.call("base", d));
    }
  },
  CAP(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().cap()); }
    @Override void read(RowTextReader in, EntryValues into) { into.cap = in.duration(); }
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
    @Override void read(RowTextReader in, EntryValues into) {
      into.attempts = in.absent() ? null : (int) in.number();
    }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().attempts().ifPresent(n -> out.call("attempts", n));
    }
  },
  WINDOW(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.duration(row.retryParameters().window()); }
    @Override void read(RowTextReader in, EntryValues into) { into.window = in.duration(); }
    @Override public void calls(EntryRow row, BuilderCalls out) {
      row.retryParameters().window().ifPresent(d -> out.call("window", d));
    }
  },
  ANCHOR(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.anchor()); }
    @Override void read(RowTextReader in, EntryValues into) { into.anchor = in.string(); }
    @Override public void calls(EntryRow row, BuilderCalls out) { out.call("anchor", row.anchor()); }
  },
  /** The deprecation note; absent for a current entry. */
  DEPRECATION(Section.FIRST) {
    @Override void write(EntryRow row, RowTextWriter out) { out.string(row.deprecation()); }
    @Override void read(RowTextReader in, EntryValues into) { into.deprecation = in.string(); }
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
    @Override void read(RowTextReader in, EntryValues into) {
      int[] alsoAt = new int[(int) in.number()];
      for (int k = 0; k < alsoAt.length; k++) {
        alsoAt[k] = (int) in.number();
      }
      into.alsoAt = alsoAt;
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
    @Override void read(RowTextReader in, EntryValues into) { into.error = in.number() == 1; }
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
    @Override void read(RowTextReader in, EntryValues into) { into.subcode = in.string(); }
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
    @Override void read(RowTextReader in, EntryValues into) {
      WaitSource[] w = new WaitSource[(int) in.number()];
      for (int k = 0; k < w.length; k++) {
        w[k] = in.waitSource();
      }
      into.waitHints = List.of(w);
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

  /** Reads the value into the builder of the row being read (the builder's fields, without copies). */
  abstract void read(RowTextReader in, EntryValues into);

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
