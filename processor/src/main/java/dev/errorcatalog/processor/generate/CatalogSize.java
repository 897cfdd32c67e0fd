package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.EntryRow;

/**
 * The size limits that decide how the generated code is laid out, so that no method passes the JVM's
 * 64 KB bytecode limit and no class its 65,535 constant-pool entries, whatever the catalog's size.
 *
 * <p>Measured costs: an enum constant without constructor arguments costs 16 bytes of static-initializer
 * bytecode (plus 8 in the synthetic {@code $values()}), whatever its Javadoc; with its row as argument
 * (the plain form) it costs that plus its row's builder calls, each at most {@link #BYTES_PER_CALL} bytes. A
 * {@code switch} over enum constants makes javac emit a switch-map class whose initializer costs about 20
 * bytes per constant.
 */
public final class CatalogSize {

  /**
   * The most entries of the plain form, where each enum constant takes its row as constructor argument:
   * as many rows as one chunked method holds ({@link Chunks#STATEMENTS_PER_METHOD}). Up to this size the
   * chunked form would put every row into one method anyway; beyond it the rows move to the table.
   */
  public static final int MAX_PLAIN_ENTRIES = Chunks.STATEMENTS_PER_METHOD;

  /**
   * The static initializer the plain form may take, estimated from its builder calls: half the JVM's 64 KB,
   * so that an estimate off by half still compiles. A typical entry (seven to nine calls) takes about
   * 100 bytes, so the entry count decides; an entry with dozens of variants or constants may tip a smaller
   * catalog into the table form.
   */
  static final int PLAIN_INITIALIZER_BUDGET = 32 * 1024;

  /**
   * Bytecode of one builder call at most: loading its arguments (a constant-pool string, a static field or
   * a nested factory call such as {@code Constant.string(pointer, value)}) and invoking it.
   */
  static final int BYTES_PER_CALL = 12;

  /** Bytecode of one enum constant besides its argument: allocation, name, ordinal, {@code $values()}. */
  static final int BYTES_PER_CONSTANT = 24;

  /**
   * The most entries generated as a Java enum: 2,000 constants cost about 32 KB of static initializer.
   * Larger catalogs get a final class with the same API (see {@link ErrorClassForm}).
   */
  public static final int MAX_ENUM_ENTRIES = 2_000;

  /**
   * The most entries a generated {@code switch} names as constants (about 20 KB of switch map);
   * larger catalogs look their exception group up in a table instead.
   */
  public static final int MAX_SWITCH_ENTRIES = 1_000;

  /**
   * Rows (or constants) per generated class when a table is spread over several classes: each row
   * takes about ten constant-pool entries, so 1,000 rows stay far below the 65,535 a class may have.
   */
  public static final int ROWS_PER_CLASS = 1_000;

  private CatalogSize() {}

  /** True when the catalog is small enough for {@code <Prefix>Error} to be a Java enum. */
  public static boolean usesEnum(CatalogModel catalog) {
    return catalog.entries().size() <= MAX_ENUM_ENTRIES;
  }

  /**
   * True when {@code <Prefix>Error} is the plain enum: at most {@link #MAX_PLAIN_ENTRIES} entries whose rows'
   * estimated static initializer stays within {@link #PLAIN_INITIALIZER_BUDGET}.
   */
  public static boolean usesPlainEnum(CatalogTables tables) {
    if (tables.entries().size() > MAX_PLAIN_ENTRIES) {
      return false;
    }
    long bytes = 0;
    for (EntryRow row : tables.entries()) {
      bytes += BYTES_PER_CONSTANT + (long) BYTES_PER_CALL * RowCode.calls(row);
    }
    return bytes <= PLAIN_INITIALIZER_BUDGET;
  }

  /** True when code may {@code switch} over the entry constants of this catalog. */
  public static boolean usesSwitch(CatalogModel catalog) {
    return usesEnum(catalog) && catalog.entries().size() <= MAX_SWITCH_ENTRIES;
  }
}
