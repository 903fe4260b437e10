package dev.ferry.load;

import java.nio.file.Path;

/**
 * A mapping file read into a plain tree: {@code Map<String,Object>} (insertion-ordered), {@code List},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code null}, with its positions.
 *
 * @param displayName the file as the user named it; every diagnostic prints this
 * @param path where the file is, to resolve paths written in the map (the export folder)
 * @param text the file's text, kept for the plan hash and for reports quoting the map
 */
public record LoadedMap(String displayName, Path path, String text, Object tree, NodePositions positions) {}
