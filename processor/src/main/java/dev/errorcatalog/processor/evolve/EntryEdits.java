package dev.errorcatalog.processor.evolve;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed in an entry's text and arguments between the baseline and now, in words for the report. */
final class EntryEdits {

  private EntryEdits() {}

  /** The text keys edited ({@code title}, {@code messages}, ...): listed in the docs, never breaking. */
  static List<String> of(Entry before, Entry after) {
    List<String> out = new ArrayList<>();
    if (!before.title().equals(after.title())) {
      out.add("title");
    }
    if (!templates(before).equals(templates(after))) {
      out.add("messages");
    }
    if (!before.description().equals(after.description())) {
      out.add("description");
    }
    if (!before.cause().equals(after.cause())) {
      out.add("cause");
    }
    if (!before.fix().equals(after.fix())) {
      out.add("fix");
    }
    return out;
  }

  /**
   * How the arguments changed, each in words ({@code {id} renamed to {orderId}}, {@code {limit} retyped from int to
   * number}); empty where client code reading {@code args()} or calling the factory still works.
   */
  static List<String> arguments(Entry before, Entry after) {
    Map<String, PlaceholderType> old = types(before);
    Map<String, PlaceholderType> neu = types(after);
    List<String> gone = old.keySet().stream().filter(n -> !neu.containsKey(n)).toList();
    List<String> fresh = neu.keySet().stream().filter(n -> !old.containsKey(n)).toList();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < gone.size(); i++) {
      problems.add(i < fresh.size()
          ? "{" + gone.get(i) + "} renamed to {" + fresh.get(i) + "}"
          : "{" + gone.get(i) + "} removed");
    }
    old.forEach((name, type) -> {
      PlaceholderType t = neu.get(name);
      if (t != null && t != type) {
        problems.add("{" + name + "} retyped from " + type.yamlName() + " to " + t.yamlName());
      }
    });
    return problems;
  }

  private static List<String> templates(Entry e) {
    List<String> out = new ArrayList<>();
    e.message().ifPresent(m -> out.add(m.display()));
    e.variants().forEach(v -> out.add(v.display()));
    return out;
  }

  private static Map<String, PlaceholderType> types(Entry e) {
    Map<String, PlaceholderType> out = new LinkedHashMap<>();
    for (MessageTemplate.Placeholder p : e.arguments()) {
      out.put(p.name(), p.type());
    }
    return out;
  }
}
