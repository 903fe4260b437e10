package dev.ferry.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.mapping.ReferenceSpec;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.RecordStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes each reference a map names into the run's output folder: a JSON list of automations becomes
 * a rebuild guide in Markdown, anything else (survey answers) is copied byte for byte. The files hold
 * personal data, so they are readable by their owner only where the file system allows it.
 */
public final class ReferenceExporter {

  private ReferenceExporter() {}

  /**
   * @throws ReferenceException naming the reference and the file when one cannot be read or written;
   *     references written before it stay written
   */
  public static List<ExportedReference> export(List<ReferenceSpec> references, ExportBundle export, Path out) {
    List<ExportedReference> written = new ArrayList<>();
    for (ReferenceSpec reference : references) {
      written.add(exportOne(reference, export, out));
    }
    return written;
  }

  private static ExportedReference exportOne(ReferenceSpec reference, ExportBundle export, Path out) {
    Path source;
    try {
      source = export.file(reference.from());
    } catch (RuntimeException e) {
      throw new ReferenceException(reference.name(), e.getMessage());
    }
    Path target = out.resolve(reference.to()).normalize();
    try {
      Files.createDirectories(target.getParent());
      ExportedReference result = isAutomations(reference, source)
          ? guide(reference, source, target)
          : copy(reference, source, target);
      ownerOnly(target);
      return result;
    } catch (JsonProcessingException e) {
      throw new ReferenceException(reference.name(),
          source + " is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ReferenceException(reference.name(), "cannot write " + target + ": " + e.getMessage());
    }
  }

  private static boolean isAutomations(ReferenceSpec reference, Path source) {
    return source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        && reference.to().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  private static ExportedReference guide(ReferenceSpec reference, Path source, Path target) throws IOException {
    JsonNode workflows = new ObjectMapper().readTree(source.toFile());
    if (workflows == null || !workflows.isArray()) {
      throw new ReferenceException(reference.name(), source + " should hold a JSON list of automations");
    }
    Files.writeString(target, WorkflowGuide.render(workflows, source.getFileName().toString()), StandardCharsets.UTF_8);
    return new ExportedReference(reference.name(), target, workflows.size(), "automations to rebuild");
  }

  private static ExportedReference copy(ReferenceSpec reference, Path source, Path target) throws IOException {
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    if (!source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return new ExportedReference(reference.name(), target, 1, "file kept as it was");
    }
    // Counted with the export reader: answers may span lines.
    long rows = 0;
    try (InputStream in = Files.newInputStream(source);
        RecordStream records = RecordStream.open(source.getFileName().toString(), in, HeaderAliases.none())) {
      while (records.hasNext()) {
        records.next();
        rows++;
      }
    }
    return new ExportedReference(reference.name(), target, rows, "rows kept as they were");
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the folder's own permissions apply.
    }
  }
}
