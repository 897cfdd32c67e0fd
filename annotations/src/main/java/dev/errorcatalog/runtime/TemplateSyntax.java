package dev.errorcatalog.runtime;

import static dev.errorcatalog.runtime.Template.FURTHER_TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of the template syntax ({@link Template}'s): literal text, placeholders, stray braces and the
 * further-text marker, for {@link Template#scan} (the processor's checks and {@link Template#compile}) and
 * {@link Template#literals} (the decoder's index, without compiling).
 */
final class TemplateSyntax {

  private TemplateSyntax() {}

  /** {@link Template#scan}. */
  static List<Template.Token> scan(String source) {
    List<Template.Token> tokens = new ArrayList<>();
    read(source, new Reading() {
      @Override
      public void text(CharSequence literal) {
        tokens.add(new Template.Token.Text(literal.toString()));
      }

      @Override
      public void placeholder(int open, int close) {
        tokens.add(new Template.Token.Placeholder(source.substring(open + 1, close), open));
      }

      @Override
      public void strayBrace(char brace, int offset) {
        tokens.add(new Template.Token.StrayBrace(brace, offset));
      }

      @Override
      public void furtherText(int offset) {
        tokens.add(new Template.Token.FurtherText(offset));
      }
    });
    return tokens;
  }

  /** What {@link #read} finds, in order: each run of literal text (unescaped) and each placeholder. */
  private interface Reading {
    void text(CharSequence literal);

    /** A placeholder from its opening brace to its closing one (indexes into the source). */
    void placeholder(int open, int close);

    void strayBrace(char brace, int offset);

    /** The marker {@link Template#FURTHER_TEXT} at index (the whitespace before it already dropped from the text). */
    void furtherText(int offset);
  }

  /** The syntax, read once for {@link #scan} and {@link #literals}. */
  private static void read(String source, Reading reading) {
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      // Plain text up to the next brace in one copy: the decoder reads a status's templates when a
      // decode first needs them, in a fresh JVM mostly interpreted, where a call per character counts.
      int brace = nextBrace(source, i);
      if (brace > i) {
        literal.append(source, i, brace);
        i = brace;
        continue;
      }
      char c = source.charAt(i);
      if (i + 1 < source.length() && source.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
        continue;
      }
      // A '{' opens a placeholder when a '}' follows before the next '{'; a lone '}' closes nothing.
      int close = c == '{' ? source.indexOf('}', i + 1) : -1;
      boolean stray = close < 0 || source.lastIndexOf('{', close) != i;
      boolean further = !stray && close - i == FURTHER_TEXT.length() - 1 && source.startsWith(FURTHER_TEXT, i);
      if (further) {
        int keep = literal.length();
        while (keep > 0 && Character.isWhitespace(literal.charAt(keep - 1))) {
          keep--;
        }
        literal.setLength(keep);
      }
      if (literal.length() > 0) {
        reading.text(literal);
        literal.setLength(0);
      }
      if (stray) {
        reading.strayBrace(c, i);
        i++;
      } else {
        if (further) {
          reading.furtherText(i);
        } else {
          reading.placeholder(i, close);
        }
        i = close + 1;
      }
    }
    if (literal.length() > 0) {
      reading.text(literal);
    }
  }

  /** The {@link Template.Literals} of a template the processor has validated; a stray brace throws as compile does. */
  static Template.Literals literals(String source) {
    final class Lengths implements Reading {
      String lead;
      String last = "";
      int length;
      boolean further;

      @Override
      public void text(CharSequence literal) {
        last = literal.toString();
        length += literal.length();
      }

      @Override
      public void placeholder(int open, int close) {
        if (lead == null) {
          lead = last;
        }
        last = "";
      }

      @Override
      public void strayBrace(char brace, int offset) {
        throw strayBraceIn(source, brace, offset);
      }

      @Override
      public void furtherText(int offset) {
        if (offset + FURTHER_TEXT.length() != source.length()) {
          throw furtherTextInside(source, offset);
        }
        further = true;
      }
    }
    Lengths l = new Lengths();
    read(source, l);
    if (l.lead == null) {
      return new Template.Literals(l.last, "", l.length, l.further);
    }
    return new Template.Literals(l.lead, l.further ? "" : l.last, l.length, l.further);
  }

  static IllegalArgumentException furtherTextInside(String source, int offset) {
    return new IllegalArgumentException("'" + FURTHER_TEXT + "' at character " + (offset + 1)
        + " does not end the template: " + source);
  }

  static IllegalArgumentException strayBraceIn(String source, char brace, int offset) {
    return new IllegalArgumentException("a '" + brace + "' at character " + (offset + 1)
        + " that is not part of a placeholder, in template: " + source);
  }

  /** The index of the first brace at or after {@code from}, or the length of the source. */
  private static int nextBrace(String source, int from) {
    int open = source.indexOf('{', from);
    int close = source.indexOf('}', from);
    int brace = open < 0 ? close : close < 0 ? open : Math.min(open, close);
    return brace < 0 ? source.length() : brace;
  }
}
