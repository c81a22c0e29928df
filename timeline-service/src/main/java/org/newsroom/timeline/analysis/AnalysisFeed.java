package org.newsroom.timeline.analysis;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.problem.ProblemException;

/**
 * The feed of analyses: every (re)analysis of a source, in the order a follower can trust. A row is
 * written in the analysing transaction; it is served only once no transaction that began before it
 * is still running, so a follower that keeps the cursor of the last row it processed never misses
 * one that committed late, and never sees one that rolled back.
 */
public final class AnalysisFeed {

  /** Most changes one read answers. */
  public static final int MAX_LIMIT = 500;

  private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})\\.(\\d{1,19})");

  private AnalysisFeed() {}

  /** One analysis of a source. */
  @Schema(name = "AnalysisChange", description = "A source was analysed (or analysed again)")
  public record Change(
      @Schema(description = "Pass as after= to read what came later") String cursor,
      long sourceId,
      String sourceSha256,
      String extractor,
      OffsetDateTime analysedAt) {}

  /** A stretch of the feed. */
  @Schema(name = "AnalysisChangePage")
  public record Changes(
      List<Change> items,
      @Schema(
              nullable = true,
              description =
                  "The cursor to ask with next: the last item's, or the one asked with when there"
                      + " is nothing new")
          String next,
      @Schema(description = "More changes wait beyond this page") boolean more) {}

  /** Records an analysis in the caller's transaction. */
  static void record(SourceAnalysis row) {
    SourceAnalysis.getEntityManager()
        .createNativeQuery(
            "insert into analysis_change (source_id, source_sha256, extractor, analysed_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, row.sourceId)
        .setParameter(2, row.sourceSha256)
        .setParameter(3, row.extractor)
        .setParameter(4, row.analysedAt)
        .executeUpdate();
  }

  /**
   * The changes after a cursor (from the start when null), oldest first.
   *
   * @throws ProblemException 400 when the cursor is not one this feed gave out
   */
  static Changes after(String cursor, int limit) {
    String txid = "0";
    long position = 0;
    if (cursor != null) {
      Matcher m = CURSOR.matcher(cursor);
      if (!m.matches()) {
        throw ProblemException.invalidParameter(
            "after", "must be a cursor from this feed, like 1234.56 (was '" + cursor + "')");
      }
      txid = m.group(1);
      try {
        position = Long.parseLong(m.group(2));
      } catch (NumberFormatException e) {
        throw ProblemException.invalidParameter("after", "position out of range");
      }
    }
    EntityManager em = SourceAnalysis.getEntityManager();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select txid::text, position, source_id, source_sha256, extractor, analysed_at"
                    + " from analysis_change"
                    + " where (txid, position) > (cast(?1 as xid8), ?2)"
                    + " and txid < pg_snapshot_xmin(pg_current_snapshot())"
                    + " order by txid, position limit ?3")
            .setParameter(1, txid)
            .setParameter(2, position)
            .setParameter(3, limit + 1)
            .getResultList();
    List<Change> items = new ArrayList<>(Math.min(rows.size(), limit));
    for (int i = 0; i < rows.size() && i < limit; i++) {
      Object[] r = rows.get(i);
      items.add(
          new Change(
              r[0] + "." + r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              timestamp(r[5])));
    }
    String next = items.isEmpty() ? cursor : items.get(items.size() - 1).cursor();
    return new Changes(items, next, rows.size() > limit);
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
