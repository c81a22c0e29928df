package org.newsroom.foundation.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The resources of one kind that a write touches: each is watched before it changes (its view is
 * taken then), and when the write is done {@link #record} keeps one change per resource — created,
 * changed or deleted, whichever it turned out to be. A write that touches several resources (a
 * merge, an analysis run) so keeps each one's own before and after.
 */
public final class ChangeSet<E extends PanacheEntityBase> {

  private record Watched(String before, String action) {}

  private final ChangeLog log;
  private final String resource;
  private final Function<E, ?> view;
  private final ToLongFunction<E> id;
  private final Map<E, Watched> watched = new IdentityHashMap<>();
  private final List<E> order = new ArrayList<>();

  ChangeSet(ChangeLog log, String resource, Function<E, ?> view, ToLongFunction<E> id) {
    this.log = log;
    this.resource = resource;
    this.view = view;
    this.id = id;
  }

  /** Takes the resource's view as it is now, unless it is already watched. */
  public E watch(E entity) {
    return watch(entity, null);
  }

  /**
   * As {@link #watch(PanacheEntityBase)}, naming what happens to this one when it differs from the
   * write's action (the events a merge folds in are MERGED_INTO, the target MERGED_IN).
   */
  public E watch(E entity, String action) {
    if (!watched.containsKey(entity)) {
      watched.put(entity, new Watched(log.snapshot(view.apply(entity)), action));
      order.add(entity);
    }
    return entity;
  }

  /** A resource this write creates. */
  public E created(E entity) {
    if (!watched.containsKey(entity)) {
      watched.put(entity, new Watched(null, ChangeLog.CREATED));
      order.add(entity);
    }
    return entity;
  }

  /**
   * Flushes, then keeps a change for every resource watched or created: {@code action} unless one
   * was named when it was watched, DELETED for one that is gone, nothing for one that reads as it
   * did or that was created and deleted within the write.
   */
  public void record(String action, String actor) {
    Panache.getEntityManager().flush();
    for (E entity : order) {
      Watched w = watched.get(entity);
      boolean gone = !entity.isPersistent();
      if (w.before() == null) {
        if (!gone) {
          log.created(resource, id.applyAsLong(entity), actor, view.apply(entity));
        }
      } else if (gone) {
        log.deleted(resource, id.applyAsLong(entity), actor, w.before());
      } else {
        String named = w.action() != null ? w.action() : action;
        log.changed(resource, id.applyAsLong(entity), named, actor, w.before(), view.apply(entity));
      }
    }
    watched.clear();
    order.clear();
  }
}
