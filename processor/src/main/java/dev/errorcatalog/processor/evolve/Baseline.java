package dev.errorcatalog.processor.evolve;

import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.locate.BaselineFiles;
import dev.errorcatalog.processor.locate.IoReasons;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The released catalogs a build compares against ({@code -Aerrorcatalog.baseline=PATH}): every catalog of a
 * YAML file, a folder or a jar, loaded with the same loader as the build, by id. A baseline that cannot be read
 * is an error of its own (EC031), never a reason to skip the check silently.
 */
public final class Baseline {

  private final String source;
  private final Map<String, CatalogModel> byId;
  private final List<Diagnostic> problems;

  private Baseline(String source, Map<String, CatalogModel> byId, List<Diagnostic> problems) {
    this.source = source;
    this.byId = byId;
    this.problems = problems;
  }

  /**
   * Reads the baseline at {@code path}; never throws.
   *
   * @param maxBytes the most bytes a catalog may have: a larger file or jar entry makes the baseline unreadable
   */
  public static Baseline read(Path path, CatalogLoader loader, int maxBytes) {
    Map<String, CatalogModel> byId = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    String source = path.toAbsolutePath().normalize().toString();
    List<LocatedCatalog> files;
    try {
      files = BaselineFiles.read(path, maxBytes);
    } catch (IOException | RuntimeException e) {
      problems.add(DiagnosticId.BASELINE_UNREADABLE.error(
          "the baseline " + source + " could not be read: " + IoReasons.of(e) + ".",
          "Name the released catalog: a YAML file, a folder of them, or the catalog jar of the release."));
      return new Baseline(source, byId, problems);
    }
    if (files.isEmpty()) {
      problems.add(DiagnosticId.BASELINE_UNREADABLE.error(
          "the baseline " + source + " holds no catalog (no .yaml or .yml file).",
          "Name the released catalog: a YAML file, a folder of them, or the catalog jar of the release."));
    }
    for (LocatedCatalog file : files) {
      LoadResult result = loader.load(file.file(), file.content());
      if (result.catalog().isPresent()) {
        byId.putIfAbsent(result.catalog().get().id(), result.catalog().get());
      } else {
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        problems.add(DiagnosticId.BASELINE_UNREADABLE.error(
            "the baseline catalog " + file.file() + " does not load, so nothing can be compared with it: "
                + errors.get(0).render() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
            "\nName the catalog as released; a baseline this errorcatalog cannot read needs its mistakes fixed"
                + " in a copy."));
      }
    }
    return new Baseline(source, byId, List.copyOf(problems));
  }

  /** The baseline's catalog with this id, if it has one. */
  public Optional<CatalogModel> catalog(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** What made part of the baseline unreadable; reported once per build. */
  public List<Diagnostic> problems() {
    return problems;
  }

  /** The baseline as the option named it, absolute. */
  public String source() {
    return source;
  }
}
