package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.EntryRows;
import dev.errorcatalog.runtime.ShapeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run of a catalog's rows as {@link EntryRows} text, cut into string constants the class file format
 * accepts: each at most 65,535 bytes in the JVM's modified UTF-8 (kept well below, as javac counts the
 * same). Cuts fall between rows where a row fits, and never inside a surrogate pair.
 */
final class RowText {

  /** Bytes of modified UTF-8 per string constant at most (the JVM's limit is 65,535). */
  static final int MAX_CONSTANT_BYTES = 60_000;

  private RowText() {}

  static List<String> parts(List<Entry> entries, CatalogTables tables, Map<ShapeRow, Integer> shapeIndex,
      int from, int to) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int bytes = 0;
    StringBuilder row = new StringBuilder();
    for (int i = from; i < to; i++) {
      row.setLength(0);
      EntryRows.encode(row, entries.get(i).constantName(), tables.row(i), shapeIndex.get(tables.row(i).shape()));
      int rowBytes = modifiedUtf8Length(row, 0, row.length());
      if (bytes + rowBytes > MAX_CONSTANT_BYTES && part.length() > 0) {
        parts.add(part.toString());
        part.setLength(0);
        bytes = 0;
      }
      if (rowBytes <= MAX_CONSTANT_BYTES) {
        part.append(row);
        bytes += rowBytes;
        continue;
      }
      // A row larger than one constant (a title or template of tens of kilobytes): cut inside it.
      int start = 0;
      while (start < row.length()) {
        int end = start;
        int b = 0;
        while (end < row.length() && b + bytesOf(row.charAt(end)) <= MAX_CONSTANT_BYTES) {
          b += bytesOf(row.charAt(end));
          end++;
        }
        if (end < row.length() && Character.isHighSurrogate(row.charAt(end - 1))) {
          end--;
        }
        parts.add(row.substring(start, end));
        start = end;
      }
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    return parts;
  }

  private static int modifiedUtf8Length(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += bytesOf(s.charAt(i));
    }
    return n;
  }

  /** One char in modified UTF-8: NUL takes two bytes, as do U+0080 to U+07FF; the rest above take three. */
  private static int bytesOf(char c) {
    return c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
}
