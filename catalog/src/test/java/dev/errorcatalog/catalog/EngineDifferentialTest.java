package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.testing.BodyFuzzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine's answers, recorded: what the generated decoders and encoders of the shipped catalogs and of the
 * benchmark catalogs make of every example, of every entry's encoded body, and of a seeded fuzz corpus (the
 * fuzz test's mutations of those bodies, with and without {@code Retry-After}, {@code Content-Type} and
 * {@code Content-Encoding} headers), compared with {@code src/test/resources/engine-answers.txt}.
 *
 * <p>A decode is recorded as its entry, match kind, arguments, message and retry hint (measured against a
 * fixed clock); an encoding as the body text. Reshaping the engine or the generated code must leave every
 * answer as it was: a failure here is a change of behaviour. Small collections are recorded line by line, so
 * that a failure names the input; large ones (bench-5000, the fuzz corpus) as a SHA-256 per block of
 * answers. {@code -Dengine.dump=DIR} writes every answer line to {@code DIR} (run it on two commits and diff
 * the directories to see which inputs changed); {@code -Dengine.record=true} rewrites the recorded file, for
 * a change of behaviour an issue asks for.
 */
class EngineDifferentialTest {

  static final String FILE = "src/test/resources/engine-answers.txt";

  /** Fuzzed inputs per catalog: enough to reach every branch the fuzz test reaches, in a few seconds. */
  static final int FUZZ_INPUTS = 20_000;

  /** Answers per SHA-256 in a hashed block. */
  static final int BLOCK = 1_000;

  /** Catalogs whose examples and encodings are recorded line by line; the others are hashed. */
  static final int LINE_BY_LINE_UP_TO = 200;

  /** A fixed clock for HTTP-date {@code Retry-After} headers: 2015-10-21T07:00:00Z. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2015-10-21T07:00:00Z"), ZoneOffset.UTC);

  private static final String[] RETRY_AFTERS = {"5", " 120 ", "-1", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT",
      "Fri, 31 Dec 9999 23:59:59 GMT", "soon", "", "99999999999999999999999", "1e3", "3600"};

  private static final String[] CONTENT_TYPES = {"application/json", "text/plain; charset=ISO-8859-1",
      "text/plain; charset=UTF-16", "text/html; charset=nope"};

  private static final String[] CONTENT_ENCODINGS = {"gzip", "deflate", "identity", "br"};

  @Test
  void everyAnswerIsAsRecorded() throws IOException {
    List<String> actual = answers();
    Path recorded = SeedFacts.moduleDirectory().resolve(FILE);
    if (Boolean.getBoolean("engine.record")) {
      Files.writeString(recorded, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(recorded, StandardCharsets.UTF_8);
    List<String> differences = new ArrayList<>();
    int max = Math.max(expected.size(), actual.size());
    for (int i = 0; i < max; i++) {
      String e = i < expected.size() ? expected.get(i) : "(nothing)";
      String a = i < actual.size() ? actual.get(i) : "(nothing)";
      if (!e.equals(a)) {
        differences.add("line " + (i + 1) + "\n  recorded: " + e + "\n  now:      " + a);
      }
    }
    if (!differences.isEmpty()) {
      fail(differences.size() + " answers differ from " + FILE + " (run with -Dengine.dump=DIR on this and on the"
          + " previous commit and diff the two to see the inputs):\n"
          + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
    }
    assertTrue(actual.size() > 300, "answers: " + actual.size());
  }

  /** The catalogs and where their YAML is, in a fixed order. */
  static Map<String, Path> catalogs() {
    Map<String, Path> out = new LinkedHashMap<>();
    Path shipped = SeedFacts.moduleDirectory().resolve("src/main/resources");
    for (String id : ShippedCatalog.IDS) {
      out.put(id, shipped);
    }
    Path bench = SeedFacts.moduleDirectory().resolve("../benchmarks/src/main/resources");
    out.put("bench-10", bench);
    out.put("bench-5000", bench);
    return out;
  }

  static List<String> answers() throws IOException {
    Path dump = System.getProperty("engine.dump") == null ? null : Path.of(System.getProperty("engine.dump"));
    List<String> out = new ArrayList<>();
    out.add("# The engine's answers (EngineDifferentialTest); -Dengine.record=true rewrites this file.");
    out.add("# input -> entry by match kind, args, message, retry hint (ms); encoded bodies as text.");
    for (Map.Entry<String, Path> c : catalogs().entrySet()) {
      String id = c.getKey();
      CatalogModel model = load(c.getValue().resolve("errorcatalog/" + id + ".yaml"));
      CompiledCatalog compiled = CompiledCatalog.of(id, c.getValue());
      Run run = new Run(id, compiled, decoder(compiled));
      List<String> documented = run.documented(model);
      List<String> fuzzed = run.fuzzed(model);
      if (dump != null) {
        Files.createDirectories(dump);
        Files.write(dump.resolve(id + ".documented.txt"), documented, StandardCharsets.UTF_8);
        Files.write(dump.resolve(id + ".fuzzed.txt"), fuzzed, StandardCharsets.UTF_8);
      }
      out.add("## " + id);
      if (model.entries().size() <= LINE_BY_LINE_UP_TO) {
        out.addAll(documented);
      } else {
        out.addAll(blocks(id + " documented", documented));
      }
      out.addAll(blocks(id + " fuzzed", fuzzed));
    }
    return out;
  }

