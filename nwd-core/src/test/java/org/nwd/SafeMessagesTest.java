package org.nwd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.reflect.ClassPath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.HubId;
import org.nwd.model.ImpactStory;
import org.nwd.model.Provocation;
import org.nwd.model.RiskOwner;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;

/**
 * Messages are safe to log: names, newlines, NULs and 100 kB values fed into every id, code and
 * free-text input of nwd-core never come back in full. An invalid id is withheld (a name typed into
 * an id column must not be echoed); a bad code is shown bounded and escaped; free text never.
 */
class SafeMessagesTest {
  static final String NAME = "Jane Smith";
  static final String HUGE = "J".repeat(100_000);

  /** Values a careless or hostile export might put anywhere. */
  static final List<String> NASTY =
      List.of(
          NAME,
          "Jane\nSmith",
          "YP-1\n2024-01-01 INFO forged log line",
          "YP\u00001",
          "\u202eYP-1",
          "YP-1\r\n",
          "\"quoted\" \\ back",
          HUGE,
          "Jane Smith " + HUGE,
          "\ud800",
          "");

  /** Checks a message shows none of {@code value} beyond the bound, and nothing that forges a line. */
  static void assertSafe(String message, String value, boolean personalOrId) {
    assertThat(message).as("message for %s", SafeText.bounded(value)).isNotNull();
    assertThat(message.length()).as(SafeText.bounded(message)).isLessThan(600);
    for (char c : message.toCharArray()) {
      assertThat(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u202e'
              || Character.isSurrogate(c))
          .as("control or format character U+%04X in %s", (int) c, SafeText.bounded(message))
          .isFalse();
    }
    if (personalOrId) {
      assertThat(message).doesNotContain("Jane").doesNotContain("Smith").doesNotContain("forged");
    }
    assertThat(message).doesNotContain("J".repeat(SafeText.LIMIT + 1));
  }

  private static void assertRefusedSafely(ThrowingCallable call, String value, boolean idOrPersonal) {
    Throwable e = catchThrowable(call);
    if (e == null) {
      return; // accepted as a valid value
    }
    assertThat(e).as("for %s", SafeText.bounded(value)).isInstanceOf(DomainRuleException.class);
    assertSafe(e.getMessage(), value, idOrPersonal);
  }

  @Test
  void invalidIdsAreWithheldNotEchoed() {
    List<Function<String, ?>> ids =
        List.of(
            YoungPersonId::of,
            YoungPersonId::parse,
            HubId::of,
            HubId::parse,
            WorkerId::of,
            WorkerId::parse,
            v -> story(v, "text"),
            v -> Provocation.builder().id(v).text("t").adopter("a").source("s")
                .effectiveFrom(LocalDate.of(2024, 1, 1)).build(),
            v ->
                DecisionRecord.builder()
                    .date(LocalDate.of(2024, 1, 1))
                    .youngPersonId(YoungPersonId.of("YP-1"))
                    .category(DecisionCategory.PLACEMENT)
                    .riskManagedFor(RiskOwner.YOUNG_PERSON)
                    .addProvocationsConsidered(v)
                    .build());
    for (Function<String, ?> id : ids) {
      for (String value : NASTY) {
        Throwable e = catchThrowable(() -> id.apply(value));
        assertThat(e).as("id %s", SafeText.bounded(value)).isInstanceOf(DomainRuleException.class);
        assertSafe(e.getMessage(), value, true);
        assertThat(e.getMessage()).contains("value withheld: " + value.length() + " character");
      }
    }
  }

  @Test
  void anInvalidIdSaysWhereTheFirstBadCharacterIs() {
    assertThat(catchThrowable(() -> YoungPersonId.of(NAME)))
        .hasMessage("young person id (value withheld: 10 characters; character 5 is U+0020) is not"
            + " 1-64 characters of [A-Za-z0-9._:-]");
    assertThat(catchThrowable(() -> HubId.of("H\n")))
        .hasMessage("hub id (value withheld: 2 characters; character 2 is U+000A) is not"
            + " 1-64 characters of [A-Za-z0-9._:-]");
  }

  @Test
  void freeTextIsNeverEchoed() {
    for (String value : List.of(" \n ", "\t", "\u2028")) {
      Throwable e = catchThrowable(() -> story("S-1", value));
      if (e != null) {
        assertThat(e).hasMessage("impact story text is blank");
      }
    }
    // A valid story prints no text.
    assertThat(story("S-1", NAME + "\n" + HUGE).toString()).doesNotContain("Jane");
  }

