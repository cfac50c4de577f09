package org.nwd.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.json.NwdJson;
import org.nwd.json.NwdJsonException;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.Fixtures;

/**
 * How a case-management vendor plugs in: "CaseBook", a made-up case system, exports one CSV row per
 * log entry in its own shape ({@link #HEADER}). This example reads the export into CaseBook's own
 * Java records ({@link Entry}), maps them into the nwd domain model, validates them (every rejected
 * row is reported with its row number and the reason; nothing is dropped silently), runs the impact
 * and cost-avoidance analysis and writes the results as JSON with nwd-json.
 *
 * <pre>
 * java org.nwd.examples.VendorExample OUTPUT_FOLDER [CASEBOOK_CSV]
 * </pre>
 *
 * <p>Without a CSV file the shipped sample export ({@value #SAMPLE}, 40 made-up clients and a few
 * deliberate mistakes) is used. A missing or malformed file gives one line naming the file and the
 * problem, and exit status {@value UserError#EXIT_STATUS}.
 */
public final class VendorExample {
  private VendorExample() {}

  /** The sample export shipped as a class-path resource. */
  public static final String SAMPLE = "/org/nwd/examples/vendor/casebook-export.csv";

  /** CaseBook's export header, column by column. No quoted fields: CaseBook never writes commas. */
  public static final String HEADER =
      "client_ref,birth_month,council,entry_type,start_date,end_date,hub,detail";

  /** CaseBook's kinds of log entry. */
  public enum EntryType {
    REFERRAL,
    HUB_BED,
    OUTREACH,
    MISSING,
    ARREST,
    AE_VISIT,
    POLICE_CALL
  }

  /** One CaseBook log entry: the vendor's own record, before any mapping. */
  public record Entry(
      int row,
      String clientRef,
      YearMonth birthMonth,
      String council,
      EntryType type,
      LocalDate start,
      Optional<LocalDate> end,
      Optional<String> hub,
      Optional<String> detail) {}

  /** A row or client that could not be mapped, and why. */
  public record Rejection(String where, String reason) {
    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }

  /** The mapped cohort and every rejection. */
  public record Mapped(Cohort cohort, int rows, int rowsAccepted, List<Rejection> rejections) {}

  /** CaseBook hub codes to the nwd hubs. */
  static final ImmutableMap<String, Hub> HUBS =
      ImmutableMap.of("SCAR", Fixtures.scarboroughHub(), "HARR", Fixtures.harrogateHub());

  static final ImmutableMap<EntryType, OutcomeMeasure> MEASURES =
      ImmutableMap.of(
          EntryType.MISSING, StandardMeasures.MISSING_INCIDENTS,
          EntryType.ARREST, StandardMeasures.ARRESTS,
          EntryType.AE_VISIT, StandardMeasures.CRISIS_PRESENTATIONS,
          EntryType.POLICE_CALL, StandardMeasures.POLICE_CALL_OUTS);

  static final ImmutableMap<String, ReferralCategory> CATEGORIES =
      ImmutableMap.of(
          "edge of care", ReferralCategory.EDGE_OF_CARE,
          "edging to care", ReferralCategory.EDGING_TO_CARE,
          "placement support", ReferralCategory.PLACEMENT_SUPPORT,
          "step down", ReferralCategory.STEP_DOWN_FROM_RESIDENTIAL,
          "independence", ReferralCategory.TRANSITION_TO_INDEPENDENCE);

  /** The nwd value a CaseBook code maps to; a code without one is a clear error, not a null. */
  private static <K, V> V mapped(ImmutableMap<K, V> map, K code, String what) {
    V value = map.get(code);
    if (value == null) {
      throw new DomainRuleException(what, "no nwd " + what + " is mapped for this CaseBook code");
    }
    return value;
  }

