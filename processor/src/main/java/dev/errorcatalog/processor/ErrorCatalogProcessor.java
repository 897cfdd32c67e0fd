package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.docs.DocsOptions;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.output.BuiltCatalog;
import dev.errorcatalog.processor.output.DirectoryWriter;
import dev.errorcatalog.processor.output.FilerWriter;
import dev.errorcatalog.processor.output.OutputWriter;
import dev.errorcatalog.processor.output.RoutingWriter;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Turns each {@code @ErrorCatalog} into typed errors, exceptions, factories, a decoder, an encoder, a
 * registered {@code Catalog} and a Markdown docs page; writes the docs index and the
 * {@code META-INF/services} file once every catalog of the build is known.
 *
 * <p>The flow goes one way, through the {@link CatalogPipeline} the writers' command line and the Maven
 * plugin run too: locate the YAML, load it into a validated model, check it with the runtime engine
 * (collecting every mistake), then hand its rows to each of the {@link Outputs}, whose files reach javac's
 * {@code Filer} (and the docs site's directory, with {@code -Aerrorcatalog.docs}). A catalog with any mistake
 * generates nothing. Every diagnostic reaches javac through the {@link Reporter}.
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

  private Reporter reporter;
  private CatalogSteps steps;
  private CatalogPipeline pipeline;
  /** The annotated element of each catalog, by id: the originating element of its files. */
  private final Map<String, Element> origins = new HashMap<>();
  /** The directories asked for with an option (the docs site), by option. */
  private final Map<String, DirectoryWriter> sites = new LinkedHashMap<>();
  private final List<ModularCatalog> modularCatalogs = new ArrayList<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    this.reporter = Reporter.javac(env.getMessager());
    this.steps = new CatalogSteps(env.getOptions(), reporter);
    for (Outputs.Site site : Outputs.SITES) {
      String dir = steps.options().get(site.option());
      if (dir != null && !dir.isBlank()) {
        sites.put(site.option(), new DirectoryWriter(dir.trim(), site.layout()));
      }
    }
    OutputWriter writer = new RoutingWriter(new FilerWriter(env.getFiler(), origins), sites);
    this.pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, true), writer);
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
   * One annotation: request, locate, then the pipeline (load, check, compare with the baseline, the sources and
   * the docs page).
   */
  private void processOne(Element element, ErrorCatalog annotation) {
    Diagnostics found = new Diagnostics();
    Optional<CatalogRequest> request = steps.request(annotation, found);
    TargetModule module = TargetModule.of(processingEnv.getElementUtils(), element);
    CatalogPipeline.Job job = new CatalogPipeline.Job(request.orElse(null), pipeline.generated(),
        (catalog, f) -> origins.put(catalog.id(), element),
        catalog -> steps.names(processingEnv, element, request.get(), catalog, module), element);
    Optional<BuiltCatalog> built = pipeline.run(request.flatMap(r -> steps.locate(processingEnv, r, found)), job,
        found).built();
    if (built.isPresent() && module.isNamed()) {
      modularCatalogs.add(new ModularCatalog(element, built.get().catalog().id(),
          built.get().names().catalog().canonicalName()));
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

  /** The outputs of the whole build, then the directories asked for, once every catalog is known. */
  private void writeBuildWideFiles() {
    if (!pipeline.finish()) {
      return;
    }
    for (Outputs.Site site : Outputs.SITES) {
      DirectoryWriter dir = sites.get(site.option());
      if (dir != null) {
        CatalogPipeline.writeSite(reporter, dir, site.what(), "-A" + site.option());
      }
    }
  }
}
