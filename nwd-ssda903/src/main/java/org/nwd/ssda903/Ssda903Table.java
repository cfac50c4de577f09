package org.nwd.ssda903;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * The SSDA903 tables (data-standards.md section 1.2), each with its exact CSV columns. A CSV file is
 * recognised as a table by its set of column names, in any order and letter case: the table whose
 * columns it holds all of (the most columns wins), and failing that the table whose {@link
 * #keyColumns() key columns} it holds, the rest of its columns then read as blank. Six tables are
 * mapped to the domain; the others are recognised and ignored (module README).
 */
public enum Ssda903Table {
  HEADER("header", true, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "CHILD,SEX,DOB"),
  EPISODES(
      "episodes",
      true,
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "CHILD,DECOM,RNE,LS,PLACE,DEC,REC"),
  MISSING("missing", true, "CHILD,DOB,MISSING,MIS_START,MIS_END", "CHILD,MISSING,MIS_START"),
  OC2(
      "oc2",
      true,
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
      "CHILD,SDQ_SCORE,CONVICTED,SUBSTANCE_MISUSE"),
  OC3("oc3", true, "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "CHILD,IN_TOUCH,ACTIV,ACCOM"),
  SW_EPISODES(
      "sw_episodes", true, "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", "CHILD,SW_ID,SW_DECOM"),
  REVIEWS("reviews", false, "CHILD,DOB,REVIEW,REVIEW_CODE", "CHILD,REVIEW,REVIEW_CODE"),
  UASC("uasc", false, "CHILD,SEX,DOB,DUC", "CHILD,DUC"),
  AD1(
      "ad1",
      false,
      "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
      "CHILD,DATE_INT,DATE_MATCH"),
  PLACED_ADOPTION(
      "placed_adoption",
      false,
      "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
      "CHILD,DATE_PLACED"),
  PREV_PERM("prev_perm", false, "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "CHILD,PREV_PERM"),
  DOLO("dolo", false, "CHILD,DOB,DOLO_START,DOLO_END", "CHILD,DOLO_START");

  private final String code;
  private final boolean mapped;
  private final ImmutableList<String> columns;
  private final ImmutableSet<String> keyColumns;

  Ssda903Table(String code, boolean mapped, String columns, String keyColumns) {
    this.code = code;
    this.mapped = mapped;
    this.columns = ImmutableList.copyOf(columns.split(","));
    this.keyColumns = ImmutableSet.copyOf(keyColumns.split(","));
  }

  /** The lower-snake name used in the issue report, e.g. {@code episodes}. */
  public String code() {
    return code;
  }

  /** True for the six tables the import maps; false for those it recognises and ignores. */
  public boolean isMapped() {
    return mapped;
  }

  /** The table's CSV columns, upper case, in the validator's order. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** The columns a file must hold to be taken for this table. */
  public ImmutableSet<String> keyColumns() {
    return keyColumns;
  }

  /** The index of {@code column} in {@link #columns()}, or -1. */
  int index(String column) {
    return columns.indexOf(column);
  }
}
