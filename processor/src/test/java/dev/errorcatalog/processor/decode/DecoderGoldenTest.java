package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.generate.DecoderGenerator;
import dev.errorcatalog.processor.generate.EncoderGenerator;
import dev.errorcatalog.processor.names.GeneratedNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder and encoder of {@link TestModels#acme()}, compared with
 * {@code src/test/resources/golden/decoder/}. After an intended change, regenerate them with
 * {@code mvn -o -q -pl annotations,processor test -Dtest=DecoderGoldenTest -Dgolden.update=true} and review the diff.
 */
class DecoderGoldenTest {

  private static final Path GOLDEN = Paths.get("src/test/resources/golden/decoder");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    GeneratedNames names = new GeneratedNames("com.example.acme", "Acme");
    List<JavaFile> files = new ArrayList<>(new DecoderGenerator().generate(TestModels.acme(), names));
    files.addAll(new EncoderGenerator().generate(TestModels.acme(), names));
    boolean update = Boolean.getBoolean("golden.update");
    for (JavaFile file : files) {
      Path golden = GOLDEN.resolve(file.typeSpec().name() + ".java.txt");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, file.toString(), StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), file.toString(), golden.toString());
    }
  }

  @Test
  void generationIsDeterministic() {
    GeneratedNames names = new GeneratedNames("p", "Big");
    String first = new DecoderGenerator().generate(TestModels.big(600), names).get(0).toString();
    String second = new DecoderGenerator().generate(TestModels.big(600), names).get(0).toString();
    assertEquals(first, second);
  }
}
