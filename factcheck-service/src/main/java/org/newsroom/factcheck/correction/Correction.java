package org.newsroom.factcheck.correction;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
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

/** A change to a quoted span of a source that a journalist files and an editor reviews. */
@Entity
public class Correction extends PanacheEntity {

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
  public OffsetDateTime submittedAt;
  public String updatedBy;
  public OffsetDateTime updatedAt;
  public String reviewedBy;
  public OffsetDateTime reviewedAt;
  public String reviewNote;
  public OffsetDateTime publishedAt;

  /** Stable key of where it came from, e.g. {@code seed:reuters-printed-date}. */
  public String originRef;

  @Version public long version;

  /** Persists a new SUBMITTED correction and starts its history. */
  public void file(String by, OffsetDateTime at) {
    status = CorrectionStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
    updatedBy = by;
    updatedAt = at;
    persist();
    CorrectionTransition.keep(this, null, CorrectionStatus.SUBMITTED, by, at, "Filed");
  }

  /** Moves to a new status and keeps the change in the history. */
  public void moveTo(CorrectionStatus next, String by, String note) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CorrectionTransition.keep(this, status, next, by, now, note);
    status = next;
    updatedBy = by;
    updatedAt = now;
    if (next == CorrectionStatus.APPROVED || next == CorrectionStatus.REJECTED) {
      reviewedBy = by;
      reviewedAt = now;
      reviewNote = note;
    } else if (next == CorrectionStatus.PUBLISHED) {
      publishedAt = now;
    }
  }
}
