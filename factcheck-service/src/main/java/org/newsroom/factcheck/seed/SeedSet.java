package org.newsroom.factcheck.seed;

import java.util.List;
import org.newsroom.factcheck.correction.CorrectionType;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.DiscrepancyStatus;
import org.newsroom.factcheck.discrepancy.NormalizedValue;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * The shape of {@code seeds/discrepancies.json}. Sources and events are named by their keys in
 * timeline-service's seed set ({@code manifest.json}, {@code timeline.json}).
 */
final class SeedSet {

  private SeedSet() {}

  record Curated(List<SeedDiscrepancy> discrepancies, List<SeedCorrection> corrections) {}

  record SeedDiscrepancy(
      String key,
      String subject,
      String event,
      Attribute attribute,
      DiscrepancyKind kind,
      Severity severity,
      DiscrepancyStatus status,
      String description,
      List<SeedAssertion> assertions) {}

  record SeedAssertion(
      String source,
      String exact,
      Integer start,
      Integer end,
      String statedValue,
      NormalizedValue normalized,
      String note) {}

  record SeedCorrection(
      String key,
      String source,
      String exact,
      Integer start,
      Integer end,
      String discrepancy,
      String event,
      CorrectionType type,
      String originalText,
      String correctedText,
      String reason,
      String publicNote) {}
}
