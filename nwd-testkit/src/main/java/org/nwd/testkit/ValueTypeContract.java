package org.nwd.testkit;

import com.google.common.collect.Multiset;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The contract every nwd value type keeps, checked by reflection so that a new type cannot skip it:
 * equal values are equal and hash alike (a copy rebuilt through the type's public builder equals the
 * original), equality is symmetric, {@code toString} is short, {@code parse(toString())} gives the
 * value back where the type offers {@code parse}, every builder setter refuses {@code null}, and,
 * given a serialiser (nwd-json supplies one), a round trip gives an equal value.
 *
 * <p>Value types are found by package scan ({@link #valueTypesIn}): every public abstract type with
 * an Immutables implementation ({@code Immutable<Name>}) beside it. Sample values are collected by
 * walking real results ({@link #samplesReachableFrom}): a cohort, an impact result, a cost result.
 * A type the walk does not reach must be given samples explicitly, or {@link #check} reports it.
 */
public final class ValueTypeContract {

  /**
   * At most this many characters of {@code toString}: settings, counts and ids fit, while a list of
   * everyone excluded or a whole unit-cost catalogue does not.
   */
  public static final int TO_STRING_LIMIT = 8_000;

  private static final int SAMPLES_PER_TYPE = 4;
  private static final int MAX_VISITS = 50_000;

  private ValueTypeContract() {}

  /**
   * The public value types under {@code packagePrefix} on {@code loader}'s class path: public abstract
   * classes and interfaces with a generated {@code Immutable<Name>} in the same package, by name.
   */
  public static List<Class<?>> valueTypesIn(String packagePrefix, ClassLoader loader) {
    List<Class<?>> out = new ArrayList<>();
    try {
      for (ClassPath.ClassInfo info :
          ClassPath.from(loader).getTopLevelClassesRecursive(packagePrefix)) {
        if (info.getSimpleName().startsWith("Immutable")) {
          continue;
        }
        Class<?> c = info.load();
        if (isValueType(c)) {
          out.add(c);
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
          if (isValueType(nested)) {
            out.add(nested);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  /** True for a public abstract type with a generated Immutables implementation. */
  public static boolean isValueType(Class<?> c) {
    return Modifier.isPublic(c.getModifiers())
        && Modifier.isAbstract(c.getModifiers())
        && !c.isAnnotation()
        && implementationOf(c).isPresent();
  }

  private static Optional<Class<?>> implementationOf(Class<?> type) {
    String name =
        type.getPackageName()
            + ".Immutable"
            + (type.getEnclosingClass() == null ? "" : type.getEnclosingClass().getSimpleName())
            + type.getSimpleName();
    try {
      Class<?> impl = Class.forName(name, false, type.getClassLoader());
      return type.isAssignableFrom(impl) ? Optional.of(impl) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Up to a few values of each value type reachable from {@code roots} through the attributes of
   * value types (and the optionals, collections and maps that hold them), keyed by value type.
   */
  public static Map<Class<?>, List<Object>> samplesReachableFrom(Object... roots) {
    Map<Class<?>, List<Object>> out = new TreeMap<>(Comparator.comparing(Class::getName));
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> queue = new ArrayDeque<>(List.of(roots));
    int visits = 0;
    while (!queue.isEmpty() && visits < MAX_VISITS) {
      Object o = queue.removeFirst();
      if (seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      visits++;
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(queue::addLast);
        continue;
      }
      if (o instanceof Multiset<?> set) {
        queue.addAll(set.elementSet());
        continue;
      }
      if (o instanceof Collection<?> items) {
        items.forEach(queue::addLast);
        continue;
      }
      if (o instanceof Map<?, ?> map) {
        map.forEach(
            (k, v) -> {
              queue.addLast(k);
              queue.addLast(v);
            });
        continue;
      }
      Optional<Class<?>> type = valueTypeOf(o.getClass());
      if (type.isEmpty()) {
        continue;
      }
      List<Object> samples = out.computeIfAbsent(type.get(), t -> new ArrayList<>());
      if (samples.size() < SAMPLES_PER_TYPE && samples.stream().noneMatch(o::equals)) {
        samples.add(o);
      }
      for (Method m : readers(type.get())) {
        try {
          Object v = m.invoke(o);
          if (v != null) {
            queue.addLast(v);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // An attribute that cannot be read here is not a sample source; check() reads them all.
        }
      }
    }
    return out;
  }

  private static Optional<Class<?>> valueTypeOf(Class<?> c) {
    if (!c.getName().startsWith("org.nwd.") || !c.getSimpleName().startsWith("Immutable")) {
      return Optional.empty();
    }
    for (Class<?> s = c; s != null; s = s.getSuperclass()) {
      if (s != c && isValueType(s)) {
        return Optional.of(s);
      }
      for (Class<?> i : s.getInterfaces()) {
        if (isValueType(i)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The attributes of {@code type} and its other public no-argument methods that return objects
   * (derived values, tables, summaries): everything a walk can reach values through.
   */
  private static List<Method> readers(Class<?> type) {
    List<Method> out = new ArrayList<>(attributes(type).values());
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && !m.getReturnType().isPrimitive()
          && m.getReturnType() != String.class
          && m.getDeclaringClass() != Object.class
          && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The attributes of {@code type} a builder can set: the no-argument public methods of the type
   * whose name is a setter of its builder ({@code name}, {@code addAllName}, {@code putAllName}).
   */
  static Map<String, Method> attributes(Class<?> type) {
    Map<String, Method> out = new LinkedHashMap<>();
    Optional<Class<?>> builder = builderOf(type);
    if (builder.isEmpty()) {
      return out;
    }
    for (Method setter : builder.get().getMethods()) {
      // Generated setters only: a hand-written convenience (e.g. a boolean that sets an enum
      // attribute) sets an attribute a generated setter sets too.
      if (setter.getParameterCount() != 1
          || !setter.getDeclaringClass().getName().contains(".Immutable")) {
        continue;
      }
      String name = attributeName(setter.getName());
      try {
        Method accessor = type.getMethod(name);
        if (!Modifier.isStatic(accessor.getModifiers())) {
          out.putIfAbsent(name, accessor);
        }
      } catch (NoSuchMethodException e) {
        // A setter of something that is not an attribute (e.g. a convenience); nothing to read.
      }
    }
    return out;
  }

  private static String attributeName(String setter) {
    for (String prefix : new String[] {"addAll", "putAll", "add", "put"}) {
      if (setter.startsWith(prefix)
          && setter.length() > prefix.length()
          && Character.isUpperCase(setter.charAt(prefix.length()))) {
        String rest = setter.substring(prefix.length());
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return setter;
  }

  private static Optional<Class<?>> builderOf(Class<?> type) {
    try {
      Method m = type.getMethod("builder");
      return Modifier.isStatic(m.getModifiers()) ? Optional.of(m.getReturnType()) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /**
   * Every way {@code type} breaks the contract on {@code samples} (at least one is needed), and,
   * when {@code roundTrip} is given, on a serialisation round trip of each sample; empty when it
   * keeps it.
   *
   * @param roundTrip writes and reads a value back, or {@code null} for none
   */
  public static List<String> check(
      Class<?> type, List<?> samples, @Nullable UnaryOperator<Object> roundTrip) {
    List<String> problems = new ArrayList<>();
    String name = type.getName();
    if (samples.isEmpty()) {
      problems.add(name + ": no sample value (give one explicitly)");
      return problems;
    }
    Optional<Method> parse = parseOf(type);
    for (Object x : samples) {
      if (!x.equals(x)) {
        problems.add(name + ": a value is not equal to itself");
      }
      if (x.equals(null) || x.equals(new Object())) {
        problems.add(name + ": a value equals null or a plain object");
      }
      String text = x.toString();
      if (text == null || text.isEmpty()) {
        problems.add(name + ": toString is empty");
      } else if (text.length() > TO_STRING_LIMIT) {
        problems.add(
            name + ": toString has " + text.length() + " characters (limit " + TO_STRING_LIMIT + ")");
      }
      if (builderOf(type).isPresent()) {
        try {
          expectEqual(problems, name, "a copy rebuilt through the builder", x, rebuild(type, x));
        } catch (ReflectiveOperationException | RuntimeException e) {
          problems.add(name + ": cannot be rebuilt through its public builder (" + cause(e) + ")");
        }
      } else {
        Optional<Object> copy = rebuiltByOf(type, x);
        // Without a public builder or a matching of(...), parse(toString()) or the round trip
        // below (nwd-json's contract test) makes the copy.
        copy.ifPresent(c -> expectEqual(problems, name, "a copy made by its of(...) factory", x, c));
      }
      if (parse.isPresent() && text != null) {
        try {
          expectEqual(problems, name, "parse(toString())", x, parse.get().invoke(null, text));
        } catch (ReflectiveOperationException e) {
          problems.add(name + ": parse(toString()) threw " + cause(e));
        }
      }
      if (roundTrip != null) {
        try {
          expectEqual(problems, name, "a serialisation round trip", x, roundTrip.apply(x));
        } catch (RuntimeException e) {
          problems.add(name + ": a serialisation round trip threw " + e.getClass().getSimpleName());
        }
      }
    }
    for (Object a : samples) {
      for (Object b : samples) {
        if (a.equals(b) != b.equals(a)) {
          problems.add(name + ": equals is not symmetric");
        }
        if (a.equals(b) && a.hashCode() != b.hashCode()) {
          problems.add(name + ": equal values hash differently");
        }
      }
    }
    problems.addAll(nullChecks(type));
    return problems;
  }

  private static void expectEqual(
      List<String> problems, String name, String what, Object x, @Nullable Object copy) {
    if (copy == null || !x.equals(copy) || !copy.equals(x)) {
      problems.add(name + ": " + what + " is not equal to the value");
    } else if (x.hashCode() != copy.hashCode()) {
      problems.add(name + ": " + what + " is equal but hashes differently");
    }
  }

  private static Optional<Method> parseOf(Class<?> type) {
    try {
      Method m = type.getMethod("parse", String.class);
      return Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())
          ? Optional.of(m)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** {@code x} rebuilt by setting every attribute it has through a fresh builder, if it can be. */
  static Optional<Object> rebuilt(Class<?> type, Object x) {
    try {
      return Optional.of(rebuild(type, x));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object rebuild(Class<?> type, Object x) throws ReflectiveOperationException {
    Class<?> builderType = builderOf(type).orElseThrow(() -> new NoSuchMethodException("builder"));
    Object builder = type.getMethod("builder").invoke(null);
    for (Map.Entry<String, Method> a : attributes(type).entrySet()) {
      if (!set(builderType, builder, a.getKey(), a.getValue().invoke(x))) {
        throw new NoSuchMethodException("no setter takes attribute " + a.getKey());
      }
    }
    return builderType.getMethod("build").invoke(builder);
  }

  /**
   * {@code x} made again by a public static {@code of} factory whose parameters are all attributes
   * of the type by name (the modules compile with {@code -parameters}); empty when none is.
   */
  static Optional<Object> rebuiltByOf(Class<?> type, Object x) {
    for (Method of : type.getMethods()) {
      if (!of.getName().equals("of")
          || !Modifier.isStatic(of.getModifiers())
          || !type.isAssignableFrom(of.getReturnType())
          || !of.getParameters()[0].isNamePresent()) {
        continue;
      }
      Object[] args = new Object[of.getParameterCount()];
      boolean all = true;
      for (int i = 0; i < args.length && all; i++) {
        try {
          Object v = type.getMethod(of.getParameters()[i].getName()).invoke(x);
          all = v != null && accepts(of.getParameterTypes()[i], v);
          args[i] = v;
        } catch (ReflectiveOperationException | RuntimeException e) {
          all = false;
        }
      }
      if (all) {
        try {
          return Optional.of(of.invoke(null, args));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // This factory refuses the value's own attributes: try another.
        }
      }
    }
    return Optional.empty();
  }

  /** What went wrong, unwrapped from reflection: class and message (library messages are safe). */
  private static String cause(Exception e) {
    Throwable c = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
    return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
  }

  /** Sets {@code value} on the builder; false when no setter takes it. */
  private static boolean set(Class<?> builderType, Object builder, String name, @Nullable Object value)
      throws ReflectiveOperationException {
    if (value == null) {
      return true;
    }
    if (value instanceof Optional<?> opt) {
      if (opt.isEmpty()) {
        return true;
      }
      Object inner = opt.get();
      return invokeTaking(builderType, builder, name, inner)
          || invokeTaking(builderType, builder, name, value);
    }
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    if (value instanceof Map<?, ?>) {
      return invokeTaking(builderType, builder, "putAll" + cap, value)
          || invokeTaking(builderType, builder, name, value);
    }
    if (value instanceof Iterable<?>) {
      return invokeTaking(builderType, builder, "addAll" + cap, value)
          || invokeTaking(builderType, builder, name, value);
    }
    return invokeTaking(builderType, builder, name, value);
  }

  private static boolean invokeTaking(
      Class<?> builderType, Object builder, String method, Object value)
      throws ReflectiveOperationException {
    for (Method m : builderType.getMethods()) {
      if (m.getName().equals(method)
          && m.getParameterCount() == 1
          && accepts(m.getParameterTypes()[0], value)) {
        m.invoke(builder, value);
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Class<?> parameter, Object value) {
    if (parameter.isPrimitive()) {
      return switch (parameter.getName()) {
        case "int" -> value instanceof Integer;
        case "long" -> value instanceof Long;
        case "double" -> value instanceof Double;
        case "boolean" -> value instanceof Boolean;
        case "float" -> value instanceof Float;
        case "short" -> value instanceof Short;
        case "byte" -> value instanceof Byte;
        default -> value instanceof Character;
      };
    }
    return parameter.isInstance(value);
  }

  /** Each one-argument builder setter with an object parameter refuses null with an exception. */
  private static List<String> nullChecks(Class<?> type) {
    List<String> problems = new ArrayList<>();
    Optional<Class<?>> builderType = builderOf(type);
    if (builderType.isEmpty()) {
      return problems;
    }
    for (Method m : builderType.get().getMethods()) {
      if (m.getParameterCount() != 1
          || m.getParameterTypes()[0].isPrimitive()
          || m.getDeclaringClass() == Object.class
          || m.isVarArgs()) {
        continue;
      }
      try {
        Object builder = type.getMethod("builder").invoke(null);
        m.invoke(builder, new Object[] {null});
        problems.add(type.getName() + ": builder " + m.getName() + "(null) is accepted");
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof NullPointerException)) {
          problems.add(
              type.getName()
                  + ": builder "
                  + m.getName()
                  + "(null) threw "
                  + cause(e)
                  + ", not NullPointerException");
        }
      } catch (ReflectiveOperationException e) {
        problems.add(type.getName() + ": builder " + m.getName() + " cannot be called: " + e);
      }
    }
    return problems;
  }

  /** The types among {@code types} with no entry in {@code samples}. */
  public static List<Class<?>> withoutSamples(
      Collection<Class<?>> types, Map<Class<?>, ? extends List<?>> samples) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> t : types) {
      List<?> s = samples.get(t);
      if (s == null || s.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
