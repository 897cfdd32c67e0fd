package dev.errorcatalog.clienttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Markdown a user reads: README.md and the user guide's pages under {@code docs/} (symbolic links to files
 * elsewhere in the repository included, as MkDocs builds them). Tests that check what these pages show find a
 * marked block by name here, wherever the block lives, so that moving a section between README and the guide
 * never needs a test changed, and a block that is gone fails instead of passing unchecked.
 */
public final class GuidePages {

  private GuidePages() {}

  /**
   * The fenced block of the given language after the line {@code <!-- KIND: NAME -->} (kind {@code snippet} for
   * Java examples, {@code dependencies} for Maven blocks), from the one page that holds that marker.
   *
   * @throws AssertionError when no page, or more than one, holds the marker, or no such block follows it
   */
  public static String block(String kind, String name, String language) {
    String marker = "<!-- " + kind + ": " + name + " -->";
    Path root = repositoryRoot();
    List<Path> holders = new ArrayList<>();
    String found = null;
    for (Path page : pages(root)) {
      String text = read(page);
      int at = text.indexOf(marker);
      if (at >= 0) {
        holders.add(root.relativize(page));
        found = text.substring(at);
      }
    }
    if (holders.size() != 1) {
      throw new AssertionError(holders.isEmpty()
          ? "no page (README.md, docs/**/*.md) has " + marker
          : marker + " is in more than one page: " + holders);
    }
    String fence = "```" + language + "\n";
    int start = found.indexOf(fence);
    int end = start < 0 ? -1 : found.indexOf("\n```", start);
    if (start < 0 || end < 0 || found.lastIndexOf("<!-- ", start) != 0) {
      throw new AssertionError(holders.get(0) + ": no ```" + language + " block right after " + marker);
    }
    return found.substring(start + fence.length(), end + 1);
  }

  /** The repository's root: the nearest folder above the working directory with README.md and integrations/. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("integrations"))) {
        return dir;
      }
    }
    throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
  }

  /** README.md, then every Markdown file under docs/ (built output under target/ left out), in path order. */
  static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
        files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
            .filter(p -> !docs.relativize(p).startsWith("target"))
            .sorted()
            .forEach(pages::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
