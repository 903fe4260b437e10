package dev.ferry.validate;

import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.SourceColumns;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A field's default can be read as the field's type: {@code default: soon} on a date field fails here,
 * not on the first record that needs it. Beside a value map the default is a destination value, like
 * the map's values, and is not read.
 */
final class DefaultRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    ZoneId zone;
    try {
      zone = ZoneId.of(facts.map().source().timezone());
    } catch (DateTimeException e) {
      return;
    }
    Coercer coercer = new Coercer(zone, facts.map().source().dateOrder());
    for (ObjectSpec object : facts.map().objects()) {
      for (FieldSpec field : object.fields()) {
        if (field.defaultValue() == null || !field.values().isEmpty()) {
          continue;
        }
        ValueType type = SourceColumns.typeOf(field, facts.columns(object));
        String separator = field.separator() == null ? Coercer.DEFAULT_LIST_SEPARATOR : field.separator();
        Coerced coerced = coercer.coerce(String.valueOf(field.defaultValue()), type, separator);
        if (!(coerced instanceof Coerced.Value)) {
          String why = coerced instanceof Coerced.Invalid invalid ? invalid.message() : "it is blank";
          diagnostics.error("field-default-invalid", field.location(),
              "the default of field '" + field.to() + "' cannot be a " + type.name().toLowerCase(Locale.ROOT)
                  + ": " + why);
        }
      }
    }
  }
}
