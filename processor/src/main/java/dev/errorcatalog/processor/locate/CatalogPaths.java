package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files a list of paths names: a file as given (whatever its name), and below a folder every entry whose
 * name fits that is not itself a folder, in path order. An entry that is not a regular file (a named pipe, a
 * device, a link to nothing) is listed, not skipped: reading it refuses it with the reason, so a writer learns
 * why a catalog named there was not checked. Nothing is opened here but folders.
 *
 * @param files the files to read, each once, in order: the paths' order, then path order within a folder
 * @param unlisted the folders whose entries could not be listed, and why
 */
public record CatalogPaths(List<Path> files, List<Refusal> unlisted) {

  public CatalogPaths {
    files = List.copyOf(files);
    unlisted = List.copyOf(unlisted);
  }

  /** The files of {@code paths}; below folders, those whose name fits {@code byName}. */
  public static CatalogPaths of(List<Path> paths, Predicate<String> byName) {
    Set<Path> files = new LinkedHashSet<>();
    List<Refusal> unlisted = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        walk(path, byName, found, unlisted);
        found.stream().sorted().forEach(files::add);
      } else {
        files.add(path);
      }
    }
    return new CatalogPaths(new ArrayList<>(files), unlisted);
  }

  private static void walk(Path folder, Predicate<String> byName, List<Path> found, List<Refusal> unlisted) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          // Attributes of the entry itself, a link not followed: a link to a folder is a folder, not a catalog.
          if (byName.test(file.getFileName().toString()) && !attributes.isDirectory() && !Files.isDirectory(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path entry, IOException e) {
          // A folder that cannot be opened, or an entry whose attributes cannot be read: reported when it is
          // a folder (its catalogs go unchecked) or has a catalog's name.
          if (Files.isDirectory(entry) || byName.test(entry.getFileName().toString())) {
            unlisted.add(Refusal.unlisted(entry.toString(), e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unlisted.add(Refusal.unlisted(folder.toString(), e));
    }
  }
}
