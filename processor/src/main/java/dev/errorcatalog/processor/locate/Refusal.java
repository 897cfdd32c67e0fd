package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a catalog file was not read, in plain words: what is wrong with it and how to fix that. The stages turn
 * it into a diagnostic (a missing file is EC015, anything else EC022 at the file's first line).
 *
 * @param file the file as diagnostics show it: the path as given, or {@code jar:file:...!/entry}
 * @param reason what is wrong, as the rest of a sentence whose subject is the file: {@code is a named pipe
 *     (FIFO), not a file}
 * @param fix how to fix it, one sentence
 */
public record Refusal(String file, Kind kind, String reason, String fix) {

  /** What kind of refusal: only a missing file is reported differently (EC015). */
  public enum Kind {
    /** Nothing there, or it went away while it was read. */
    MISSING,
    /**
     * Something other than what is read or written there: a folder, a pipe, a device, a socket or a link to
     * nothing where a file is read; a file or a device where the docs folder goes.
     */
    WRONG_KIND,
    /** There, but the system will not let it be read (or listed, for a folder). */
    NOT_READABLE,
    /** More bytes than a catalog may have. */
    TOO_LARGE
  }

  /** {@code f.yaml is a named pipe (FIFO), not a file}: the file's own name and why, for a message at the file. */
  public String problem() {
    return name() + " " + reason;
  }

  /** {@code /catalogs/f.yaml is a named pipe (FIFO), not a file}: the whole name and why, for a message elsewhere. */
  public String message() {
    return file + " " + reason;
  }

  /** The last part of the file's name: {@code acme.yaml} of {@code /a/acme.yaml} and of {@code jar:...!/errorcatalog/acme.yaml}. */
  private String name() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 || slash == file.length() - 1 ? file : file.substring(slash + 1);
  }

  static Refusal missing(String file) {
    return new Refusal(file, Kind.MISSING, "does not exist", "Check the path.");
  }

  /** A link whose target is not there. */
  static Refusal brokenLink(String file, String target) {
    return new Refusal(file, Kind.WRONG_KIND, "is a link to " + target + ", which does not exist",
        "Point the link at the catalog file, or remove it.");
  }

  /**
   * Something that is not a regular file where a catalog is read: {@code is a device, not a file}, or through a
   * link {@code is a link to /dev/zero, which is a device, not a file}.
   *
   * @param linkTarget where the link points as written, or {@code null} when the path is no link
   */
  static Refusal notAFile(String file, FileKind kind, String linkTarget) {
    return new Refusal(file, Kind.WRONG_KIND, is(kind, "file", linkTarget), kind == FileKind.FOLDER
        ? "Name the YAML file, not a folder."
        : "A catalog is read from a regular file: name the YAML file itself, or move this out of the folder of"
            + " catalogs.");
  }

  /** Something that is not a folder where one is written into: {@code is a device, not a folder}. */
  static Refusal notAFolder(String dir, FileKind kind, String linkTarget) {
    return new Refusal(dir, Kind.WRONG_KIND, is(kind, "folder", linkTarget), "Name a folder (it is created when missing).");
  }

  private static String is(FileKind kind, String wanted, String linkTarget) {
    String what = kind.noun() + ", not a " + wanted;
    return linkTarget == null ? "is " + what : "is a link to " + linkTarget + ", which is " + what;
  }

  /** A file whose size, read from its attributes, is over the limit. */
  static Refusal tooLarge(String file, long size, int maxBytes) {
    return new Refusal(file, Kind.TOO_LARGE, String.format(Locale.ROOT,
        "has %,d bytes, more than the %,d a catalog may have", size, maxBytes), "Split it into several catalogs.");
  }

  /** A stream that went on past the limit (a file that grew, a jar entry whose stated size was wrong). */
  static Refusal tooLarge(String file, int maxBytes) {
    return new Refusal(file, Kind.TOO_LARGE, String.format(Locale.ROOT,
        "has more than the %,d bytes a catalog may have", maxBytes), "Split it into several catalogs.");
  }

  /**
   * A failure to read what looked like a regular file: gone since it was looked at, not permitted, or an error
   * of the system, said in its words.
   */
  static Refusal failed(String file, IOException e) {
    if (e instanceof RefusedException refused) {
      return refused.refusal();
    }
    if (e instanceof NoSuchFileException) {
      return new Refusal(file, Kind.MISSING, "no longer exists", "Check the path, and run again once it is back.");
    }
    if (e instanceof AccessDeniedException) {
      return notPermitted(file, "read", "read");
    }
    String why = e instanceof FileSystemException f && f.getReason() != null ? IoReasons.lowerFirst(f.getReason())
        : IoReasons.of(e);
    return new Refusal(file, Kind.NOT_READABLE, "cannot be read: " + why, "Check the disk and the path, then run again.");
  }

  /** A folder whose entries could not be listed. */
  static Refusal unlisted(String folder, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Refusal(folder, Kind.MISSING, "no longer exists", "Check the path, and run again once it is back.");
    }
    if (e instanceof AccessDeniedException) {
      return notPermitted(folder, "listed", "list");
    }
    return new Refusal(folder, Kind.NOT_READABLE, "cannot be listed: " + IoReasons.of(e),
        "Check the disk and the path, then run again.");
  }

  private static Refusal notPermitted(String file, String done, String verb) {
    return new Refusal(file, Kind.NOT_READABLE, "cannot be " + done + ": permission denied",
        "Give the user who runs the check or the build permission to " + verb + " it.");
  }
}
