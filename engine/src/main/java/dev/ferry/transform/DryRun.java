package dev.ferry.transform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RecordStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dry run users review before any record moves: streams the export through the plan and writes one
 * JSON Lines file per destination module, each line the body Freshsales' API takes
 * ({@code {"contact": {...}}}), plus the rejected rows, one reloadable CSV per source file under
 * {@code rejected/} and an index of all of them in {@code rejected.csv}.
 */
public final class DryRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DryRun() {}

  /** The counts per object, in plan order. */
  public static List<ObjectCounts> run(ExecutionPlan plan, TransformContext destination, Path out) throws IOException {
    Files.createDirectories(out.resolve("rejected"));
    ExportBundle export = ExportBundle.open(plan.source().export());
    HeaderAliases aliases = HeaderAliases.of(plan.source().headerAliases());
    PendingIds pending = new PendingIds();
    TransformContext context = new TransformContext(
        (object, key) -> pending.destinationId(object, key), destination.owners(), destination.existingTags());
    Interpreter interpreter = new Interpreter(plan, context);
    Set<String> lookedUp = plan.objects().stream().flatMap(o -> o.dependsOn().stream()).collect(Collectors.toSet());
    List<ObjectCounts> counts = new ArrayList<>();
    try (Outputs outputs = new Outputs(out)) {
      for (ObjectPlan object : plan.objects()) {
        ObjectCounts objectCounts = new ObjectCounts(object.id());
        ObjectTransformer transformer = interpreter.transformer(object);
        try (RecordStream records = export.open(object.sourceObject(), aliases)) {
          while (records.hasNext()) {
            ReadResult row = records.next();
            Outcome outcome = transformer.apply(row);
            objectCounts.count(outcome);
            if (outcome instanceof Outcome.Transformed t) {
              outputs.write(t);
              if (lookedUp.contains(object.id())) {
                pending.remember(object.id(), t.key());
              }
            } else {
              outputs.rejected.write(records.header(), (Outcome.Rejected) outcome);
            }
          }
        }
        counts.add(objectCounts);
      }
    }
    return counts;
  }

  /** The files of one dry run, opened as they are first needed. */
  private static final class Outputs implements AutoCloseable {
    private final Path out;
    private final Map<String, JsonGenerator> jsonl = new LinkedHashMap<>();
    private final RejectedRows rejected;

    Outputs(Path out) throws IOException {
      this.out = out;
      this.rejected = new RejectedRows(out, "rejected");
    }

    void write(Outcome.Transformed record) throws IOException {
      JsonGenerator json = jsonl.get(record.destination());
      if (json == null) {
        Writer writer = Files.newBufferedWriter(out.resolve(record.destination() + ".jsonl"), StandardCharsets.UTF_8);
        // One generator per file: a record is one line, {"contact": {...}}, as the API takes it.
        json = JSON.getFactory().createGenerator(writer).setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        jsonl.put(record.destination(), json);
      }
      json.writeStartObject();
      json.writeFieldName(record.destination());
      JSON.writeTree(json, record.body());
      json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (JsonGenerator json : jsonl.values()) {
        try {
          json.writeRaw('\n');
          json.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      rejected.close();
      if (first != null) {
        throw first;
      }
    }
  }
}
