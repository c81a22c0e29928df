package org.newsroom.factcheck.discrepancy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.newsroom.factcheck.timeline.QuotedSpan;

/** One source's statement of the disputed fact: where it says it, and what it says. */
@Entity
public class Assertion extends PanacheEntity {

  @ManyToOne(optional = false)
  public Discrepancy discrepancy;

  /** Index in the discrepancy's list; a resolution names the preferred one by it. */
  public int position;

  @Embedded public QuotedSpan span;

  public String statedValue;

  @Enumerated(EnumType.STRING)
  public NormalizedValue.Type valueType;

  public String valueText;

  @Enumerated(EnumType.STRING)
  public NormalizedValue.Qualifier valueQualifier;

  public String note;

  public NormalizedValue normalized() {
    return valueType == null ? null : new NormalizedValue(valueType, valueText, valueQualifier);
  }
}
