package org.nwd.ssda903;

import static org.nwd.quality.DataIssueAction.KEPT;
import static org.nwd.quality.DataIssueAction.REJECTED;
import static org.nwd.quality.DataIssueAction.REPAIRED;
import static org.nwd.quality.DataIssueCategory.DATE_OUT_OF_RANGE;
import static org.nwd.quality.DataIssueCategory.END_BEFORE_START;
import static org.nwd.quality.DataIssueCategory.INVALID_DATE;
import static org.nwd.quality.DataIssueCategory.INVALID_POSTCODE;
import static org.nwd.quality.DataIssueCategory.INVALID_VALUE;
import static org.nwd.quality.DataIssueCategory.MISSING_VALUE;
import static org.nwd.quality.DataIssueCategory.NOT_MAPPED;
import static org.nwd.quality.DataIssueCategory.PROVIDER_NOT_ALLOWED;
import static org.nwd.quality.DataIssueCategory.REASON_ON_OPEN_EPISODE;
import static org.nwd.quality.DataIssueCategory.UNKNOWN_CODE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Sex;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;

/**
 * The row-level rules: each raw row becomes a typed row of its child, or is rejected, with every
 * problem in the issue log. Rules that need the whole history (overlaps, gaps, rows of children
 * absent from every header) run later, in {@link Histories}.
 */
final class RowRules implements RawRow.Sink {
  /** A UK postcode in normal form (no spaces): outward code then inward code. */
  private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

  private final String council;
  private final IdScheme ids;
  private final @Nullable PostcodeDirectory postcodes;
  private final IssueLog log;
  /** Per CHILD as written (trimmed, upper case). */
  final Map<String, Rows> children = new HashMap<>();
  private final Map<String, YoungPersonId> childIds = new HashMap<>();
  private final Map<String, WorkerId> workerIds = new HashMap<>();

  RowRules(String council, IdScheme ids, @Nullable PostcodeDirectory postcodes, IssueLog log) {
    this.council = council;
    this.ids = ids;
    this.postcodes = postcodes;
    this.log = log;
  }

  @Override
  public void counted(Ssda903Table table, long rows) {
    log.counted(table, rows);
  }

  @Override
  public void note(
      Ssda903Table table, Ssda903Source source, long line, @Nullable String field, String rule,
      boolean ignored) {
    log.add(table, source, line, null, field, null, ignored ? NOT_MAPPED : MISSING_VALUE,
        ignored ? DataIssueAction.IGNORED : KEPT, rule, null);
  }

  @Override
  public void row(RawRow r) {
    String child = r.get("CHILD");
    if (child == null) {
      issue(r, null, "CHILD", null, MISSING_VALUE, REJECTED, "CHILD is blank", null);
      return;
    }
    YoungPersonId id = childId(child);
    if (id == null) {
      issue(
          r, null, "CHILD", DataIssue.shape(child), INVALID_VALUE, REJECTED,
          "CHILD does not make a pseudonymous id (1-64 characters of A-Z, 0-9, . _ : -)", null);
      return;
    }
    Rows rows = children.computeIfAbsent(child, c -> new Rows(id));
    switch (r.table) {
      case HEADER:
        header(r, rows);
        break;
      case EPISODES:
        episode(r, rows);
        break;
      case MISSING:
        missing(r, rows);
        break;
      case OC2:
        oc2(r, rows);
        break;
      case OC3:
        oc3(r, rows);
        break;
      case SW_EPISODES:
        sw(r, rows);
        break;
      default:
        throw new IllegalStateException("unmapped table " + r.table);
    }
  }

  private @Nullable YoungPersonId childId(String child) {
    if (childIds.containsKey(child)) {
      return childIds.get(child);
    }
    YoungPersonId id;
    try {
      id = YoungPersonId.of(ids.id(council, child));
    } catch (DomainRuleException e) {
      id = null;
    }
    childIds.put(child, id);
    return id;
  }

  private @Nullable WorkerId workerId(String sw) {
    if (workerIds.containsKey(sw)) {
      return workerIds.get(sw);
    }
    WorkerId id;
    try {
      id = WorkerId.of(ids.id(council, sw));
    } catch (DomainRuleException e) {
      id = null;
    }
    workerIds.put(sw, id);
    return id;
  }

  // ---- header ----

