package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.reflect.ClassPath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.DatePeriod;
import org.nwd.model.YoungPersonId;

/**
 * Every public builder of nwd-ssda903, found by a package scan: a required attribute left unset, or
 * an attribute set twice, is a {@link DomainRuleException} naming the type and the field (the
 * build's rewrite of the generated builders applies to this module too).
 */
class BuilderMisuseTest {
  private static final Map<Class<?>, Object> SAMPLES =
      Map.of(
          String.class, "x",
          long.class, 1L,
          int.class, 1,
          double.class, 1.0,
          boolean.class, true,
          LocalDate.class, LocalDate.of(2024, 1, 1),
          Path.class, Path.of("episodes.csv"),
          YoungPersonId.class, YoungPersonId.of("YP-1"),
          CollectionYear.class, CollectionYear.parse("2023-24"),
          DatePeriod.class, DatePeriod.open(LocalDate.of(2024, 1, 1)));

  private static List<Class<?>> builderTypes() throws Exception {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(BuilderMisuseTest.class.getClassLoader()).getTopLevelClasses("org.nwd.ssda903")) {
      Class<?> type = info.load();
      if (Modifier.isPublic(type.getModifiers()) && !type.getSimpleName().startsWith("Immutable")) {
        try {
          if (Modifier.isStatic(type.getMethod("builder").getModifiers())) {
            out.add(type);
          }
        } catch (NoSuchMethodException e) {
          // not a value type with a builder
        }
      }
    }
    return out;
  }

  @Test
  void emptyBuildersNameWhatIsMissing() throws Exception {
    List<Class<?>> types = builderTypes();
    assertThat(types).contains(Ssda903Source.class, Ssda903Import.class, Ssda903Episode.class,
        MissingEpisode.class, PostcodeLocation.class, Ssda903Result.class);
    for (Class<?> type : types) {
      Object builder = type.getMethod("builder").invoke(null);
      Throwable e = cause(catchThrowable(() -> builder.getClass().getMethod("build").invoke(builder)));
      assertThat(e).as(type.getSimpleName()).isInstanceOf(DomainRuleException.class);
      assertThat(e.getMessage()).as(type.getSimpleName())
          .startsWith(type.getSimpleName() + ": required attribute")
          .contains(((DomainRuleException) e).field());
    }
  }

  @Test
  void everySimpleSetterRefusesASecondValue() throws Exception {
    int checked = 0;
    for (Class<?> type : builderTypes()) {
      Class<?> builderClass = type.getMethod("builder").invoke(null).getClass();
      Set<String> seen = new HashSet<>();
      for (Method setter : builderClass.getMethods()) {
        Object value = setter.getParameterCount() == 1 ? SAMPLES.get(setter.getParameterTypes()[0]) : null;
        String name = setter.getName();
        if (value == null
            || Modifier.isStatic(setter.getModifiers())
            || !setter.getReturnType().isAssignableFrom(builderClass)
            || name.startsWith("add") || name.startsWith("put")
            || !seen.add(name)) {
          continue;
        }
        Object builder = type.getMethod("builder").invoke(null);
        setter.invoke(builder, value);
        Throwable second = cause(catchThrowable(() -> setter.invoke(builder, value)));
        assertThat(second).as(type.getSimpleName() + "." + name).isInstanceOf(DomainRuleException.class);
        assertThat(((DomainRuleException) second).field()).isEqualTo(name);
        assertThat(second.getMessage())
            .isEqualTo(type.getSimpleName() + ": attribute " + name + " is already set; set each attribute once");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  private static Throwable cause(Throwable t) {
    return t instanceof InvocationTargetException ? t.getCause() : t;
  }
}
