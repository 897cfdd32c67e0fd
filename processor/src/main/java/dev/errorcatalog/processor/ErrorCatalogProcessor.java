package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.docs.DocsDirectory;
import dev.errorcatalog.processor.docs.DocsGenerator;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.generate.GeneratedNames;
import dev.errorcatalog.processor.generate.Generators;
import dev.errorcatalog.processor.generate.SourceGenerator;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.locate.CatalogLocator;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns each {@code @ErrorCatalog} into typed errors, exceptions, factories, a decoder, an encoder, a
 * registered {@code Catalog} and a Markdown docs page; writes the docs index and the
 * {@code META-INF/services} file once every catalog of the build is known.
 *
 * <p>The flow goes one way: locate the YAML, load it into a validated model (collecting every mistake),
 * then hand the model to one generator per output. A catalog with any mistake generates nothing.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  /** Directories to look for catalogs in first, separated by the platform's path separator. */
  public static final String OPTION_PATH = "errorcatalog.path";

  /** A directory to write the docs site to, besides the class output. */
  public static final String OPTION_DOCS = "errorcatalog.docs";

  /** Where in the class output the docs pages go. */
  public static final String DOCS_RESOURCE_DIR = "META-INF/errorcatalog/docs/";

  private static final String CATALOG_SERVICE = Catalog.class.getCanonicalName();

  private static final String SERVICES_FILE = "META-INF/services/" + CATALOG_SERVICE;

  private final CatalogLoader loader = new CatalogLoader();
  private final DocsGenerator docs = new DocsGenerator();
  private final TreeMap<String, CatalogModel> generatedById = new TreeMap<>();
  /** Each catalog's docs page, rendered once with the names of this build (the prefix may be overridden). */
  private final TreeMap<String, String> pagesById = new TreeMap<>();
  private final Set<String> registeredCatalogClasses = new TreeSet<>();
  private final List<ModularCatalog> modularCatalogs = new ArrayList<>();
  /** Whether a catalog of this build failed: its docs page is then missing without being stale. */
  private boolean anyCatalogFailed;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated too: the sources this processor writes carry it, and javac's -Xlint:processing warns
    // "No processor claimed any of these annotations: javax.annotation.processing.Generated" in the next
    // round unless a processor claims it. Claiming it only means that processors discovered after this one
    // are not offered it; it is a marker no processor is expected to act on.
    return Set.of(ErrorCatalog.class.getCanonicalName(), ErrorCatalog.List.class.getCanonicalName(),
        GeneratedAnnotation.TYPE.canonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_PATH, OPTION_DOCS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      Set<Element> annotated = new java.util.LinkedHashSet<>();
      annotated.addAll(round.getElementsAnnotatedWith(ErrorCatalog.class));
      annotated.addAll(round.getElementsAnnotatedWith(ErrorCatalog.List.class));
      for (Element element : annotated) {
        for (ErrorCatalog annotation : element.getAnnotationsByType(ErrorCatalog.class)) {
          processOne(element, annotation);
        }
      }
      if (round.processingOver()) {
        writeBuildWideFiles();
        checkModuleProvides();
      }
    } catch (RuntimeException | Error e) {
      // Never let an exception reach javac: report it as an error that asks for a bug report.
      anyCatalogFailed = true;
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Kind.ERROR,
          "errorcatalog: internal error, please report it with this trace: " + trace);
    }
    return true;
  }

  private void processOne(Element element, ErrorCatalog annotation) {
    AnnotationMirror mirror = mirrorOf(element);
    CatalogRequest request = new CatalogRequest(
        annotation.value().trim(), annotation.file().trim(), annotation.prefix().trim());
    if (request.id().isEmpty() == request.file().isEmpty()) {
      error(element, mirror, DiagnosticId.BAD_ANNOTATION,
          "@ErrorCatalog needs exactly one of value (a catalog id) and file (a catalog file)."
              + " Write @ErrorCatalog(\"my-api\") or @ErrorCatalog(file = \"catalogs/my-api.yaml\").");
      return;
    }
    if (!request.prefix().isEmpty() && !SourceVersion.isIdentifier(request.prefix())) {
      error(element, mirror, DiagnosticId.BAD_ANNOTATION, "prefix \"" + request.prefix()
          + "\" is not a Java identifier. Use letters and digits, e.g. prefix = \"Billing\".");
      return;
    }

    CatalogLocator locator = new CatalogLocator(
        processingEnv.getFiler(), processingEnv.getOptions().get(OPTION_PATH), getClass().getClassLoader());
    LocatedCatalog located = locator.locate(request);
    if (!located.isFound()) {
      error(element, mirror, DiagnosticId.CATALOG_NOT_FOUND, "catalog " + request.describe()
          + " not found. Looked in:\n  " + String.join("\n  ", located.looked())
          + "\nPut the YAML under src/main/resources/" + CatalogLocator.RESOURCE_DIR
          + " of a module this one depends on, or name its directory with -A" + OPTION_PATH + "=DIR.");
      return;
    }

    LoadResult result = loader.load(located.file(), located.content());
    if (result.catalog().isEmpty()) {
      for (Diagnostic d : result.diagnostics()) {
        error(element, mirror, d.render());
      }
      return;
    }
    CatalogModel catalog = result.catalog().get();
    if (!request.id().isEmpty() && !request.id().equals(catalog.id())) {
      error(element, mirror, catalog.idAt() + ": error["
          + DiagnosticId.BAD_CATALOG_ID.code() + " " + DiagnosticId.BAD_CATALOG_ID.slug()
          + "]: the file found for @ErrorCatalog(\"" + request.id() + "\") declares catalog: "
          + catalog.id() + ". Make the two ids the same.");
      return;
    }
    if (generatedById.containsKey(catalog.id())) {
      error(element, mirror, DiagnosticId.DUPLICATE_CATALOG, "catalog " + catalog.id()
          + " is already generated in this build. Annotate one element per catalog.");
      return;
    }
    List<Diagnostic> checks = CatalogChecks.afterLoad(catalog);
    if (!checks.isEmpty()) {
      checks.forEach(d -> error(element, mirror, d.render()));
      return;
    }

    String packageName = processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    String prefix = request.prefix().isEmpty() ? Names.prefix(catalog.id()) : request.prefix();
    TargetModule module = TargetModule.of(processingEnv.getElementUtils(), element);
    // In a named module @Generated compiles only if the module reads java.compiler; leave it out otherwise
    // rather than make every module that uses a catalog require a module it has no other use for.
    GeneratedNames names = new GeneratedNames(packageName, prefix,
        module.sees(processingEnv.getElementUtils(), GeneratedAnnotation.TYPE.packageName()));

    List<JavaFile> files = new ArrayList<>();
    for (SourceGenerator generator : Generators.all()) {
      files.addAll(generator.generate(catalog, names));
    }
    for (JavaFile file : files) {
      try {
        String type = file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
        try (Writer out = processingEnv.getFiler().createSourceFile(type, element).openWriter()) {
          file.writeTo(out);
        }
      } catch (IOException e) {
        error(element, mirror, "errorcatalog: could not write " + file.packageName() + "." + file.typeSpec().name()
            + " for catalog " + catalog.id() + ": " + e.getMessage());
        return;
      }
    }
    String page = docs.page(catalog, names);
    writeResource(DOCS_RESOURCE_DIR + DocsGenerator.pageName(catalog), page, element);
    pagesById.put(catalog.id(), page);
    generatedById.put(catalog.id(), catalog);
    registeredCatalogClasses.add(names.catalog().canonicalName());
    if (module.isNamed()) {
      modularCatalogs.add(new ModularCatalog(element, catalog.id(), names.catalog().canonicalName()));
    }
  }

  /**
   * Warns of each catalog of a named module that the module does not declare as a service. Run when the
   * generated classes exist: the module's {@code provides} can only be resolved then.
   */
  private void checkModuleProvides() {
    for (ModularCatalog c : modularCatalogs) {
      TargetModule module = TargetModule.of(processingEnv.getElementUtils(), c.element());
      if (!module.provides(CATALOG_SERVICE, c.catalogClass())) {
        warning(c.element(), mirrorOf(c.element()), DiagnosticId.MODULE_DOES_NOT_PROVIDE, "module " + module.name()
            + " does not provide the catalog " + c.id() + " as a service, so ErrorCatalogs.catalog(\"" + c.id()
            + "\") will not find it at run time (a named module's META-INF/services is not read)."
            + " Add to its module-info.java:\n  provides " + CATALOG_SERVICE + " with " + c.catalogClass() + ";");
      }
    }
  }

  /** A catalog generated into a named module, and where to report on it. */
  private record ModularCatalog(Element element, String id, String catalogClass) {}

  private void writeBuildWideFiles() {
    if (generatedById.isEmpty()) {
      return;
    }
    writeResource(SERVICES_FILE, String.join("\n", registeredCatalogClasses) + "\n");
    List<CatalogModel> all = List.copyOf(generatedById.values());
    writeResource(DOCS_RESOURCE_DIR + "index.md", docs.index(all));
    String docsDir = processingEnv.getOptions().get(OPTION_DOCS);
    if (docsDir != null && !docsDir.isBlank()) {
      Path dir = Paths.get(docsDir.trim());
      Map<String, String> pages = new TreeMap<>();
      for (CatalogModel catalog : all) {
        pages.put(DocsGenerator.pageName(catalog), pagesById.get(catalog.id()));
      }
      pages.put("index.md", docs.index(all));
      try {
        // A build in which a catalog failed generates no page for it: that page is not stale.
        for (String removed : new DocsDirectory(dir).write(pages, !anyCatalogFailed)) {
          processingEnv.getMessager().printMessage(Kind.NOTE, "errorcatalog: removed " + dir.resolve(removed)
              + ": its catalog is no longer part of this build");
        }
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Kind.ERROR,
            "errorcatalog: could not write the docs to " + dir.toAbsolutePath() + " (-A" + OPTION_DOCS + "): " + e);
      }
    }
  }

  private void writeResource(String name, String text, Element... originating) {
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name, originating);
      try (Writer out = file.openWriter()) {
        out.write(text);
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Kind.ERROR, "errorcatalog: could not write " + name + ": " + e);
    }
  }

  private static AnnotationMirror mirrorOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = mirror.getAnnotationType().toString();
      if (type.equals(ErrorCatalog.class.getCanonicalName())
          || type.equals(ErrorCatalog.List.class.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  /** A mistake with no place in a YAML file (the annotation itself, a catalog not found). */
  private void error(Element element, AnnotationMirror mirror, DiagnosticId id, String message) {
    error(element, mirror, "error[" + id.code() + " " + id.slug() + "]: " + message);
  }

  /** Something the build should change, though the catalog generated. */
  private void warning(Element element, AnnotationMirror mirror, DiagnosticId id, String message) {
    report(Kind.WARNING, element, mirror, "warning[" + id.code() + " " + id.slug() + "]: " + message);
  }

  private void error(Element element, AnnotationMirror mirror, String message) {
    anyCatalogFailed = true;
    report(Kind.ERROR, element, mirror, message);
  }

  /** On the annotation where there is one (javac then points at its line), else on the element. */
  private void report(Kind kind, Element element, AnnotationMirror mirror, String message) {
    if (mirror == null) {
      processingEnv.getMessager().printMessage(kind, message, element);
    } else {
      processingEnv.getMessager().printMessage(kind, message, element, mirror);
    }
  }
}
