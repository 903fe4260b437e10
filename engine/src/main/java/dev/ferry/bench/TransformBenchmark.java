package dev.ferry.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.generate.ExportGenerator;
import dev.ferry.generate.GeneratorSpec;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RecordStream;
import dev.ferry.source.SourceRecord;
import dev.ferry.transform.DryRun;
import dev.ferry.transform.ObjectCounts;
import dev.ferry.transform.TransformContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transform throughput against the floor any mapping engine pays: the same export read with the same
 * reader and written as JSON with no mapping at all. The ratio is the cost of the mapping itself.
 */
public final class TransformBenchmark {

  /** One measured phase. */
  public record Phase(String name, long records, double seconds, double cpuSeconds, long peakHeapBytes) {
    public double recordsPerSecond() {
      return records / seconds;
    }
  }

  /** Both phases and what they compare to. */
  public record Report(long employees, Phase raw, Phase mapped) {
    /** On CPU time of the thread doing the work: other load on a shared machine barely moves it. */
    public double ratio() {
      return mapped.cpuSeconds() / raw.cpuSeconds();
    }

    public double wallClockRatio() {
      return mapped.seconds() / raw.seconds();
    }

    public String render() {
      Runtime runtime = Runtime.getRuntime();
      return String.format(Locale.ROOT, """
          transform benchmark: %,d employees (generated, seed 7) on the shipped map
          machine: %s, %d cores, Java %s, max heap %d MB
            raw read + JSON write: %,10d records in %6.1f s (%5.1f s CPU) = %,9.0f records/s, peak heap %4d MB
            ferry transform      : %,10d records in %6.1f s (%5.1f s CPU) = %,9.0f records/s, peak heap %4d MB
            mapping cost: %.2fx the raw read-and-write in CPU time, %.2fx in wall-clock time (target: at most 2x)
            peak heap target: under 256 MB
          """,
          employees, System.getProperty("os.name") + " " + System.getProperty("os.arch"),
          runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() >> 20,
          raw.records(), raw.seconds(), raw.cpuSeconds(), raw.recordsPerSecond(), raw.peakHeapBytes() >> 20,
          mapped.records(), mapped.seconds(), mapped.cpuSeconds(), mapped.recordsPerSecond(),
          mapped.peakHeapBytes() >> 20, ratio(), wallClockRatio());
    }
  }

  private TransformBenchmark() {}

  /** Generates the export if {@code export} has none, then measures both phases once each, raw first. */
  public static Report run(ExecutionPlan plan, TransformContext destination, long employees, Path work)
      throws IOException {
    Path export = work.resolve("export");
    if (!Files.exists(export.resolve("employees.csv"))) {
      new ExportGenerator(GeneratorSpec.of(7, employees)).write(export);
    }
    ExecutionPlan onExport = plan.withExport(export);
    warmUp(plan, destination, work.resolve("warm-up"));
    Phase raw = measure("raw", () -> rawReadAndWrite(onExport, work.resolve("raw.jsonl")));
    Phase mapped = measure("mapped", () -> {
      List<ObjectCounts> counts = DryRun.run(onExport, destination, work.resolve("out"));
      return counts.stream().mapToLong(ObjectCounts::read).sum();
    });
    return new Report(employees, raw, mapped);
  }

  /**
   * Runs both phases on a small export first, so that neither measured phase pays for JIT compilation
   * the other gets free (the first phase run would otherwise look slower than it is).
   */
  private static void warmUp(ExecutionPlan plan, TransformContext destination, Path dir) throws IOException {
    Path export = dir.resolve("export");
    new ExportGenerator(GeneratorSpec.of(11, 20_000)).write(export);
    ExecutionPlan small = plan.withExport(export);
    rawReadAndWrite(small, dir.resolve("raw.jsonl"));
    DryRun.run(small, destination, dir.resolve("out"));
  }

  private interface Work {
    long run() throws IOException;
  }

  private static Phase measure(String name, Work work) throws IOException {
    HeapWatch.reset();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long records = work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new Phase(name, records, seconds, cpuSeconds, HeapWatch.peakBytes());
  }

  /** The floor: every row of every object the plan reads, as a JSON object of its raw cells. */
  static long rawReadAndWrite(ExecutionPlan plan, Path out) throws IOException {
    ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ExportBundle export = ExportBundle.open(plan.source().export());
    HeaderAliases aliases = HeaderAliases.of(plan.source().headerAliases());
    long records = 0;
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ObjectPlan object : plan.objects()) {
        try (RecordStream rows = export.open(object.sourceObject(), aliases)) {
          List<String> columns = rows.header().columns();
          while (rows.hasNext()) {
            ReadResult row = rows.next();
            records++;
            if (row instanceof SourceRecord record) {
              Map<String, String> values = new LinkedHashMap<>();
              for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record.cells().get(i));
              }
              json.writeValue(writer, values);
              writer.write('\n');
            }
          }
        }
      }
    }
    return records;
  }
}
