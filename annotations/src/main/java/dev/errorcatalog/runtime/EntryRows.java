package dev.errorcatalog.runtime;

import java.util.List;

/**
 * Rows of a large catalog as text, read by one loop: the table forms of a generated error type hold their
 * rows as string constants of this format instead of one builder expression per row. Thousands of builder
 * expressions are megabytes of bytecode and constant pool that the JVM must load, link and interpret once,
 * at class initialisation; the same rows as a few string constants load in a fraction of that time, and the
 * loop reading them is compiled after a few hundred rows. The processor writes the text with
 * {@link #encode}, from the very rows its build-time checks ran, so both ends share one definition.
 *
 * <p>The format: per row, its constant's name, then its values in the order of {@link EntryField}, each written
 * as that constant says ({@link RowTextWriter} spells numbers, strings and absent values); the later sections of
 * values only where the row has one of them, after their marker.
 */
public final class EntryRows {

  /** The sections after the first, in the text's order (an array: the loop runs once per row of thousands). */
  private static final EntryField.Section[] LATER_SECTIONS =
      java.util.Arrays.copyOfRange(EntryField.Section.values(), 1, EntryField.Section.values().length);

  private EntryRows() {}

  /**
   * Appends a row in the format {@link #read} reads.
   *
   * @param name the constant's name
   * @param shape the index of the row's shape in the list {@link #read} is given
   */
  public static void encode(StringBuilder out, String name, EntryRow row, int shape) {
    RowTextWriter writer = new RowTextWriter(out, shape);
    writer.string(name);
    for (EntryField field : EntryField.BY_SECTION[EntryField.Section.FIRST.ordinal()]) {
      field.write(row, writer);
    }
    for (EntryField.Section section : LATER_SECTIONS) {
      EntryField[] fields = EntryField.BY_SECTION[section.ordinal()];
      if (anyPresent(fields, row)) {
        writer.marker(section.marker);
        for (EntryField field : fields) {
          field.write(row, writer);
        }
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
    RowTextReader in = new RowTextReader(data.length == 1 ? data[0] : String.join("", data), shapes);
    EntryField[] first = EntryField.BY_SECTION[EntryField.Section.FIRST.ordinal()];
    int i = from;
    while (in.more()) {
      String name = in.string();
      if (names != null) {
        names[i] = name;
      }
      EntryValues row = new EntryValues();
      EntryField.read(first, in, row);
      for (EntryField.Section section : LATER_SECTIONS) {
        if (in.marker(section.marker)) {
          EntryField.read(EntryField.BY_SECTION[section.ordinal()], in, row);
        }
      }
      rows[i++] = new EntryRow(row);
    }
    return i;
  }

  private static boolean anyPresent(EntryField[] fields, EntryRow row) {
    for (EntryField field : fields) {
      if (field.present(row)) {
        return true;
      }
    }
    return false;
  }
}
