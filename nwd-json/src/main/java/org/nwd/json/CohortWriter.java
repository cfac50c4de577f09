package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubId;
import org.nwd.model.YoungPersonRecord;

/**
 * Writes a cohort document one young-person record at a time, with memory that does not grow with the
 * cohort: the envelope and hubs when opened, each record as it is {@link #write written}, and the
 * closing brackets on {@link #close()}.
 *
 * <p>The cohort rules are checked as records go: hub episodes must name one of the hubs and ids must
 * not repeat (the id is the one thing kept per record). After a failed write the document is left
 * unfinished on close, so no reader takes it for a complete cohort. Does not close the output stream.
 */
public final class CohortWriter implements Closeable {
  private final JsonGenerator generator;
  private final Set<HubId> hubIds = new HashSet<>();
  private final Set<String> personIds = new HashSet<>();
  private int written;
  private boolean failed;
  private boolean closed;

  CohortWriter(JsonGenerator generator, List<Hub> hubs) {
    this.generator = generator;
    Cohort.of(hubs, List.of()); // hub rules: unique ids
    for (Hub h : hubs) {
      hubIds.add(h.id());
    }
    try {
      Envelope.writeHeader(generator, Envelope.COHORT);
      ModelCodec.list(generator, "hubs", hubs, ModelCodec.HUB::write);
      generator.writeArrayFieldStart("records");
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  /**
   * Writes one record.
   *
   * @throws NwdJsonException when its id repeats an earlier record's or a hub episode names an unknown
   *     hub, or the output fails
   */
  public void write(YoungPersonRecord record) {
    if (closed) {
      throw new IllegalStateException("the cohort writer is closed");
    }
    String pointer = "/records/" + written;
    if (!personIds.add(record.id().value())) {
      failed = true;
      throw new NwdJsonException(pointer + "/youngPerson/id", -1, -1, "id",
          "duplicate young person id " + record.id() + " in cohort", null);
    }
    List<HubEpisode> episodes = record.hubEpisodes();
    for (int i = 0; i < episodes.size(); i++) {
      if (!hubIds.contains(episodes.get(i).hubId())) {
        failed = true;
        throw new NwdJsonException(pointer + "/hubEpisodes/" + i + "/hubId", -1, -1, "hubId",
            "hub episode of " + record.id() + " names unknown hub " + episodes.get(i).hubId(),
            null);
      }
    }
    try {
      ModelCodec.record(generator, record);
      written++;
    } catch (IOException e) {
      failed = true;
      throw Errors.writing(e);
    }
  }

  /** The number of records written so far. */
  public int written() {
    return written;
  }

  /** Ends the document (unless a write failed) and flushes; the output stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!failed) {
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.flush();
      if (failed) {
        // leave the document unfinished: a reader must not take it for a complete cohort
        return;
      }
      generator.close();
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }
}
