package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.cache.CachedBuild;
import dev.errorcatalog.processor.docs.DocsOptions;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.openapi.export.OpenApiExport;
import dev.errorcatalog.processor.output.BuiltCatalog;
import dev.errorcatalog.processor.output.DirectoryWriter;
import dev.errorcatalog.processor.output.FilerWriter;
import dev.errorcatalog.processor.output.OutputFile;
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
import javax.tools.Diagnostic.Kind;

/**
 * Turns each {@code @ErrorCatalog} into typed errors, exceptions, factories, a decoder, an encoder, a
 * registered {@code Catalog} and a Markdown docs page; writes the docs index and the
 * {@code META-INF/services} file once every catalog of the build is known.
 *
 * <p>The flow goes one way, through the {@link CatalogPipeline} the writers' command line and the Maven
 * plugin run too: locate the YAML, load it into a validated model, check it with the runtime engine
 * (collecting every mistake), then hand its rows to each of the {@link Outputs}, whose files reach javac's
 * {@code Filer} (and the docs site's directory, with {@code -Aerrorcatalog.docs}; the OpenAPI documents' with
 * {@code -Aerrorcatalog.openapi}). A catalog with any mistake
 * generates nothing. Every diagnostic reaches javac through the {@link Reporter}.
 *
 * <p>When nothing that could change them changed since the module's last build (see {@link CatalogCache}), the
 * files and the warnings and notes of that build are replayed from its cache instead: the same bytes, without
 * loading, checking or generating. A build with an error is never kept.
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
  /** What each step took, when -Aerrorcatalog.timings asks. */
  private StepTimes times = StepTimes.off();
  /** Where every file goes: javac's Filer and the directories asked for, recorded when there is a cache. */
  private OutputWriter writer;
  /** The annotated element of each catalog, by id: the originating element of its files. */
  private final Map<String, Element> origins = new HashMap<>();
  /** The directories asked for with an option (the docs site), by option. */
  private final Map<String, DirectoryWriter> sites = new LinkedHashMap<>();
  private final List<ModularCatalog> modularCatalogs = new ArrayList<>();

  /** The processor's identity in the cache key; {@code null} for the checksums of its code (tests set one). */
  private final String processorVersion;
  /** The unchanged-catalog rebuild over this compilation's rounds. */
  private CachedRounds cached;
  /** How many rounds had an {@code @ErrorCatalog}. */
  private int catalogRounds;

  /** The processor javac finds as a service. */
  public ErrorCatalogProcessor() {
    this(null);
  }

  /** @param processorVersion the processor's identity in the cache key, for tests that change it */
  ErrorCatalogProcessor(String processorVersion) {
    this.processorVersion = processorVersion;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    ReportChannel javac = Reporter.javacChannel(env.getMessager());
    this.reporter = new Reporter((kind, text, element) -> {
      cached.heard(kind, text, element);
      javac.print(kind, text, element);
    });
    this.steps = new CatalogSteps(env.getOptions(), reporter);
    this.times = StepTimes.of(env.getOptions());
    this.cached = new CachedRounds(env, steps.options(), processorVersion, times);
    for (Outputs.Site site : Outputs.SITES) {
      String dir = steps.options().get(site.option());
      if (dir != null && !dir.isBlank()) {
        sites.put(site.option(), new DirectoryWriter(dir.trim(), site.layout()));
      }
    }
    this.writer = cached.recording(new RoutingWriter(new FilerWriter(env.getFiler(), origins), sites));
  }

  /**
   * The pipeline, made when a catalog is first built: a build replayed from its cache never makes it, so it
   * loads no generator (nor JavaPoet) into the compiler.
   */
  private CatalogPipeline pipeline() {
    if (pipeline == null) {
      pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, true), writer, times);
    }
    return pipeline;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated too: the sources this processor writes carry it, and javac's -Xlint:processing warns
    // "No processor claimed any of these annotations: javax.annotation.processing.Generated" in the next
    // round unless a processor claims it. Claiming it only means that processors discovered after this one
    // are not offered it; it is a marker no processor is expected to act on.
    return Set.of(ErrorCatalog.class.getCanonicalName(), ErrorCatalog.List.class.getCanonicalName(),
        GeneratedAnnotation.NAME);
  }

  /**
   * Every option of the processor. The writers' command line and the Maven plugin take the same ones (as
   * {@code -Aname=value}), so that their pages match the build's.
   */
  public static final Set<String> OPTIONS = Set.of(OPTION_PATH, OPTION_DOCS, OPTION_BASELINE, DocsOptions.OPTION_JAVA,
      EncoderGenerator.OPTION_DOCS_URL, OpenApiExport.OPTION, CatalogCache.OPTION, StepTimes.OPTION);

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
    long start = System.nanoTime();
    try {
      Set<Element> annotated = new LinkedHashSet<>();
      annotated.addAll(round.getElementsAnnotatedWith(ErrorCatalog.class));
      annotated.addAll(round.getElementsAnnotatedWith(ErrorCatalog.List.class));
      if (!annotated.isEmpty()) {
        processRound(List.copyOf(annotated));
      }
      if (round.processingOver()) {
        times.time("build-wide files", this::writeBuildWideFiles);
        checkModuleProvides();
        times.time("cache write", () -> cached.keep(reporter, this::pipeline, origins));
      }
    } catch (RuntimeException | Error e) {
      // Never let an exception reach javac.
      reporter.internalError(e);
    }
    times.addProcessorCall(System.nanoTime() - start);
    if (round.processingOver() && times.on()) {
      // Straight to javac, not through the reporter: a timing is not a message of the build a cache keeps.
      processingEnv.getMessager().printMessage(Kind.NOTE, times.summary());
    }
    return true;
  }

  /**
   * The annotations of one round: each one's request and YAML first; then, in the first round with any, the
   * cached build when its key is this one's; else each through the pipeline.
   */
  private void processRound(List<Element> annotated) {
    List<AskedCatalog> asked = new ArrayList<>();
    for (Element element : annotated) {
      for (ErrorCatalog annotation : element.getAnnotationsByType(ErrorCatalog.class)) {
        asked.add(times.time("locate", () -> ask(element, annotation)));
      }
    }
    if (catalogRounds++ == 0) {
      Optional<CachedBuild> hit = cached.firstRound(annotated, asked);
      if (hit.isPresent()) {
        times.time("replay", () -> replay(hit.get(), annotated));
        return;
      }
    } else {
      // Catalogs over more than one round are not kept; those replayed join the build as if loaded.
      cached.laterRound().forEach(a -> pipeline().adopt(a.located().get(), job(a)));
    }
    asked.forEach(this::processOne);
    cached.roundDone();
  }

  /** One annotation's request and, when it is one, its YAML read; what was wrong with either in {@code found}. */
  private AskedCatalog ask(Element element, ErrorCatalog annotation) {
    Diagnostics found = new Diagnostics();
    Optional<CatalogRequest> request = steps.request(annotation, found);
    TargetModule module = TargetModule.of(processingEnv.getElementUtils(), element);
    Optional<LocatedCatalog> located = request.flatMap(r -> steps.locate(processingEnv, r, found));
    return new AskedCatalog(element, request, located, found, module);
  }

  /**
   * One annotation through the pipeline (load, check, compare with the baseline, the sources and the docs page).
   */
  private void processOne(AskedCatalog a) {
    Optional<BuiltCatalog> built = pipeline().run(a.located(), job(a), a.found()).built();
    if (built.isPresent() && a.module().isNamed()) {
      modularCatalogs.add(new ModularCatalog(a.element(), built.get().catalog().id(),
          built.get().names().catalog().canonicalName()));
    }
  }

  private CatalogPipeline.Job job(AskedCatalog a) {
    return new CatalogPipeline.Job(a.request().orElse(null), pipeline().generated(),
        (catalog, f) -> origins.put(catalog.id(), a.element()),
        catalog -> steps.names(processingEnv, a.element(), a.request().get(), catalog, a.module()), a.element());
  }

  /** The cached build's messages, as reported then, and its catalogs' files. */
  private void replay(CachedBuild build, List<Element> annotated) {
    for (CachedBuild.Catalog c : build.catalogs()) {
      origins.put(c.id(), annotated.get(c.element()));
    }
    for (CachedBuild.Message m : build.messages()) {
      reporter.again(m.warning() ? Kind.WARNING : Kind.NOTE, m.text(),
          m.element() < 0 ? null : annotated.get(m.element()));
    }
    for (OutputFile file : build.files()) {
      if (!file.isBuildWide()) {
        CatalogPipeline.write(reporter, writer, file);
      }
    }
    for (CachedBuild.Catalog c : build.catalogs()) {
      Element element = annotated.get(c.element());
      if (TargetModule.of(processingEnv.getElementUtils(), element).isNamed()) {
        modularCatalogs.add(new ModularCatalog(element, c.id(), c.catalogClass()));
      }
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
    Optional<CachedBuild> replayedAlone = cached.replayedAlone();
    if (replayedAlone.isPresent()) {
      // The build-wide files the cached build wrote: no round after it brought another catalog.
      replayedAlone.get().files().stream().filter(OutputFile::isBuildWide)
          .forEach(file -> CatalogPipeline.write(reporter, writer, file));
    } else if (!pipeline().finish()) {
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
