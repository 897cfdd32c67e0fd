package dev.errorcatalog.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The arguments of a validation failure: {@code field} (the first invalid field), {@code reason} (its
 * message), {@code fields} (every invalid field, comma-separated, in order) and one argument per field, its
 * message. An entry's template and shape fields take what they name: {@code {field}}, {@code {reason}}, or
 * a field's own name.
 */
final class ValidationArgs {

  private ValidationArgs() {}

  /** From Spring's binding and method validation exceptions; {@code null} for other exceptions. */
  static Map<String, String> of(Throwable exception) {
    if (exception instanceof BindingResult binding) {
      // MethodArgumentNotValidException (MVC), WebExchangeBindException (WebFlux), BindException
      List<String[]> violations = new ArrayList<>();
      for (ObjectError error : binding.getAllErrors()) {
        String name = error instanceof FieldError field ? field.getField() : error.getObjectName();
        violations.add(new String[] {name, messageOf(error)});
      }
      return args(violations);
    }
    if (exception instanceof HandlerMethodValidationException validation) {
      List<String[]> violations = new ArrayList<>();
      for (ParameterValidationResult result : validation.getParameterValidationResults()) {
        String parameter = result.getMethodParameter().getParameterName();
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          String name = error instanceof FieldError field ? field.getField() : parameter;
          violations.add(new String[] {name == null ? "arg" + result.getMethodParameter().getParameterIndex() : name,
              messageOf(error)});
        }
      }
      return args(violations);
    }
    return null;
  }

  private static String messageOf(MessageSourceResolvable error) {
    String message = error.getDefaultMessage();
    return message == null ? "invalid" : message;
  }

  /** The arguments of violations given as {name, message} pairs, in order. */
  static Map<String, String> args(List<String[]> violations) {
    Map<String, String> args = new LinkedHashMap<>();
    Set<String> fields = new LinkedHashSet<>();
    for (String[] v : violations) {
      if (args.isEmpty()) {
        args.put("field", v[0]);
        args.put("reason", v[1]);
      }
      fields.add(v[0]);
      args.putIfAbsent(v[0], v[1]);
    }
    args.put("fields", String.join(", ", fields));
    return args;
  }
}
