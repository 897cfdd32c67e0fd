package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} every generated type carries: the processor's name, never a date (builds are byte-identical). */
public final class GeneratedAnnotation {

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotation() {}

  /** {@code @Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")}. */
  public static AnnotationSpec spec() {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", "dev.errorcatalog.processor.ErrorCatalogProcessor")
        .build();
  }
}
