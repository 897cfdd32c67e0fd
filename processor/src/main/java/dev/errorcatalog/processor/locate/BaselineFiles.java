package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the catalogs of a baseline, the released catalog a build compares against: a YAML file, a folder (its
 * YAML files and catalog jars, at any depth, in path order) or a jar (its YAML entries, in entry order, the
 * {@code errorcatalog/} folder of a catalog jar included).
 */
public final class BaselineFiles {

  private BaselineFiles() {}

  /**
   * Every catalog file of {@code path}, each named as diagnostics show it (a path, or
   * {@code jar:file:...!/entry}).
   *
   * @throws IOException when the path does not exist or cannot be read; the message says which
   */
  public static List<LocatedCatalog> read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(p -> isYaml(p) || isJar(p)).sorted().toList();
      }
      List<LocatedCatalog> out = new ArrayList<>();
      for (Path file : files) {
        out.addAll(isJar(file) ? jar(file) : List.of(yaml(file)));
      }
      return out;
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException(path.toAbsolutePath() + " does not exist");
    }
    return isJar(path) ? jar(path) : List.of(yaml(path));
  }

  private static LocatedCatalog yaml(Path file) throws IOException {
    return LocatedCatalog.found(file.toAbsolutePath().normalize().toString(), Files.readAllBytes(file));
  }

  private static List<LocatedCatalog> jar(Path file) throws IOException {
    List<LocatedCatalog> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && isYaml(Path.of(entry.getName()))) {
          try (InputStream in = zip.getInputStream(entry)) {
            out.add(LocatedCatalog.found("jar:" + file.toAbsolutePath().normalize().toUri() + "!/" + entry.getName(),
                in.readAllBytes()));
          }
        }
      }
    }
    return out;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isJar(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".zip");
  }
}
