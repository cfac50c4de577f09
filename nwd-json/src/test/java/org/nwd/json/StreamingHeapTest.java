package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nwd.testkit.CohortGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

/**
 * Streams 200,000 generated records through a temp file under a 64 MB heap (surefire runs this class
 * alone with -Xmx64m, see the module pom): the file is larger than the heap, and the records held at
 * once would be too, so only streaming both ways can pass.
 */
class StreamingHeapTest {
  static final int RECORDS = 200_000;

  @Test
  void streamsACohortLargerThanTheHeap(@TempDir Path dir) throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertThat(maxHeap).as("run with -Xmx64m").isLessThan(100L << 20);
    NwdJson json = NwdJson.strict();
    // nwd-testkit's generator is lazy and constant-memory: the records are never all held.
    CohortGenerator generator = CohortGenerator.of(RECORDS, 1);
    List<Hub> hubs = generator.settings().hubs();
    Path file = dir.resolve("cohort.json");
    Stream<YoungPersonRecord> records = generator.stream();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      json.writeCohort(hubs, records, out);
    }
    assertThat(Files.size(file)).as("the document is larger than the heap").isGreaterThan(maxHeap);

    long count = 0;
    try (CohortReader reader =
        json.openCohort(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      assertThat(reader.hubs()).isEqualTo(hubs);
      while (reader.hasNext()) {
        YoungPersonRecord r = reader.next();
        if (count % 50_000 == 0) {
          assertThat(r).isEqualTo(generator.youngPerson((int) count)); // the same record came back
        }
        count++;
      }
    }
    assertThat(count).isEqualTo(RECORDS);
  }
}
