package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The states the API reports for one of its resources ({@code states:}), documented beside its errors because a
 * reader troubleshooting a failure needs them: Transformify's message is Pending, Sending or Failed, and a Failed
 * message's details say why.
 *
 * @param of what has these states, in the API's words ({@code message}): the docs' heading is "Message states"
 * @param endpoint where the API reports them, in the endpoint syntax ({@link Endpoint}); empty where not stated
 * @param states each state as the API sends it, with its meaning, in the API's order
 */
public record ResourceStates(String of, Optional<String> endpoint, List<State> states) {

  public ResourceStates {
    states = List.copyOf(states);
  }

  /** One state: its value as the API sends it, and what it means. */
  public record State(String name, String meaning) {}
}