  /** Runs the example; exits with a non-zero status only when it fails. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the example and returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      example(args, out, err);
      return 0;
    } catch (UserError e) {
      err.println("error: " + e.getMessage());
      return UserError.EXIT_STATUS;
    }
  }

  static void example(String[] args, PrintStream out, PrintStream err) throws UserError {
    if (args.length < 1 || args.length > 2) {
      throw new UserError("usage", "VendorExample OUTPUT_FOLDER [CASEBOOK_CSV]");
    }
    Path dir = Path.of(args[0]).toAbsolutePath().normalize();
    Progress progress = new Progress(err, 6);

    progress.start("Reading the CaseBook export");
    Mapped mapped;
    if (args.length == 2) {
      Path file = Path.of(args[1]);
      if (!Files.isRegularFile(file)) {
        throw new UserError(file, Files.exists(file) ? "not a regular file" : "file not found");
      }
      try (InputStream in = Files.newInputStream(file)) {
        mapped = map(in, file.toString());
      } catch (IOException e) {
        throw new UserError(file, MainJob.problem(e));
      }
    } else {
      try (InputStream in = VendorExample.class.getResourceAsStream(SAMPLE)) {
        mapped = map(in, SAMPLE);
      } catch (IOException e) {
        throw new UserError(SAMPLE, MainJob.problem(e));
      }
    }
    progress.done();

    out.printf(
        Locale.ROOT,
        "CaseBook export: %d rows read, %d mapped, %d rejected; %d young people in the cohort%n",
        mapped.rows(),
        mapped.rowsAccepted(),
        mapped.rows() - mapped.rowsAccepted(),
        mapped.cohort().size());
    if (!mapped.rejections().isEmpty()) {
      out.println("Rejected (fix these in CaseBook and export again):");
      mapped.rejections().forEach(r -> out.println("  " + r));
    }
    out.println();

    Cohort cohort = mapped.cohort();
    DatePeriod coverage = MainJob.coverageOf(cohort, Path.of(args.length == 2 ? args[1] : SAMPLE));
    Analysis.Results r = Analysis.run(cohort, coverage, progress);

    progress.start("Writing JSON to " + dir);
    NwdJson json = NwdJson.strict();
    Path cohortJson = dir.resolve("cohort.json");
    Path impactJson = dir.resolve("impact.json");
    Path costJson = dir.resolve("cost-avoidance.json");
    try {
      Files.createDirectories(dir);
      json.write(cohort, cohortJson);
      json.write(r.impact().explanation(), impactJson);
      json.write(r.cost(), costJson);
    } catch (IOException | UncheckedIOException | NwdJsonException e) {
      throw new UserError(dir, "cannot write the JSON: " + MainJob.problem(e));
    }
    progress.done();

    out.println(Analysis.impactTable(r.impact()));
    out.println(String.join("\n", Illustrative.LINES));
    out.println();
    out.println(Analysis.caseTable(r.cost()));
    out.println(Analysis.agencyTable(r.cost()));
    out.println(Analysis.monteCarloTable(r.monteCarlo()));
    out.println("JSON written: " + cohortJson + ", " + impactJson.getFileName() + ", "
        + costJson.getFileName());
    out.println(Analysis.summary(r));
  }

  /**
   * Reads a CaseBook export and maps it. A wrong header or an unreadable file is a {@link UserError};
   * a bad row or a client the domain model rejects is listed in {@link Mapped#rejections()}.
   */
  public static Mapped map(InputStream in, String name) throws UserError {
    List<Entry> entries = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int rows = 0;
    var decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      String header = reader.readLine();
      if (header == null) {
        throw new UserError(name, "the file is empty; expected the header " + HEADER);
      }
      if (!header.strip().replace("\uFEFF", "").equals(HEADER)) {
        throw new UserError(name, "not a CaseBook export: the header is not " + HEADER);
      }
      String line;
      int row = 1;
      while ((line = reader.readLine()) != null) {
        row++;
        if (line.isBlank()) {
          continue;
        }
        rows++;
        try {
          entries.add(parse(row, line));
        } catch (IllegalArgumentException e) {
          rejections.add(new Rejection("row " + row, String.valueOf(e.getMessage())));
        }
      }
    } catch (CharacterCodingException e) {
      throw new UserError(name, "not UTF-8 text");
    } catch (IOException e) {
      throw new UserError(name, MainJob.problem(e));
    }
    if (entries.isEmpty()) {
      throw new UserError(name, "no valid rows (" + rejections.size() + " rejected)");
    }

