package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of the varied fixture catalog, compared byte for byte with the files under
 * {@code src/test/resources/golden/acme/}. After an intended change, regenerate them with
 * {@code mvn -o -q -pl processor test -Dtest=GoldenFilesTest -Dgolden.update=true}, which writes
 * them under {@code target/golden-update/} and fails; review and copy them over.
 */
class GoldenFilesTest {

  static final GeneratedNames NAMES = new GeneratedNames("com.example.acme", "AcmeOrders");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/acme");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    List<JavaFile> files = new ArrayList<>();
    for (SourceGenerator generator : List.of(new ErrorEnumGenerator(), new ExceptionGenerator(),
        new FactoryGenerator(), new CatalogClassGenerator())) {
      files.addAll(generator.generate(CatalogFixtures.acme(), NAMES));
    }
    TreeSet<String> expectedNames = new TreeSet<>();
    Map<Path, String> outputs = new LinkedHashMap<>();
    for (JavaFile file : files) {
      String name = file.typeSpec().name() + ".java.txt";
      expectedNames.add(name);
      outputs.put(GOLDEN.resolve(name), file.toString());
    }
    GoldenFiles.assertAllMatch(outputs);
    try (Stream<Path> present = Files.list(GOLDEN)) {
      assertEquals(expectedNames, new TreeSet<>(present.map(p -> p.getFileName().toString()).toList()),
          "golden files without a generated file (or the reverse)");
    }
  }

  @Test
  void twoGenerationsAreByteIdentical() {
    GeneratedNames names = NAMES;
    List<String> first = GeneratedCode.generate(CatalogFixtures.acme(), names).stream().map(JavaFile::toString).toList();
    List<String> second = GeneratedCode.generate(CatalogFixtures.acme(), names).stream().map(JavaFile::toString).toList();
    assertEquals(first, second);
  }
}
