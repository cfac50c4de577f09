package org.nwd.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nwd.Explanation;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.TornadoBar;
import org.nwd.impact.ImpactResult;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

/**
 * The entry point for nwd JSON documents: a versioned envelope ({@code "schemaVersion": "1.1"} and a
 * {@code kind}) around a {@link Cohort} ({@code kind "cohort"}: {@code hubs}, then {@code records}), a
 * {@link YoungPersonRecord} ({@code "record"}), a statistics result from {@code org.nwd.stats}
 * ({@code "result"}), an {@link Explanation} ({@code "explanation"}) or a {@link CostAvoidanceResult}
 * ({@code "cost_avoidance"}, payload {@code costAvoidance}; money as exact decimal strings) or an
 * {@link ImpactResult} ({@code "impact_result"}, payload {@code impactResult}; its analysis described
 * by stable codes, so an analysis with a caller's index-date rule or derivation cannot be written),
 * an {@link Appraisal} ({@code "appraisal"}: the cost-avoidance inputs), a {@link MonteCarloResult}
 * ({@code "monte_carlo"}, payload {@code monteCarlo}) or the tornado bars of a one-way sensitivity
 * analysis ({@code "sensitivity"}, a list of {@link TornadoBar}), a fidelity rubric ({@code
 * "fidelity_rubric"}, payload {@code fidelityRubric}), one young person's fidelity profile ({@code
 * "fidelity_profile"}, payload {@code fidelityProfile}) or a cohort's ({@code "cohort_fidelity"},
 * payload {@code cohortFidelity}).
 *
 * <pre>{@code
 * NwdJson json = NwdJson.strict();
 * json.write(cohort, out);                       // a whole cohort
 * Cohort cohort = json.read(in, Cohort.class);   // validated through the model's builders
 * try (CohortReader records = json.openCohort(in)) { records.forEachRemaining(...); } // streaming
 * }</pre>
 *
 * <p>The published JSON Schema (draft 2020-12) is {@link #SCHEMA_RESOURCE}. Formats: dates ISO-8601
 * {@code YYYY-MM-DD}, the birth month {@code YYYY-MM}, enums as the model's stable {@code code()}
 * strings, absent optionals omitted (never {@code null}). {@link #strict()} rejects unknown fields;
 * {@link #lenient()} skips them and reports each with its JSON pointer ({@link NwdDocument}). Both
 * reject duplicate keys, enforce the {@link NwdJsonLimits limits}, never enable polymorphic typing, and
 * report every problem as an {@link NwdJsonException} naming pointer, line, column, field and rule,
 * without echoing personal data. Input must be well-formed UTF-8 (a leading UTF-8 byte order mark is
 * tolerated; UTF-16, UTF-32, overlong forms, encoded surrogates, code points beyond U+10FFFF and NUL
 * are refused, and so are the string escapes <code>&#92;u0000</code> and unpaired surrogate escapes); an
 * array the schema declares {@code uniqueItems} holds no item twice. Instances are immutable and
 * thread-safe.
 */
public final class NwdJson {
  /**
   * The classpath resource of the JSON Schema for version 1.1 documents; version 1.0 documents (which
   * this library still reads) validate against it too, since 1.1 only added optional fields.
   */
  public static final String SCHEMA_RESOURCE = "/org/nwd/json/schema/nwd-1.1.schema.json";

  /**
   * The schema version this library writes; it reads this and every earlier 1.x version (1.0):
   * minor versions only add optional fields.
   */
  public static final String SCHEMA_VERSION = Envelope.VERSION;

  private final boolean strict;
  private final NwdJsonLimits limits;
  private final ObjectMapper mapper;

  private NwdJson(boolean strict, NwdJsonLimits limits) {
    this.strict = strict;
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .inputDecorator(StrictText.INSTANCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new NwdJsonModule(strict))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .deactivateDefaultTyping()
            .build();
  }

  /** Unknown fields are errors: for vendors' CI, validating what they will send. */
  public static NwdJson strict() {
    return new NwdJson(true, NwdJsonLimits.DEFAULT);
  }

  /** Unknown fields are skipped and reported with their JSON pointer: for exploration. */
  public static NwdJson lenient() {
    return new NwdJson(false, NwdJsonLimits.DEFAULT);
  }

  /** The same mode with other limits. */
  public NwdJson withLimits(NwdJsonLimits limits) {
    return new NwdJson(strict, Objects.requireNonNull(limits, "limits"));
  }

  /** True for strict mode. */
  public boolean isStrict() {
    return strict;
  }

  /** The limits applied when reading. */
  public NwdJsonLimits limits() {
    return limits;
  }