    Map<String, List<Entry>> byClient = new LinkedHashMap<>();
    entries.forEach(e -> byClient.computeIfAbsent(e.clientRef(), k -> new ArrayList<>()).add(e));
    List<YoungPersonRecord> records = new ArrayList<>();
    int accepted = 0;
    for (Map.Entry<String, List<Entry>> c : byClient.entrySet()) {
      List<Entry> own = c.getValue();
      try {
        records.add(toRecord(c.getKey(), own));
        accepted += own.size();
      } catch (IllegalArgumentException e) { // DomainRuleException too
        rejections.add(
            new Rejection(
                "client " + shownRef(c.getKey()) + " (" + own.size() + " rows from row " + own.get(0).row()
                    + ")",
                String.valueOf(e.getMessage())));
      }
    }
    if (records.isEmpty()) {
      throw new UserError(
          name, "no client could be mapped; the first problem: " + rejections.get(0));
    }
    Cohort cohort = Cohort.of(HUBS.values().asList(), records);
    return new Mapped(cohort, rows, accepted, ImmutableList.copyOf(rejections));
  }

  /** One row into CaseBook's own record; the message says which column is wrong and why. */
  static Entry parse(int row, String line) {
    String[] f = line.split(",", -1);
    if (f.length != 8) {
      throw new IllegalArgumentException(f.length + " fields, expected 8 (" + HEADER + ")");
    }
    String ref = f[0].strip();
    require(!ref.isEmpty(), "client_ref is empty");
    YearMonth birth;
    try {
      birth = YearMonth.parse(f[1].strip());
    } catch (DateTimeParseException e) {
      // Personal data: never echoed.
      throw new IllegalArgumentException("birth_month " + SafeText.withheld(f[1]) + " is not YYYY-MM");
    }
    EntryType type;
    try {
      type = EntryType.valueOf(f[3].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "entry_type '" + SafeText.bounded(f[3]) + "' is not one of " + List.of(EntryType.values()));
    }
    LocalDate start = date(f[4], "start_date");
    Optional<LocalDate> end =
        f[5].isBlank() ? Optional.empty() : Optional.of(date(f[5], "end_date"));
    end.ifPresent(
        e -> require(e.isAfter(start), "end_date " + e + " is not after start_date " + start));
    Optional<String> hub = f[6].isBlank() ? Optional.empty() : Optional.of(f[6].strip());
    if (type == EntryType.HUB_BED || type == EntryType.OUTREACH) {
      require(hub.isPresent(), "hub is empty for a " + type + " entry");
      require(HUBS.containsKey(hub.get()), "hub '" + SafeText.bounded(hub.get()) + "' is not one of " + HUBS.keySet());
      require(end.isPresent(), "end_date is empty for a " + type + " entry");
    }
    Optional<String> detail = f[7].isBlank() ? Optional.empty() : Optional.of(f[7].strip());
    if (type == EntryType.REFERRAL) {
      require(
          detail.isPresent() && CATEGORIES.containsKey(detail.get()),
          "referral detail '" + SafeText.bounded(detail.orElse("")) + "' is not one of " + CATEGORIES.keySet());
    }
    if (type == EntryType.HUB_BED) {
      require(
          detail.isPresent() && List.of("residential", "emergency").contains(detail.get()),
          "hub bed detail '" + SafeText.bounded(detail.orElse("")) + "' is not residential or emergency");
    }
    return new Entry(row, ref, birth, f[2].strip(), type, start, end, hub, detail);
  }

  /** One client's entries into a young person's record; the model's builders validate it. */
  static YoungPersonRecord toRecord(String clientRef, List<Entry> entries) {
    Entry first = entries.get(0);
    for (Entry e : entries) {
      require(
          e.birthMonth().equals(first.birthMonth()) && e.council().equals(first.council()),
          "row " + e.row() + " gives another birth month or council than row " + first.row());
    }
    YoungPersonId id = YoungPersonId.of(clientRef);
    YoungPersonRecord.Builder b =
        YoungPersonRecord.builder()
            .youngPerson(
                YoungPerson.builder()
                    .id(id)
                    .birthMonth(first.birthMonth())
                    .localAuthority(first.council())
                    .build());
    for (Entry e : entries) {
      switch (e.type()) {
        case REFERRAL ->
            b.addReferrals(
                Referral.of(
                    id, e.start(), mapped(CATEGORIES, e.detail().orElseThrow(), "referral category"),
                    ReferralDecision.ACCEPTED));
        case HUB_BED, OUTREACH ->
            b.addHubEpisodes(
                HubEpisode.builder()
                    .youngPersonId(id)
                    .hubId(mapped(HUBS, e.hub().orElseThrow(), "hub").id())
                    .kind(
                        e.type() == EntryType.OUTREACH
                            ? HubEpisodeKind.OUTREACH
                            : e.detail().orElseThrow().equals("emergency")
                                ? HubEpisodeKind.EMERGENCY_BED
                                : HubEpisodeKind.RESIDENTIAL_STAY)
                    .period(DatePeriod.of(e.start(), e.end().orElseThrow()))
                    // CaseBook keeps no end reason: an ended episode is mapped to OTHER, planned.
                    .endReason(EndReason.OTHER)
                    .planned(true)
                    .build());
        default -> b.addEvents(OutcomeEvent.of(id, mapped(MEASURES, e.type(), "outcome measure"), e.start(), 1));
      }
    }
    return b.build();
  }

  private static LocalDate date(String text, String column) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + " '" + SafeText.bounded(text) + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** A client reference as printed: as it is when a valid id, else withheld (it may be a name). */
  static String shownRef(String ref) {
    try {
      return YoungPersonId.of(ref).value();
    } catch (DomainRuleException e) {
      return SafeText.withheld(ref);
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
