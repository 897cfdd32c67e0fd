package dev.errorcatalog.processor.tables;

import dev.errorcatalog.processor.model.MessageTemplate;

/**
 * A validated message template in the syntax {@code dev.errorcatalog.runtime.Template} compiles, rebuilt from
 * the parsed segments (so the runtime sees exactly the parts the loader validated): literal braces doubled,
 * every placeholder with its type, {@code {name:type}}, and {@code {...}} where the API may add further text.
 */
public final class TemplateSource {

  private TemplateSource() {}

  public static String of(MessageTemplate template) {
    StringBuilder out = new StringBuilder();
    for (MessageTemplate.Segment s : template.segments()) {
      if (s instanceof MessageTemplate.Literal l) {
        out.append(l.text().replace("{", "{{").replace("}", "}}"));
      } else if (s instanceof MessageTemplate.Placeholder p) {
        out.append('{').append(p.name()).append(':').append(p.type().yamlName()).append('}');
      } else {
        out.append(MessageTemplate.FURTHER_TEXT);
      }
    }
    return out.toString();
  }
}
