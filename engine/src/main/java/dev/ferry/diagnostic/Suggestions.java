package dev.ferry.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the candidates closest to a misspelt name, within a small edit distance. Every stage
 * that names something unknown (keys, columns, objects, functions) suggests through this one class.
 */
public final class Suggestions {

  private Suggestions() {}

  /** Up to {@code limit} candidates within two edits (ignoring case), nearest first. */
  public static List<String> closest(String name, Collection<String> candidates, int limit) {
    String lower = name.toLowerCase(Locale.ROOT);
    int within = Math.min(2, Math.max(1, name.length() / 3));
    return candidates.stream()
        .filter(c -> !c.equals(name))
        .map(c -> new Scored(c, distance(lower, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= within)
        .sorted(Comparator.comparingInt((Scored s) -> s.distance).thenComparing(s -> s.candidate))
        .limit(limit)
        .map(s -> s.candidate)
        .toList();
  }

  /** The single closest candidate, if one is close enough. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    return closest(name, candidates, 1).stream().findFirst();
  }

  /** " (did you mean 'x'?)", or nothing. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  private record Scored(String candidate, int distance) {}

  /** Optimal string alignment distance: Levenshtein plus adjacent swaps, the commonest typo. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