  /**
   * Every public static method of nwd-core taking only strings (codes, parse methods, factories) is
   * fed every nasty value: it returns, or throws a {@link DomainRuleException} whose message is
   * bounded and escaped; never another exception.
   */
  @Test
  void everyStringFactoryRefusesBadValuesSafely() throws Exception {
    List<Method> methods = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(SafeMessagesTest.class.getClassLoader()).getTopLevelClassesRecursive("org.nwd")) {
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers()) || type == SafeText.class) {
        continue;
      }
      for (Class<?> nested : withNested(type)) {
        for (Method m : nested.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers())
              && Modifier.isStatic(m.getModifiers())
              && m.getParameterCount() > 0
              && Arrays.stream(m.getParameterTypes()).allMatch(t -> t == String.class)
              && !m.getName().equals("valueOf")) {
            methods.add(m);
          }
        }
      }
    }
    assertThat(methods).extracting(Method::getName).contains("fromCode", "parse", "of");
    for (Method m : methods) {
      for (String value : NASTY) {
        Object[] args = new Object[m.getParameterCount()];
        Arrays.fill(args, value);
        // Ids withhold; codes may show a bounded value, so only ids are scanned for the name.
        boolean id = m.getDeclaringClass().getSimpleName().endsWith("Id");
        assertRefusedSafely(() -> invoke(m, args), value, id);
      }
    }
  }

  private static List<Class<?>> withNested(Class<?> type) {
    List<Class<?>> out = new ArrayList<>(List.of(type));
    out.addAll(Arrays.asList(type.getClasses()));
    return out;
  }

  private static Object invoke(Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static ImpactStory story(String id, String text) {
    return ImpactStory.builder()
        .id(id)
        .youngPersonId(YoungPersonId.of("YP-1"))
        .consentDate(LocalDate.of(2024, 1, 1))
        .text(text)
        .build();
  }

  @Test
  void boundedValuesAreEscapedAndCut() {
    assertThat(SafeText.bounded("EDGE_OF_CARE")).isEqualTo("EDGE_OF_CARE");
    assertThat(SafeText.bounded("a\nb\r\t\"\\\u0000\u202e\ud800£é"))
        .isEqualTo("a\\nb\\r\\t\\\"\\\\\\u0000\\u202e\\ud800£é");
    assertThat(SafeText.bounded("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(SafeText.bounded("x".repeat(41))).isEqualTo("x".repeat(40) + "... (41 characters)");
    // An escape is never cut in half: 39 characters and a newline's two do not fit in 40.
    assertThat(SafeText.bounded("x".repeat(39) + "\n")).isEqualTo("x".repeat(39) + "... (40 characters)");
    assertThat(SafeText.bounded(null)).isEqualTo("null");
    assertThat(SafeText.bounded("abcdef", 3)).isEqualTo("abc... (6 characters)");
    assertThat(SafeText.escaped("a\u0001\u00a0 b")).isEqualTo("a\\u0001\\u00a0 b");
    assertThat(SafeText.escaped("\u001f \u007e\u007f\u0080\u009f\u00a1\u2028\ue000\u0378"))
        .isEqualTo("\\u001f ~\\u007f\\u0080\\u009f\u00a1\\u2028\\ue000\\u0378");
    assertThat(SafeText.withheld(NAME)).isEqualTo("(value withheld: 10 characters)");
    assertThat(SafeText.withheld("J")).isEqualTo("(value withheld: 1 character)");
    assertThat(SafeText.withheld(null)).isEqualTo("(value withheld)");
    assertThat(SafeText.invalidId("a", c -> false)).isEqualTo("(value withheld: 1 character; character 1 is U+0061)");
    assertThat(SafeText.invalidId("ab", c -> true)).isEqualTo("(value withheld: 2 characters)");
    assertThat(SafeText.invalidId(null, c -> true)).isEqualTo("null");
  }

  @Test
  void requireEscapesAndCutsEveryArgument() {
    Throwable e = catchThrowable(() -> DomainRuleException.require(false, "f", "bad %s and %s", "a\nb", "y".repeat(500)));
    assertThat(e).hasMessage("bad a\\nb and " + "y".repeat(200) + "... (500 characters)");
    assertThat(SafeText.argument("plain \"text\" \\ kept")).isEqualTo("plain \"text\" \\ kept");
    assertThat(SafeText.argument(SafeText.bounded("a\nb"))).isEqualTo("a\\nb");
    assertThat(SafeText.argument(12)).isEqualTo("12");
    assertThat(SafeText.argument("z".repeat(200))).isEqualTo("z".repeat(200));
    assertThat(DomainRuleException.at("hubEpisodes", "hubEpisodes/1/period", "p %s", "x\u0000"))
        .hasMessage("p x\\u0000")
        .satisfies(d -> assertThat(d.path()).isEqualTo("hubEpisodes/1/period"))
        .satisfies(d -> assertThat(d.field()).isEqualTo("hubEpisodes"));
    assertThat(new DomainRuleException("f", "m").path()).isEqualTo("f");
    assertThat(new DomainRuleException("m").field()).isEmpty();
    assertThat(DomainRuleException.valueTypeOf("org.nwd.model.ImmutableHubEpisode$Builder")).isEqualTo("HubEpisode: ");
    assertThat(DomainRuleException.valueTypeOf("org.nwd.model.ImmutableHubEpisode")).isEqualTo("HubEpisode: ");
    assertThat(DomainRuleException.valueTypeOf("org.nwd.model.Immutable")).isEmpty();
    assertThat(DomainRuleException.valueTypeOf("org.nwd.model.HubEpisode")).isEmpty();
    assertThat(new DomainRuleException(new String[] {"a"})).hasMessage("required attribute a is not set; set each before build()");
  }
}
