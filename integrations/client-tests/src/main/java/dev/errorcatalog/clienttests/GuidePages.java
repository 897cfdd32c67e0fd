package dev.errorcatalog.clienttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * Java examples, {@code dependencies} for Maven blocks). A block indented under a list item is returned without
   * its indentation. README and a guide page may show the same block under the same marker; their copies must
   * then be identical, so that every copy is the one checked.
   *
   * @throws AssertionError when no page holds the marker, no such block follows it, or copies differ
   */
  public static String block(String kind, String name, String language) {
    String marker = "<!-- " + kind + ": " + name + " -->";
    Path root = repositoryRoot();
    String block = null;
    Path first = null;
    for (Path page : pages(root)) {
      String text = read(page);
      for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        String found = blockAfter(text.substring(at + marker.length()), language);
        if (found == null) {
          throw new AssertionError(root.relativize(page) + ": no ```" + language + " block right after " + marker);
        }
        if (block != null && !block.equals(found)) {
          throw new AssertionError(marker + " shows different blocks in " + first + " and " + root.relativize(page));
        }
        block = found;
        first = first == null ? root.relativize(page) : first;
      }
    }
    if (block == null) {
      throw new AssertionError("no page (README.md, docs/**/*.md) has " + marker);
    }
    return block;
  }

  /** The first fenced block of the language in the text, if only blank lines and prose come before it. */
  private static String blockAfter(String text, String language) {
    Matcher open = Pattern
        .compile("(?m)^( *)```" + Pattern.quote(language) + "\\n").matcher(text);
    if (!open.find() || text.substring(0, open.start()).contains("<!-- ")) {
      return null;
    }
    String indent = open.group(1);
    int end = text.indexOf("\n" + indent + "```", open.end() - 1);
    if (end < 0) {
      return null;
    }
    StringBuilder block = new StringBuilder();
    for (String line : text.substring(open.end(), end + 1).split("\n", -1)) {
      if (!line.isEmpty()) {
        block.append(line.startsWith(indent) ? line.substring(indent.length()) : line);
      }
      block.append('\n');
    }
    return block.substring(0, block.length() - 1);
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
      try (Stream<Path> files = Files.walk(docs, FileVisitOption.FOLLOW_LINKS)) {
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
