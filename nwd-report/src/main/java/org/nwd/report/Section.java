package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One rendered section of a report: its id, kind, heading, body markup, the tables it holds and, for
 * the headline panel, its content as plain text.
 */
final class Section {
  final String id;
  final String kind;
  final String heading;
  final String body;
  final ImmutableList<Table> tables;
  final String text;

  Section(String id, String kind, String heading, String body, List<Table> tables) {
    this(id, kind, heading, body, tables, "");
  }

  Section(String id, String kind, String heading, String body, List<Table> tables, String text) {
    this.id = id;
    this.kind = kind;
    this.heading = heading;
    this.body = body;
    this.tables = ImmutableList.copyOf(tables);
    this.text = text;
  }
}
