package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.timeline.extraction.time.FindingKind;

/** A disagreement about a source's date, with the quotes on each side. */
@Entity
public class DateFinding extends PanacheEntity {

  public long sourceId;
  public int scopePosition;

  @Enumerated(EnumType.STRING)
  public FindingKind kind;

  public String rule;
  public String summary;
  public LocalDate printedDate;
  public LocalDate supportedDate;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<AnalysisViews.QuoteView> quotes;
}
