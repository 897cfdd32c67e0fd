package dev.errorcatalog.spring.it;

import com.example.pingback.*;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Throws every documented error of the catalogs: {@code GET /errors/{catalog}/{code}}. */
@RestController
class ErrorsController {

  @GetMapping("/errors/{catalog}/{code}")
  String fail(@PathVariable String catalog, @PathVariable String code) {
    throw Entries.exception(Entries.entry(catalog, code));
  }

  /** A factory-made exception, as a service writes it. */
  @GetMapping("/contacts/{id}")
  String contact(@PathVariable String id) {
    throw PingbackErrors.contactNotFound();
  }
}
