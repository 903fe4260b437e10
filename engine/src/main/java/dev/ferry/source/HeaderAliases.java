package dev.ferry.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the header names an export happens to use into canonical snake_case column names: {@code
 * Engagement Score}, {@code engagementScore} and {@code  ENGAGEMENT_SCORE } all become {@code
 * engagement_score}. Aliases, given by the map, rename further: Actimo prints a custom field as {@code data1}
 * through its API and under its label ({@code Employee number}) in the UI, and both become the one column
 * the map names ({@code employee_number}).
 */
public final class HeaderAliases {

  private static final HeaderAliases NONE = new HeaderAliases(Map.of());
  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Normalised alias to canonical name. */
  private final Map<String, String> canonicalByAlias;

  private HeaderAliases(Map<String, String> canonicalByAlias) {
    this.canonicalByAlias = Map.copyOf(canonicalByAlias);
  }

  public static HeaderAliases none() {
    return NONE;
  }

  /** Aliases by canonical name, e.g. {@code employee_number -> [data1, Employee number]}. */
  public static HeaderAliases of(Map<String, List<String>> aliasesByCanonical) {
    HeaderAliases aliases = NONE;
    for (Map.Entry<String, List<String>> entry : aliasesByCanonical.entrySet()) {
      aliases = aliases.with(entry.getKey(), entry.getValue().toArray(String[]::new));
    }
    return aliases;
  }

  /** These aliases and more: each of {@code names} reads as {@code canonical}. */
  public HeaderAliases with(String canonical, String... names) {
    String target = normalise(canonical);
    if (target.isEmpty()) {
      throw new IllegalArgumentException("a canonical column name needs a letter or digit: '" + canonical + "'");
    }
    Map<String, String> more = new LinkedHashMap<>(canonicalByAlias);
    for (String name : names) {
      String alias = normalise(name);
      String earlier = more.putIfAbsent(alias, target);
      if (earlier != null && !earlier.equals(target)) {
        throw new IllegalArgumentException("the header '" + name + "' cannot read as both '" + earlier + "' and '"
            + target + "'");
      }
    }
    return new HeaderAliases(more);
  }

  /** The canonical name for a header as written. */
  public String canonical(String header) {
    String name = normalise(header);
    return canonicalByAlias.getOrDefault(name, name);
  }

  /**
   * Lower snake_case: trimmed (no-break spaces and a stray byte-order mark too), a camel hump split, every
   * run of characters other than letters and digits made one {@code _}, none at either end. Letters such as
   * {@code æøå} stay.
   */
  public static String normalise(String header) {
    String trimmed = header.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
    String split = CAMEL_HUMP.matcher(trimmed).replaceAll("_");
    String words = NOT_A_WORD.matcher(split.toLowerCase(Locale.ROOT)).replaceAll("_");
    int start = 0;
    int end = words.length();
    while (start < end && words.charAt(start) == '_') {
      start++;
    }
    while (end > start && words.charAt(end - 1) == '_') {
      end--;
    }
    return words.substring(start, end);
  }
}
