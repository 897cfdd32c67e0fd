package dev.errorcatalog.processor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics reference, {@code catalog/DIAGNOSTICS.md} (packaged beside this class by the build): one
 * section per diagnostic id, {@code ## EC021 example-decodes-elsewhere}, opening with a one-paragraph meaning,
 * then the explanation and the labelled parts {@code **Wrong:**}, {@code **Right:**} (YAML examples, each block
 * one catalog file), an optional {@code **Baseline:**} (the released catalog both are compared with) and
 * {@code **Fix:**}.
 */
record DiagnosticsReference(List<Section> sections) {

  static final String RESOURCE = "DIAGNOSTICS.md";

  private static final Pattern HEADING = Pattern.compile("## (EC\\d{3}) ([a-z0-9-]+)");
  private static final Pattern LABEL = Pattern.compile("\\*\\*([A-Z][a-z]+):\\*\\*.*");

  /** One fenced block: its language ({@code yaml}, {@code java}, ...) and its lines. */
  record Block(String language, String text) {}

  /** One id's section, its Markdown from the heading to the next heading. */
  record Section(String code, String slug, String markdown) {

    /** The opening paragraph, on one line: what the diagnostic means. */
    String summary() {
      List<String> lines = markdown.lines().skip(1).dropWhile(String::isBlank).takeWhile(l -> !l.isBlank()).toList();
      return String.join(" ", lines.stream().map(String::strip).toList());
    }

    /** The fenced blocks after {@code **label:**}, up to the next label. */
    List<Block> blocks(String label) {
      List<Block> blocks = new ArrayList<>();
      String current = null;
      StringBuilder block = null;
      String language = "";
      for (String line : markdown.lines().toList()) {
        if (block != null) {
          if (line.startsWith("```")) {
            if (label.equals(current)) {
              blocks.add(new Block(language, block.toString()));
            }
            block = null;
          } else {
            block.append(line).append('\n');
          }
        } else if (line.startsWith("```")) {
          block = new StringBuilder();
          language = line.substring(3).strip();
        } else {
          Matcher m = LABEL.matcher(line);
          if (m.matches()) {
            current = m.group(1);
          }
        }
      }
      return blocks;
    }

    /** Whether the section has the paragraph {@code **label:**}. */
    boolean has(String label) {
      return markdown.lines().anyMatch(l -> l.startsWith("**" + label + ":**"));
    }
  }

  /** The reference packaged with the command line. */
  static DiagnosticsReference packaged() {
    try (InputStream in = DiagnosticsReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not packaged with the command line");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sections of the reference's Markdown, in order; the text before the first is its introduction. */
  static DiagnosticsReference parse(String markdown) {
    List<Section> sections = new ArrayList<>();
    String code = null;
    String slug = null;
    StringBuilder text = new StringBuilder();
    boolean fenced = false;
    for (String line : markdown.lines().toList()) {
      boolean heading = !fenced && line.startsWith("#") && !line.startsWith("###");
      if (heading && code != null) {
        sections.add(new Section(code, slug, text.toString().strip() + "\n"));
        code = null;
      }
      Matcher m = HEADING.matcher(line);
      if (heading && m.matches()) {
        code = m.group(1);
        slug = m.group(2);
        text.setLength(0);
      }
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      if (code != null) {
        text.append(line).append('\n');
      }
    }
    if (code != null) {
      sections.add(new Section(code, slug, text.toString().strip() + "\n"));
    }
    return new DiagnosticsReference(List.copyOf(sections));
  }

  /** The section of an id written as {@code EC021}, {@code ec21}, {@code 21} or {@code example-decodes-elsewhere}. */
  Optional<Section> find(String word) {
    String w = word.strip().toUpperCase(Locale.ROOT);
    Matcher number = Pattern.compile("(?:EC)?0*(\\d{1,3})").matcher(w);
    String code = number.matches() ? String.format(Locale.ROOT, "EC%03d", Integer.parseInt(number.group(1))) : null;
    return sections.stream()
        .filter(s -> s.code().equals(code) || s.slug().equalsIgnoreCase(word.strip()))
        .findFirst();
  }

  /** Every slug, for a "did you mean". */
  List<String> slugs() {
    return sections.stream().map(Section::slug).toList();
  }
}
