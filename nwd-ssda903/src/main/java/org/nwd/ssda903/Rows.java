package org.nwd.ssda903;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Sex;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;

/** The typed rows of one child, after the row-level rules ran. */
final class Rows {
  final YoungPersonId id;
  final List<HeaderRow> headers = new ArrayList<>(2);
  final List<EpisodeRow> episodes = new ArrayList<>(4);
  final List<MissingRow> missing = new ArrayList<>(0);
  final List<Oc2Row> oc2 = new ArrayList<>(0);
  final List<Oc3Row> oc3 = new ArrayList<>(0);
  final List<SwRow> sw = new ArrayList<>(0);

  Rows(YoungPersonId id) {
    this.id = id;
  }

  /** Where a row came from. */
  abstract static class Row {
    final Ssda903Source source;
    final long line;

    Row(Ssda903Source source, long line) {
      this.source = source;
      this.line = line;
    }

    CollectionYear year() {
      return source.year();
    }
  }

  static final class HeaderRow extends Row {
    final YearMonth birth;
    final @Nullable Sex sex;

    HeaderRow(Ssda903Source source, long line, YearMonth birth, @Nullable Sex sex) {
      super(source, line);
      this.birth = birth;
      this.sex = sex;
    }
  }

  static final class EpisodeRow extends Row {
    final LocalDate start;
    @Nullable LocalDate end;
    final @Nullable String rne;
    final @Nullable String ls;
    final @Nullable String cin;
    final @Nullable PlacementType place;
    final @Nullable PlacementProvider provider;
    final @Nullable String rec;
    final @Nullable String reasonPlaceChange;
    final @Nullable String homePost;
    final @Nullable String placePost;
    boolean censored;

    EpisodeRow(
        Ssda903Source source,
        long line,
        LocalDate start,
        @Nullable LocalDate end,
        @Nullable String rne,
        @Nullable String ls,
        @Nullable String cin,
        @Nullable PlacementType place,
        @Nullable PlacementProvider provider,
        @Nullable String rec,
        @Nullable String reasonPlaceChange,
        @Nullable String homePost,
        @Nullable String placePost) {
      super(source, line);
      this.start = start;
      this.end = end;
      this.rne = rne;
      this.ls = ls;
      this.cin = cin;
      this.place = place;
      this.provider = provider;
      this.rec = rec;
      this.reasonPlaceChange = reasonPlaceChange;
      this.homePost = homePost;
      this.placePost = placePost;
    }

    boolean isOpen() {
      return end == null;
    }

    /** True when the same placement: type, provider and placement postcode agree. */
    boolean samePlacement(EpisodeRow o) {
      return place == o.place
          && provider == o.provider
          && (placePost == null || o.placePost == null || placePost.equals(o.placePost));
    }

    /** The fields that differ from {@code later}, by column, for the report. */
    List<String[]> changesTo(EpisodeRow later) {
      List<String[]> out = new ArrayList<>();
      // An episode open in an earlier return and closed in a later one is its normal course.
      boolean closing = end == null;
      diff(out, "DEC", closing ? null : date(end), closing ? null : date(later.end));
      diff(out, "RNE", rne, later.rne);
      diff(out, "LS", ls, later.ls);
      diff(out, "CIN", cin, later.cin);
      diff(out, "PLACE", code(place), code(later.place));
      diff(out, "PLACE_PROVIDER", provider == null ? null : provider.code(),
          later.provider == null ? null : later.provider.code());
      diff(out, "REC", closing ? null : rec, closing ? null : later.rec);
      diff(out, "REASON_PLACE_CHANGE", closing ? null : reasonPlaceChange,
          closing ? null : later.reasonPlaceChange);
      diff(out, "HOME_POST", homePost, later.homePost);
      diff(out, "PL_POST", placePost, later.placePost);
      return out;
    }

    boolean sameContent(EpisodeRow o) {
      return Objects.equals(end, o.end)
          && Objects.equals(rne, o.rne)
          && Objects.equals(ls, o.ls)
          && Objects.equals(cin, o.cin)
          && place == o.place
          && provider == o.provider
          && Objects.equals(rec, o.rec)
          && Objects.equals(reasonPlaceChange, o.reasonPlaceChange)
          && Objects.equals(homePost, o.homePost)
          && Objects.equals(placePost, o.placePost);
    }

    private static @Nullable String code(@Nullable PlacementType t) {
      return t == null ? null : t.code();
    }

    private static @Nullable String date(@Nullable LocalDate d) {
      return d == null ? null : Dates.format(d);
    }

    private static void diff(List<String[]> out, String field, @Nullable String before, @Nullable String after) {
      if (!Objects.equals(before, after)) {
        out.add(new String[] {field, before, after});
      }
    }
  }

  static final class MissingRow extends Row {
    final MissingKind kind;
    final LocalDate start;
    final @Nullable LocalDate end;

    MissingRow(
        Ssda903Source source, long line, MissingKind kind, LocalDate start, @Nullable LocalDate end) {
      super(source, line);
      this.kind = kind;
      this.start = start;
      this.end = end;
    }
  }

  static final class Oc2Row extends Row {
    final @Nullable Integer sdq;
    final @Nullable Boolean convicted;
    final @Nullable Boolean substanceMisuse;

    Oc2Row(
        Ssda903Source source,
        long line,
        @Nullable Integer sdq,
        @Nullable Boolean convicted,
        @Nullable Boolean substance) {
      super(source, line);
      this.sdq = sdq;
      this.convicted = convicted;
      this.substanceMisuse = substance;
    }
  }

  static final class Oc3Row extends Row {
    final @Nullable Boolean inEet;
    final @Nullable Boolean suitable;

    Oc3Row(Ssda903Source source, long line, @Nullable Boolean inEet, @Nullable Boolean suitable) {
      super(source, line);
      this.inEet = inEet;
      this.suitable = suitable;
    }
  }

  static final class SwRow extends Row {
    final WorkerId worker;
    final LocalDate start;
    final @Nullable LocalDate end;

    SwRow(
        Ssda903Source source, long line, WorkerId worker, LocalDate start, @Nullable LocalDate end) {
      super(source, line);
      this.worker = worker;
      this.start = start;
      this.end = end;
    }
  }
}
