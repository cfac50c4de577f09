package org.nwd.ssda903;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * One file of a council's returns with its collection year, which is always given, never guessed
 * from the file. The file may hold a CSV table (recognised by its columns) or the DfE XML return
 * (recognised by its first character, {@code <}). {@link #name()} is how the issue report names the
 * file: by default its folder and file name, e.g. {@code 2023-24/episodes.csv}.
 */
@Value.Immutable
public abstract class Ssda903Source {

  /** The file. */
  public abstract Path path();

  /** The collection year of every row in it. */
  public abstract CollectionYear year();

  /** How the report names the file. */
  @Value.Default
  public String name() {
    Path file = path().getFileName();
    Path folder = path().getParent() == null ? null : path().getParent().getFileName();
    String f = file == null ? path().toString() : file.toString();
    return folder == null ? f : folder + "/" + f;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!name().isBlank(), "name", "the name of a source is blank");
  }

  /** {@code path} holding rows of {@code year}. */
  public static Ssda903Source of(Path path, CollectionYear year) {
    return builder().path(path).year(year).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ssda903Source}. */
  public static final class Builder extends ImmutableSsda903Source.Builder {}

  /**
   * The sources in {@code folder}, laid out one sub-folder per collection year named like {@code
   * 2023-24} (or {@code 2024}), each holding that year's CSV tables or XML return. Hidden files
   * (starting with a dot) are skipped.
   *
   * @throws Ssda903FileException when the folder is missing or empty, a sub-folder is not named as a
   *     collection year, or a file stands outside any year folder
   */
  public static ImmutableList<Ssda903Source> inFolder(Path folder) {
    List<Ssda903Source> out = new ArrayList<>();
    for (Path child : list(folder)) {
      if (!Files.isDirectory(child)) {
        throw new Ssda903FileException(
            child.toString(), 0, "a file outside any collection-year folder (like 2023-24/)", null);
      }
      CollectionYear year;
      try {
        year = CollectionYear.parse(child.getFileName().toString());
      } catch (DomainRuleException e) {
        throw new Ssda903FileException(
            child.toString(), 0, "a folder not named as a collection year: " + e.getMessage(), e);
      }
      out.addAll(inFolder(child, year));
    }
    if (out.isEmpty()) {
      throw new Ssda903FileException(folder.toString(), 0, "no SSDA903 files in the folder", null);
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Every file of {@code folder}, all of collection year {@code year} (hidden files skipped).
   *
   * @throws Ssda903FileException when the folder is missing or holds no file, or holds a folder
   */
  public static ImmutableList<Ssda903Source> inFolder(Path folder, CollectionYear year) {
    List<Ssda903Source> out = new ArrayList<>();
    for (Path file : list(folder)) {
      if (!Files.isRegularFile(file)) {
        throw new Ssda903FileException(file.toString(), 0, "not a regular file", null);
      }
      out.add(of(file, year));
    }
    if (out.isEmpty()) {
      throw new Ssda903FileException(folder.toString(), 0, "no SSDA903 files in the folder", null);
    }
    return ImmutableList.copyOf(out);
  }

  /** The visible entries of {@code folder}, sorted by name. */
  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new Ssda903FileException(
          folder.toString(), 0, Files.exists(folder) ? "not a folder" : "no such folder", null);
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new Ssda903FileException(folder.toString(), 0, "cannot list the folder: " + e, e);
    }
  }
}
