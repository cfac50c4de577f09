package org.nwd.ssda903;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.nwd.quality.DataIssue;

/**
 * Reads the DfE XML return with the JDK's StAX parser: root {@code EXPSSDA903}, repeated {@code CHILD}
 * elements, each a {@code HEADER} (the child's fields, with {@code AREVIEW}, {@code AMISSING}, {@code
 * OC2}, {@code PERMANENCE} and {@code AD_PLACED} groups inside) and its {@code EPISODE}s
 * (data-standards.md section 1.1). {@code CHILDID} is read as {@code CHILD} and {@code PL} as {@code
 * PLACE}, as the validator does; the care leaver's {@code IN_TOUCH}, {@code ACTIV} and {@code ACCOM},
 * when the header holds them, make an {@code OC3} row.
 *
 * <p>Safe against hostile XML: a DOCTYPE is refused (so no entity can expand and no external entity
 * is fetched), and element depth and text length are bounded. An element the shape does not allow is
 * an error naming the file and line; an unknown field inside a known group is noted and ignored.
 */
final class XmlReturn {
  private XmlReturn() {}

  private static final int MAX_TEXT = 1000;
  private static final Map<String, Ssda903Table> HEADER_GROUPS =
      Map.of(
          "AREVIEW", Ssda903Table.REVIEWS,
          "AMISSING", Ssda903Table.MISSING,
          "OC2", Ssda903Table.OC2,
          "PERMANENCE", Ssda903Table.PREV_PERM,
          "AD_PLACED", Ssda903Table.PLACED_ADOPTION);
  /** Header fields of tables other than the header itself (UASC, OC3, AD1). */
  private static final Set<String> HEADER_EXTRA =
      Set.of(
          "UASC", "DUC", "IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
          "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

  static void read(InputStream bytes, Ssda903Source source, RawRow.Sink sink) {
    String file = source.name();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    XMLStreamReader x = null;
    State state = new State(source, sink);
    try {
      x = factory.createXMLStreamReader(bytes);
      String root = nextElement(x, file);
      if (root == null) {
        throw new Ssda903FileException(file, line(x), "no root element", null);
      }
      if (!"EXPSSDA903".equals(root)) {
        throw unknownShape(file, x, root, "the document (expected EXPSSDA903)");
      }
      while (true) {
        String child = nextChildOrEnd(x, file);
        if (child == null) {
          break;
        }
        if (!"CHILD".equals(child)) {
          throw unknownShape(file, x, child, "EXPSSDA903");
        }
        state.child(x);
      }
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          throw unknownShape(file, x, x.getLocalName(), "the document after EXPSSDA903");
        }
        checkDtd(event, x, file);
      }
      state.finish();
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      String m = e.getMessage() == null ? "" : e.getMessage();
      // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message.
      int at = m.indexOf("Message: ");
      throw new Ssda903FileException(
          file, Math.max(line, 0), "malformed XML: " + (at >= 0 ? m.substring(at + 9) : m).strip(), e);
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
  }

  private static long line(XMLStreamReader x) {
    return Math.max(0, x.getLocation().getLineNumber());
  }

  private static Ssda903FileException unknownShape(
      String file, XMLStreamReader x, String element, String inside) {
    return new Ssda903FileException(
        file,
        line(x),
        "unknown XML shape: element <" + DataIssue.shown(element) + "> inside " + inside
            + " is not part of the SSDA903 XML return",
        null);
  }

