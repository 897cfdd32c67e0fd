package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the catalogs of a baseline, the released catalog a build compares against: a YAML file, a folder (its
 * YAML files and catalog jars, at any depth, in path order) or a jar (its YAML entries, in entry order, the
 * {@code errorcatalog/} folder of a catalog jar included). Read as {@link BoundedFiles} reads: a file, and each
 * jar entry, of at most the catalog limit, whatever size the jar states for the entry.
 */
public final class BaselineFiles {

  private BaselineFiles() {}

  /**
   * Every catalog file of {@code path}, each named as diagnostics show it (a path, or
   * {@code jar:file:...!/entry}).
   *
   * @param maxBytes the most bytes a catalog may have
   * @throws IOException when the path, or a file or folder in it, cannot be read; the message says which and
   *     why in plain words
   */
  public static List<LocatedCatalog> read(Path path, int maxBytes) throws IOException {
    CatalogPaths paths = CatalogPaths.of(List.of(path), name -> isYaml(name) || isJar(name));
    if (!paths.unlisted().isEmpty()) {
      throw new RefusedException(paths.unlisted().get(0));
    }
    List<LocatedCatalog> out = new ArrayList<>();
    for (Path file : paths.files()) {
      Path absolute = file.toAbsolutePath().normalize();
      out.addAll(isJar(file.getFileName().toString()) ? jar(absolute, maxBytes) : List.of(yaml(absolute, maxBytes)));
    }
    return out;
  }

  private static LocatedCatalog yaml(Path file, int maxBytes) throws RefusedException {
    LocatedCatalog catalog = LocatedCatalog.read(file, maxBytes);
    if (catalog.isRefused()) {
      throw new RefusedException(catalog.refusal());
    }
    return catalog;
  }

  private static List<LocatedCatalog> jar(Path file, int maxBytes) throws IOException {
    BoundedFiles.requireFile(file);
    List<LocatedCatalog> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && isYaml(entry.getName())) {
          String name = "jar:" + file.toUri() + "!/" + entry.getName();
          if (entry.getSize() > maxBytes) {
            throw new RefusedException(Refusal.tooLarge(name, entry.getSize(), maxBytes));
          }
          try (InputStream in = zip.getInputStream(entry)) {
            out.add(LocatedCatalog.found(name, BoundedFiles.read(in, name, maxBytes)));
          }
        }
      }
    }
    return out;
  }

  private static boolean isYaml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static boolean isJar(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jar") || lower.endsWith(".zip");
  }
}
