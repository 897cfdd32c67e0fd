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

  /**
   * The package of {@code @Generated}, a constant: the processor names it when it starts (its supported
   * annotations, a rebuild's key) without loading JavaPoet, which a build replayed from its cache never needs.
   */
  public static final String PACKAGE = "javax.annotation.processing";

  /** {@code javax.annotation.processing.Generated}, a constant as {@link #PACKAGE} is. */
  public static final String NAME = PACKAGE + ".Generated";

  /** {@code javax.annotation.processing.Generated}. */
  public static final ClassName TYPE = ClassName.get(PACKAGE, "Generated");

  private static final List<AnnotationSpec> SPEC = List.of(AnnotationSpec.builder(TYPE)
      .addMember("value", "$S", "dev.errorcatalog.processor.ErrorCatalogProcessor")
      .build());

  private GeneratedAnnotation() {}

  /** {@code @Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")}, or nothing. */
  public static List<AnnotationSpec> of(GeneratedNames names) {
    return names.markGenerated() ? SPEC : List.of();
  }
}