  private void header(RawRow r, Rows rows) {
    CollectionYear year = r.source.year();
    LocalDate dob = date(r, rows.id, "DOB", true, true, REJECTED, null);
    if (dob == null) {
      return;
    }
    if (dob.isAfter(year.end())) {
      issue(r, rows.id, "DOB", DataIssue.shape(Objects.requireNonNull(r.get("DOB"))), DATE_OUT_OF_RANGE, REJECTED,
          "DOB is after the end of the " + year + " collection year", null);
      return;
    }
    rows.headers.add(new Rows.HeaderRow(r.source, r.line, YearMonth.from(dob), sex(r, rows.id)));
  }

  private @Nullable Sex sex(RawRow r, YoungPersonId id) {
    String code = r.get("SEX");
    CollectionYear year = r.source.year();
    boolean letters = CodeLists.letterSex(year);
    if (code == null) {
      issue(r, id, "SEX", null, MISSING_VALUE, KEPT, "SEX is blank: sex not recorded", null);
      return null;
    }
    Sex sex;
    try {
      sex = Sex.fromSsda903Code(code);
    } catch (DomainRuleException e) {
      issue(r, id, "SEX", DataIssue.shown(code), UNKNOWN_CODE, REPAIRED,
          "SEX " + DataIssue.shown(code) + " is not a code of the " + year + " list ("
              + (letters ? "M, F, U" : "1, 2") + ")",
          "sex not recorded");
      return null;
    }
    boolean isLetter = Character.isLetter(code.charAt(0));
    if (isLetter != letters) {
      issue(r, id, "SEX", DataIssue.shown(code), UNKNOWN_CODE, REPAIRED,
          "SEX " + code + " is not a code of the " + year + " list (" + (letters ? "M, F, U" : "1, 2")
              + ")",
          "read as " + sex.code() + " in the " + (letters ? "1/2 coding of returns up to 2023-24"
              : "M/F/U coding of returns from 2024-25"));
    }
    return sex;
  }

  // ---- episodes ----

  private void episode(RawRow r, Rows rows) {
    CollectionYear year = r.source.year();
    YoungPersonId id = rows.id;
    LocalDate start = date(r, id, "DECOM", true, false, REJECTED, null);
    if (start == null) {
      return;
    }
    if (start.isAfter(year.end())) {
      issue(r, id, "DECOM", DataIssue.shown(Objects.requireNonNull(r.get("DECOM"))), DATE_OUT_OF_RANGE, REJECTED,
          "DECOM is after the end of the " + year + " collection year", null);
      return;
    }
    String decRaw = r.get("DEC");
    LocalDate end = null;
    if (decRaw != null) {
      end = Dates.parse(decRaw);
      if (end == null) {
        issue(r, id, "DEC", DataIssue.shown(decRaw), INVALID_DATE, REJECTED,
            "DEC is not a date (dd/mm/yyyy or yyyy-mm-dd)", null);
        return;
      }
      if (end.isBefore(start)) {
        issue(r, id, "DEC", DataIssue.shown(decRaw), END_BEFORE_START, REJECTED,
            "DEC " + Dates.format(end) + " is before DECOM " + Dates.format(start), null);
        return;
      }
    }
    String ls = r.get("LS");
    if (ls != null && CodeLists.SHORT_BREAKS.contains(ls)) {
      issue(r, id, "LS", ls, NOT_MAPPED, REJECTED,
          "short-break episode (LS " + ls + "): not mapped, as DfE statistics leave out agreed"
              + " series of short breaks", null);
      return;
    }
    if (ls == null) {
      issue(r, id, "LS", null, MISSING_VALUE, KEPT, "LS is blank", null);
    } else if (!CodeLists.LS.contains(ls)) {
      issue(r, id, "LS", DataIssue.shown(ls), UNKNOWN_CODE, KEPT,
          "LS " + DataIssue.shown(ls) + " is not a code of the " + year + " list", null);
    }
    if (end != null && end.isAfter(year.end())) {
      issue(r, id, "DEC", DataIssue.shown(Objects.requireNonNull(decRaw)), DATE_OUT_OF_RANGE, REPAIRED,
          "DEC " + Dates.format(end) + " is after the end of the " + year + " collection year",
          "the episode is read as open at the end of " + year + " (REC ignored)");
      end = null;
    }
    String rne = r.get("RNE");
    if (rne == null || !CodeLists.RNE.contains(rne)) {
      issue(r, id, "RNE", rne == null ? null : DataIssue.shown(rne),
          rne == null ? MISSING_VALUE : UNKNOWN_CODE, REPAIRED,
          rne == null ? "RNE is blank"
              : "RNE " + DataIssue.shown(rne) + " is not a code of the " + year + " list",
          "read from the episode before: a change within the period of care when it ended X1"
              + " that day, otherwise a new period of care");
      rne = null;
    }
    PlacementType place = place(r, id, year);
    PlacementProvider provider = provider(r, id, year, place);
    String rec = r.get("REC");
    if (end == null && rec != null && decRaw == null) {
      issue(r, id, "REC", DataIssue.shown(rec), REASON_ON_OPEN_EPISODE, REPAIRED,
          "REC " + DataIssue.shown(rec) + " given on an open episode (DEC is blank)",
          "REC ignored: the episode is open");
      rec = null;
    } else if (end == null) {
      rec = null;
    } else if (rec == null || !CodeLists.REC.contains(rec)) {
      issue(r, id, "REC", rec == null ? null : DataIssue.shown(rec),
          rec == null ? MISSING_VALUE : UNKNOWN_CODE, REPAIRED,
          rec == null ? "REC is blank on an episode that ended"
              : "REC " + DataIssue.shown(rec) + " is not a code of the " + year + " list",
          "read as X1 when another episode starts that day, otherwise as leaving care");
      rec = null;
    }
    String home = postcode(r, id, "HOME_POST", "the placement distance is unknown");
    String placePost = postcode(r, id, "PL_POST", "the placement location is unknown");
    rows.episodes.add(
        new Rows.EpisodeRow(r.source, r.line, start, end, rne, ls, r.get("CIN"), place, provider,
            rec, r.get("REASON_PLACE_CHANGE"), home, placePost));
  }

