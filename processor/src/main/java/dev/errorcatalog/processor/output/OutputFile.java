package dev.errorcatalog.processor.output;

import java.util.Objects;

/**
 * One generated file: where it goes, its text, and the catalog it was generated from.
 *
 * @param kind where it goes
 * @param site for a {@link Kind#PAGE}, the option naming its directory ({@code errorcatalog.docs}); else empty
 * @param name a source's qualified type name, a resource's path in the class output, a page's file name in
 *     its directory
 * @param catalog the id of the catalog it was generated from; empty for a file of the whole build
 */
public record OutputFile(Kind kind, String site, String name, String text, String catalog) {

  /** Where a file goes. */
  public enum Kind {
    /** A Java source, compiled in the same build. */
    SOURCE,
    /** A file of the class output, packaged in the jar ({@code META-INF/...}). */
    RESOURCE,
    /** A page of a directory an option names, outside the class output (a docs site). */
    PAGE
  }

  public OutputFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(catalog, "catalog");
  }

  /** The source of the type {@code qualifiedName}. */
  public static OutputFile source(String qualifiedName, String text, String catalog) {
    return new OutputFile(Kind.SOURCE, "", qualifiedName, text, catalog);
  }

  /** The class-output resource at {@code path} ({@code META-INF/errorcatalog/docs/acme.md}). */
  public static OutputFile resource(String path, String text, String catalog) {
    return new OutputFile(Kind.RESOURCE, "", path, text, catalog);
  }

  /** The page {@code name} of the directory the option {@code site} names ({@code errorcatalog.docs}). */
  public static OutputFile page(String site, String name, String text, String catalog) {
    return new OutputFile(Kind.PAGE, site, name, text, catalog);
  }

  /** Whether it belongs to the whole build rather than to one catalog. */
  public boolean isBuildWide() {
    return catalog.isEmpty();
  }
}
