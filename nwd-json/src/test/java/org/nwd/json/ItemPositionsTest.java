package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

/** How {@link In} places an error at a path inside an object: at the innermost array item named. */
class ItemPositionsTest {
  private static final String DOC =
      "{\"a\": [\n"                       // 1
          + "  {\"b\": [\n"               // 2
          + "    {\"x\": 1},\n"           // 3
          + "    {\"x\": 2}]},\n"         // 4
          + "  {\"b\": [\n"               // 5
          + "    {\"x\": 3}]}],\n"        // 6
          + " \"c\": {\"d\": [\n"         // 7
          + "   {\"y\": 1}]},\n"          // 8
          + " \"b\": [\n"                 // 9
          + "   {\"x\": 9}]}";            // 10

  /** Reads any structure through In's object and array methods; returns the root's mark. */
  private static In.Mark read(In in) {
    return in.object("root", name -> value(in, name));
  }

  private static boolean value(In in, String name) {
    switch (in.token()) {
      case START_OBJECT:
        in.object(name, inner -> value(in, inner));
        return true;
      case START_ARRAY:
        in.array(name, () -> value(in, name));
        return true;
      default:
        return true;
    }
  }

  private static int[] at(String path) throws Exception {
    In in = new In(new JsonFactory().createParser(DOC), true, u -> { });
    in.next();
    In.Mark root = read(in);
    NwdJsonException e = In.failAt(root, path, "f", "r", null);
    assertThat(e.pointer()).isEqualTo("/" + path);
    return new int[] {e.line(), e.column()};
  }

  @Test
  void theInnermostItemOnThePathGivesTheLineAndColumn() throws Exception {
    assertThat(at("a/0")).containsExactly(2, 3);
    assertThat(at("a/1")).containsExactly(5, 3);
    assertThat(at("a/0/b/1")).containsExactly(4, 5);
    assertThat(at("a/1/b/0/x")).containsExactly(6, 5);
    assertThat(at("c/d/0/y")).containsExactly(8, 4);
    // The top-level "b" is not the "b" inside "a": depth tells them apart.
    assertThat(at("b/0")).containsExactly(10, 4);
    // No such item: the innermost one found, else the object itself.
    assertThat(at("a/1/b/7")).containsExactly(5, 3);
    assertThat(at("a/9")).containsExactly(1, 1);
    assertThat(at("a/x")).containsExactly(1, 1);
    assertThat(at("zz/0")).containsExactly(1, 1);
    assertThat(at("a/0123456789")).containsExactly(1, 1); // too long for an index
    assertThat(at("a//0")).containsExactly(1, 1);
  }

  @Test
  void aMarkWithoutAReaderUsesItsOwnPosition() {
    NwdJsonException e = In.failAt(new In.Mark("/p", 3, 4), "q/0", "f", "r", null);
    assertThat(e.pointer()).isEqualTo("/p/q/0");
    assertThat(new int[] {e.line(), e.column()}).containsExactly(3, 4);
  }

  @Test
  void forgottenItemsAreNotFound() throws Exception {
    In in = new In(new JsonFactory().createParser(DOC), true, u -> { });
    in.next();
    In.Mark root = read(in);
    in.forgetItems();
    assertThat(In.failAt(root, "a/1", "f", "r", null).line()).isEqualTo(1);
  }
}
