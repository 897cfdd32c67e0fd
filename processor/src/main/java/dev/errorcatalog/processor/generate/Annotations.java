package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;

/** Annotations the generators put on members, spelled once. */
final class Annotations {

  private Annotations() {}

  /**
   * {@code @SuppressWarnings("deprecation")}, only for generated members that must name deprecated entry
   * constants themselves (never to hide a use by the caller).
   */
  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
  }
}
