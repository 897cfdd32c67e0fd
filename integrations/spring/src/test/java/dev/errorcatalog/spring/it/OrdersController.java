package dev.errorcatalog.spring.it;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The routes whose failures are the framework's own (validation, method, media types, uncaught exceptions),
 * the secured ones, and a flaky one for the retries. No servlet or reactive types: MVC and WebFlux serve it alike.
 */
@RestController
class OrdersController {

  record OrderRequest(@NotBlank String item, @Email String email) {}

  private final EmailChecks checks;
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  OrdersController(EmailChecks checks) {
    this.checks = checks;
  }

  @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
  String create(@Valid @RequestBody OrderRequest order) {
    return "created " + order.item();
  }

  @GetMapping(path = "/orders", produces = MediaType.APPLICATION_JSON_VALUE)
  String list(@RequestParam(defaultValue = "1") @Min(1) int page) {
    return "[]";
  }

  /**
   * One order, none of which exists. Its 404 is declared here as well as in the catalog (ORDER_NOT_FOUND's
   * endpoints): the service's OpenAPI document keeps this description and adds the catalog's example (OpenApiTest).
   */
  @GetMapping("/orders/{orderId}")
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "No order has this id.")
  String order(@PathVariable long orderId) {
    throw com.example.orders.AcmeOrdersErrors.orderNotFound(orderId);
  }

  /** Bean Validation on a @Validated service: a ConstraintViolationException. */
  @GetMapping("/subscriptions")
  String subscribe(@RequestParam String email) {
    return checks.check(email);
  }

  @GetMapping("/boom")
  String boom() {
    throw new IllegalStateException("the order book is corrupt");
  }

  @GetMapping("/teapot")
  String teapot() {
    throw new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT, "Spring's own");
  }

  /** A response no catalog documents, with a body of its own. */
  @GetMapping("/teapot/answer")
  org.springframework.http.ResponseEntity<String> teapotAnswer() {
    return org.springframework.http.ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT)
        .contentType(MediaType.TEXT_PLAIN).body("short and stout");
  }

  @GetMapping("/secure/me")
  String me() {
    return "user";
  }

  @GetMapping("/admin/stats")
  String stats() {
    return "stats";
  }

  /**
   * Fails the first {@code failures} calls for a key with the entry {@code code} of acme-orders (waiting
   * {@code wait} seconds when it is throttled), then answers 200 with the number of calls.
   */
  @RequestMapping(path = "/flaky/{key}")
  String flaky(@PathVariable String key, @RequestParam int failures, @RequestParam String code,
      @RequestParam(defaultValue = "2") long wait) {
    int call = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    if (call <= failures) {
      var entry = Entries.entry("acme-orders", code);
      throw Entries.exception(entry, Entries.args(entry),
          entry.retryClass() == dev.errorcatalog.RetryClass.THROTTLED ? Duration.ofSeconds(wait) : null);
    }
    return "ok after " + call;
  }

  /** How often {@link #flaky} was called for a key. */
  int calls(String key) {
    AtomicInteger count = calls.get(key);
    return count == null ? 0 : count.get();
  }

  /** A @Validated bean: method validation throws ConstraintViolationException. */
  @Validated
  @org.springframework.stereotype.Service
  public static class EmailChecks {
    public String check(@Email String email) {
      return "ok " + email;
    }
  }
}
