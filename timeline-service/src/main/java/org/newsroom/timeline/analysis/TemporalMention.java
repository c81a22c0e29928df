package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.time.AnchorBasis;
import org.newsroom.timeline.extraction.time.MentionKind;

/** A temporal expression in a source, as resolved and stored. */
@Entity(name = "DateMention")
@Table(name = "date_mention")
public class TemporalMention extends PanacheEntity {

  public long sourceId;
  public int scopePosition;
  public int spanStart;
  public int spanEnd;
  public int sentenceStart;
  public int sentenceEnd;
  public String text;

  @Enumerated(EnumType.STRING)
  public MentionKind kind;

  public String value;

  @Enumerated(EnumType.STRING)
  public Precision precision;

  public LocalDate spanFrom;
  public LocalDate spanTo;
  public LocalDate earliest;
  public LocalDate latest;
  public LocalDate anchorDate;

  @Enumerated(EnumType.STRING)
  public AnchorBasis anchorBasis;

  public Integer anchorStart;
  public Integer anchorEnd;
  public String rule;
  public String explanation;

  @Enumerated(EnumType.STRING)
  public Tense tense;

  public String tenseCue;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<AnalysisViews.AlternativeView> alternatives;
}
