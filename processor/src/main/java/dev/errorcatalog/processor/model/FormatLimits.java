package dev.errorcatalog.processor.model;

/**
 * The limits of catalog format v1 (FORMAT.md, "Limits"), beyond which a value is a catalog error at its YAML
 * line instead of a failure of javac, of the file system or of the docs in generated output. Each is far
 * above what any documented API needs.
 */
public final class FormatLimits {

  /**
   * The largest catalog file, in bytes (EC022): refused from its size before it is read (a 5,000-entry catalog is
   * about 2 MB). As every character takes at least one byte, it bounds the characters too.
   */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /**
   * The longest value (or key), in characters (EC039). Every text of a catalog may become a Java string
   * constant, which the class file format limits to 65,535 bytes of modified UTF-8, at most three bytes per
   * character: 16,384 characters stay below that whatever they are.
   */
  public static final int MAX_TEXT = 16 * 1024;

  /**
   * The longest line of a catalog file, in characters (EC039): room for any value of {@link #MAX_TEXT}
   * characters written with escapes. The YAML parser copies its look-ahead window for every kilobyte of a
   * run of text without a space, so a megabyte on one line would cost seconds and hundreds of megabytes.
   */
  public static final int MAX_LINE = 128 * 1024;

  /**
   * The most placeholders of one message template (EC040). Each placeholder of an entry's message is a
   * parameter of its factory method, and Java allows 255 parameter slots (a {@code long} takes two).
   */
  public static final int MAX_PLACEHOLDERS = 50;

  /**
   * The most {@code fields} of one shape (EC040): each is a factory parameter of every entry of the shape,
   * beside the message's placeholders ({@link #MAX_PLACEHOLDERS} and this stay below 255 slots together).
   */
  public static final int MAX_FIELDS = 50;

  /**
   * The longest catalog id and {@code group}, in characters (EC039): they name generated classes, whose
   * files ({@code <Prefix><Group>Exception.java}) must keep within the 255 bytes file systems allow a name.
   */
  public static final int MAX_NAME = 64;

  private FormatLimits() {}
}
