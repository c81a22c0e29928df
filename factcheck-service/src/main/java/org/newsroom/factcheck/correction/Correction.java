package org.newsroom.factcheck.correction;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.newsroom.factcheck.discrepancy.Discrepancy;
import org.newsroom.factcheck.timeline.QuotedSpan;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.persistence.StampedEntity;

/** A change to a quoted span of a source that a journalist files and an editor reviews. */
@Entity
@AttributeOverride(name = "createdAt", column = @Column(name = "submitted_at"))
public class Correction extends StampedEntity {

  /** How changes to corrections are kept: as their view, under {@code correction}. */
  public static ChangeSet<Correction> changeSet(ChangeLog log) {
    return log.set("correction", CorrectionView::of, c -> c.id);
  }

  /** The span being corrected. */
  @Embedded public QuotedSpan target;

  /** The discrepancy it comes from, if any; approving resolves it. */
  @ManyToOne public Discrepancy discrepancy;

  /** The timeline-service event it concerns, if any. */
  public Long eventId;

  @Enumerated(EnumType.STRING)
  public CorrectionType type;

  @Enumerated(EnumType.STRING)
  public CorrectionStatus status;

  public String originalText;
  public String correctedText;
  public String reason;
  public String publicNote;

  public String submittedBy;
  public String updatedBy;
  public String reviewedBy;
  public OffsetDateTime reviewedAt;
  public String reviewNote;
  public OffsetDateTime publishedAt;

  /** Stable key of where it came from, e.g. {@code seed:reuters-printed-date}. */
  public String originRef;

  @Version public long version;

  /** Persists a new SUBMITTED correction and starts its history. */
  public void file(String by) {
    status = CorrectionStatus.SUBMITTED;
    submittedBy = by;
    updatedBy = by;
    persist();
    CorrectionTransition.keep(this, null, CorrectionStatus.SUBMITTED, by, "Filed");
  }

  /** Moves to a new status and keeps the change in the history. */
  public void moveTo(CorrectionStatus next, String by, String note) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CorrectionTransition.keep(this, status, next, by, note);
    status = next;
    updatedBy = by;
    if (next == CorrectionStatus.APPROVED || next == CorrectionStatus.REJECTED) {
      reviewedBy = by;
      reviewedAt = now;
      reviewNote = note;
    } else if (next == CorrectionStatus.PUBLISHED) {
      publishedAt = now;
    }
  }
}
