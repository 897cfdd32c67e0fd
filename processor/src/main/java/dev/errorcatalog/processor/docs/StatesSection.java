package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.ResourceStates;

/**
 * The sections of the states a catalog documents for the API's resources ({@code states:}): "Message states", a
 * table of each state as the API sends it and what it means, and where the API reports them.
 */
final class StatesSection {

  private StatesSection() {}

  /** The section of one resource's states, ending with a blank line; {@code heading} is claimed by the page. */
  static String render(String heading, ResourceStates states) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n");
    states.endpoint().ifPresent(e -> out.append("The API reports them at ").append(EndpointsSection.shown(e))
        .append(".\n\n"));
    out.append("| State | Meaning |\n|---|---|\n");
    for (ResourceStates.State state : states.states()) {
      out.append("| ").append(Markdown.cellCode(state.name())).append(" | ").append(Markdown.cell(state.meaning()))
          .append(" |\n");
    }
    return out.append('\n').toString();
  }

  /** "Message states" for {@code of: message}. */
  static String heading(ResourceStates states) {
    String of = Markdown.headingText(states.of());
    return of.isEmpty() ? "States" : Character.toUpperCase(of.charAt(0)) + of.substring(1) + " states";
  }
}
