package dev.errorcatalog.spring.it;

import com.example.pingback.*;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Throws every documented error of the catalogs: {@code GET /errors/{catalog}/{name}} (the entry's name). */
@RestController
class ErrorsController {

  @GetMapping("/errors/{catalog}/{name}")
  String fail(@PathVariable String catalog, @PathVariable String name) {
    throw Entries.exception(Entries.entry(catalog, name));
  }

  /** A factory-made exception, as a service writes it. */
  @GetMapping("/contacts/{id}")
  String contact(@PathVariable String id) {
    throw PingbackErrors.contactNotFound();
  }
}
