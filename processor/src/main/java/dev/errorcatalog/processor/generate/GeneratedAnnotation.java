package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.names.GeneratedNames;
import java.util.List;

/**
 * The {@code @Generated} every generated type carries: the processor's name, never a date (builds are
 * byte-identical). None where the consuming module cannot read {@code java.compiler}, the module of
 * {@code javax.annotation.processing.Generated} (see {@link GeneratedNames#markGenerated()}).
 */
public final class GeneratedAnnotation {

  /** {@code javax.annotation.processing.Generated}. */
  public static final ClassName TYPE = ClassName.get("javax.annotation.processing", "Generated");

  private static final List<AnnotationSpec> SPEC = List.of(AnnotationSpec.builder(TYPE)
      .addMember("value", "$S", "dev.errorcatalog.processor.ErrorCatalogProcessor")
      .build());

  private GeneratedAnnotation() {}

  /** {@code @Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")}, or nothing. */
  public static List<AnnotationSpec> of(GeneratedNames names) {
    return names.markGenerated() ? SPEC : List.of();
  }
}
