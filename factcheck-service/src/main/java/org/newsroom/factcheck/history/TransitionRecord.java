package org.newsroom.factcheck.history;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** What every kept change of state records besides the states: who, when and their note. */
@MappedSuperclass
public abstract class TransitionRecord extends PanacheEntity {

  public String actor;
  @CreationTimestamp public OffsetDateTime at;
  public String note;

  /** The state before, or null for the first entry. */
  protected abstract Enum<?> from();

  protected abstract Enum<?> to();

  public TransitionView view() {
    return new TransitionView(from() == null ? null : from().name(), to().name(), actor, at, note);
  }
}
