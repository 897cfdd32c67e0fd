package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.util.Optional;

/**
 * Reads catalog YAML into a validated model, with source positions: YAML tree, then binding to the model
 * (per-entry rules), then cross-entry rules. Every mistake of a catalog is collected in one pass.
 */
public final class CatalogLoader {

  /**
   * Loads and validates one catalog; never throws.
   *
   * @param file the catalog as shown in diagnostics
   * @param content the YAML bytes
   */
  public LoadResult load(String file, byte[] content) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Optional<YamlNode> tree = YamlReader.read(file, content, diagnostics);
      if (tree.isEmpty()) {
        return LoadResult.invalid(diagnostics.sorted());
      }
      TrailingComments.check(tree.get(), content, diagnostics);
      CatalogBinder.Bound bound = new CatalogBinder(file, new NodeReader(diagnostics,
          new String(content, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").split("\r?\n", -1))).bind(tree.get());
      Optional<CatalogModel> catalog = bound.catalog();
      // The rules across entries run on every entry that bound for checks, so that a mistake in one entry's
      // title hides no clash of its code; the entries they report on are left out of the examples' checks.
      Optional<CatalogModel> checkable = bound.checkable().map(c -> c.withEntries(
          CatalogValidator.validate(c.entries(), diagnostics)));
      if (diagnostics.hasErrors() || catalog.isEmpty()) {
        return LoadResult.invalid(diagnostics.sorted(), checkable);
      }
      return LoadResult.valid(catalog.get(), diagnostics.sorted());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not a mistake of the writer's: still a diagnostic, never an exception in javac.
      // The writer reads no exception class name; the place in our code tells the maintainers where to look.
      String where = java.util.Arrays.stream(e.getStackTrace())
          .filter(frame -> frame.getClassName().startsWith("dev.errorcatalog."))
          .findFirst()
          .map(frame -> " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")")
          .orElse("");
      diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(new SourcePosition(file, 1, 1),
          "errorcatalog failed while reading this catalog" + where + ": a bug of errorcatalog, not a mistake of"
              + " the catalog's.",
          "Please report it with the catalog file attached."));
      return LoadResult.invalid(diagnostics.sorted());
    }
  }
}
