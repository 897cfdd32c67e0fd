package dev.errorcatalog.processor;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.docs.DocsGenerator;
import dev.errorcatalog.processor.docs.DocsOptions;
import dev.errorcatalog.processor.evolve.Baseline;
import dev.errorcatalog.processor.evolve.CatalogDiff;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.locate.CatalogLocator;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * The stages one {@code @ErrorCatalog} goes through before its outputs, each a small step: read the
 * annotation, locate the YAML, load it into a validated model, check it with the runtime engine, compare it
 * with the baseline. The steps that can find a mistake add it to the {@link Diagnostics} they are given and
 * return nothing, so a catalog with any mistake goes no further. {@link CatalogPipeline} chains them and
 * writes the {@link Outputs}.
 *
 * <p>Load, check and compare need no javac: {@link CatalogFilesBuild} runs them on files for the writers'
 * command line and the Maven plugin. The steps that do (locate through the {@code Filer}, names in the
 * annotated element's package) are given the processing environment.
 */
final class CatalogSteps {

  /**
   * The most bytes a catalog file may have, wherever it is read (a file, a resource, a jar entry, a baseline),
   * passed to {@code locate}, which imports no other stage. A file within it is never refused for its size
   * later, and a larger one is refused before it is read whole.
   */
  static final int MAX_CATALOG_BYTES = FormatLimits.MAX_FILE_BYTES;

  private final Map<String, String> options;
  private final CatalogLoader loader = new CatalogLoader();
  private final DocsGenerator docs;
  /** The baseline named by {@code -Aerrorcatalog.baseline}, read on first use; its problems reported once. */
  private Baseline baseline;

  /**
   * @param options the processor's options ({@code -Aname=value} without {@code -A}), as javac or the
   *     command line got them
   */
  CatalogSteps(Map<String, String> options, Reporter reporter) {
    // javac gives an option written without a value (-Aerrorcatalog.docs.java) as null; the steps read it as "".
    Map<String, String> given = new TreeMap<>();
    options.forEach((name, value) -> given.put(name, value == null ? "" : value));
    this.options = Map.copyOf(given);
    this.docs = new DocsGenerator(docsOptions(this.options, reporter));
  }

  /** The docs options of {@code -A}; a bad value is reported once, and the default pages are written. */
  private static DocsOptions docsOptions(Map<String, String> options, Reporter reporter) {
    try {
      return DocsOptions.of(options);
    } catch (IllegalArgumentException e) {
      reporter.badOption(e.getMessage());
      return DocsOptions.DEFAULT;
    }
  }

  /** The options the steps were given. */
  Map<String, String> options() {
    return options;
  }

  /** The annotation's request: exactly one of an id and a file, and a prefix that is an identifier. */
  Optional<CatalogRequest> request(ErrorCatalog annotation, Diagnostics found) {
    CatalogRequest request = new CatalogRequest(
        annotation.value().trim(), annotation.file().trim(), annotation.prefix().trim());
    if (request.id().isEmpty() == request.file().isEmpty()) {
      found.add(DiagnosticId.BAD_ANNOTATION.error(
          "@ErrorCatalog needs exactly one of value (a catalog id) and file (a catalog file).",
          "Write @ErrorCatalog(\"my-api\") or @ErrorCatalog(file = \"catalogs/my-api.yaml\")."));
      return Optional.empty();
    }
    if (!request.prefix().isEmpty() && !SourceVersion.isIdentifier(request.prefix())) {
      found.add(DiagnosticId.BAD_ANNOTATION.error(
          "prefix \"" + request.prefix() + "\" is not a Java identifier.",
          "Use letters and digits, e.g. prefix = \"Billing\"."));
      return Optional.empty();
    }
    return Optional.of(request);
  }

  /** Step 1: the YAML, from the option's directories, the class output, the source and class paths. */
  Optional<LocatedCatalog> locate(ProcessingEnvironment env, CatalogRequest request, Diagnostics found) {
    CatalogLocator locator = new CatalogLocator(env.getFiler(),
        options.get(ErrorCatalogProcessor.OPTION_PATH), getClass().getClassLoader(), MAX_CATALOG_BYTES);
    LocatedCatalog located = locator.locate(request);
    if (located.isRefused()) {
      found.add(RefusalDiagnostics.of(located.refusal()));
      return Optional.empty();
    }
    if (!located.isFound()) {
      found.add(DiagnosticId.CATALOG_NOT_FOUND.error(
          "catalog " + request.describe() + " not found. Looked in:\n  " + String.join("\n  ", located.looked()),
          "\nPut the YAML under src/main/resources/" + CatalogLocator.RESOURCE_DIR
              + " of a module this one depends on, or name its directory with -A"
              + ErrorCatalogProcessor.OPTION_PATH + "=DIR."));
      return Optional.empty();
    }
    return Optional.of(located);
  }

  /**
   * Step 2: the validated model, which must declare the id asked for and not be generated already in this
   * build.
   *
   * @param declared the catalogs of this build so far, by id: another with this id is EC026, naming both files
   */
  Optional<CatalogModel> load(LocatedCatalog located, CatalogRequest request, Map<String, CatalogModel> declared,
      Diagnostics found) {
    LoadResult result = loader.load(located.file(), located.content());
    found.addAll(result.diagnostics());
    if (result.catalog().isEmpty()) {
      checkAnyway(result, found);
      return Optional.empty();
    }
    CatalogModel catalog = result.catalog().get();
    if (!request.id().isEmpty() && !request.id().equals(catalog.id())) {
      found.add(DiagnosticId.BAD_CATALOG_ID.error(catalog.idAt(),
          "the file found for @ErrorCatalog(\"" + request.id() + "\") declares catalog: " + catalog.id() + ".",
          "Make the two ids the same: write catalog: " + request.id() + " in the file, or, if " + catalog.id()
              + " is the id, rename the file to " + catalog.id() + ".yaml and write @ErrorCatalog(\"" + catalog.id()
              + "\")."));
      checkAnyway(result, found);
      return Optional.empty();
    }
    CatalogModel first = declared.get(catalog.id());
    if (first != null) {
      found.add(duplicate(first, catalog));
      // Another file's catalog is still checked, so that its other mistakes show in the same run; the error
      // keeps it from being generated. The same file again was checked already.
      return first.file().equals(catalog.file()) ? Optional.empty() : Optional.of(catalog);
    }
    return Optional.of(catalog);
  }

  /**
   * EC026 at the second catalog's id, naming where the first declares it: two annotations asking for the same
   * file, or two files declaring one id.
   */
  private static Diagnostic duplicate(CatalogModel first, CatalogModel second) {
    if (first.file().equals(second.file())) {
      return DiagnosticId.DUPLICATE_CATALOG.error(second.idAt(),
          "catalog " + second.id() + " is already generated in this build, from this file.",
          "Annotate one element per catalog.");
    }
    return DiagnosticId.DUPLICATE_CATALOG.error(second.idAt(),
        "catalog: " + second.id() + " is declared by two files: this one and " + first.idAt()
            + "; a build generates one catalog of each id.",
        "Give one of the two another id (and, under errorcatalog/, its file the same name), or delete the"
            + " copy.");
  }

  /**
   * The checks of step 3 on a catalog that will not be generated, over the entries that bound, so that one run
   * reports every independent mistake: fixing one never uncovers another that was already there.
   */
  private static void checkAnyway(LoadResult result, Diagnostics found) {
    result.checkable().filter(c -> !c.entries().isEmpty()).ifPresent(catalog -> {
      try {
        CatalogChecks.check(CatalogTables.of(catalog), found);
      } catch (RuntimeException e) {
        // The entries that bound may not make a decoder (a mistake reported already left a gap): the mistakes
        // reported stand, and the examples are checked once the catalog loads.
      }
    });
  }

  /** Step 3: the runtime rows, once every example decodes to its own entry on them. */
  Optional<CatalogTables> check(CatalogModel catalog, Diagnostics found) {
    CatalogTables tables = CatalogTables.of(catalog);
    CatalogChecks.check(tables, found);
    return found.hasErrors() ? Optional.empty() : Optional.of(tables);
  }

  /**
   * Step 3b: the catalog compared with its baseline, when {@code -Aerrorcatalog.baseline} names one; a change
   * that would break a client built on the baseline is an error, unless the catalog accepts it.
   */
  Optional<BaselineComparison> compare(CatalogTables tables, Diagnostics found) {
    String option = options.get(ErrorCatalogProcessor.OPTION_BASELINE);
    if (option == null || option.isBlank()) {
      return Optional.empty();
    }
    if (baseline == null) {
      baseline = Baseline.read(Path.of(option.trim()), loader, MAX_CATALOG_BYTES);
      found.addAll(baseline.problems());
    }
    CatalogModel catalog = tables.catalog();
    Optional<CatalogModel> before = baseline.catalog(catalog.id());
    if (before.isEmpty()) {
      if (baseline.problems().isEmpty()) {
        found.add(DiagnosticId.CATALOG_CHANGED.note(catalog.idAt(),
            "the baseline " + baseline.source() + " has no catalog " + catalog.id() + ": every entry is new."));
      }
      return Optional.empty();
    }
    return Optional.of(CatalogDiff.compare(before.get(), catalog, tables, found));
  }

  /** The names of the generated types, in the annotated element's package. */
  GeneratedNames names(ProcessingEnvironment env, Element element, CatalogRequest request, CatalogModel catalog,
      TargetModule module) {
    String packageName = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    String prefix = request.prefix().isEmpty() ? Names.prefix(catalog.id()) : request.prefix();
    // In a named module @Generated compiles only if the module reads java.compiler; leave it out otherwise
    // rather than make every module that uses a catalog require a module it has no other use for.
    return new GeneratedNames(packageName, prefix,
        module.sees(env.getElementUtils(), GeneratedAnnotation.PACKAGE));
  }

  /** The names a catalog's page shows outside a javac build: the default prefix (pages name simple names only). */
  static GeneratedNames defaultNames(CatalogModel catalog) {
    return new GeneratedNames("", Names.prefix(catalog.id()));
  }

  /** The docs generator, with the docs options of {@code -A}. */
  DocsGenerator docs() {
    return docs;
  }

  /**
   * The pattern of an entry's docs URL ({@code -Aerrorcatalog.docs.url}), which the encoder writes into a
   * shape's docs link field; empty without the option.
   */
  Optional<String> docsUrl() {
    return Optional.ofNullable(options.get(EncoderGenerator.OPTION_DOCS_URL));
  }
}
