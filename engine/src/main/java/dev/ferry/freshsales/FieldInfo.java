package dev.ferry.freshsales;

import java.util.List;

/**
 * One field of a module as the account's field metadata describes it. {@code type} is Freshsales' own name
 * ({@code text}, {@code textarea}, {@code number}, {@code date}, {@code datetime}, {@code dropdown}, ...);
 * {@code custom} fields are the {@code cf_...} ones, written under {@code custom_field}.
 */
public record FieldInfo(String name, String label, String type, boolean required, boolean custom, List<String> choices) {

  public FieldInfo {
    choices = List.copyOf(choices);
  }
}
