package dev.errorcatalog.processor.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer for response bodies: starts from well-formed bodies and breaks them the ways
 * networks, proxies and careless servers do (bit flips, truncation, spliced and repeated ranges, JSON tokens
 * in the wrong place, invalid UTF-8, huge numbers, deep nesting) and turns its numbers into costly ones (huge
 * exponents, long digit runs, as numbers or strings). Deterministic for a seed.
 */
final class BodyFuzzer {

  /** Bodies stay below this size so that a run of 100,000 inputs takes a few seconds. */
  private static final int MAX_SIZE = 1 << 13;

  private static final String[] TOKENS = {
      "{", "}", "[", "]", "\"", "\\", ":", ",", "{\"", "\"}", "[[[[[[[[", "]]]]", "{\"a\":{\"a\":{\"a\":",
      "\\u00", "\\ud800", "\\udc00\\ud800", "\\u0000", "1e999999", "-0", "-", "0.", ".5", "1E+",
      "99999999999999999999999999999999999999", "null", "true", "false", "nul", "\"\"", "\u00e9", "\ud83d\ude00",
      "\uFEFF", "<html>", "\r\n", "\t", " ", "/*", "//", "'", "NaN", "Infinity"};

  private static final byte[] BYTES = {'{', '}', '[', ']', '"', '\\', ':', ',', '0', '9', '-', '.', 'e', ' ',
      '\n', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xF0};

  private final Random random;
  private final List<byte[]> seeds = new ArrayList<>();
  private final List<byte[]> dictionary = new ArrayList<>();

  BodyFuzzer(long seed, List<String> seedBodies, List<String> words) {
    this.random = new Random(seed);
    for (String s : seedBodies) {
      seeds.add(s.getBytes(StandardCharsets.UTF_8));
    }
    if (seeds.isEmpty()) {
      seeds.add("{}".getBytes(StandardCharsets.UTF_8));
    }
    for (String t : TOKENS) {
      dictionary.add(t.getBytes(StandardCharsets.UTF_8));
    }
    for (String w : words) {
      dictionary.add(w.getBytes(StandardCharsets.UTF_8));
      dictionary.add(("\"" + w + "\"").getBytes(StandardCharsets.UTF_8));
    }
  }

  Random random() {
    return random;
  }

  /** The next input: a seed with one to four mutations. */
  byte[] next() {
    byte[] body = seeds.get(random.nextInt(seeds.size()));
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      body = mutate(body);
    }
    return body;
  }

  private byte[] mutate(byte[] in) {
    int n = in.length;
    switch (random.nextInt(10)) {
      case 0: { // flip a bit
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 1: { // set a byte to an interesting one
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[random.nextInt(n)] = BYTES[random.nextInt(BYTES.length)];
        return out;
      }
      case 2: // insert a token or a catalog word
        return insert(in, random.nextInt(n + 1), dictionary.get(random.nextInt(dictionary.size())));
      case 3: { // delete a range
        if (n == 0) {
          return in;
        }
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 4)));
        return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, n));
      }
      case 4: { // copy a range elsewhere
        if (n == 0) {
          return in;
        }
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(n - from));
        return insert(in, random.nextInt(n + 1), Arrays.copyOfRange(in, from, to));
      }
      case 5: // truncate
        return n == 0 ? in : Arrays.copyOf(in, random.nextInt(n));
      case 6: { // splice with another seed
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        int cut = random.nextInt(n + 1);
        int otherCut = random.nextInt(other.length + 1);
        return concat(Arrays.copyOf(in, cut), Arrays.copyOfRange(other, otherCut, other.length));
      }
      case 7: { // repeat a short range many times: deep nesting, long strings, many keys
        if (n == 0) {
          return in;
        }
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(8));
        byte[] unit = Arrays.copyOfRange(in, from, to);
        int times = 1 + random.nextInt(Math.max(1, (MAX_SIZE - n) / unit.length));
        byte[] repeated = new byte[unit.length * Math.min(times, 1024)];
        for (int i = 0; i < repeated.length; i += unit.length) {
          System.arraycopy(unit, 0, repeated, i, unit.length);
        }
        return insert(in, to, repeated);
      }
      case 8: // a random byte
        return insert(in, random.nextInt(n + 1), new byte[] {(byte) random.nextInt(256)});
      default:
        return costlyNumber(in);
    }
  }

  /**
   * Replaces a digit run (or, in a body without digits, a random place) with a number whose exponent or
   * length would make arithmetic on it expensive, sometimes quoted: the numbers a retry hint, a code or a
   * constant may carry.
   */
  private byte[] costlyNumber(byte[] in) {
    int n = in.length;
    int from = n == 0 ? 0 : random.nextInt(n);
    while (from < n && (in[from] < '0' || in[from] > '9')) {
      from++;
    }
    if (from == n) {
      from = random.nextInt(n + 1);
    }
    int to = from;
    while (to < n && ((in[to] >= '0' && in[to] <= '9') || in[to] == '.' || in[to] == 'e' || in[to] == 'E'
        || in[to] == '-' || in[to] == '+')) {
      to++;
    }
    StringBuilder number = new StringBuilder();
    if (random.nextInt(4) == 0) {
      number.append('-');
    }
    int mantissa = random.nextBoolean() ? 1 + random.nextInt(3) : 1 + random.nextInt(1000);
    for (int i = 0; i < mantissa; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    if (random.nextBoolean()) {
      number.insert(number.length() - random.nextInt(mantissa), '.');
    }
    if (random.nextInt(4) != 0) {
      number.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "");
      number.append(1 + random.nextInt(9));
      int more = random.nextInt(12);
      for (int i = 0; i < more; i++) {
        number.append((char) ('0' + random.nextInt(10)));
      }
    }
    String text = random.nextInt(3) == 0 ? "\"" + number + "\"" : number.toString();
    byte[] replacement = text.getBytes(StandardCharsets.UTF_8);
    if (n - (to - from) + replacement.length > MAX_SIZE) {
      return in;
    }
    return concat(concat(Arrays.copyOf(in, from), replacement), Arrays.copyOfRange(in, to, n));
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    if (in.length + what.length > MAX_SIZE) {
      return in;
    }
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
