package dev.errorcatalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the typed errors, decoder and docs of one YAML error catalog into the package of the
 * annotated element.
 *
 * <p>Name the catalog by id ({@code @ErrorCatalog("insider-one")}, looked up as the resource
 * {@code errorcatalog/insider-one.yaml}) or by file ({@code @ErrorCatalog(file = "catalogs/mine.yaml")}).
 * The processor looks in the directories of the {@code errorcatalog.path} processor option, then the
 * class output, the source path, the class path and the processor path. Put the catalog in a jar the
 * consumer depends on (as {@code errorcatalog-catalog} does) so that editing it makes Maven recompile
 * the consumer.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(ErrorCatalog.List.class)
public @interface ErrorCatalog {

  /** The catalog id; resolves {@code errorcatalog/<id>.yaml}. Empty when {@link #file()} is set. */
  String value() default "";

  /** A resource path or file path of the catalog YAML, instead of an id. */
  String file() default "";

  /**
   * The prefix of the generated type names; by default the catalog id in UpperCamelCase
   * ({@code insider-one} gives {@code InsiderOneError}, {@code InsiderOneDecoder}, ...).
   */
  String prefix() default "";

  /** Holds several {@link ErrorCatalog} annotations on one element. */
  @Documented
  @Retention(RetentionPolicy.SOURCE)
  @Target({ElementType.PACKAGE, ElementType.TYPE})
  @interface List {
    ErrorCatalog[] value();
  }
}
