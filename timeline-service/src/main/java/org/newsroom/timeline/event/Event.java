package org.newsroom.timeline.event;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.persistence.StampedEntity;
import org.newsroom.timeline.extraction.TextAnalyzer;

/** Something that happened (or is planned, postponed, ...), when, where, who, and who says so. */
@Entity
public class Event extends StampedEntity {

  public String title;
  public String summary;

  @Embedded
  @AttributeOverride(name = "date", column = @Column(name = "start_date"))
  @AttributeOverride(name = "time", column = @Column(name = "start_time"))
  @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
  @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
  public DatePoint start;

  @Embedded
  @AttributeOverride(name = "date", column = @Column(name = "end_date"))
  @AttributeOverride(name = "time", column = @Column(name = "end_time"))
  @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
  @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
  public DatePoint end;

  /** IANA zone the times are read in; required when a time is known. */
  public String timeZone;

  /** First and last day the event may cover; derived from start and end, kept for queries. */
  public LocalDate spanFrom;

  public LocalDate spanTo;

  /** Start instant of timed events; derived, kept for ordering. */
  public OffsetDateTime startInstant;

  public String place;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> participants = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> tags = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  public EventStatus status;

  @Enumerated(EnumType.STRING)
  public EventOrigin origin;

  /** Stable key of where it came from, e.g. {@code seed:riyadh-talks}; unique when present. */
  public String originRef;

  /** Name and version of the extractor that proposed it, for extracted events. */
  public String extractor;

  @Enumerated(EnumType.STRING)
  public ReviewStatus reviewStatus;

  /** The event this one was merged into, when an editor merged it. */
  public Long mergedInto;

  public String reviewedBy;
  public OffsetDateTime reviewedAt;

  public String createdBy;
  public String updatedBy;

  @Version public long version;

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Citation> citations = new ArrayList<>();

  public static Optional<Event> findByOriginRef(String originRef) {
    return find("originRef", originRef).firstResultOptional();
  }

  /**
   * Proposed by the analysis, unreviewed, and last written by it: the analysis may still change or
   * replace it; once a person has touched it, it is theirs.
   */
  public boolean isUntouchedProposal() {
    return origin == EventOrigin.EXTRACTED
        && reviewStatus == ReviewStatus.UNREVIEWED
        && updatedBy != null
        && updatedBy.startsWith(TextAnalyzer.NAME);
  }

  /** Recomputes the derived columns; call after changing start, end or time zone. */
  public void deriveSpan() {
    ZoneId zone = timeZone == null ? null : ZoneId.of(timeZone);
    spanFrom = start.spanFrom();
    spanTo = end == null ? start.spanTo() : end.spanTo();
    startInstant = start.instant(zone);
  }

  /** Replaces the citations, numbering them in the given order. */
  public void replaceCitations(List<Citation> replacements) {
    // A citation sent again (the same span of the same source) keeps its id; only what was
    // sent with it is taken over, so clients' references and the change history stay stable.
    List<Citation> kept = new ArrayList<>();
    for (Citation replacement : replacements) {
      Citation citation =
          citations.stream()
              .filter(c -> !kept.contains(c) && c.quotesTheSameSpanAs(replacement))
              .findFirst()
              .map(c -> c.takeOver(replacement))
              .orElse(replacement);
      kept.add(citation);
    }
    citations.clear();
    int position = 0;
    for (Citation citation : kept) {
      citation.event = this;
      citation.position = position++;
      citations.add(citation);
    }
  }

  /** How changes to events are kept: as their view, under {@code event}. */
  public static ChangeSet<Event> changeSet(ChangeLog log) {
    return log.set("event", EventView::of, e -> e.id);
  }

  /** Locks the event until the transaction ends, when it exists. */
  public static void lockIfPresent(long id) {
    findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }
}
