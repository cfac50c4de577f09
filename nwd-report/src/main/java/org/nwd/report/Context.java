package org.nwd.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nwd.cost.UnitCost;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.cost.ValueType;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.OutcomeMeasureCatalogue;

/**
 * What the sections of one report share while they are rendered: the names readers know measures,
 * groups and unit costs by (never a code where a name is known), and the running figure number.
 */
final class Context {
  private final Map<String, String> measureNames = new TreeMap<>();
  private final Map<String, String> groupNames = new TreeMap<>();
  private @Nullable UnitCostCatalogue catalogue;
  private int figures;
  private boolean assumptions;

  /** Names {@code measure} by its own name wherever its code appears. */
  void addMeasure(OutcomeMeasure measure) {
    measureNames.putIfAbsent(measure.code(), measure.name());
  }

  void addGroupName(String group, String name) {
    groupNames.put(group, name);
  }

  /** The catalogue unit costs are looked up in (the appraisal's, or the shipped defaults). */
  void catalogue(UnitCostCatalogue c) {
    catalogue = c;
  }

  /** Notes that the report has an assumptions section (so other sections need not list them). */
  void assumptionsAdded() {
    assumptions = true;
  }

  boolean hasAssumptions() {
    return assumptions;
  }

  /** Starts the figure numbers again from 1, for a new rendering of the report. */
  void resetFigures() {
    figures = 0;
  }

  /** The next figure number, from 1. */
  int nextFigure() {
    return ++figures;
  }

  /**
   * The measure's name: as the analysis or the standard catalogue names it, else the code in words
   * ("SELF_HARM" as "self harm").
   */
  String measureName(String code) {
    String known = measureNames.get(code);
    if (known != null) {
      return known;
    }
    Optional<OutcomeMeasure> standard = OutcomeMeasureCatalogue.standard().find(code);
    return standard.map(OutcomeMeasure::name).orElseGet(() -> words(code));
  }

  /**
   * {@code text} (a note from the cost model, say) with every measure code it holds as a word of its
   * own, "ARRESTS" in "cashable share for ARRESTS / Police", replaced by the measure's name.
   */
  String named(String text) {
    Map<String, String> names = new TreeMap<>();
    for (OutcomeMeasure m : OutcomeMeasureCatalogue.standard().measures()) {
      names.put(m.code(), m.name());
    }
    names.putAll(measureNames);
    String out = text;
    for (Map.Entry<String, String> e : names.entrySet()) {
      out = out.replaceAll("(?<![A-Za-z0-9_-])" + Pattern.quote(e.getKey()) + "(?![A-Za-z0-9_-])",
          Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  /** A comma-separated list of measure codes, named. */
  String measureNames(String codes) {
    StringBuilder out = new StringBuilder();
    for (String c : codes.split(",")) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(measureName(c.trim()));
    }
    return out.toString();
  }

  /** The group's display name, e.g. "Harrogate" for "HUB-HARROGATE"; the code when none is known. */
  String groupName(String code) {
    return groupNames.getOrDefault(code, code);
  }

  /**
   * A unit cost named as the tornado and model name it ("L-CR7.0-POLICE (FISCAL)"), in words: its
   * description from the catalogue and its code, e.g. "police time per arrest (L-CR7.0-POLICE)".
   */
  String unitCostName(String key) {
    int paren = key.indexOf(" (");
    String code = paren < 0 ? key : key.substring(0, paren);
    Optional<UnitCost> cost = unitCost(code, paren < 0 ? "" : key.substring(paren + 2,
        key.length() - (key.endsWith(")") ? 1 : 0)));
    return cost.map(u -> u.description() + " (" + code + ")").orElse(code);
  }

  /** The unit cost {@code code} of value type {@code type} (any type when it is not one). */
  Optional<UnitCost> unitCost(String code, String type) {
    UnitCostCatalogue c = catalogue != null ? catalogue : UnitCostCatalogue.defaults();
    for (ValueType t : ValueType.values()) {
      if (t.name().equals(type)) {
        return c.find(code, t);
      }
    }
    return c.costs().stream().filter(u -> u.code().equals(code)).findFirst();
  }

  /** "SOME_CODE" as "some code". */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
