package org.newsroom.timeline.seed;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.EventTime;

/** The shape of {@code seeds/manifest.json} and {@code seeds/timeline.json}. */
final class SeedSet {

  private SeedSet() {}

  record Manifest(List<Piece> sources) {}

  /**
   * One article: a whole file, or the part of a bundle file that starts at the first occurrence of
   * {@code from} and ends before the next occurrence of {@code until}.
   */
  record Piece(
      String key,
      String file,
      String from,
      String until,
      String outlet,
      String title,
      String url,
      String language,
      String printedDate,
      LocalDate trustedDate,
      String trustedDateNote) {}

  record Timeline(List<SeedEvent> events) {}

  record SeedEvent(
      String key,
      String title,
      String summary,
      EventTime start,
      EventTime end,
      String timeZone,
      String place,
      List<String> participants,
      EventStatus status,
      List<String> tags,
      List<SeedCitation> citations) {}

  record SeedCitation(
      String source,
      String exact,
      String prefix,
      String suffix,
      Integer start,
      Integer end,
      String note) {}
}
