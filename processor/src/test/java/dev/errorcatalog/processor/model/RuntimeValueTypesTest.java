package dev.errorcatalog.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Template;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's value types named after the runtime's are the runtime's, one for one. */
class RuntimeValueTypesTest {

  @Test
  void everyPlaceholderTypeIsARuntimeTypeAndBack() {
    assertEquals(List.of(Template.Type.values()),
        Arrays.stream(PlaceholderType.values()).map(PlaceholderType::runtime).toList());
    for (Template.Type type : Template.Type.values()) {
      assertEquals(type, PlaceholderType.of(type).runtime());
      // The name a writer uses is one the runtime compiles to the same type.
      assertEquals(List.of(type), Template.compile("{x:" + PlaceholderType.of(type).yamlName() + "}").parts().stream()
          .map(Template.Part::type).toList());
    }
  }

  @Test
  void everyBodyKindIsARuntimeBodyAndBack() {
    assertEquals(List.of(CatalogCodec.Body.values()).stream().sorted().toList(),
        Arrays.stream(BodyKind.values()).map(BodyKind::runtime).sorted().toList());
  }

  @Test
  void everyConstantKindIsARuntimeKind() {
    SourcePosition at = new SourcePosition("catalog.yaml", 1, 1);
    for (JsonScalar.Kind kind : JsonScalar.Kind.values()) {
      String text = kind == JsonScalar.Kind.BOOLEAN ? "false" : kind == JsonScalar.Kind.NULL ? "null" : "7";
      dev.errorcatalog.runtime.Constant c = new Constant("/k", new JsonScalar(kind, text), at).runtime();
      assertEquals(kind.name(), c.kind().name());
      assertEquals(text, c.text());
      assertEquals("/k", c.pointer());
    }
  }
}
