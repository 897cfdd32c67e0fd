package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds a {@code decided:} map (aspect to reason) of an entry or of {@code defaults:}. */
final class DecisionsBinder {

  private DecisionsBinder() {}

  /**
   * The decisions, in {@link Decision#ASPECTS} order; each aspect one of {@code allowed} (EC002 with a "did
   * you mean" otherwise), each reason a non-blank string (EC024 otherwise).
   */
  static List<Decision> bind(YamlNode node, String where, List<String> allowed, int decidedColumn,
      NodeReader reader) {
    Optional<YamlMap> map = reader.map(node, "'decided' of " + where);
    if (map.isEmpty()) {
      return List.of();
    }
    // An entry's key under 'decided:' (a 'cause:' indented one step too far) is not a misspelt aspect.
    YamlMap entryKeys = new YamlMap(map.get().fields().stream().filter(f -> {
      if (allowed.contains(f.key()) || !CatalogKeys.ENTRY.contains(f.key())) {
        return true;
      }
      reader.add(DiagnosticId.UNKNOWN_KEY.error(f.keyPosition(),
          Shown.quoted(f.key()) + " is a key of the entry, not an aspect of 'decided'. Did you mean to put "
              + f.key() + ": at the entry's level?",
          "Indent '" + f.key() + ":' as 'decided:' is" + (decidedColumn > 0 ? " (" + (decidedColumn - 1)
              + " spaces)" : "") + ", out of 'decided'. The aspects are: " + String.join(", ", allowed) + "."));
      return false;
    }).toList(), map.get().position());
    reader.checkKeys(entryKeys, allowed, "'decided'");
    List<Decision> out = new ArrayList<>();
    for (String aspect : allowed) {
      map.get().field(aspect).ifPresent(f -> reader.string(f.value(), "'decided: " + aspect + "' of " + where)
          .ifPresent(reason -> {
            if (reason.text().isBlank()) {
              reader.add(DiagnosticId.BAD_VALUE.error(reason.position(),
                  "'decided: " + aspect + "' of " + where + " gives no reason.",
                  "Say in a few words what the catalog decided and why, e.g. \"The page shows no body.\""));
            } else {
              out.add(new Decision(aspect, reason.text().strip(), reason.position()));
            }
          }));
    }
    return List.copyOf(out);
  }
}
