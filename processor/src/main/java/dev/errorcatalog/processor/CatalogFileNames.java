package dev.errorcatalog.processor;

import dev.errorcatalog.processor.locate.CatalogLocator;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalog file's name as the consumer's build reads it. {@code @ErrorCatalog("orders")} looks for
 * {@code errorcatalog/orders.yaml} (then {@code .yml}), in exactly that case, in folders and in jars: a file
 * under a folder {@code errorcatalog} is found only by the id its name spells, and a folder's catalog whose
 * extension is {@code .YAML} or {@code .Yml} is found by no id at all. The writers' command line and the Maven
 * plugin check these names, so a catalog module that passes them is one its consumers can use.
 */
final class CatalogFileNames {

  /** The extensions the build looks for, in the case it looks for them. */
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

  /** A catalog id, as {@code catalog:} takes it. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  /** The folder the consumer's build looks in, without its slash. */
  private static final String FOLDER =
      CatalogLocator.RESOURCE_DIR.substring(0, CatalogLocator.RESOURCE_DIR.length() - 1);

  private CatalogFileNames() {}

  /** Whether {@code name} has a catalog's extension, in any case: {@code x.yaml}, {@code x.YML}. */
  static boolean yamlInAnyCase(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length());
  }

  /**
   * EC041, when the build would not find {@code file} by its name: its extension is a catalog's in another case
   * ({@code .YAML}, {@code .Yml}), and it was found in a folder (not named on the command line) or lies in a
   * folder {@code errorcatalog}. A file named as it is, anywhere else, is read as given, as
   * {@code @ErrorCatalog(file = ...)} reads it.
   *
   * @param named whether the writer named this file itself (rather than a folder it is in)
   */
  static Optional<Diagnostic> extension(Path file, boolean named) {
    String name = file.getFileName().toString();
    String extension = extension(name);
    if (extension.isEmpty() || EXTENSIONS.contains(extension) || (named && !inCatalogFolder(file))) {
      return Optional.empty();
    }
    String renamed = base(name) + extension.toLowerCase(Locale.ROOT);
    return Optional.of(DiagnosticId.CATALOG_FILE_NAME.error(new SourcePosition(file.toString(), 1, 1),
        "the file name " + name + " ends in " + extension + ", and the build looks for catalogs named .yaml or"
            + " .yml, in lower case: @ErrorCatalog would not find this one.",
        "Rename it to " + renamed + "."));
  }

  /**
   * EC020, when {@code catalog} lies in a folder {@code errorcatalog} under a name that is not its id: the
   * consumer's {@code @ErrorCatalog("ID")} looks for {@code errorcatalog/ID.yaml} and finds nothing, or finds
   * this file under another id. At the {@code catalog:} value, with both ways out.
   */
  static Optional<Diagnostic> identity(Path file, CatalogModel catalog) {
    String name = file.getFileName().toString();
    String extension = extension(name);
    String base = base(name);
    if (!inCatalogFolder(file) || extension.isEmpty() || base.equals(catalog.id())) {
      return Optional.empty();
    }
    String id = catalog.id();
    String rename = "rename the file to " + id + extension.toLowerCase(Locale.ROOT);
    String problem = "the file is named " + name + " but declares catalog: " + id + ", so @ErrorCatalog(\"" + id
        + "\") looks for " + CatalogLocator.RESOURCE_DIR + id + ".yaml and does not find it"
        + (base.equalsIgnoreCase(id) ? " (the name is compared in its case)" : "") + ".";
    String fix;
    if (!ID.matcher(base).matches()) {
      fix = capitalized(rename) + ".";
    } else if (DidYouMean.closest(id, List.of(base)).isPresent()) {
      fix = "Did you mean catalog: " + base + "? Write that, or " + rename + ".";
    } else {
      fix = "Write catalog: " + base + ", or " + rename + ".";
    }
    return Optional.of(DiagnosticId.BAD_CATALOG_ID.error(catalog.idAt(), problem, fix));
  }

  /** Whether the file lies directly in a folder named {@code errorcatalog}, where consumers look for it by id. */
  private static boolean inCatalogFolder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(FOLDER);
  }

  /** {@code .YAML} of {@code x.YAML}, as written; {@code ""} when the name has no catalog's extension. */
  private static String extension(String name) {
    if (!yamlInAnyCase(name)) {
      return "";
    }
    return name.substring(name.lastIndexOf('.'));
  }

  /** {@code x} of {@code x.yaml}. */
  private static String base(String name) {
    return yamlInAnyCase(name) ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
