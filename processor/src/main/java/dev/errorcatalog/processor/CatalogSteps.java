package dev.errorcatalog.processor;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.docs.DocsGenerator;
import dev.errorcatalog.processor.docs.DocsOptions;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.generate.Generators;
import dev.errorcatalog.processor.generate.SourceGenerator;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.locate.CatalogLocator;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * The stages one {@code @ErrorCatalog} goes through, each a small step: read the annotation, locate the
 * YAML, load it into a validated model, check it with the runtime engine, generate the sources, render the
 * docs page. The steps that can find a mistake add it to the {@link Diagnostics} they are given and return
 * nothing, so a catalog with any mistake goes no further.
 */
final class CatalogSteps {

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final CatalogLoader loader = new CatalogLoader();
  private final DocsGenerator docs;

  CatalogSteps(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.reporter = reporter;
    this.docs = new DocsGenerator(docsOptions(env, reporter));
  }

  /** The docs options of {@code -A}; a bad value is reported once, and the default pages are written. */
  private static DocsOptions docsOptions(ProcessingEnvironment env, Reporter reporter) {
    try {
      return DocsOptions.of(env.getOptions());
    } catch (IllegalArgumentException e) {
      reporter.badOption(e.getMessage());
      return DocsOptions.DEFAULT;
    }
  }

  /** The annotation's request: exactly one of an id and a file, and a prefix that is an identifier. */
  Optional<CatalogRequest> request(ErrorCatalog annotation, Diagnostics found) {
    CatalogRequest request = new CatalogRequest(
        annotation.value().trim(), annotation.file().trim(), annotation.prefix().trim());
    if (request.id().isEmpty() == request.file().isEmpty()) {
      found.add(Diagnostic.error(DiagnosticId.BAD_ANNOTATION,
          "@ErrorCatalog needs exactly one of value (a catalog id) and file (a catalog file).",
          "Write @ErrorCatalog(\"my-api\") or @ErrorCatalog(file = \"catalogs/my-api.yaml\")."));
      return Optional.empty();
    }
    if (!request.prefix().isEmpty() && !SourceVersion.isIdentifier(request.prefix())) {
      found.add(Diagnostic.error(DiagnosticId.BAD_ANNOTATION,
          "prefix \"" + request.prefix() + "\" is not a Java identifier.",
          "Use letters and digits, e.g. prefix = \"Billing\"."));
      return Optional.empty();
    }
    return Optional.of(request);
  }

  /** Step 1: the YAML, from the option's directories, the class output, the source and class paths. */
  Optional<LocatedCatalog> locate(CatalogRequest request, Diagnostics found) {
    CatalogLocator locator = new CatalogLocator(env.getFiler(),
        env.getOptions().get(ErrorCatalogProcessor.OPTION_PATH), getClass().getClassLoader());
    LocatedCatalog located = locator.locate(request);
    if (!located.isFound()) {
      found.add(Diagnostic.error(DiagnosticId.CATALOG_NOT_FOUND,
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
   */
  Optional<CatalogModel> load(LocatedCatalog located, CatalogRequest request, Set<String> generatedIds,
      Diagnostics found) {
    LoadResult result = loader.load(located.file(), located.content());
    found.addAll(result.diagnostics());
    if (result.catalog().isEmpty()) {
      return Optional.empty();
    }
    CatalogModel catalog = result.catalog().get();
    if (!request.id().isEmpty() && !request.id().equals(catalog.id())) {
      found.add(new Diagnostic(DiagnosticId.BAD_CATALOG_ID, catalog.idAt(),
          "the file found for @ErrorCatalog(\"" + request.id() + "\") declares catalog: " + catalog.id() + ".",
          "Make the two ids the same."));
      return Optional.empty();
    }
    if (generatedIds.contains(catalog.id())) {
      found.add(Diagnostic.error(DiagnosticId.DUPLICATE_CATALOG,
          "catalog " + catalog.id() + " is already generated in this build.",
          "Annotate one element per catalog."));
      return Optional.empty();
    }
    return Optional.of(catalog);
  }

  /** Step 3: the runtime rows, once every example decodes to its own entry on them. */
  Optional<CatalogTables> check(CatalogModel catalog, Diagnostics found) {
    CatalogTables tables = CatalogTables.of(catalog);
    int before = found.count();
    CatalogChecks.check(tables, found);
    return found.count() == before ? Optional.of(tables) : Optional.empty();
  }

  /** The names of the generated types, in the annotated element's package. */
  GeneratedNames names(Element element, CatalogRequest request, CatalogModel catalog, TargetModule module) {
    String packageName = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    String prefix = request.prefix().isEmpty() ? Names.prefix(catalog.id()) : request.prefix();
    // In a named module @Generated compiles only if the module reads java.compiler; leave it out otherwise
    // rather than make every module that uses a catalog require a module it has no other use for.
    return new GeneratedNames(packageName, prefix,
        module.sees(env.getElementUtils(), GeneratedAnnotation.TYPE.packageName()));
  }

  /** Step 4: every source file; false (reported) when one could not be written. */
  boolean generate(CatalogTables tables, GeneratedNames names, Element element) {
    List<JavaFile> files = new ArrayList<>();
    for (SourceGenerator generator : Generators.all()) {
      files.addAll(generator.generate(tables, names));
    }
    for (JavaFile file : files) {
      String type = file.packageName().isEmpty()
          ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name();
      try (Writer out = env.getFiler().createSourceFile(type, element).openWriter()) {
        file.writeTo(out);
      } catch (IOException e) {
        reporter.writeFailed(type + " for catalog " + tables.catalog().id(), e.getMessage());
        return false;
      }
    }
    return true;
  }

  /** Step 5: the catalog's docs page, rendered with the names of this build (the prefix may be overridden). */
  String docsPage(CatalogModel catalog, GeneratedNames names) {
    return docs.page(catalog, names);
  }

  /** The docs index over every catalog of the build. */
  String docsIndex(List<CatalogModel> catalogs) {
    return docs.index(catalogs);
  }
}
