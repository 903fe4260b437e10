package dev.ferry.transform;

import java.util.Map;
import java.util.TreeMap;

/** How one object's records ended: read = transformed + rejected, always. */
public final class ObjectCounts {

  private final String objectId;
  private long read;
  private long rejected;
  private final Map<String, Long> transformedBy = new TreeMap<>();

  public ObjectCounts(String objectId) {
    this.objectId = objectId;
  }

  public void count(Outcome outcome) {
    read++;
    if (outcome instanceof Outcome.Transformed t) {
      transformedBy.merge(t.destination(), 1L, Long::sum);
    } else {
      rejected++;
    }
  }

  public String objectId() {
    return objectId;
  }

  public long read() {
    return read;
  }

  public long rejected() {
    return rejected;
  }

  public long transformed() {
    return transformedBy.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Transformed records by destination module. */
  public Map<String, Long> transformedBy() {
    return Map.copyOf(transformedBy);
  }

  @Override
  public String toString() {
    StringBuilder by = new StringBuilder();
    transformedBy.forEach((module, n) -> by.append(by.length() == 0 ? "" : ", ").append(n).append(' ').append(module));
    return objectId + ": " + read + " read = " + transformed() + " transformed"
        + (by.length() == 0 ? "" : " (" + by + ")") + " + " + rejected + " rejected";
  }
}
