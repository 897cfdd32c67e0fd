package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "About this page" section: every decision the catalog made that its source does not state, each reason
 * said once however many entries it applies to, numbered; and the small markers ({@code [¹](#about-this-page)}) that
 * entries and body shapes show on the field a decision affects. The reasons live here only, out of the reading
 * path: an entry speaks in the API's voice and links here from a marker (issue 36).
 */
final class DecisionNotes {

  /** Superscript digits: a marker reads as a footnote number, one word long. */
  private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** One reason, said once, with what it applies to. */
  private static final class Note {
    int number;
    final String id;
    final String group;
    final String reason;
    final List<String> aspects = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    final List<Shape> shapes = new ArrayList<>();

    Note(String id, String group, String reason) {
      this.id = id;
      this.group = group;
      this.reason = reason;
    }
  }

  /** By reason, as written (whitespace folded), in the order the page first shows them. */
  private final Map<String, Note> byReason = new LinkedHashMap<>();
  /** The notes by the label they are listed under (what they are about), in page order. */
  private final Map<String, List<Note>> byGroup = new LinkedHashMap<>();
  private final List<Entry> duplicated = new ArrayList<>();
  /** The id of the section every marker links to: its notes are numbered in order, a short list. */
  private final String sectionId;
  private final int pageEntries;

  /**
   * @param entries the page's entries in page order
   * @param shapes the body shapes the page describes, in page order
   * @param sectionId the id of the "About this page" heading, which every marker links to
   */
  DecisionNotes(List<Entry> entries, List<Shape> shapes, String sectionId) {
    this.sectionId = sectionId;
    this.pageEntries = entries.size();
    for (Entry entry : entries) {
      for (Decision decision : shown(entry)) {
        Note note = note(decision.reason(), decision.aspectWords());
        if (!note.aspects.contains(decision.aspectWords())) {
          note.aspects.add(decision.aspectWords());
        }
        if (!note.entries.contains(entry)) {
          note.entries.add(entry);
        }
      }
      if (!entry.duplicates().isEmpty()) {
        duplicated.add(entry);
      }
    }
    for (Shape shape : shapes) {
      shape.decided().ifPresent(reason -> {
        Note note = note(reason, "the body");
        if (!note.aspects.contains("the body")) {
          note.aspects.add("the body");
        }
        note.shapes.add(shape);
      });
    }
    number();
  }

  /**
   * The decisions an entry shows a marker for: its own, and its shape's only where the shape is not described
   * in the page's bodies (a body-less shape); a success has no retry advice to qualify.
   */
  private static List<Decision> shown(Entry entry) {
    List<Decision> out = new ArrayList<>();
    for (Decision decision : entry.decided()) {
      if (!(entry.isSuccess() && decision.aspect().equals("retry"))) {
        out.add(decision);
      }
    }
    if (entry.decision("shape").isEmpty() && entry.shape().body() == dev.errorcatalog.processor.model.BodyKind.EMPTY) {
      entry.shape().decided().ifPresent(reason -> out.add(new Decision("shape", reason, entry.position())));
    }
    return out;
  }

  private Note note(String reason, String aspectWords) {
    String key = Markdown.oneSpaced(reason);
    return byReason.computeIfAbsent(key, k -> {
      String group = aspectWords.startsWith("the ") ? aspectWords.substring(4) : aspectWords;
      group = Character.toUpperCase(group.charAt(0)) + group.substring(1);
      Note note = new Note(sectionId, group, k);
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(note);
      return note;
    });
  }

  /** Numbers the notes in the order the section lists them: by heading, then as the page first shows them. */
  private void number() {
    int n = 1;
    for (List<Note> notes : byGroup.values()) {
      for (Note note : notes) {
        note.number = n++;
      }
    }
  }

  boolean isEmpty() {
    return byReason.isEmpty() && duplicated.isEmpty();
  }

  /**
   * The markers of an entry's decisions on one aspect ({@code shape}, {@code retry}, ...): " [¹](#note-1)" or "".
   * A note on every entry of the page is marked once, in the page's introduction ({@link #onEveryEntry}), not on
   * each of them.
   */
  String marker(Entry entry, String aspect) {
    StringBuilder out = new StringBuilder();
    for (Decision decision : shown(entry)) {
      Note note = byReason.get(Markdown.oneSpaced(decision.reason()));
      if (decision.aspect().equals(aspect) && !everywhere(note)) {
        out.append(link(note));
      }
    }
    return out.toString();
  }

  private boolean everywhere(Note note) {
    return pageEntries > 1 && note.entries.size() == pageEntries && note.shapes.isEmpty();
  }

  /** " Notes on every entry: [¹](#note-1), [²](#note-2)." for the notes that hold for all of them, or "". */
  String onEveryEntry() {
    List<String> links = byReason.values().stream().filter(this::everywhere).map(n -> link(n).strip()).toList();
    return links.isEmpty() ? "" : " Notes on every entry: " + String.join(", ", links) + ".";
  }

  /** The marker of a shape's decision, or "". */
  String marker(Shape shape) {
    return shape.decided().map(r -> link(byReason.get(Markdown.oneSpaced(r)))).orElse("");
  }

  private static String link(Note note) {
    return " [" + superscript(note.number) + "](#" + note.id + ")";
  }

  static String superscript(int n) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append(SUPERSCRIPT.charAt(c - '0'));
    }
    return out.toString();
  }

  /**
   * The section, headed by {@code heading}: one numbered note per reason, and the responses the source
   * documents more than once. Ends with a blank line.
   */
  String render(String heading, BodyShapes bodies) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n");
    if (!byGroup.isEmpty()) {
      out.append("Where the API's page is silent, this page assumes:\n\n");
    }
    // Bold labels, not headings: a heading per group ("Message") would be a search result of its own for every
    // search of that word, above the entries that carry it.
    byGroup.forEach((group, notes) -> {
      out.append("**").append(group).append(":**\n\n");
      for (Note note : notes) {
        out.append("- ").append(superscript(note.number)).append(' ').append(Markdown.inline(note.reason))
            .append(' ').append(appliesTo(note, bodies)).append('\n');
      }
      out.append('\n');
    });
    if (!duplicated.isEmpty()) {
      out.append("**Documented twice in the source:**\n\n");
      for (Entry entry : duplicated) {
        for (String note : entry.duplicates()) {
          out.append("- [").append(EntryHeading.value(entry)).append("](#").append(entry.anchor())
              .append("): ").append(Markdown.inline(note)).append('\n');
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** "([↩](#x).)", "(58 entries.)", "(every entry.)", "([`error` body](#body-error).)". */
  private String appliesTo(Note note, BodyShapes bodies) {
    if (everywhere(note)) {
      return "(Every entry.)";
    }
    List<String> parts = new ArrayList<>();
    note.shapes.forEach(shape -> parts.add(bodies.link(shape)));
    if (note.entries.size() == 1) {
      // A footnote's back-reference: the marker on the entry leads here, this leads back.
      parts.add("[\u21a9](#" + note.entries.get(0).anchor() + ")");
    } else if (!note.entries.isEmpty()) {
      parts.add(Sentences.count(note.entries.size(), "entry", "entries"));
    }
    return "(" + String.join("; ", parts) + ".)";
  }
}
