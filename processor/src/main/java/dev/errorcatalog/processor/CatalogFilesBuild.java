package dev.errorcatalog.processor;

import dev.errorcatalog.processor.locate.CatalogPaths;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.IoReasons;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.output.DirectoryWriter;
import dev.errorcatalog.processor.output.MemoryWriter;
import dev.errorcatalog.processor.output.OutputFile;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The processor's {@link CatalogPipeline} on catalog files, without javac: load, check, compare and the docs
 * outputs (pages and index, kept in memory), reported through the same {@link Reporter} to any
 * {@link ReportChannel}. The writers' command line and the Maven plugin run this, so their diagnostics and
 * pages are the build's, byte for byte.
 *
 * <p>One instance is one build: its counts add up over {@link #run} calls only if the caller reuses it;
 * make a new one per run.
 */
public final class CatalogFilesBuild {

  private final Reporter reporter;
  private final CatalogSteps steps;

  /**
   * @param options the processor's options (names of {@link ErrorCatalogProcessor#OPTIONS}, without
   *     {@code -A}); their defaults are the processor's
   * @param channel where every diagnostic and note goes
   */
  public CatalogFilesBuild(Map<String, String> options, ReportChannel channel) {
    this.reporter = new Reporter(channel);
    this.steps = new CatalogSteps(options, reporter);
  }

  /** What one run found and rendered. */
  /**
   * @param pages each page's file name to its text, with the index (empty for a check)
   * @param comparisons each catalog compared with the baseline ({@code -Aerrorcatalog.baseline}), by id
   */
  public record Outcome(int files, int catalogs, int errors, int warnings, Map<String, String> pages,
      Map<String, BaselineComparison> comparisons) {

    /** Whether any error was reported. */
    public boolean failed() {
      return errors > 0;
    }

    /**
     * {@code 5 catalogs checked: no errors, 1 warning}: the line that ends a check. Counts files, which are
     * catalogs whether or not they load.
     */
    public String summary() {
      return files + (files == 1 ? " catalog" : " catalogs") + " checked: " + count(errors, "error") + ", "
          + count(warnings, "warning");
    }

    private static String count(int n, String word) {
      return (n == 0 ? "no" : Integer.toString(n)) + " " + word + (n == 1 ? "" : "s");
    }
  }

  /**
   * Loads and checks every catalog file ({@code .yaml}, {@code .yml}) of {@code paths} (files, or folders
   * searched below), in path order, reporting every diagnostic; renders the pages of the catalogs without
   * errors (file name to text, with the index), as the processor does with its default prefixes.
   */
  public Outcome run(List<Path> paths) {
    return run(paths, true);
  }

  /** Loads and checks, as {@link #run(List)}; renders no page (a check only: its pages are empty). */
  public Outcome check(List<Path> paths) {
    return run(paths, false);
  }

  private Outcome run(List<Path> paths, boolean render) {
    Map<String, CatalogModel> declared = new TreeMap<>();
    TreeMap<String, BaselineComparison> comparisons = new TreeMap<>();
    MemoryWriter rendered = new MemoryWriter();
    CatalogPipeline pipeline =
        new CatalogPipeline(steps, reporter, render ? Outputs.of(steps, false) : Outputs.NONE, rendered);
    CatalogPaths files = catalogFiles(paths);
    files.unlisted().forEach(folder -> reporter.report(RefusalDiagnostics.of(folder), null));
    if (files.files().isEmpty() && files.unlisted().isEmpty()) {
      reporter.report(noCatalogs(paths), null);
    }
    for (Path file : files.files()) {
      Diagnostics found = new Diagnostics();
      CatalogFileNames.extension(file, paths.contains(file)).ifPresent(found::add);
      Optional<LocatedCatalog> located = read(file, found);
      CatalogPipeline.Job job = new CatalogPipeline.Job(
          located.map(l -> new CatalogRequest("", l.file(), "")).orElse(null), declared,
          (catalog, f) -> {
            declared.putIfAbsent(catalog.id(), catalog);
            CatalogFileNames.identity(file, catalog).ifPresent(f::add);
          },
          CatalogSteps::defaultNames, null);
      CatalogPipeline.Result result = pipeline.run(located, job, found);
      result.changes().ifPresent(c -> comparisons.put(result.checked().get().catalog().id(), c));
    }
    pipeline.finish();
    return new Outcome(files.files().size() + files.unlisted().size(), pipeline.builtCount(), reporter.errors(),
        reporter.warnings(), rendered.pages(Outputs.DOCS_SITE.option()), comparisons);
  }

  /**
   * EC015 for a run that found no catalog file at all: folders without one are a wrong path (or catalogs not
   * saved yet), never a catalog module without mistakes.
   */
  private static Diagnostic noCatalogs(List<Path> paths) {
    List<String> where = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    return DiagnosticId.CATALOG_NOT_FOUND.error(
        "no catalog file (NAME.yaml or NAME.yml) in " + String.join(", ", where) + ", nor in a folder below.",
        "Put the catalogs there, or name the folder or the files that hold them.");
  }

  /**
   * Writes the pages of {@code outcome} to {@code dir} as {@code -Aerrorcatalog.docs=DIR} does: only changed
   * files, pages of catalogs gone from the build removed (not while one failed).
   *
   * @return whether the directory was written (a failure is reported)
   */
  public boolean writeDocs(Outcome outcome, Path dir) {
    DirectoryWriter site = new DirectoryWriter(dir.toString(), Outputs.DOCS_SITE.layout());
    outcome.pages().forEach((name, text) -> site.write(OutputFile.page(Outputs.DOCS_SITE.option(), name, text, "")));
    return CatalogPipeline.writeSite(reporter, site, Outputs.DOCS_SITE.what(), dir.toString());
  }

  /**
   * The catalog files of the paths: a file as given (whatever its name), a folder's YAML files, sorted. Below a
   * folder, a YAML name in another case ({@code .YAML}) is listed too, and reported (EC041); a YAML name that is
   * not a regular file (a pipe, a device, a link to nothing) is listed too: reading
   * it reports why it was not checked.
   */
  private static CatalogPaths catalogFiles(List<Path> paths) {
    return CatalogPaths.of(paths, CatalogFileNames::yamlInAnyCase);
  }

  /** The catalog in {@code file}; when it cannot be read, the reason is reported (one line) instead. */
  private static Optional<LocatedCatalog> read(Path file, Diagnostics found) {
    LocatedCatalog located = LocatedCatalog.read(file, CatalogSteps.MAX_CATALOG_BYTES);
    if (located.isRefused()) {
      found.add(RefusalDiagnostics.of(located.refusal()));
      return Optional.empty();
    }
    return Optional.of(located);
  }

  /**
   * What went wrong outside any catalog (a folder that could not be watched, a bug), in plain words: never an
   * exception's class name, which tells a writer nothing and looks like a crash.
   */
  public static String describe(Exception e) {
    boolean io = e instanceof IOException || e instanceof UncheckedIOException;
    return io ? IoReasons.of(e) : "internal error, please report it: " + IoReasons.of(e);
  }
}
