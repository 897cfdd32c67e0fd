package dev.errorcatalog.spring.it;

import com.example.pingback.*;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A project's own exception handling, beside the starter's: a controller with its own
 * {@code @ExceptionHandler}, and a project {@code @RestControllerAdvice} (scoped to that controller, so that
 * the other tests' routes are not affected) that answers one catalog exception its own way.
 */
final class ProjectHandlers {

  private ProjectHandlers() {}

  @RestController
  static class ProjectController {

    @GetMapping("/project/contacts/{id}")
    String contact() {
      throw PingbackErrors.contactNotFound();
    }

    @GetMapping("/project/forbidden")
    String forbidden() {
      throw PingbackErrors.forbidden();
    }

    @GetMapping("/project/conflict")
    String conflict() {
      throw PingbackErrors.contactAlreadyExists();
    }

    /** The controller's own handler, for one exception. */
    @ExceptionHandler(PingbackConflictException.class)
    ResponseEntity<String> conflict(PingbackConflictException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body("{\"handledBy\":\"controller\"}");
    }
  }

  /** The project's advice: answers a not-found its own way. */
  @RestControllerAdvice(assignableTypes = ProjectController.class)
  static class ProjectAdvice {

    @ExceptionHandler(PingbackNotFoundException.class)
    ResponseEntity<String> notFound(PingbackNotFoundException e) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"handledBy\":\"project advice\"}");
    }
  }
}
