package dev.errorcatalog.processor.names;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Entry;

/**
 * The names of every type generated for one catalog: {@code <Prefix>Error}, {@code <Prefix>Exception},
 * {@code <Prefix>Errors}, {@code <Prefix>Decoder}, {@code <Prefix>Encoder}, {@code <Prefix>Catalog}.
 *
 * @param packageName the package of the annotated element
 * @param prefix the type-name prefix, e.g. {@code InsiderOne}
 * @param markGenerated whether the types carry {@code @javax.annotation.processing.Generated}: not in a named
 *     module that does not read {@code java.compiler}, where the annotation would not compile
 */
public record GeneratedNames(String packageName, String prefix, boolean markGenerated) {

  /** The names of types that carry {@code @Generated}, as on the class path. */
  public GeneratedNames(String packageName, String prefix) {
    this(packageName, prefix, true);
  }

  /** The enum of entries, implementing {@code CatalogError}. */
  public ClassName error() {
    return ClassName.get(packageName, prefix + "Error");
  }

  /**
   * The interface holding constants {@code index * 1000} on of a catalog too large for an
   * enum: {@code InsiderOneErrorConstants0}, ... (see the generator's class form).
   */
  public ClassName errorConstants(int index) {
    return ClassName.get(packageName, prefix + "ErrorConstants" + index);
  }

  /** The sealed base exception. */
  public ClassName exception() {
    return ClassName.get(packageName, prefix + "Exception");
  }

  /** The exception subclass of a group, e.g. {@code InsiderOneBadRequestException}. */
  public ClassName groupException(String group) {
    return ClassName.get(packageName, prefix + group + "Exception");
  }

  /** The exception subclass of an entry's group. */
  public ClassName exceptionOf(Entry entry) {
    return groupException(entry.group());
  }

  /**
   * The exception for responses no error entry describes (an undocumented response, or a success
   * status handed to {@code toException()}).
   */
  public ClassName responseException() {
    return ClassName.get(packageName, prefix + "ResponseException");
  }

  /** The typed factories. */
  public ClassName factories() {
    return ClassName.get(packageName, prefix + "Errors");
  }

  /** The decoder. */
  public ClassName decoder() {
    return ClassName.get(packageName, prefix + "Decoder");
  }

  /** The encoder of documented bodies. */
  public ClassName encoder() {
    return ClassName.get(packageName, prefix + "Encoder");
  }

  /** The {@code Catalog<E>} registered for {@code ErrorCatalogs}. */
  public ClassName catalog() {
    return ClassName.get(packageName, prefix + "Catalog");
  }
}
