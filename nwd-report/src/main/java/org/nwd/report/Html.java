package org.nwd.report;

/** Escapes text for HTML and XML alike, so the report is both valid HTML and well-formed XML. */
final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} and replaces characters XML 1.0 forbids (control characters other than
   * tab, line feed and carriage return, lone surrogates) with U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

  private static boolean allowed(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    return !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
  }
}
