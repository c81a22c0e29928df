package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.timeline.extraction.time.AnchorBasis;

/** A stretch of a source dated as one piece, its anchor, and the evidence it rests on. */
@Entity
public class AnalysisScope extends PanacheEntity {

  public long sourceId;
  public int position;
  public int spanStart;
  public int spanEnd;
  public LocalDate anchorDate;

  @Enumerated(EnumType.STRING)
  public AnchorBasis anchorBasis;

  public String rule;
  public String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<AnalysisViews.EvidenceView> evidence;
}
