package dev.errorcatalog.processor;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.processor.docs.DocsDirectory;
import dev.errorcatalog.processor.docs.DocsGenerator;
import dev.errorcatalog.processor.generate.Generators;
import dev.errorcatalog.processor.generate.SourceGenerator;
import dev.errorcatalog.processor.locate.BoundedFiles;
import dev.errorcatalog.processor.output.BuildOutput;
import dev.errorcatalog.processor.output.BuiltCatalog;
import dev.errorcatalog.processor.output.CatalogOutput;
import dev.errorcatalog.processor.output.DirectoryWriter;
import dev.errorcatalog.processor.output.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Every output of a build, registered here once: per catalog its Java sources (one per
 * {@link SourceGenerator}) and its docs page; for the whole build the {@code META-INF/services} file and the
 * docs index. The processor writes them all; the writers' command line and the Maven plugin, which build no
 * Java, the docs only. The directories an option names (the docs site) are listed in {@link #SITES}.
 *
 * @param perCatalog the outputs of each catalog, in the order their files are written
 * @param buildWide the outputs of the whole build, in the order their files are written
 */
record Outputs(List<CatalogOutput> perCatalog, List<BuildOutput> buildWide) {

  /** Where in the class output the docs pages go. */
  static final String DOCS_RESOURCE_DIR = ErrorCatalogProcessor.DOCS_RESOURCE_DIR;

  /** The service file listing every catalog class of the build, for {@code ServiceLoader}. */
  static final String SERVICES_FILE = "META-INF/services/" + Catalog.class.getCanonicalName();

  /** A check's outputs: none. */
  static final Outputs NONE = new Outputs(List.of(), List.of());

  /**
   * A directory an option names, written at the end of the build as one set.
   *
   * @param option the option naming it, without {@code -A}; its pages are {@link OutputFile#page}s of this site
   * @param what what it holds, for the message when it cannot be written
   */
  record Site(String option, String what, DirectoryWriter.Layout layout) {}

  /**
   * The docs site's layout: each page written only when its bytes change, the pages of catalogs gone from the
   * build removed by the manifest, the directory's own files read back bounded.
   */
  static final DirectoryWriter.Layout DOCS_LAYOUT =
      (dir, pages, removeStale) -> new DocsDirectory(dir, BoundedFiles::head).write(pages, removeStale);

  /** The docs site of {@code -Aerrorcatalog.docs} (and of the writers' {@code docs}). */
  static final Site DOCS_SITE = new Site(ErrorCatalogProcessor.OPTION_DOCS, "the docs", DOCS_LAYOUT);

  /** Every directory a build may be asked to write, besides the class output. */
  static final List<Site> SITES = List.of(DOCS_SITE);

  /**
   * The outputs of a build.
   *
   * @param javac whether it is a javac build, which writes the sources and the services file too
   */
  static Outputs of(CatalogSteps steps, boolean javac) {
    List<CatalogOutput> perCatalog = new ArrayList<>();
    List<BuildOutput> buildWide = new ArrayList<>();
    if (javac) {
      Generators.all(steps.docsUrl()).forEach(generator -> perCatalog.add(sources(generator)));
      buildWide.add(Outputs::servicesFile);
    }
    perCatalog.add(docsPage(steps.docs()));
    buildWide.add(docsIndex(steps.docs()));
    // Another output is one more line here: an OpenAPI document of the build, for instance, a BuildOutput
    // yielding OutputFile.page(OPTION_OPENAPI, "openapi.json", ...), with its directory's Site in SITES.
    return new Outputs(List.copyOf(perCatalog), List.copyOf(buildWide));
  }

  /** A source generator's files, as sources of their types. */
  static CatalogOutput sources(SourceGenerator generator) {
    return (tables, names, changes) -> generator.generate(tables, names).stream()
        .map(file -> OutputFile.source(qualifiedName(file), file.toString(), tables.catalog().id()))
        .toList();
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  /**
   * A catalog's docs page, rendered with the names of this build and what changed since the baseline: in the
   * class output, and in the docs site when one is asked for.
   */
  static CatalogOutput docsPage(DocsGenerator docs) {
    return (tables, names, changes) -> {
      String id = tables.catalog().id();
      String name = DocsGenerator.pageName(tables.catalog());
      String page = docs.page(tables.catalog(), names, changes);
      return List.of(OutputFile.resource(DOCS_RESOURCE_DIR + name, page, id),
          OutputFile.page(DOCS_SITE.option(), name, page, id));
    };
  }

  /** The docs index over every catalog of the build: in the class output, and in the docs site. */
  static BuildOutput docsIndex(DocsGenerator docs) {
    return catalogs -> {
      String index = docs.index(catalogs.stream().map(BuiltCatalog::catalog).toList());
      return List.of(OutputFile.resource(DOCS_RESOURCE_DIR + "index.md", index, ""),
          OutputFile.page(DOCS_SITE.option(), "index.md", index, ""));
    };
  }

  /** Every catalog class of the build, sorted, one a line, so that {@code ErrorCatalogs} finds them. */
  static List<OutputFile> servicesFile(List<BuiltCatalog> catalogs) {
    TreeSet<String> classes = new TreeSet<>();
    catalogs.forEach(c -> classes.add(c.names().catalog().canonicalName()));
    return List.of(OutputFile.resource(SERVICES_FILE, String.join("\n", classes) + "\n", ""));
  }
}