  private @Nullable PlacementType place(RawRow r, YoungPersonId id, CollectionYear year) {
    String code = r.get("PLACE");
    String repair = "placement type unknown: the episode is joined to the placement around it";
    if (code == null) {
      issue(r, id, "PLACE", null, MISSING_VALUE, REPAIRED, "PLACE is blank", repair);
      return null;
    }
    PlacementType type;
    try {
      type = PlacementType.fromCode(code);
    } catch (DomainRuleException e) {
      issue(r, id, "PLACE", DataIssue.shown(code), UNKNOWN_CODE, REPAIRED,
          "PLACE " + DataIssue.shown(code) + " is not a code of the " + year + " list", repair);
      return null;
    }
    if (!CodeLists.places(year).contains(code)) {
      issue(r, id, "PLACE", code, UNKNOWN_CODE, KEPT,
          "PLACE " + code + " is not a code of the " + year + " list (it is of other years)", null);
    }
    return type;
  }

  private @Nullable PlacementProvider provider(
      RawRow r, YoungPersonId id, CollectionYear year, @Nullable PlacementType place) {
    String code = r.get("PLACE_PROVIDER");
    if (code == null) {
      if (place != null && !CodeLists.providerMustBeBlank(place, year)) {
        issue(r, id, "PLACE_PROVIDER", null, MISSING_VALUE, KEPT,
            "PLACE_PROVIDER is blank for PLACE " + place.code() + ": provider not recorded", null);
      }
      return null;
    }
    if (!CodeLists.PROVIDERS.contains(code)) {
      issue(r, id, "PLACE_PROVIDER", DataIssue.shown(code), UNKNOWN_CODE, REPAIRED,
          "PLACE_PROVIDER " + DataIssue.shown(code) + " is not a code of the " + year + " list",
          "provider not recorded");
      return null;
    }
    if (place != null && CodeLists.providerMustBeBlank(place, year)) {
      issue(r, id, "PLACE_PROVIDER", code, PROVIDER_NOT_ALLOWED, REPAIRED,
          "PLACE " + place.code() + " carries no provider in " + year + " (rule 178), " + code
              + " given",
          "provider removed");
      return null;
    }
    return PlacementProvider.fromCode(code);
  }

  /** A postcode in normal form, or null (blank, impossible, or not in the lookup: reported). */
  private @Nullable String postcode(RawRow r, YoungPersonId id, String field, String consequence) {
    String raw = r.get(field);
    if (raw == null) {
      return null;
    }
    String pc = PostcodeDirectory.normalise(raw);
    if (!POSTCODE.matcher(pc).matches()) {
      issue(r, id, field, DataIssue.shape(raw), INVALID_POSTCODE, REPAIRED,
          field + " is not a UK postcode", consequence);
      return null;
    }
    if (postcodes != null && postcodes.find(pc).isEmpty()) {
      issue(r, id, field, DataIssue.shape(raw), INVALID_POSTCODE, REPAIRED,
          field + " is not in the postcode lookup", consequence);
      return null;
    }
    return pc;
  }