  private static void checkDtd(int event, XMLStreamReader x, String file) {
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new Ssda903FileException(
          file,
          line(x),
          "a DOCTYPE or entity is not allowed in an SSDA903 XML return (entity expansion and"
              + " external entities are refused)",
          null);
    }
  }

  /** The next start element's name, or null at the end of the document. */
  private static @Nullable String nextElement(XMLStreamReader x, String file) throws XMLStreamException {
    while (x.hasNext()) {
      int event = x.next();
      checkDtd(event, x, file);
      if (event == XMLStreamConstants.START_ELEMENT) {
        return x.getLocalName();
      }
    }
    return null;
  }

  /** The next child element's name, or null at the end of the current element; text must be blank. */
  private static @Nullable String nextChildOrEnd(XMLStreamReader x, String file) throws XMLStreamException {
    while (true) {
      int event = x.next();
      checkDtd(event, x, file);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          return x.getLocalName();
        case XMLStreamConstants.END_ELEMENT:
          return null;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
          if (!x.isWhiteSpace() && !x.getText().isBlank()) {
            throw new Ssda903FileException(
                file, line(x), "unknown XML shape: text where only elements are allowed", null);
          }
          break;
        default:
          break;
      }
    }
  }

  /** The text of a leaf element, bounded; the reader ends on its end tag. */
  private static String leafText(XMLStreamReader x, String file, String name)
      throws XMLStreamException {
    StringBuilder s = new StringBuilder();
    while (true) {
      int event = x.next();
      checkDtd(event, x, file);
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (s.length() + x.getTextLength() > MAX_TEXT) {
            throw new Ssda903FileException(
                file, line(x), "element <" + name + "> holds more than " + MAX_TEXT + " characters",
                null);
          }
          s.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
          break;
        case XMLStreamConstants.START_ELEMENT:
          throw unknownShape(file, x, x.getLocalName(), "<" + name + ">, a field");
        case XMLStreamConstants.END_ELEMENT:
          return s.toString();
        default:
          break;
      }
    }
  }

  /** Rows of one return, kept per child until the child's header is read. */
  private static final class State {
    private final Ssda903Source source;
    private final RawRow.Sink sink;
    private final Map<Ssda903Table, Long> counts = new EnumMap<>(Ssda903Table.class);
    private final Set<String> noted = new HashSet<>();

    State(Ssda903Source source, RawRow.Sink sink) {
      this.source = source;
      this.sink = sink;
    }

    void child(XMLStreamReader x) throws XMLStreamException {
      String file = source.name();
      Map<String, String> header = null;
      long headerLine = 0;
      List<Object[]> groups = new ArrayList<>();
      while (true) {
        String name = nextChildOrEnd(x, file);
        if (name == null) {
          break;
        }
        long line = line(x);
        if ("HEADER".equals(name)) {
          if (header != null) {
            throw new Ssda903FileException(file, line, "a CHILD with two HEADER elements", null);
          }
          headerLine = line;
          header = new HashMap<>();
          while (true) {
            String field = nextChildOrEnd(x, file);
            if (field == null) {
              break;
            }
            Ssda903Table group = HEADER_GROUPS.get(field);
            if (group != null) {
              groups.add(new Object[] {group, line(x), fields(x, file, field, group)});
            } else {
              header.put(rename(field), Recognise.clean(leafText(x, file, field)));
            }
          }
        } else if ("EPISODE".equals(name)) {
          groups.add(new Object[] {Ssda903Table.EPISODES, line, fields(x, file, name,
              Ssda903Table.EPISODES)});
        } else {
          throw unknownShape(file, x, name, "CHILD");
        }
      }
      if (header == null) {
        throw new Ssda903FileException(file, line(x), "a CHILD without a HEADER", null);
      }
      for (String field : header.keySet()) {
        if (!Ssda903Table.HEADER.columns().contains(field) && !HEADER_EXTRA.contains(field)) {
          unknownField(Ssda903Table.HEADER, field, "HEADER");
        }
      }
      emit(Ssda903Table.HEADER, headerLine, header, header);
      if (header.containsKey("IN_TOUCH") || header.containsKey("ACTIV")
          || header.containsKey("ACCOM")) {
        emit(Ssda903Table.OC3, headerLine, header, header);
      }
      for (Object[] g : groups) {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) g[2];
        emit((Ssda903Table) g[0], (Long) g[1], values, header);
      }
    }

    /** The leaf fields of a group element; an unknown field is noted once per file. */
    private Map<String, String> fields(
        XMLStreamReader x, String file, String element, Ssda903Table table)
        throws XMLStreamException {
      Map<String, String> values = new HashMap<>();
      while (true) {
        String field = nextChildOrEnd(x, file);
        if (field == null) {
          return values;
        }
        String name = rename(field);
        String text = leafText(x, file, field);
        if (table.index(name) < 0) {
          unknownField(table, name, element);
        } else {
          values.put(name, Recognise.clean(text));
        }
      }
    }

    private void unknownField(Ssda903Table table, String field, String element) {
      if (noted.add(element + "/" + field)) {
        sink.note(
            table,
            source,
            0,
            DataIssue.shown(field),
            "field " + DataIssue.shown(field) + " of <" + element + "> is not part of the return:"
                + " ignored",
            true);
      }
    }

    private void emit(
        Ssda903Table table, long line, Map<String, String> values, Map<String, String> header) {
      counts.merge(table, 1L, Long::sum);
      if (!table.isMapped()) {
        return;
      }
      String[] row = new String[table.columns().size()];
      for (int i = 0; i < row.length; i++) {
        String column = table.columns().get(i);
        row[i] = values.containsKey(column) ? values.get(column) : header.get(column);
      }
      sink.row(new RawRow(table, source, line, row));
    }

    void finish() {
      counts.forEach(
          (table, n) -> {
            sink.counted(table, n);
            if (!table.isMapped()) {
              sink.note(
                  table, source, 0, null, "table " + table.code() + " is not mapped: " + n
                      + " rows ignored", true);
            }
          });
    }
  }

  private static String rename(String field) {
    return "CHILDID".equals(field) ? "CHILD" : "PL".equals(field) ? "PLACE" : field;
  }
}
