package org.newsroom.timeline.source;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.paging.Conditions;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.persistence.StampedEntity;
import org.newsroom.foundation.problem.ProblemException;

/**
 * An ingested article. The text is kept exactly as it was sent (no trimming, no normalisation); its
 * SHA-256 identifies it, so the same text is never stored twice.
 */
@Entity
public class Source extends StampedEntity {

  /**
   * How changes to sources are kept: as their view (the text never changes), under {@code source}.
   */
  public static ChangeSet<Source> changeSet(ChangeLog log) {
    return log.set("source", SourceView::of, s -> s.id);
  }

  public String outlet;
  public String title;
  public String url;
  public String language;

  /** The publication date exactly as the article prints it, e.g. "Published February 19, 2023". */
  public String printedDate;

  /** The printed date parsed, when it can be. */
  public LocalDate publishedOn;

  /** The date relative expressions in the text are read against; may differ from the print. */
  public LocalDate trustedDate;

  public String trustedDateNote;

  /** Who set the trusted date; a person's date is never overridden by the analysis. */
  @Enumerated(EnumType.STRING)
  public TrustedDateBasis trustedDateBasis;

  @Basic(fetch = FetchType.LAZY)
  public String content;

  @Column(name = "content_sha256")
  public String contentSha256;

  /** Length of the text in Unicode code points, the unit of citation offsets. */
  public int contentLength;

  @Enumerated(EnumType.STRING)
  public Origin origin;

  public String originRef;

  public String createdBy;
  public String updatedBy;

  @Version public long version;

  /** The source with this id, or a 404 problem. */
  public static Source require(long id) {
    return ProblemException.orNotFound(findById(id), "Source", id);
  }

  /** The source, locked until the transaction ends, so its writers queue up. */
  public static Source lock(long id) {
    return ProblemException.orNotFound(findById(id, LockModeType.PESSIMISTIC_WRITE), "Source", id);
  }

  public static Optional<Source> findByContentHash(String sha256) {
    return find("contentSha256", sha256).firstResultOptional();
  }

  /**
   * One page of sources, optionally of one outlet (ignoring case), one origin reference and a
   * window of trusted dates, newest trusted date first.
   */
  public static Page<Source> page(
      String outlet,
      String originRef,
      java.time.LocalDate trustedFrom,
      java.time.LocalDate trustedTo,
      PageRequest page) {
    Conditions c =
        new Conditions()
            .and("lower(outlet) = lower(:outlet)", "outlet", outlet == null ? null : outlet.strip())
            .and(
                "originRef = :originRef", "originRef", originRef == null ? null : originRef.strip())
            .and("trustedDate >= :trustedFrom", "trustedFrom", trustedFrom)
            .and("trustedDate <= :trustedTo", "trustedTo", trustedTo);
    return Page.of(
        find(
            "from Source" + c.where() + " order by trustedDate desc nulls last, id desc",
            c.parameters()),
        page);
  }
}
