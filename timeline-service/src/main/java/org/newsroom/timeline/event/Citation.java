package org.newsroom.timeline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.newsroom.timeline.source.Source;

/** An exact quote in a source that supports (or mentions) an event. */
@Entity
public class Citation extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  public Event event;

  public int position;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  public Source source;

  @Column(name = "quote_exact")
  public String exact;

  @Column(name = "quote_prefix")
  public String prefix;

  @Column(name = "quote_suffix")
  public String suffix;

  @Column(name = "quote_start")
  public int start;

  @Column(name = "quote_end")
  public int end;

  /** SHA-256 of the source text the quote was checked against. */
  @Column(name = "source_sha256")
  public String sourceSha256;

  public String note;

  /** The analysis (name/version) that proposed it; null for citations people write. */
  public String extractor;

  /** Proposed for an event a person vouches for, waiting for an editor to accept it. */
  public boolean suggested;

  /** Whether the other quotes the very same span of the same text. */
  boolean quotesTheSameSpanAs(Citation other) {
    return source.id.equals(other.source.id)
        && start == other.start
        && end == other.end
        && sourceSha256.equals(other.sourceSha256);
  }

  /** Takes over what was sent with a citation of the same span; answers this one. */
  Citation takeOver(Citation other) {
    prefix = other.prefix;
    suffix = other.suffix;
    exact = other.exact;
    note = other.note;
    extractor = other.extractor;
    suggested = other.suggested;
    return this;
  }
}
