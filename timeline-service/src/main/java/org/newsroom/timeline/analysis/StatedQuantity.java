package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsroom.timeline.extraction.quantity.Qualifier;
import org.newsroom.timeline.extraction.quantity.QuantityKind;

/** A number, duration, percentage or sum of money a source states, as stored. */
@Entity(name = "Quantity")
@Table(name = "quantity")
public class StatedQuantity extends PanacheEntity {

  public long sourceId;
  public int spanStart;
  public int spanEnd;
  public int sentenceStart;
  public int sentenceEnd;
  public String text;

  @Enumerated(EnumType.STRING)
  public QuantityKind kind;

  public double amount;
  public String unit;
  public String normalized;

  @Enumerated(EnumType.STRING)
  public Qualifier qualifier;

  public String qualifierWord;
  public String subject;
  public Integer subjectStart;
  public Integer subjectEnd;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> rules;
}
