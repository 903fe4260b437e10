package dev.ferry.tests.approval;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.Junit5Reporter;

/**
 * Approval options that keep a case's approved output next to the case itself (e.g.
 * {@code invalid-maps/object-cycle.approved.txt} beside {@code object-cycle.yaml}), so the corpus reads
 * like a catalogue and a new case needs no Java. A mismatch fails with the diff in the test report and
 * leaves a {@code .received.txt} beside it; approve by renaming it.
 */
public final class ApprovedFile {

  private ApprovedFile() {}

  /** Options for output approved in {@code <folder>/<name>.approved.txt}. */
  public static Options beside(Path folder, String name) {
    return new Options()
        .withReporter(new Junit5Reporter())
        .forFile().withNamer(new FolderNamer(folder.toAbsolutePath().normalize(), name));
  }

  private record FolderNamer(Path folder, String name) implements ApprovalNamer {
    @Override
    public File getApprovedFile(String extensionWithDot) {
      return folder.resolve(name + ".approved" + extensionWithDot).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
      return folder.resolve(name + ".received" + extensionWithDot).toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
      return new FolderNamer(folder, name + "." + info);
    }

    @Override
    public String getApprovalName() {
      return name;
    }

    @Override
    public String getSourceFilePath() {
      return folder.toString() + File.separator;
    }
  }
}
