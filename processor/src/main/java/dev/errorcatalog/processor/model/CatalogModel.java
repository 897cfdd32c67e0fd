package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A validated catalog: what every generator reads. Built only by the loader, only from a catalog
 * without errors.
 *
 * @param id the catalog id, e.g. {@code insider-one}
 * @param docs the vendor page this catalog documents
 * @param description the introduction for the docs page
 * @param shapes every shape entries use, in declaration order (built-ins included when used)
 * @param entries every entry, in catalog order
 * @param file the catalog file as shown in diagnostics
 * @param idAt where the id is written (the value of {@code catalog:}), for diagnostics about it
 * @param history the catalog's version, the entries' {@code since:}, the removed entries and the accepted
 *     breaking changes
 * @param states the states the API reports for its resources ({@code states:}); empty for most catalogs
 */
public record CatalogModel(
    String id,
    String title,
    Optional<String> docs,
    Optional<String> description,
    List<Shape> shapes,
    List<Entry> entries,
    String file,
    SourcePosition idAt,
    History history,
    List<ResourceStates> states) {

  public CatalogModel {
    states = List.copyOf(states);
  }

  /** A catalog that documents no states of its resources. */
  public CatalogModel(String id, String title, Optional<String> docs, Optional<String> description,
      List<Shape> shapes, List<Entry> entries, String file, SourcePosition idAt, History history) {
    this(id, title, docs, description, shapes, entries, file, idAt, history, List.of());
  }

  /** A catalog that states no history. */
  public CatalogModel(String id, String title, Optional<String> docs, Optional<String> description,
      List<Shape> shapes, List<Entry> entries, String file, SourcePosition idAt) {
    this(id, title, docs, description, shapes, entries, file, idAt, History.NONE);
  }

  /** A catalog whose id position is not known (built in code, not read): the top of its file. */
  public CatalogModel(String id, String title, Optional<String> docs, Optional<String> description,
      List<Shape> shapes, List<Entry> entries, String file) {
    this(id, title, docs, description, shapes, entries, file, new SourcePosition(file, 1, 1));
  }

  /** The same catalog with other entries (those of it that may be checked). */
  public CatalogModel withEntries(List<Entry> others) {
    return new CatalogModel(id, title, docs, description, shapes, others, file, idAt, history, states);
  }

  /** The entries that are errors (status 0 or 400 and up): those get exceptions. */
  public List<Entry> errorEntries() {
    return entries.stream().filter(e -> !e.isSuccess()).toList();
  }
}
