package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry's message templates: their sources, and the templates compiled from them on first use. A catalog's
 * error type builds all its rows when it is first used, and most rows' templates are never needed (a code-keyed
 * decode compiles only its entry's, the message index only those at the status it searches). Racing threads
 * compile equal templates and one wins; a Template is immutable (final fields), so it is published safely.
 */
final class EntryTemplates {

  /** The primary template's source; {@code null} when the entry documents no message. */
  private final String messageSource;
  private final List<String> variantSources;
  private volatile Template template;
  private volatile List<Template> variants;

  /** @param variantSources immutable */
  EntryTemplates(String messageSource, List<String> variantSources) {
    this.messageSource = messageSource;
    this.variantSources = variantSources;
  }

  /** The primary message template; {@link Template#empty()} when the entry documents no message. */
  Template primary() {
    Template t = template;
    if (t == null) {
      t = messageSource == null ? Template.empty() : Template.compile(messageSource);
      template = t;
    }
    return t;
  }

  /** The further documented messages. */
  List<Template> variants() {
    List<Template> v = variants;
    if (v == null) {
      List<Template> compiled = new ArrayList<>(variantSources.size());
      for (String source : variantSources) {
        compiled.add(Template.compile(source));
      }
      v = List.copyOf(compiled);
      variants = v;
    }
    return v;
  }

  /**
   * How many non-empty templates the entry documents (the primary and the variants), without compiling
   * them: what decides whether the entry is recognised by message.
   */
  int count() {
    int n = messageSource == null || messageSource.isEmpty() ? 0 : 1;
    for (String v : variantSources) {
      n += v.isEmpty() ? 0 : 1;
    }
    return n;
  }

  /**
   * The source of the {@code k}th non-empty template (the primary first, then the variants), in the order
   * {@link CodecEntry#templates()} compiles them: the message index reads its literals without compiling it.
   */
  String source(int k) {
    int n = k;
    if (messageSource != null && !messageSource.isEmpty() && n-- == 0) {
      return messageSource;
    }
    for (String v : variantSources) {
      if (!v.isEmpty() && n-- == 0) {
        return v;
      }
    }
    throw new IndexOutOfBoundsException("template " + k + " of " + count());
  }
}