  // ---- missing ----

  private void missing(RawRow r, Rows rows) {
    YoungPersonId id = rows.id;
    CollectionYear year = r.source.year();
    String code = r.get("MISSING");
    MissingKind kind = code == null ? null : MissingKind.ofCode(code);
    if (kind == null) {
      issue(r, id, "MISSING", code == null ? null : DataIssue.shown(code),
          code == null ? MISSING_VALUE : UNKNOWN_CODE, REJECTED,
          code == null ? "MISSING is blank" : "MISSING " + DataIssue.shown(code)
              + " is not a code of the " + year + " list (M, A)", null);
      return;
    }
    LocalDate start = date(r, id, "MIS_START", true, false, REJECTED, null);
    if (start == null) {
      return;
    }
    if (start.isAfter(year.end())) {
      issue(r, id, "MIS_START", DataIssue.shown(Objects.requireNonNull(r.get("MIS_START"))), DATE_OUT_OF_RANGE, REJECTED,
          "MIS_START is after the end of the " + year + " collection year", null);
      return;
    }
    String endRaw = r.get("MIS_END");
    LocalDate end = null;
    if (endRaw != null) {
      end = Dates.parse(endRaw);
      if (end == null) {
        issue(r, id, "MIS_END", DataIssue.shown(endRaw), INVALID_DATE, REPAIRED,
            "MIS_END is not a date (dd/mm/yyyy or yyyy-mm-dd)", "the episode is read as open");
      } else if (end.isBefore(start)) {
        issue(r, id, "MIS_END", DataIssue.shown(endRaw), END_BEFORE_START, REJECTED,
            "MIS_END " + Dates.format(end) + " is before MIS_START " + Dates.format(start), null);
        return;
      } else if (end.isAfter(year.end())) {
        issue(r, id, "MIS_END", DataIssue.shown(endRaw), DATE_OUT_OF_RANGE, REPAIRED,
            "MIS_END is after the end of the " + year + " collection year",
            "the episode is read as open at the end of " + year);
        end = null;
      }
    }
    rows.missing.add(new Rows.MissingRow(r.source, r.line, kind, start, end));
  }

  // ---- OC2, OC3 ----

  private void oc2(RawRow r, Rows rows) {
    YoungPersonId id = rows.id;
    Integer sdq = null;
    String score = r.get("SDQ_SCORE");
    if (score != null) {
      if (score.matches("\\d{1,2}") && Integer.parseInt(score) <= 40) {
        sdq = Integer.parseInt(score);
      } else {
        issue(r, id, "SDQ_SCORE", DataIssue.shown(score), INVALID_VALUE, REJECTED,
            "SDQ_SCORE " + DataIssue.shown(score) + " is not a whole number from 0 to 40: the"
                + " score is not mapped", null);
      }
    }
    rows.oc2.add(
        new Rows.Oc2Row(r.source, r.line, sdq, flag(r, id, "CONVICTED"),
            flag(r, id, "SUBSTANCE_MISUSE")));
  }

  private @Nullable Boolean flag(RawRow r, YoungPersonId id, String field) {
    String v = r.get(field);
    if (v == null) {
      return null;
    }
    if (!CodeLists.FLAG.contains(v)) {
      issue(r, id, field, DataIssue.shown(v), UNKNOWN_CODE, REJECTED,
          field + " " + DataIssue.shown(v) + " is not 0 or 1: the field is not mapped", null);
      return null;
    }
    return "1".equals(v);
  }

