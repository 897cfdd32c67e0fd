package dev.errorcatalog.processor;

import dev.errorcatalog.processor.locate.BoundedFiles;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.IoReasons;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.locate.Refusal;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.output.BuildOutput;
import dev.errorcatalog.processor.output.BuiltCatalog;
import dev.errorcatalog.processor.output.CatalogOutput;
import dev.errorcatalog.processor.output.DirectoryWriter;
import dev.errorcatalog.processor.output.OutputFile;
import dev.errorcatalog.processor.output.OutputWriter;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * The one way a catalog becomes files, for the processor, the writers' command line and the Maven plugin: per
 * catalog load, check and compare with the baseline (the steps of {@link CatalogSteps}), report, then, when it
 * has no mistake, every {@link Outputs#perCatalog} output to the writer; once every catalog is known, the
 * outputs of the whole build ({@link #finish}). The callers differ only in where a catalog comes from (javac's
 * {@code Filer}, files), the names of its types and the writer.
 */
final class CatalogPipeline {

  /**
   * How a caller's catalog goes through the chain.
   *
   * @param request what was asked for (the id and file an annotation names, or the file read)
   * @param declared the catalogs of this build so far, by id: another with this id is a duplicate
   * @param loaded called on the catalog once it loads, before it is checked, with where its mistakes go
   * @param names the names of its generated types in this build
   * @param element the annotated element the diagnostics are reported on; {@code null} outside javac
   */
  record Job(CatalogRequest request, Map<String, CatalogModel> declared,
      BiConsumer<CatalogModel, Diagnostics> loaded, Function<CatalogModel, GeneratedNames> names,
      Element element) {}

  /**
   * What one catalog came to.
   *
   * @param checked its runtime rows, when it loaded and was checked (there may still be mistakes)
   * @param changes what changed since the baseline, when it was compared (a breaking change is a mistake)
   * @param built the catalog whose outputs were all written; empty when it had a mistake or a file failed
   */
  record Result(Optional<CatalogTables> checked, Optional<BaselineComparison> changes, Optional<BuiltCatalog> built) {}

  private final CatalogSteps steps;
  private final Reporter reporter;
  private final Outputs outputs;
  private final OutputWriter writer;
  private final StepTimes times;
  private final TreeMap<String, BuiltCatalog> built = new TreeMap<>();

  CatalogPipeline(CatalogSteps steps, Reporter reporter, Outputs outputs, OutputWriter writer) {
    this(steps, reporter, outputs, writer, StepTimes.off());
  }

  /** @param times where each step's time is added, when the build asks for timings */
  CatalogPipeline(CatalogSteps steps, Reporter reporter, Outputs outputs, OutputWriter writer, StepTimes times) {
    this.steps = steps;
    this.reporter = reporter;
    this.outputs = outputs;
    this.writer = writer;
    this.times = times;
  }

  /**
   * One catalog: load, check, compare, report every diagnostic found (with those the caller put in
   * {@code found} before), then, without a mistake, write its outputs.
   *
   * @param located the catalog's file, read; empty when it could not be (the reason is in {@code found})
   */
  Result run(Optional<LocatedCatalog> located, Job job, Diagnostics found) {
    Optional<CatalogModel> loaded = times.time("load",
        () -> located.flatMap(l -> steps.load(l, job.request(), job.declared(), found)));
    loaded.ifPresent(catalog -> job.loaded().accept(catalog, found));
    Optional<CatalogTables> checked = times.time("check", () -> loaded.flatMap(c -> steps.check(c, found)));
    Optional<BaselineComparison> changes = times.time("compare",
        () -> checked.flatMap(tables -> steps.compare(tables, found)));
    found.all().forEach(d -> reporter.report(d, job.element()));
    if (checked.isEmpty() || found.hasErrors()) {
      return new Result(checked, changes, Optional.empty());
    }
    CatalogModel catalog = checked.get().catalog();
    GeneratedNames names = job.names().apply(catalog);
    for (CatalogOutput output : outputs.perCatalog()) {
      for (OutputFile file : times.time("generate", () -> output.files(checked.get(), names, changes))) {
        if (!times.time("write", () -> write(file))) {
          return new Result(checked, changes, Optional.empty());
        }
      }
    }
    BuiltCatalog done = new BuiltCatalog(catalog, names);
    built.put(catalog.id(), done);
    return new Result(checked, changes, Optional.of(done));
  }

  /**
   * A catalog whose files a cached build wrote: loaded and checked again without a report, so that the outputs
   * of the whole build and the duplicate check know it when a later round brings more catalogs.
   */
  void adopt(LocatedCatalog located, Job job) {
    Diagnostics quiet = new Diagnostics();
    steps.load(located, job.request(), job.declared(), quiet)
        .flatMap(catalog -> steps.check(catalog, quiet))
        .filter(tables -> !quiet.hasErrors())
        .ifPresent(tables -> built.put(tables.catalog().id(),
            new BuiltCatalog(tables.catalog(), job.names().apply(tables.catalog()))));
  }

  /** The catalogs built, by id. */
  Map<String, BuiltCatalog> built() {
    return java.util.Collections.unmodifiableMap(built);
  }

  /** The catalogs whose outputs were all written, by id. */
  Map<String, CatalogModel> generated() {
    Map<String, CatalogModel> generated = new TreeMap<>();
    built.forEach((id, catalog) -> generated.put(id, catalog.catalog()));
    return generated;
  }

  /** How many catalogs had all their outputs written. */
  int builtCount() {
    return built.size();
  }

  /**
   * The outputs of the whole build, once every catalog is known; nothing when no catalog was built.
   *
   * @return whether any catalog was built
   */
  boolean finish() {
    if (built.isEmpty()) {
      return false;
    }
    List<BuiltCatalog> all = List.copyOf(built.values());
    for (BuildOutput output : outputs.buildWide()) {
      output.files(all).forEach(this::write);
    }
    return true;
  }

  /**
   * Writes one file; a failure is reported. A source that could not be written ends its catalog (its code
   * would not compile whole): false then. A resource that could not be written is reported only.
   */
  private boolean write(OutputFile file) {
    return write(reporter, writer, file);
  }

  /**
   * Writes one file, a failure reported: false when a source could not be written (the build cannot compile
   * without it), true otherwise.
   */
  static boolean write(Reporter reporter, OutputWriter writer, OutputFile file) {
    try {
      writer.write(file);
      return true;
    } catch (IOException e) {
      if (file.kind() == OutputFile.Kind.SOURCE) {
        reporter.writeFailed(file.name() + " for catalog " + file.catalog(), e.getMessage());
        return false;
      }
      reporter.writeFailed(file.name(), IoReasons.of(e));
      return true;
    }
  }

  /**
   * Writes a site's pages to its directory as one set: each page only when its bytes change, the pages of
   * catalogs no longer in the build removed (not while any catalog failed: its page is missing for that
   * reason); reported.
   *
   * @param option how the writer asked for the directory, for the message when it cannot be written
   * @return whether the site was written
   */
  static boolean writeSite(Reporter reporter, DirectoryWriter site, String what, String option) {
    Path dir = site.dir();
    String where = dir.toAbsolutePath().toString();
    String failed = what + " to " + where + (option.equals(where) ? "" : " (" + option + ")");
    Optional<Refusal> notAFolder = BoundedFiles.notAFolder(dir);
    if (notAFolder.isPresent()) {
      reporter.writeFailed(failed, notAFolder.get().message() + ". " + notAFolder.get().fix());
      return false;
    }
    try {
      for (String removed : site.commit(!reporter.anyError())) {
        reporter.note("removed " + dir.resolve(removed) + ": its catalog is no longer part of this build");
      }
      return true;
    } catch (IOException e) {
      reporter.writeFailed(failed, IoReasons.of(e) + ".");
      return false;
    }
  }
}
