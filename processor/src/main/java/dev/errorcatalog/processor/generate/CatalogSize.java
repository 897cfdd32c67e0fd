package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.CatalogModel;

/**
 * The size limits that decide how the generated code is laid out, so that no method passes the JVM's
 * 64 KB bytecode limit and no class its 65,535 constant-pool entries, whatever the catalog's size.
 *
 * <p>Measured costs: an enum constant costs 16 bytes of static-initializer bytecode (plus 8 in the
 * synthetic {@code $values()}), whatever its Javadoc, because the generated enums pass no constructor
 * arguments (the data lives in a row table filled by chunked methods). A {@code switch} over enum
 * constants makes javac emit a switch-map class whose initializer costs about 20 bytes per constant.
 */
public final class CatalogSize {

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

  /** True when code may {@code switch} over the entry constants of this catalog. */
  public static boolean usesSwitch(CatalogModel catalog) {
    return usesEnum(catalog) && catalog.entries().size() <= MAX_SWITCH_ENTRIES;
  }
}
