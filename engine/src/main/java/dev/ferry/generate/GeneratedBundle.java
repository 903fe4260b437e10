package dev.ferry.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What {@link ExportGenerator} wrote: the files, and how many employee rows got each kind of dirt. */
public record GeneratedBundle(Path dir, GeneratorSpec spec, List<GeneratedFile> files, Map<Dirt, Long> dirt,
    long changedEmployees) {

  public GeneratedBundle {
    files = List.copyOf(files);
    dirt = Map.copyOf(dirt);
  }

  public long dirt(Dirt kind) {
    return dirt.getOrDefault(kind, 0L);
  }
}
