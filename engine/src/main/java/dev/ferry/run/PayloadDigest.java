package dev.ferry.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What identifies a payload: SHA-256 over the destination module and the body with object keys sorted, so
 * the same record transformed twice has the same digest however its fields were ordered. 128 bits kept.
 */
public final class PayloadDigest {

  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private PayloadDigest() {}

  public static String of(String module, JsonNode body) {
    try {
      Object tree = CANONICAL.convertValue(body, Object.class);
      byte[] text = CANONICAL.writeValueAsBytes(Map.of("module", module, "body", tree));
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a payload that came from JSON encodes as JSON", e);
    }
  }
}
