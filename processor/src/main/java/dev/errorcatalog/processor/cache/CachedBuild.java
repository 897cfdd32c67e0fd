package dev.errorcatalog.processor.cache;

import dev.errorcatalog.processor.output.OutputFile;
import java.util.List;
import java.util.Objects;

/**
 * What one build of a module's catalogs came to, as the next build with the same key replays it.
 *
 * @param catalogs each catalog built, with the annotated element it was asked for on
 * @param messages the warnings and notes reported on the catalogs, in order (never an error: a build with one is
 *     not kept)
 * @param files every file written, in order: those of each catalog, then those of the whole build
 *     ({@link OutputFile#isBuildWide()})
 */
public record CachedBuild(List<Catalog> catalogs, List<Message> messages, List<OutputFile> files) {

  public CachedBuild {
    catalogs = List.copyOf(catalogs);
    messages = List.copyOf(messages);
    files = List.copyOf(files);
  }

  /**
   * A catalog built.
   *
   * @param element the index of the annotated element it was asked for on, in the order the round gave them
   * @param id its id
   * @param catalogClass the qualified name of its generated {@code Catalog} class
   */
  public record Catalog(int element, String id, String catalogClass) {
    public Catalog {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(catalogClass, "catalogClass");
    }
  }

  /**
   * A warning or a note as it was reported.
   *
   * @param warning a warning; else a note
   * @param element the index of the annotated element it was reported on, or -1 for none
   * @param text the text exactly as reported
   */
  public record Message(boolean warning, int element, String text) {
    public Message {
      Objects.requireNonNull(text, "text");
    }
  }
}
