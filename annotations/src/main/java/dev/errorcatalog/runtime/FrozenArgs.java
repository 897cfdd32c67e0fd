package dev.errorcatalog.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The arguments of one decode: an immutable map over two small arrays, in insertion order. The engine builds
 * it once and {@link dev.errorcatalog.DecodedError} keeps it as it is (it copies any other map), so a decode
 * allocates one small map instead of a {@code LinkedHashMap}, its copy and a wrapper. Lookups scan the
 * names: a decode carries a handful of arguments. Behaves as an unmodifiable {@code Map} (equality, hash
 * code and {@code toString} as {@code LinkedHashMap}'s).
 */
public final class FrozenArgs extends AbstractMap<String, String> {

  private final String[] names;
  private final String[] values;
  private int size;

  /** Room for {@code capacity} arguments; filled by {@link #set} and {@link #setIfAbsent} before anyone else sees it. */
  FrozenArgs(int capacity) {
    names = new String[capacity];
    values = new String[capacity];
  }

  /**
   * All of {@code names} (distinct) and their {@code values}, kept as they are: the names of a template,
   * shared by every decode, and the values its match captured, owned by this map from now on. Neither array
   * is ever written to again.
   */
  FrozenArgs(String[] names, String[] values) {
    this.names = names;
    this.values = values;
    this.size = names.length;
  }

  /** While building: sets a value, keeping the first position of a name (as {@code LinkedHashMap.put}). */
  void set(String name, String value) {
    int i = indexOf(name);
    if (i >= 0) {
      values[i] = value;
    } else {
      names[size] = name;
      values[size++] = value;
    }
  }

  /** While building: adds a value unless the name has one (as {@code LinkedHashMap.putIfAbsent}). */
  void setIfAbsent(String name, String value) {
    if (indexOf(name) < 0) {
      names[size] = name;
      values[size++] = value;
    }
  }

  private int indexOf(Object name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public String remove(Object key) {
    throw new UnsupportedOperationException("decoded arguments are read-only");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("decoded arguments are read-only");
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(names[i], values[i]);
          }
        };
      }
    };
  }
}