  /** The generated decoder measuring HTTP dates against {@link #CLOCK}. */
  @SuppressWarnings("unchecked")
  private static ErrorDecoder<CatalogError> decoder(CompiledCatalog compiled) {
    try {
      return (ErrorDecoder<CatalogError>) compiled.load(compiled.prefix() + "Decoder")
          .getConstructor(Clock.class).newInstance(CLOCK);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static CatalogModel load(Path file) throws IOException {
    LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
    return result.catalog().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics()));
  }

  /** One catalog's inputs and answers. */
  private record Run(String id, CompiledCatalog compiled, ErrorDecoder<CatalogError> decoder) {

    Catalog<?> catalog() {
      return compiled.catalog();
    }

    CatalogError entry(Entry e) {
      return catalog().byName(e.constantName())
          .orElseThrow(() -> new AssertionError(id + ": no " + e.constantName()));
    }

    /** Every example at its entry's status, and every entry's body encoded with and without arguments. */
    List<String> documented(CatalogModel model) {
      List<String> out = new ArrayList<>();
      for (Entry e : model.entries()) {
        int n = 0;
        for (Example example : e.examples()) {
          out.add("example " + label(e) + "#" + n++ + " -> "
              + answer(decoder.decode(e.status(), Map.of(), bytes(example.body()))));
        }
        CatalogError entry = entry(e);
        for (boolean withArgs : new boolean[] {false, true}) {
          Map<String, Object> args = withArgs ? sampleArgs(e) : Map.of();
          Duration retryAfter = withArgs ? Duration.ofSeconds(42) : null;
          String body = compiled.encode(entry, args, retryAfter);
          out.add("encoded " + label(e) + (withArgs ? " with args " : " bare ") + quote(body) + " -> "
              + answer(decoder.decode(e.status(), Map.of(), bytes(body))));
        }
      }
      return out;
    }

    /** The fuzz corpus: mutations of the examples and encodings, at the documented and other statuses. */
    List<String> fuzzed(CatalogModel model) {
      List<String> seeds = new ArrayList<>();
      TreeSet<String> words = new TreeSet<>();
      List<Integer> statuses = new ArrayList<>(List.of(0, 200, 418, 599, 999, -1));
      for (Entry e : model.entries()) {
        e.examples().stream().map(Example::body).forEach(seeds::add);
        seeds.add(compiled.encode(entry(e), sampleArgs(e), Duration.ofSeconds(3)));
        words.add(label(e));
        statuses.add(e.status());
      }
      for (Shape s : model.shapes()) {
        for (String pointer : s.pointers()) {
          for (String token : pointer.split("/")) {
            words.add(token);
          }
        }
      }
      BodyFuzzer fuzzer = new BodyFuzzer(id.hashCode(), seeds, List.copyOf(words));
      Random random = fuzzer.random();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < FUZZ_INPUTS; i++) {
        byte[] body = fuzzer.next();
        int status = statuses.get(random.nextInt(statuses.size()));
        Map<String, List<String>> headers = new TreeMap<>();
        if (random.nextInt(6) == 0) {
          headers.put("Retry-After", List.of(RETRY_AFTERS[random.nextInt(RETRY_AFTERS.length)]));
        }
        if (random.nextInt(8) == 0) {
          headers.put("Content-Type", List.of(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]));
        }
        if (random.nextInt(16) == 0) {
          headers.put("Content-Encoding", List.of(CONTENT_ENCODINGS[random.nextInt(CONTENT_ENCODINGS.length)]));
        }
        out.add(i + " " + status + " " + headers + " " + HexFormat.of().formatHex(sha256(body), 0, 8) + " -> "
            + answer(decoder.decode(status, headers, body)));
      }
      return out;
    }
  }

  /** Arguments for every placeholder and field, of the placeholder's type. */
  static Map<String, Object> sampleArgs(Entry e) {
    Map<String, Object> args = new LinkedHashMap<>();
    int n = 0;
    for (MessageTemplate.Placeholder p : e.arguments()) {
      n++;
      args.put(p.name(), switch (p.type()) {
        case INT -> 40L + n;
        case NUMBER -> new java.math.BigDecimal("2." + n);
        case BOOL -> n % 2 == 0;
        case STRING -> "value " + n + " of " + p.name();
      });
    }
    return args;
  }

  static String answer(DecodedError<?> d) {
    return d.entry().map(c -> c.code().isEmpty() ? c.name() : c.code()).orElse("-") + " by " + d.matchKind()
        + " args " + args(d.args())
        + " message " + d.message().map(EngineDifferentialTest::quote).orElse("-")
        + " retry " + d.retryAfter().map(r -> Long.toString(r.toMillis())).orElse("-");
  }

  /** {@code {name="value", ...}} in name order, every name and value quoted. */
  static String args(Map<String, String> args) {
    StringBuilder out = new StringBuilder("{");
    new TreeMap<>(args).forEach((name, value) ->
        out.append(out.length() == 1 ? "" : ", ").append(quote(name)).append('=').append(quote(value)));
    return out.append('}').toString();
  }

  /** The answers in blocks of {@link #BLOCK}, each as one line with its SHA-256. */
  static List<String> blocks(String label, List<String> answers) {
    List<String> out = new ArrayList<>();
    for (int from = 0; from < answers.size(); from += BLOCK) {
      int to = Math.min(answers.size(), from + BLOCK);
      String text = String.join("\n", answers.subList(from, to));
      out.add(label + " " + from + ".." + (to - 1) + " sha256 " + HexFormat.of().formatHex(sha256(bytes(text))));
    }
    return out;
  }

  /** Text on one line: backslashes, quotes and every character below U+0020 or above U+007E escaped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The code the API sends; the name of an entry it sends no code for. */
  private static String label(Entry e) {
    return e.hasCode() ? e.code() : e.constantName();
  }
}
