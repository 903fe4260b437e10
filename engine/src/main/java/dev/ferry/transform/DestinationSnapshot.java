package dev.ferry.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The destination facts a transform depends on, read from JSON: {@code users} (as Freshsales'
 * {@code /selector/owners} lists them: id, email) and {@code tags} (id, name). A dry run takes them from
 * a file so it needs no network; the sandbox's seed has this shape.
 */
public record DestinationSnapshot(Map<String, String> userIdsByEmail, Set<String> tags) {

  public DestinationSnapshot {
    userIdsByEmail = Map.copyOf(userIdsByEmail);
    tags = Set.copyOf(tags);
  }

  public static DestinationSnapshot read(InputStream json, String name) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("users").isArray()) {
      throw new IOException(name + " has no \"users\" list; give users as Freshsales lists them: [{\"id\", \"email\"}]");
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (JsonNode user : root.path("users")) {
      if (user.hasNonNull("email") && user.hasNonNull("id")) {
        users.put(user.get("email").asText(), user.get("id").asText());
      }
    }
    Set<String> tags = new LinkedHashSet<>();
    for (JsonNode tag : root.path("tags")) {
      tags.add(tag.isTextual() ? tag.asText() : tag.path("name").asText());
    }
    return new DestinationSnapshot(users, tags);
  }

  /** The context for a transform against this destination, with the map's fallback owner. */
  public TransformContext context(IdLookup ids, String fallbackOwner) {
    return new TransformContext(ids, OwnerDirectory.of(userIdsByEmail, fallbackOwner), tags);
  }
}
