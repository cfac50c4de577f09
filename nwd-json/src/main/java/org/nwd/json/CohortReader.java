package org.nwd.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubId;
import org.nwd.model.YoungPersonRecord;

/**
 * Reads a cohort document one young-person record at a time, with memory that does not grow with the
 * cohort: the envelope and the hubs are read when the reader opens, then each call to {@link #next()}
 * reads one record of the {@code records} array.
 *
 * <p>Each record is built through the model's builders, so every domain rule runs, and checked against
 * the cohort's rules as it goes: its hub episodes name hubs of the document, and its id is not a
 * duplicate (the one thing kept per record is its id, a few dozen bytes). {@link #hasNext()} returns
 * false only after the whole document has been read and found complete; a truncated or broken document
 * throws {@link NwdJsonException} instead, so a partial cohort never looks complete. After an error
 * every further call throws the same exception.
 *
 * <p>Field order: {@code schemaVersion} and {@code kind} come first and {@code hubs} before {@code
 * records}, as {@link NwdJson} writes them. Not thread-safe. Close it (try-with-resources) to close
 * the input.
 */
public final class CohortReader implements Iterator<YoungPersonRecord>, Closeable {
  private final In in;
  private final JsonParser parser;
  private final List<UnknownField> unknownFields;
  private final List<Hub> hubs;
  private final Set<HubId> hubIds = new HashSet<>();
  private final Set<String> personIds = new HashSet<>();
  private YoungPersonRecord pending;
  private boolean finished;
  private NwdJsonException failure;

  CohortReader(JsonParser parser, boolean strict) {
    this.parser = parser;
    this.unknownFields = new ArrayList<>();
    this.in = new In(parser, strict, unknownFields::add);
    try {
      in.next();
      Envelope.readHeader(in, Envelope.COHORT);
      List<Hub> read = new ArrayList<>();
      boolean hubsSeen = false;
      while (true) {
        JsonToken token = in.next();
        if (token != JsonToken.FIELD_NAME) {
          throw in.fail("records", "missing required field \"records\"");
        }
        String name = in.currentName();
        in.next();
        if ("hubs".equals(name)) {
          in.array(name, () -> read.add(ModelCodec.hub(in)));
          hubsSeen = true;
        } else if ("records".equals(name)) {
          if (!hubsSeen) {
            throw in.fail("hubs", "\"hubs\" must come before \"records\" (so records can be streamed)");
          }
          in.expect(JsonToken.START_ARRAY, name, "an array");
          break;
        } else {
          in.skipUnknown(name);
        }
      }
      In.Mark at = in.mark();
      In.build(at, () -> Cohort.of(read, List.of()));
      this.hubs = ImmutableList.copyOf(read);
      for (Hub h : hubs) {
        hubIds.add(h.id());
      }
    } catch (NwdJsonException e) {
      closeQuietly();
      throw e;
    }
  }

  /** The cohort's hubs, read when the reader opened. */
  public List<Hub> hubs() {
    return hubs;
  }

  /** The unknown fields a lenient reader has skipped so far (empty in strict mode). */
  public List<UnknownField> unknownFields() {
    return ImmutableList.copyOf(unknownFields);
  }

  /**
   * True when another record follows; false only once the document has been read to its end and found
   * complete.
   *
   * @throws NwdJsonException when the next record or the rest of the document is invalid
   */
  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      if (in.next() == JsonToken.END_ARRAY) {
        finish();
        return false;
      }
      pending = readRecord();
      return true;
    } catch (NwdJsonException e) {
      failure = e;
      closeQuietly();
      throw e;
    }
  }

  @Override
  public YoungPersonRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    YoungPersonRecord next = pending;
    pending = null;
    return next;
  }

  /** The remaining records as a sequential stream; closing the stream closes this reader. */
  public Stream<YoungPersonRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  private YoungPersonRecord readRecord() {
    In.Mark at = in.mark();
    YoungPersonRecord record = ModelCodec.record(in);
    if (!personIds.add(record.id().value())) {
      throw new NwdJsonException(
          at.pointer() + "/youngPerson/id", at.line(), at.column(), "id",
          "duplicate young person id " + record.id() + " in cohort", null);
    }
    List<HubEpisode> episodes = record.hubEpisodes();
    for (int i = 0; i < episodes.size(); i++) {
      if (!hubIds.contains(episodes.get(i).hubId())) {
        throw new NwdJsonException(
            at.pointer() + "/hubEpisodes/" + i + "/hubId", at.line(), at.column(), "hubId",
            "hub episode of " + record.id() + " names unknown hub " + episodes.get(i).hubId(),
            null);
      }
    }
    return record;
  }

  /** After the records: only unknown fields may follow, then the end of the document. */
  private void finish() {
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.next();
      if ("hubs".equals(name)) {
        throw in.fail(name, "\"hubs\" must come before \"records\"");
      }
      in.skipUnknown(name);
    }
    in.expect(JsonToken.END_OBJECT, "", "the end of the cohort object");
    if (in.next() != null) {
      throw in.fail("", "content after the end of the document");
    }
    finished = true;
    close();
  }

  private void closeQuietly() {
    try {
      parser.close();
    } catch (IOException e) {
      // already failing: the first error is the one to report
    }
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
