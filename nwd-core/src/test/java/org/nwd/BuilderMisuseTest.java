package org.nwd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.reflect.ClassPath;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.YoungPersonId;
import sun.misc.Unsafe;

/**
 * Every public builder of nwd-core, found by a package scan: a required attribute left unset, or an
 * attribute set twice, is a {@link DomainRuleException} naming the field and the rule (never
 * Immutables' IllegalStateException). Setting twice depends on the build's rewrite of the generated
 * builders (root pom, "strict builders"): this test fails if the rewrite stops matching.
 */
class BuilderMisuseTest {

  static List<Class<?>> builderTypes() throws Exception {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(BuilderMisuseTest.class.getClassLoader()).getTopLevelClassesRecursive("org.nwd")) {
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      try {
        Method builder = type.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers())) {
          out.add(type);
        }
      } catch (NoSuchMethodException e) {
        // not a value type with a builder
      }
    }
    return out;
  }

  private static Object newBuilder(Class<?> type) throws Exception {
    return type.getMethod("builder").invoke(null);
  }

  @Test
  void theScanFindsTheModelsBuilders() throws Exception {
    assertThat(builderTypes()).contains(HubEpisode.class).hasSizeGreaterThan(50);
  }

  @Test
  void anEmptyBuilderFailsWithADomainRuleNamingWhatIsMissing() throws Exception {
    int missing = 0;
    for (Class<?> type : builderTypes()) {
      Object builder = newBuilder(type);
      Throwable thrown = cause(catchThrowable(() -> builder.getClass().getMethod("build").invoke(builder)));
      if (thrown == null) {
        continue; // nothing required
      }
      assertThat(thrown).as(type.getSimpleName()).isInstanceOf(DomainRuleException.class);
      DomainRuleException e = (DomainRuleException) thrown;
      if (e.getMessage().contains(" not set")) {
        missing++;
        assertThat(e.getMessage()).as(type.getSimpleName())
            .contains(type.getSimpleName() + ": required attribute")
            .contains(e.field());
        assertThat(e.field()).isNotEmpty();
      }
    }
    assertThat(missing).isGreaterThan(50);
  }

  @Test
  void theMissingAttributesAreNamed() {
    Throwable e = catchThrowable(() -> HubEpisode.builder().kind(HubEpisodeKind.OUTREACH).build());
    assertThat(e)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("HubEpisode: required attributes youngPersonId, hubId, period are not set;"
            + " set each before build()");
    assertThat(((DomainRuleException) e).field()).isEqualTo("youngPersonId");
  }

  @Test
  void settingAnAttributeTwiceIsADomainRuleNamingIt() {
    Throwable e =
        catchThrowable(
            () -> HubEpisode.builder().youngPersonId(YoungPersonId.of("YP-1")).youngPersonId(YoungPersonId.of("YP-2")));
    assertThat(e)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("HubEpisode: attribute youngPersonId is already set; set each attribute once");
    assertThat(((DomainRuleException) e).field()).isEqualTo("youngPersonId");
  }

  @Test
  void everySingleValuedSetterOfEveryBuilderRefusesASecondValue() throws Exception {
    int checked = 0;
    for (Class<?> type : builderTypes()) {
      Class<?> builderClass = newBuilder(type).getClass();
      Set<String> seen = new HashSet<>();
      for (Method setter : builderClass.getMethods()) {
        String name = setter.getName();
        if (setter.getParameterCount() != 1
            || Modifier.isStatic(setter.getModifiers())
            || !setter.getReturnType().isAssignableFrom(builderClass)
            || setter.getParameterTypes()[0] == Optional.class
            || name.startsWith("add") || name.startsWith("put") || name.equals("from")
            || !seen.add(name)) {
          continue;
        }
        Object value = sample(setter.getParameterTypes()[0]);
        Object builder = newBuilder(type);
        setter.invoke(builder, value);
        Throwable second = cause(catchThrowable(() -> setter.invoke(builder, value)));
        assertThat(second).as(type.getSimpleName() + "." + name).isInstanceOf(DomainRuleException.class);
        String field = ((DomainRuleException) second).field();
        if (setter.getDeclaringClass().getEnclosingClass() == type) {
          // A hand-written setter of the public Builder sets an attribute of another name.
          assertThat(type.getMethod(field).getParameterCount()).isZero();
        } else {
          assertThat(field).isEqualTo(name);
        }
        assertThat(second.getMessage())
            .isEqualTo(type.getSimpleName() + ": attribute " + field + " is already set; set each attribute once");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  private static Throwable cause(Throwable t) {
    return t instanceof InvocationTargetException ? t.getCause() : t;
  }

  /** Some non-null value of {@code type}: the setter only stores it. */
  private static Object sample(Class<?> type) throws Exception {
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == double.class || type == Double.class) {
      return 1.0;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == String.class) {
      return "x";
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 1, 1);
    }
    if (type == YearMonth.class) {
      return YearMonth.of(2010, 1);
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.getPackageName().startsWith("com.google.common")) {
      return type.getMethod("of").invoke(null); // an empty immutable collection
    }
    if (type.isInterface()) {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> null);
    }
    Class<?> concrete = type;
    if (Modifier.isAbstract(type.getModifiers())) {
      concrete = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    }
    return unsafe().allocateInstance(concrete); // no constructor runs: a stand-in the setter stores
  }

  private static Unsafe unsafe() throws Exception {
    Field f = Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    return (Unsafe) f.get(null);
  }
}
