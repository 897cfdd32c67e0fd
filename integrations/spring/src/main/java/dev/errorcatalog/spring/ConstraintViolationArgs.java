package dev.errorcatalog.spring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of Bean Validation's {@code ConstraintViolationException} (method validation of a
 * {@code @Validated} bean), as {@link ValidationArgs} gives them. A class of its own: loaded only when
 * jakarta.validation is on the class path.
 */
final class ConstraintViolationArgs {

  private ConstraintViolationArgs() {}

  /** The arguments, or {@code null} when the exception is not a {@code ConstraintViolationException}. */
  static Map<String, String> of(Throwable exception) {
    if (!(exception instanceof ConstraintViolationException violation)) {
      return null;
    }
    List<String[]> violations = new ArrayList<>();
    for (ConstraintViolation<?> v : violation.getConstraintViolations()) {
      violations.add(new String[] {leaf(String.valueOf(v.getPropertyPath())), v.getMessage()});
    }
    // a Set: sorted, so that the same request gives the same body
    violations.sort((a, b) -> a[0].compareTo(b[0]));
    return ValidationArgs.args(violations);
  }

  /** {@code create.request.email} → {@code email}: the property, without the method and parameter. */
  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
