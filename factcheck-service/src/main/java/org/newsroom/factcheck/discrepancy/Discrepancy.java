package org.newsroom.factcheck.discrepancy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.persistence.StampedEntity;

/** One fact on which two or more sourced assertions disagree. */
@Entity
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at"))
public class Discrepancy extends StampedEntity {

  /** How changes to discrepancies are kept: as their view, under {@code discrepancy}. */
  public static ChangeSet<Discrepancy> changeSet(ChangeLog log) {
    return log.set("discrepancy", DiscrepancyView::of, d -> d.id);
  }

  /** The fact in words, e.g. "Length of the Riyadh talks". */
  public String subject;

  /** The timeline-service event it concerns, when there is one. */
  public Long eventId;

  @Enumerated(EnumType.STRING)
  public Attribute attribute;

  @Enumerated(EnumType.STRING)
  public DiscrepancyKind kind;

  @Enumerated(EnumType.STRING)
  public Severity severity;

  @Enumerated(EnumType.STRING)
  public DiscrepancyStatus status;

  public String description;

  /** Resolution: the index of the assertion that holds (null when none does), and why. */
  public Integer preferredAssertion;

  public String resolutionNote;
  public String resolvedBy;
  public OffsetDateTime resolvedAt;

  /** The approved correction that resolved it, if one did. */
  public Long resolvedByCorrection;

  @Enumerated(EnumType.STRING)
  public RecorderKind recorderKind;

  public String recordedBy;
  public String updatedBy;

  /** Stable key of where it came from, e.g. {@code seed:riyadh-talks-duration}. */
  public String originRef;

  /** For a detector's record, the id of the rule that found it. */
  public String rule;

  /** A person changed what it says; a detector leaves it alone from then on. */
  public boolean personEdited;

  @Version public long version;

  @OneToMany(mappedBy = "discrepancy", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Assertion> assertions = new ArrayList<>();

  /** The assertion quoting exactly this span, if there is one. */
  public boolean quotes(long sourceId, int start, int end) {
    return assertions.stream()
        .anyMatch(
            a ->
                a.span.sourceId == sourceId
                    && a.span.quoteStart == start
                    && a.span.quoteEnd == end);
  }

  /** Where a discrepancy quotes a source. */
  public record Quoted(long discrepancyId, long sourceId, int start, int end) {}

  /**
   * Every span of these sources that a discrepancy other than a detector's quotes: what people (or
   * the seed set) already recorded about them. One query for a whole detection run.
   */
  public static List<Quoted> quotedByPeople(java.util.Collection<Long> sourceIds) {
    if (sourceIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select new org.newsroom.factcheck.discrepancy.Discrepancy$Quoted(a.discrepancy.id,"
                + " a.span.sourceId, a.span.quoteStart, a.span.quoteEnd) from Assertion a"
                + " where a.discrepancy.recorderKind <> :detector and a.span.sourceId in :sources",
            Quoted.class)
        .setParameter("detector", RecorderKind.DETECTOR)
        .setParameter("sources", sourceIds)
        .getResultList();
  }

  public static Optional<Discrepancy> findByOriginRef(String originRef) {
    return find("originRef", originRef).firstResultOptional();
  }

  /** Replaces the assertions, numbering them in the given order. */
  public void replaceAssertions(List<Assertion> replacements) {
    assertions.clear();
    int position = 0;
    for (Assertion assertion : replacements) {
      assertion.discrepancy = this;
      assertion.position = position++;
      assertions.add(assertion);
    }
  }

  /** Persists a new OPEN discrepancy and starts its history. */
  public void record(String by) {
    status = DiscrepancyStatus.OPEN;
    persist();
    DiscrepancyTransition.keep(this, null, DiscrepancyStatus.OPEN, by, "Recorded");
  }

  /**
   * Moves to a new status and keeps the change in the history. Resolving records the resolution;
   * any other status clears it.
   */
  public void changeStatus(
      DiscrepancyStatus next, String by, String note, Integer preferred, Long correction) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    DiscrepancyTransition.keep(this, status, next, by, note);
    status = next;
    boolean resolved = next == DiscrepancyStatus.RESOLVED;
    preferredAssertion = resolved ? preferred : null;
    resolutionNote = resolved ? note : null;
    resolvedBy = resolved ? by : null;
    resolvedAt = resolved ? now : null;
    resolvedByCorrection = resolved ? correction : null;
    updatedBy = by;
  }
}
