package org.nwd.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.nwd.model.YoungPersonRecord;

/**
 * A SHA-256 of every item of generated records, written out field by field with the model's stable
 * codes: two generators give the same fingerprint exactly when they give the same data. Used to pin
 * the default output of the generator, so that new settings cannot move other tests' figures.
 */
final class CohortFingerprint {
  private CohortFingerprint() {}

  static String of(Stream<YoungPersonRecord> records) {
    StringBuilder out = new StringBuilder();
    records.forEachOrdered(r -> append(out, r));
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256")
              .digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(StringBuilder out, YoungPersonRecord r) {
    var p = r.youngPerson();
    out.append("P ").append(p.id()).append(' ').append(p.birthMonth()).append(' ')
        .append(p.localAuthority()).append(' ').append(p.sex().map(s -> s.code()).orElse("-"))
        .append('\n');
    p.careStatusPeriods().forEach(c -> out.append("C ").append(c.status().code()).append(' ')
        .append(c.period()).append('\n'));
    r.referrals().forEach(x -> out.append("R ").append(x.date()).append(' ')
        .append(x.category().code()).append(' ').append(x.decision().code()).append('\n'));
    r.hubEpisodes().forEach(e -> out.append("H ").append(e.hubId()).append(' ')
        .append(e.kind().code()).append(' ').append(e.period()).append(' ')
        .append(e.endReason().map(x -> x.code()).orElse("-")).append(' ')
        .append(e.planned().map(String::valueOf).orElse("-")).append('\n'));
    r.team().ifPresent(t -> t.memberships().forEach(m -> out.append("T ").append(m.workerId())
        .append(' ').append(m.role().code()).append(' ')
        .append(m.portfolioArea().map(a -> a.code()).orElse("-")).append(' ').append(m.period())
        .append('\n')));
    r.placements().forEach(x -> out.append("L ").append(x.period()).append(' ')
        .append(x.type().code()).append(' ').append(x.provider().map(v -> v.code()).orElse("-"))
        .append(' ').append(x.insideCouncilArea()).append('\n'));
    r.events().forEach(e -> out.append("E ").append(e.measure().code()).append(' ')
        .append(e.date()).append(' ').append(e.count()).append('\n'));
    r.scores().forEach(s -> out.append("S ").append(s.measure().code()).append(' ')
        .append(s.date()).append(" ").append(s.score()).append('\n'));
    r.statusPeriods().forEach(s -> out.append("Z ").append(s.measure().code()).append(' ')
        .append(s.period()).append(' ').append(s.inStatus()).append('\n'));
    r.decisions().forEach(d -> out.append("D ").append(d.date()).append(' ')
        .append(d.category().code()).append(' ').append(d.provocationsConsidered()).append(' ')
        .append(d.riskManagedFor().code()).append('\n'));
  }
}
