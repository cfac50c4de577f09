package org.nwd.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 * duplicate (the one thing kept per record is its id, a few dozen bytes); and, at the end, that no
 * one is born after the latest date the records mention ({@link Cohort}'s rule). {@link #hasNext()} returns
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
  /** Collect-all mode: where recoverable problems go (null: fail on the first). */
  private final Consumer<NwdJsonException> problems;
  private JsonStreamContext recordsArray;
  private YoungPersonRecord pending;
  private boolean finished;
  private NwdJsonException failure;
  private LocalDate latestDate;
  private YearMonth latestBirth;
  private String latestBirthId;
  private In.Mark latestBirthAt;

  CohortReader(JsonParser parser, boolean strict) {
    this(parser, strict, null);
  }

  /**
   * With {@code problems} given, a problem confined to one hub or record (a wrong type, a broken
   * domain rule, an unknown field, a duplicate id...) is passed to it, the rest of that hub or record
   * is skipped and reading goes on; malformed JSON, a broken limit or a broken envelope still throw.
   */
  CohortReader(JsonParser parser, boolean strict, Consumer<NwdJsonException> problems) {
    this.parser = parser;
    this.problems = problems;
    this.unknownFields = new ArrayList<>();
    this.in = new In(parser, strict, unknownFields::add);
    try {
      in.next();
      Envelope.readHeader(in, Envelope.COHORT);
      // Hubs and records are read by declared shapes, which refuse a repeated field themselves, and
      // the document's own fields are checked here: Jackson's detection (a hash set per object, a
      // seventh of the reading time) is off from here on, before any nested object is opened.
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      List<Hub> read = new ArrayList<>();
      Set<HubId> hubIdsRead = new HashSet<>();
      boolean hubsSeen = false;
      while (true) {
        JsonToken token = in.next();
        if (token != JsonToken.FIELD_NAME) {
          throw in.fail("records", "missing required field \"records\"");
        }
        String name = documentField();
        if ("hubs".equals(name)) {
          in.expect(JsonToken.START_ARRAY, name, "an array");
          JsonStreamContext array = parser.getParsingContext();
          while (in.next() != JsonToken.END_ARRAY) {
            in.forgetItems();
            in.takeHubIdRead();
            try {
              read.add(ModelCodec.HUB.read(in, "hubs"));
            } catch (NwdJsonException e) {
              recover(e, array); // its id, if read, stays known: no follow-on "unknown hub" problems
            }
            HubId id = in.takeHubIdRead();
            if (id != null) {
              hubIdsRead.add(id);
            }
          }
          hubsSeen = true;
        } else if ("records".equals(name)) {
          if (!hubsSeen) {
            throw in.fail("hubs", "\"hubs\" must come before \"records\" (so records can be streamed)");
          }
          in.expect(JsonToken.START_ARRAY, name, "an array");
          recordsArray = parser.getParsingContext();
          break;
        } else {
          skipUnknownField(name);
        }
      }
      In.Mark records = in.mark();
      // The hub rules are the document's: reported at /hubs (their field), located at "records".
      In.Mark at = new In.Mark("", records.line(), records.column());
      try {
        In.build(at, () -> Cohort.of(read, List.of()));
      } catch (NwdJsonException e) {
        recover(e, recordsArray);
      }
      this.hubs = ImmutableList.copyOf(read);
      hubIds.addAll(hubIdsRead); // with collected problems, also the ids of hubs that failed
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
      while (true) {
        if (in.next() == JsonToken.END_ARRAY) {
          finish();
          return false;
        }
        try {
          pending = readRecord();
          return true;
        } catch (NwdJsonException e) {
          recover(e, recordsArray); // collect-all mode: on to the next record
        }
      }
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
    in.forgetItems(); // item positions are kept for one record only
    In.Mark at = in.mark();
    YoungPersonRecord record = ModelCodec.record(in);
    if (!personIds.add(record.id().value())) {
      throw In.failAt(at, "youngPerson/id", "id",
          "duplicate young person id " + record.id() + " in cohort", null);
    }
    List<HubEpisode> episodes = record.hubEpisodes();
    for (int i = 0; i < episodes.size(); i++) {
      if (!hubIds.contains(episodes.get(i).hubId())) {
        throw In.failAt(at, "hubEpisodes/" + i + "/hubId", "hubId",
            "hub episode of " + record.id() + " names unknown hub " + episodes.get(i).hubId(),
            null);
      }
    }
    horizon(record, at);
    return record;
  }

  /**
   * The cohort's rule for a birth month with no data coverage to check against ({@link Cohort}): no
   * one born after the latest date the records mention. Streamed, so the latest date is known only
   * at the end: the record with the latest birth month is remembered (its place, not the record) and
   * checked then.
   */
  private void horizon(YoungPersonRecord record, In.Mark at) {
    Optional<LocalDate> latest = record.latestDate();
    if (latest.isPresent() && (latestDate == null || latest.get().isAfter(latestDate))) {
      latestDate = latest.get();
    }
    YearMonth born = record.youngPerson().birthMonth();
    if (latestBirth == null || born.isAfter(latestBirth)) {
      latestBirth = born;
      latestBirthId = record.id().value();
      latestBirthAt = new In.Mark(at.pointer() + "/youngPerson/birthMonth", at.line(), at.column());
    }
  }

  private void checkHorizon() {
    if (latestDate != null && latestBirth != null && latestBirth.atDay(1).isAfter(latestDate)) {
      throw new NwdJsonException(latestBirthAt.pointer(), latestBirthAt.line(),
          latestBirthAt.column(), "birthMonth", "young person " + latestBirthId + ": birth month"
              + " after the latest date in the cohort's data, " + latestDate + " (value withheld:"
              + " personal data)", null);
    }
  }

  /** After the records: only unknown fields may follow, then the end of the document. */
  /** The document's fields read so far: a repeated one is refused, as in any other object. */
  private final Set<String> documentFields = new HashSet<>(List.of("schemaVersion", "kind"));

  /** The name of the document field the parser is on; moves to its value. */
  private String documentField() {
    String name = in.currentName();
    in.next();
    if (!documentFields.add(name)) {
      throw Shape.duplicate(in, name);
    }
    return name;
  }

  private void finish() {
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = documentField();
      if ("hubs".equals(name)) {
        throw in.fail(name, "\"hubs\" must come before \"records\"");
      }
      skipUnknownField(name);
    }
    in.expect(JsonToken.END_OBJECT, "", "the end of the cohort object");
    if (in.next() != null) {
      throw in.fail("", "content after the end of the document");
    }
    try {
      checkHorizon();
    } catch (NwdJsonException e) {
      if (problems == null) {
        throw e;
      }
      problems.accept(e);
    }
    finished = true;
    close();
  }

  /**
   * Collect-all mode: reports a problem confined to one item and skips the rest of the item, leaving
   * the parser on its last token (in {@code container}). Otherwise, or when the problem is malformed
   * input or a broken limit (nothing after it can be trusted), rethrows it.
   */
  private void recover(NwdJsonException e, JsonStreamContext container) {
    if (problems == null || e.getCause() instanceof IOException) {
      throw e;
    }
    problems.accept(e);
    try {
      while (parser.getParsingContext() != container) {
        if (parser.nextToken() == null) {
          throw in.fail("", "truncated input: the document ends before it is complete");
        }
      }
    } catch (IOException io) {
      throw Errors.reading(io, parser);
    }
  }

  /** An unknown field of the document object: in collect-all strict mode a problem, then skipped. */
  private void skipUnknownField(String name) {
    try {
      in.skipUnknown(name);
    } catch (NwdJsonException e) {
      if (problems == null) {
        throw e;
      }
      problems.accept(e);
      try {
        parser.skipChildren();
      } catch (IOException io) {
        throw Errors.reading(io, parser);
      }
    }
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
