package com.example.orders;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Prints what the module path makes of the generated code, a line per check, for ModularAppTest. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.out.println("module " + Main.class.getModule().getName());
    System.out.println("catalogs " + ErrorCatalogs.ids());
    print(new PingbackDecoder().decode(404, Map.of(),
        "{\"message\": \"Contact not found.\", \"requestId\": 7}"
            .getBytes(StandardCharsets.UTF_8)));
    print(new TransformifyDecoder().decode(400, Map.of("Retry-After", List.of("30")),
        "{ \"message\" : \"Maximum 31337 recipients allowed per request\", \"error\" : \"Bad Request\" }"
            .getBytes(StandardCharsets.UTF_8)));
    print(ErrorCatalogs.catalog("pingback").decoder().decode(503, Map.of(), new byte[0]));
    System.out.println("exception " + PingbackErrors.contactNotFound().getClass().getSimpleName());
  }

  private static void print(DecodedError<?> decoded) {
    System.out.println("decoded " + decoded.status() + " " + decoded.entry().map(Object::toString).orElse("-") + " "
        + decoded.matchKind() + " " + decoded.args() + " " + decoded.retryAfter().map(Object::toString).orElse("-"));
  }
}
