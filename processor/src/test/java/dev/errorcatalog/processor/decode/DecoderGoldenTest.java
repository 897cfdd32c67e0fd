package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.generate.DecoderGenerator;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder and encoder of {@link TestModels#acme()}, compared with
 * {@code src/test/resources/golden/decoder/}. After an intended change, regenerate them with
 * {@code mvn -o -q -pl annotations,processor test -Dtest=DecoderGoldenTest -Dgolden.update=true}, which writes
 * them under {@code target/golden-update/} and fails; review and copy them over.
 */
class DecoderGoldenTest {

  private static final Path GOLDEN = Paths.get("src/test/resources/golden/decoder");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    GeneratedNames names = new GeneratedNames("com.example.acme", "Acme");
    List<JavaFile> files = new ArrayList<>(new DecoderGenerator().generate(TestModels.acme(), names));
    files.addAll(new EncoderGenerator().generate(TestModels.acme(), names));
    Map<Path, String> outputs = new LinkedHashMap<>();
    for (JavaFile file : files) {
      outputs.put(GOLDEN.resolve(file.typeSpec().name() + ".java.txt"), file.toString());
    }
    GoldenFiles.assertAllMatch(outputs);
  }

  @Test
  void generationIsDeterministic() {
    GeneratedNames names = new GeneratedNames("p", "Big");
    String first = new DecoderGenerator().generate(TestModels.big(600), names).get(0).toString();
    String second = new DecoderGenerator().generate(TestModels.big(600), names).get(0).toString();
    assertEquals(first, second);
  }
}