  private void oc3(RawRow r, Rows rows) {
    YoungPersonId id = rows.id;
    CollectionYear year = r.source.year();
    String touch = r.get("IN_TOUCH");
    if (touch != null && !CodeLists.IN_TOUCH.contains(touch)) {
      issue(r, id, "IN_TOUCH", DataIssue.shown(touch), UNKNOWN_CODE, KEPT,
          "IN_TOUCH " + DataIssue.shown(touch) + " is not a code of the " + year + " list", null);
    }
    Boolean eet = null;
    String activ = r.get("ACTIV");
    if (activ != null) {
      if (CodeLists.ACTIV_EET.contains(activ)) {
        eet = true;
      } else if (CodeLists.ACTIV_NEET.contains(activ)) {
        eet = false;
      } else if (CodeLists.ACTIV_RETIRED_EET.contains(activ)) {
        eet = true;
        issue(r, id, "ACTIV", activ, UNKNOWN_CODE, REPAIRED,
            "ACTIV " + activ + " is a retired code, not in the " + year + " list",
            "read as in education, employment or training (it meant training or employment)");
      } else if (!"0".equals(activ)) {
        issue(r, id, "ACTIV", DataIssue.shown(activ), UNKNOWN_CODE, REJECTED,
            "ACTIV " + DataIssue.shown(activ) + " is not a code of the " + year
                + " list: the activity is not mapped", null);
      }
    }
    Boolean suitable = null;
    String accom = r.get("ACCOM");
    if (accom != null && !"0".equals(accom)) {
      if (CodeLists.ACCOM.contains(accom)) {
        suitable = accom.charAt(1) == '1';
      } else {
        issue(r, id, "ACCOM", DataIssue.shown(accom), UNKNOWN_CODE, REJECTED,
            "ACCOM " + DataIssue.shown(accom) + " is not a code of the " + year
                + " list: the accommodation is not mapped", null);
      }
    }
    rows.oc3.add(new Rows.Oc3Row(r.source, r.line, eet, suitable));
  }

  // ---- social worker episodes ----

  private void sw(RawRow r, Rows rows) {
    YoungPersonId id = rows.id;
    CollectionYear year = r.source.year();
    String sw = r.get("SW_ID");
    if (sw == null) {
      issue(r, id, "SW_ID", null, MISSING_VALUE, REJECTED, "SW_ID is blank", null);
      return;
    }
    WorkerId worker = workerId(sw);
    if (worker == null) {
      issue(r, id, "SW_ID", DataIssue.shape(sw), INVALID_VALUE, REJECTED,
          "SW_ID does not make a pseudonymous id (1-64 characters of A-Z, 0-9, . _ : -)", null);
      return;
    }
    LocalDate start = date(r, id, "SW_DECOM", true, false, REJECTED, null);
    if (start == null) {
      return;
    }
    if (start.isAfter(year.end())) {
      issue(r, id, "SW_DECOM", DataIssue.shown(Objects.requireNonNull(r.get("SW_DECOM"))), DATE_OUT_OF_RANGE, REJECTED,
          "SW_DECOM is after the end of the " + year + " collection year", null);
      return;
    }
    String endRaw = r.get("SW_DEC");
    LocalDate end = null;
    if (endRaw != null) {
      end = Dates.parse(endRaw);
      if (end == null) {
        issue(r, id, "SW_DEC", DataIssue.shown(endRaw), INVALID_DATE, REJECTED,
            "SW_DEC is not a date (dd/mm/yyyy or yyyy-mm-dd)", null);
        return;
      }
      if (end.isBefore(start)) {
        issue(r, id, "SW_DEC", DataIssue.shown(endRaw), END_BEFORE_START, REJECTED,
            "SW_DEC " + Dates.format(end) + " is before SW_DECOM " + Dates.format(start), null);
        return;
      }
      if (end.isAfter(year.end())) {
        issue(r, id, "SW_DEC", DataIssue.shown(endRaw), DATE_OUT_OF_RANGE, REPAIRED,
            "SW_DEC is after the end of the " + year + " collection year",
            "the episode is read as open at the end of " + year);
        end = null;
      }
    }
    rows.sw.add(new Rows.SwRow(r.source, r.line, worker, start, end));
  }

  // ---- shared ----

  /**
   * A required (or optional) date field; blank or unreadable gives the issue with {@code action}.
   * Dates of birth are masked.
   */
  private @Nullable LocalDate date(
      RawRow r, YoungPersonId id, String field, boolean required, boolean personal,
      DataIssueAction action, @Nullable String repair) {
    String raw = r.get(field);
    if (raw == null) {
      if (required) {
        issue(r, id, field, null, MISSING_VALUE, action, field + " is blank", repair);
      }
      return null;
    }
    LocalDate d = Dates.parse(raw);
    if (d == null) {
      issue(r, id, field, personal ? DataIssue.shape(raw) : DataIssue.shown(raw), INVALID_DATE,
          action, field + " is not a date (dd/mm/yyyy or yyyy-mm-dd)", repair);
    }
    return d;
  }

  private void issue(
      RawRow r, @Nullable YoungPersonId id, String field, @Nullable String value,
      DataIssueCategory category, DataIssueAction action, String rule, @Nullable String repair) {
    log.add(r.table, r.source, r.line, id, field, value, category, action, rule, repair);
  }
}
