package dev.errorcatalog.runtime;

import java.util.List;

/** The statuses of an entry's row, held as its first status and an array of the further ones (mostly empty). */
final class EntryStatuses {

  private EntryStatuses() {}

  /** Every status, {@code status} first. */
  static List<Integer> all(int status, int[] alsoAt) {
    if (alsoAt.length == 0) {
      return List.of(status);
    }
    Integer[] all = new Integer[alsoAt.length + 1];
    all[0] = status;
    for (int i = 0; i < alsoAt.length; i++) {
      all[i + 1] = alsoAt[i];
    }
    return List.of(all);
  }

  /** True when every status is in 100 to 399. */
  static boolean allSuccess(int status, int[] alsoAt) {
    if (!success(status)) {
      return false;
    }
    for (int s : alsoAt) {
      if (!success(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean success(int status) {
    return status >= 100 && status < 400;
  }
}