  /**
   * An {@link ObjectMapper} configured like this instance (the {@link NwdJsonModule}, the limits,
   * duplicate detection, no default typing), for bare model values inside your own JSON. A copy: your
   * changes to it do not affect this instance.
   */
  public ObjectMapper objectMapper() {
    return mapper.copy();
  }

  /** The published JSON Schema of version 1.1 (and 1.0) documents. */
  public static URL schema() {
    return NwdJson.class.getResource(SCHEMA_RESOURCE);
  }

  // ---- writing ----

  /**
   * Writes {@code value} as a version 1.1 document to {@code out} in UTF-8; does not close {@code out}.
   *
   * @param value a {@link Cohort}, {@link YoungPersonRecord}, {@link Explanation}, {@link
   *     CostAvoidanceResult}, {@link ImpactResult}, {@link Appraisal}, {@link MonteCarloResult}, a
   *     {@code List} of {@link TornadoBar} (a {@code sensitivity} document; an empty list too), a
   *     fidelity rubric, profile or cohort profile ({@code org.nwd.fidelity}) or a result of {@code
   *     org.nwd.stats}
   * @throws IllegalArgumentException when {@code value} is of no document kind
   * @throws NwdJsonException when writing fails (e.g. a date beyond year 9999), or, before anything
   *     is written, when an {@link ImpactResult}'s analysis uses a caller's index-date rule or
   *     derivation (code, which no document can describe)
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    Documents.Kind kind = Documents.of(value);
    kind.checkWritable(value); // before any byte is written
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      Envelope.writeHeader(g, kind.name);
      kind.writePayload(g, value);
      g.writeEndObject();
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  /** {@code value} as a version 1.1 document. */
  public String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code value} as a document to the file {@code path}, replacing it. */
  public void write(Object value, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(value, out);
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  /**
   * Opens a streaming cohort writer on {@code out}: hubs now, records one by one, {@link
   * CohortWriter#close()} ends the document. Does not close {@code out}.
   */
  public CohortWriter openCohortWriter(OutputStream out, List<Hub> hubs) {
    Objects.requireNonNull(hubs, "hubs");
    try {
      return new CohortWriter(mapper.getFactory().createGenerator(out, JsonEncoding.UTF8), hubs);
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  /** Streams a cohort document of {@code hubs} and {@code records} to {@code out}. */
  public void writeCohort(List<Hub> hubs, Stream<YoungPersonRecord> records, OutputStream out) {
    try (CohortWriter writer = openCohortWriter(out, hubs)) {
      Iterator<YoungPersonRecord> it = records.iterator();
      while (it.hasNext()) {
        writer.write(it.next());
      }
    }
  }

  // ---- reading ----

  /**
   * Reads a whole document of {@code type} from {@code in} (closed afterwards). In lenient mode unknown
   * fields are skipped; use {@link #readDocument(InputStream, Class)} to see them.
   *
   * @param type {@link Cohort}, {@link YoungPersonRecord}, {@link Explanation}, {@link
   *     CostAvoidanceResult}, {@link ImpactResult}, {@link Appraisal}, {@link MonteCarloResult}, {@code
   *     FidelityRubric}, {@code FidelityProfile}, {@code CohortFidelity} or a result class of {@code
   *     org.nwd.stats} (tornado bars: {@link #readSensitivity})
   * @throws NwdJsonException when the document is not a complete, valid document of {@code type}
   */
  public <T> T read(InputStream in, Class<T> type) {
    return readDocument(in, type).value();
  }

  /** Reads a whole document of {@code type} from a string. */
  public <T> T read(String json, Class<T> type) {
    return readDocument(json, type).value();
  }

  /** Reads a whole document of {@code type} from the file {@code path}. */
  public <T> T read(Path path, Class<T> type) {
    return readDocument(open(path), type).value();
  }

  /** Reads a whole document from a string, with the unknown fields a lenient reader skipped. */
  public <T> NwdDocument<T> readDocument(String json, Class<T> type) {
    return readDocument(new ByteArrayInputStream(utf8(json)), type);
  }

  /** Reads a whole document from {@code in} (closed afterwards), with the skipped unknown fields. */
  public <T> NwdDocument<T> readDocument(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return readDocument(in, Documents.reading(type), type);
  }

  /**
   * Reads a {@code sensitivity} document: the tornado bars of {@link
   * org.nwd.cost.Sensitivity#oneWay}, longest first as written (closes {@code in}).
   */
  public List<TornadoBar> readSensitivity(InputStream in) {
    Objects.requireNonNull(in, "in");
    @SuppressWarnings("unchecked")
    List<TornadoBar> bars = readDocument(in, Documents.named(AppraisalCodec.SENSITIVITY), List.class).value();
    return bars;
  }

  /** Reads a {@code sensitivity} document from a string. */
  public List<TornadoBar> readSensitivity(String json) {
    return readSensitivity(new ByteArrayInputStream(utf8(json)));
  }

  private <T> NwdDocument<T> readDocument(InputStream in, Documents.Kind kind, Class<T> type) {
    if (kind.field == null) {
      try (CohortReader reader = openCohort(in)) {
        List<YoungPersonRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        Cohort cohort = In.build(new In.Mark("", 1, 1), () -> Cohort.of(reader.hubs(), records));
        return new NwdDocument<>(type.cast(cohort), reader.unknownFields());
      }
    }
    List<UnknownField> unknown = new ArrayList<>();
    try (JsonParser parser = parser(in)) {
      In reader = new In(parser, strict, unknown::add);
      reader.next();
      Envelope.readHeader(reader, kind.name);
      Object value = null;
      while (reader.next() == JsonToken.FIELD_NAME) {
        String name = reader.currentName();
        reader.next();
        if (name.equals(kind.field)) {
          value = kind.readPayload(reader, type);
        } else {
          reader.skipUnknown(name);
        }
      }
      reader.expect(JsonToken.END_OBJECT, "", "the end of the document object");
      if (value == null) {
        throw reader.fail(kind.field, "missing required field \"" + kind.field + "\"");
      }
      if (reader.next() != null) {
        throw reader.fail("", "content after the end of the document");
      }
      return new NwdDocument<>(type.cast(value), unknown);
    } catch (IOException e) {
      throw Errors.reading(e, null);
    }
  }

  /**
   * Opens a cohort document for streaming: the envelope and hubs are read now, the records one by one
   * as the returned reader is iterated. Closing the reader closes {@code in}.
   *
   * @throws NwdJsonException when the envelope or the hubs are invalid
   */
  public CohortReader openCohort(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new CohortReader(parser(in), strict);
  }

  /**
   * Reads a whole cohort document from {@code in} (closed afterwards), collecting every problem
   * instead of stopping at the first: the report holds either the cohort or the full list of problems
   * (each with pointer, line, column, field and rule), never a partial cohort. For vendors checking a
   * file before sending it, and services returning all the errors of an upload at once. Holds the
   * records in memory, like {@link #read(InputStream, Class)}.
   */
  public CohortReport checkCohort(InputStream in) {
    Objects.requireNonNull(in, "in");
    List<CohortReport.Problem> problems = new ArrayList<>();
    List<YoungPersonRecord> records = new ArrayList<>();
    List<UnknownField> unknown = List.of();
    boolean readToEnd = true;
    CohortReader reader = null;
    try {
      reader = new CohortReader(parser(in), strict, e -> problems.add(CohortReport.Problem.of(e)));
      reader.forEachRemaining(records::add);
    } catch (NwdJsonException fatal) {
      problems.add(CohortReport.Problem.of(fatal));
      readToEnd = false;
    } finally {
      if (reader != null) {
        unknown = reader.unknownFields();
        reader.close();
      } else {
        closeQuietly(in);
      }
    }
    if (!problems.isEmpty()) {
      return new CohortReport(Optional.empty(), problems, unknown, readToEnd);
    }
    List<Hub> hubs = reader.hubs();
    Cohort cohort = In.build(new In.Mark("", 1, 1), () -> Cohort.of(hubs, records));
    return new CohortReport(Optional.of(cohort), List.of(), unknown, true);
  }

  /** {@link #checkCohort(InputStream)} on a string. */
  public CohortReport checkCohort(String json) {
    return checkCohort(new ByteArrayInputStream(utf8(json)));
  }

  /** {@link #checkCohort(InputStream)} on the file {@code path}. */
  public CohortReport checkCohort(Path path) {
    return checkCohort(open(path));
  }

  /**
   * {@code json} as UTF-8. An unpaired surrogate has no UTF-8 form ({@code getBytes} would quietly
   * write {@code ?} instead): refused, with its line and column.
   */
  static byte[] utf8(String json) {
    Objects.requireNonNull(json, "json");
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == json.length() || json.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < json.length()
            && Character.isLowSurrogate(json.charAt(i + 1))) {
          i++;
        } else {
          throw new NwdJsonException("", line, i - lineStart + 1, "",
              "unpaired surrogate: the text is not Unicode and has no UTF-8 form", null);
        }
      }
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the problem already reported is the one that matters
    }
  }

  /** Opens the cohort document in the file {@code path} for streaming. */
  public CohortReader openCohort(Path path) {
    return openCohort(open(path));
  }

  private static InputStream open(Path path) {
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new NwdJsonException("", -1, -1, "", "cannot open the input: " + e.getClass().getSimpleName(), e);
    }
  }

  private JsonParser parser(InputStream in) {
    try {
      return mapper.getFactory().createParser(in);
    } catch (IOException e) {
      throw Errors.reading(e, null);
    }
  }
}
