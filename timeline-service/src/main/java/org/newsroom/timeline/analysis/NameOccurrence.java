package org.newsroom.timeline.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.newsroom.timeline.extraction.name.NameType;

/** One mention of a person, place or organisation, under its canonical name. */
@Entity(name = "NameMention")
@Table(name = "name_mention")
public class NameOccurrence extends PanacheEntity {

  public long sourceId;
  public String canonical;

  @Enumerated(EnumType.STRING)
  public NameType nameType;

  public String text;
  public String title;
  public int spanStart;
  public int spanEnd;
}
