package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the document, {@code import-openapi} ends in a catalog that checks without errors, or in a refusal in
 * plain words: never an exception, never a starter the writer must repair before {@code check} reads it. The
 * three public documents, changed at random (members removed, values replaced by other parts of the document or by
 * stray values: wrong types, references to nowhere, remote, to the whole document), with a fixed seed.
 */
class OpenApiImportPropertyTest {

  private static final int MUTANTS = 60;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values a careless edit leaves: wrong types, nothing, a reference to nowhere, a remote one, a cycle. */
  private static final List<JsonNode> STRAY = List.of(JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.numberNode(404), JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode(),
      JsonNodeFactory.instance.objectNode().put("$ref", "#/components/nothing"),
      JsonNodeFactory.instance.objectNode().put("$ref", "https://example.invalid/x.yaml"),
      JsonNodeFactory.instance.objectNode().put("$ref", "#"));

  @TempDir Path dir;

  @Test
  void everyMutantImportsToACheckedCatalogOrIsRefused() throws IOException {
    Random random = new Random(39);
    List<String> failures = new ArrayList<>();
    int imported = 0;
    for (String name : List.of("github-rest.yaml", "train-travel.yaml", "stripe.yaml")) {
      JsonNode original = YAML.readTree(OpenApiImportTest.DOCUMENTS.resolve(name).toFile());
      for (int n = 0; n < MUTANTS; n++) {
        JsonNode mutant = original.deepCopy();
        for (int cuts = 1 + random.nextInt(4); cuts > 0; cuts--) {
          mutate(mutant, original, random);
        }
        Path spec = Files.writeString(dir.resolve(n + "-" + name + ".json"), JSON.writeValueAsString(mutant));
        Path out = dir.resolve(n + "-" + name.replaceFirst("\\..*", "") + ".yaml");
        CliRun run = CliRun.of("import-openapi", spec.toString(), out.toString());
        if (!run.err().isEmpty() || run.exit() != 0 && run.exit() != 1) {
          failures.add(spec + ": " + run);
          continue;
        }
        if (run.exit() == 0) {
          imported++;
          CliRun check = CliRun.of("check", out.toString());
          if (check.exit() != 0) {
            failures.add(spec + ": imported, but check says\n" + check.out() + "\n" + Files.readString(out));
          }
          CliRun agree = CliRun.of("check", "--openapi", spec.toString(), out.toString());
          if (agree.exit() != 0 || !agree.err().isEmpty() || !agree.out().endsWith("they agree\n")) {
            failures.add(spec + ": imported, but it does not agree with its document\n" + agree);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(imported > MUTANTS, "most mutants still import: " + imported);
  }

  /** One change at a random place: a member removed, or its value replaced by another node or a stray value. */
  private static void mutate(JsonNode root, JsonNode source, Random random) {
    List<ObjectNode> maps = new ArrayList<>();
    collect(root, maps);
    ObjectNode map = maps.get(random.nextInt(maps.size()));
    List<String> keys = new ArrayList<>();
    map.fieldNames().forEachRemaining(keys::add);
    if (keys.isEmpty()) {
      return;
    }
    String key = keys.get(random.nextInt(keys.size()));
    switch (random.nextInt(4)) {
      case 0 -> map.remove(key);
      case 1 -> {
        List<ObjectNode> others = new ArrayList<>();
        collect(source, others);
        map.set(key, others.get(random.nextInt(others.size())).deepCopy());
      }
      case 2 -> map.set(key, STRAY.get(random.nextInt(STRAY.size())).deepCopy());
      default -> map.set(key + (random.nextBoolean() ? "X" : ""), map.get(key));
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode map) {
      into.add(map);
    }
    node.forEach(child -> collect(child, into));
  }
}
