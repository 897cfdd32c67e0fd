package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.docs.DocsGenerator;
import dev.errorcatalog.processor.docs.DocsOptions;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.IoReasons;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns each {@code @ErrorCatalog} into typed errors, exceptions, factories, a decoder, an encoder, a
 * registered {@code Catalog} and a Markdown docs page; writes the docs index and the
 * {@code META-INF/services} file once every catalog of the build is known.
 *
 * <p>The flow goes one way, in the steps of {@link CatalogSteps}: locate the YAML, load it into a validated
 * model, check it with the runtime engine (collecting every mistake), then hand its rows to one generator per
 * output and render its docs page. A catalog with any mistake generates nothing. Every diagnostic reaches
 * javac through the {@link Reporter}.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  /** Directories to look for catalogs in first, separated by the platform's path separator. */
  public static final String OPTION_PATH = "errorcatalog.path";

  /** A directory to write the docs site to, besides the class output. */
  public static final String OPTION_DOCS = "errorcatalog.docs";

  /**
   * The released catalog to compare with (a YAML file, a folder or a jar): a change that would break a client
   * built on it fails the build, unless the catalog accepts it.
   */
  public static final String OPTION_BASELINE = "errorcatalog.baseline";

  /** Where in the class output the docs pages go. */
  public static final String DOCS_RESOURCE_DIR = "META-INF/errorcatalog/docs/";

  private static final String CATALOG_SERVICE = Catalog.class.getCanonicalName();

  private static final String SERVICES_FILE = "META-INF/services/" + CATALOG_SERVICE;

  private Reporter reporter;
  private CatalogSteps steps;
  private final TreeMap<String, CatalogModel> generatedById = new TreeMap<>();
  /** Each catalog's docs page, rendered once with the names of this build (the prefix may be overridden). */
  private final TreeMap<String, String> pagesById = new TreeMap<>();
  private final Set<String> registeredCatalogClasses = new TreeSet<>();
  private final List<ModularCatalog> modularCatalogs = new ArrayList<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    this.reporter = Reporter.javac(env.getMessager());
    this.steps = new CatalogSteps(env.getOptions(), reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated too: the sources this processor writes carry it, and javac's -Xlint:processing warns
    // "No processor claimed any of these annotations: javax.annotation.processing.Generated" in the next
    // round unless a processor claims it. Claiming it only means that processors discovered after this one
    // are not offered it; it is a marker no processor is expected to act on.
    return Set.of(ErrorCatalog.class.getCanonicalName(), ErrorCatalog.List.class.getCanonicalName(),
        GeneratedAnnotation.TYPE.canonicalName());
  }

  /**
   * Every option of the processor. The writers' command line and the Maven plugin take the same ones (as
   * {@code -Aname=value}), so that their pages match the build's.
   */
  public static final Set<String> OPTIONS = Set.of(OPTION_PATH, OPTION_DOCS, OPTION_BASELINE, DocsOptions.OPTION_JAVA,
      EncoderGenerator.OPTION_DOCS_URL);

  @Override
  public Set<String> getSupportedOptions() {
    return OPTIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      Set<Element> annotated = new LinkedHashSet<>();
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
      // Never let an exception reach javac.
      reporter.internalError(e);
    }
    return true;
  }

  /**
   * One annotation: request, locate, load, check, compare with the baseline, then generate and render the docs
   * page.
   */
  private void processOne(Element element, ErrorCatalog annotation) {
    Diagnostics found = new Diagnostics();
    Optional<CatalogRequest> request = steps.request(annotation, found);
    Optional<CatalogTables> checked = request
        .flatMap(r -> steps.locate(processingEnv, r, found))
        .flatMap(located -> steps.load(located, request.get(), generatedById, found))
        .flatMap(catalog -> steps.check(catalog, found));
    Optional<BaselineComparison> changes = checked.flatMap(tables -> steps.compare(tables, found));
    found.all().forEach(d -> reporter.report(d, element));
    if (checked.isEmpty() || found.hasErrors()) {
      return;
    }
    CatalogModel catalog = checked.get().catalog();
    TargetModule module = TargetModule.of(processingEnv.getElementUtils(), element);
    GeneratedNames names = steps.names(processingEnv, element, request.get(), catalog, module);
    if (!steps.generate(processingEnv, checked.get(), names, element)) {
      return;
    }
    String page = steps.docsPage(catalog, names, changes);
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
        reporter.report(DiagnosticId.MODULE_DOES_NOT_PROVIDE.warning("module " + module.name()
            + " does not provide the catalog " + c.id() + " as a service, so ErrorCatalogs.catalog(\"" + c.id()
            + "\") will not find it at run time (a named module's META-INF/services is not read).",
            "Add to its module-info.java:\n  provides " + CATALOG_SERVICE + " with " + c.catalogClass() + ";"),
            c.element());
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
    String index = steps.docsIndex(all);
    writeResource(DOCS_RESOURCE_DIR + "index.md", index);
    String docsDir = processingEnv.getOptions().get(OPTION_DOCS);
    if (docsDir != null && !docsDir.isBlank()) {
      Path dir = Paths.get(docsDir.trim());
      steps.writeSite(dir, CatalogSteps.site(all, pagesById, index), "-A" + OPTION_DOCS);
    }
  }

  private void writeResource(String name, String text, Element... originating) {
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name, originating);
      try (Writer out = file.openWriter()) {
        out.write(text);
      }
    } catch (IOException e) {
      reporter.writeFailed(name, IoReasons.of(e));
    }
  }
}
