package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** That a source was analysed: by which extractor, on which text, when, and how long it took. */
@Entity
public class SourceAnalysis extends PanacheEntityBase {

  @Id public long sourceId;

  public String extractor;
  public String sourceSha256;
  public OffsetDateTime analysedAt;
  public long elapsedMicros;

  /** The claims (who did what, where, when), as served: they are only ever read whole. */
  @JdbcTypeCode(SqlTypes.JSON)
  public List<AnalysisViews.ClaimView> claims = new ArrayList<>();
}
