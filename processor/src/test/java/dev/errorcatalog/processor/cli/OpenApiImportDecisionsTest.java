package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's decisions on the forms the three public documents do not show: ranges, a {@code default} that is
 * no error, responses written out in place that a decoder could not tell apart (one entry), a text body, a body
 * without a schema; and the agreement check's comparison by the code a document's response names.
 */
class OpenApiImportDecisionsTest {

  @TempDir Path dir;

  @Test
  void rangesDefaultsTextAndResponsesThatCannotBeToldApart() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Shop, version: '2'}
        paths:
          /carts/{id}:
            get:
              responses:
                '200': {description: The cart.}
                '404':
                  description: No such cart.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          message: {type: string, description: What went wrong.}
                      example: {message: No such cart.}
                '5XX': {description: Something broke on our side.}
                default: {description: The cart.}
          /carts/{id}/items:
            post:
              responses:
                '201': {description: Added.}
                '404':
                  description: No such cart, or no such item.
                  content:
                    text/plain:
                      schema: {type: string}
                      example: not found
                '415':
                  description: Unsupported Media Type
                  content:
                    application/json: {}
        """);
    Path out = dir.resolve("shop.yaml");
    CliRun imported = CliRun.of("import-openapi", spec.toString(), out.toString());
    assertEquals(0, imported.exit(), imported::toString);
    String yaml = Files.readString(out);
    assertTrue(imported.out().contains("[left-out] GET /carts/{id} default: its default response does not read as"
        + " an error"), imported.out());
    assertTrue(yaml.contains("""
          - name: SERVER_ERROR
            status: 500
            title: "Something broke on our side"
            shape: empty
            endpoints:
              - "GET /carts/{id}"
        """), yaml);
    assertTrue(yaml.contains("status: \"The OpenAPI document answers it as '5XX', no status: 500 is a guess.\""), yaml);
    // The two 404s are known by their status alone: one entry, the second recorded; every operation has it.
    assertTrue(yaml.contains("""
          - name: NOT_FOUND
            status: 404
            title: "No such cart"
            shape: not-found-body
            examples:
              - '{"message":"No such cart."}'
            duplicates:
              - "Also documented as POST /carts/{id}/items 404 (\\"No such cart, or no such item\\") by POST /carts/{id}/items;\
         one entry, as a decoder tells them apart by status only."
        """), yaml);
    assertTrue(imported.out().contains("[merged] NOT_FOUND: POST /carts/{id}/items 404"), imported.out());
    assertTrue(imported.out().contains("[all-endpoints] NOT_FOUND: every operation"), imported.out());
    assertTrue(yaml.contains("""
          - name: UNSUPPORTED_MEDIA_TYPE
            status: 415
            title: "Unsupported Media Type"
            shape: unsupported-media-type-body
        """), yaml);
    assertTrue(yaml.contains("decided: \"The OpenAPI document shows a body of application/json without a schema.\""),
        yaml);
    assertFalse(yaml.contains("NOT_FOUND_2"), yaml);

    CliRun check = CliRun.of("check", "--strict", "--openapi", spec.toString(), out.toString());
    assertEquals(0, check.exit(), () -> check + "\n" + yaml);
    assertTrue(check.out().endsWith("they agree\n"), check.out());
  }

  @Test
  void aResponseThatNamesItsCodeNeedsTheEntryWithThatCode() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: Orders, version: '1'}
        paths:
          /orders/{id}:
            get:
              responses:
                '200': {description: The order.}
                '410': {description: The order was archived., x-errorcatalog-code: ORDER_ARCHIVED}
        """);
    Path catalog = Files.writeString(dir.resolve("orders.yaml"), """
        catalog: orders
        title: Orders
        shapes:
          orders-error:
            code: /code
        entries:
          - code: ORDER_DELETED
            status: 410
            title: Order deleted
            shape: orders-error
        """);
    CliRun run = CliRun.of("check", "--openapi", spec.toString(), catalog.toString());
    assertTrue(run.out().contains("warning[EC062 response-not-in-catalog]: GET /orders/{id} documents a 410 response"
        + " (The order was archived.) that the catalog lacks: the document names it ORDER_ARCHIVED, and no entry at"
        + " that status has that code or name."), run.out());
    Files.writeString(catalog, Files.readString(catalog).replace("ORDER_DELETED", "ORDER_ARCHIVED"));
    assertTrue(CliRun.of("check", "--openapi", spec.toString(), catalog.toString()).out().endsWith("they agree\n"));
  }
}
