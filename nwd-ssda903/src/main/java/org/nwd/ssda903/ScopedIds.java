package org.nwd.ssda903;

/** {@link IdScheme#scoped()}: one instance, so that imports configured alike are equal. */
final class ScopedIds implements IdScheme {
  static final ScopedIds INSTANCE = new ScopedIds();

  private ScopedIds() {}

  @Override
  public String id(String council, String value) {
    return council + ":" + value;
  }

  @Override
  public String toString() {
    return "scoped ids (COUNCIL:VALUE)";
  }
}
