package org.newsroom.foundation.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Keeps every change to the resources people rely on: writers call it inside the transaction of the
 * change with the resource's view before and after, so what is kept is exactly what a GET answered.
 * A change that leaves the view as it was is not kept.
 */
@ApplicationScoped
public class ChangeLog {

  public static final String CREATED = "CREATED";
  public static final String EDITED = "EDITED";
  public static final String DELETED = "DELETED";

  /** Fields that change with every write and say nothing of their own. */
  private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

  @Inject ObjectMapper json;

  /** A set to watch the resources of one kind that a write touches. */
  public <E extends PanacheEntityBase> ChangeSet<E> set(
      String resource, Function<E, ?> view, ToLongFunction<E> id) {
    return new ChangeSet<>(this, resource, view, id);
  }

  /** A view as it is now, to pass as the {@code before} of a change made next. */
  public String snapshot(Object view) {
    try {
      return view == null ? null : json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional(TxType.MANDATORY)
  public void created(String resource, long id, String actor, Object after) {
    keep(resource, id, CREATED, actor, null, snapshot(after));
  }

  /**
   * Keeps a change from {@code before} (a {@link #snapshot}) to {@code after} (a view), unless the
   * two read the same.
   */
  @Transactional(TxType.MANDATORY)
  public void changed(
      String resource, long id, String action, String actor, String before, Object after) {
    String now = snapshot(after);
    if (!Objects.equals(before, now)) {
      keep(resource, id, action, actor, before, now);
    }
  }

  @Transactional(TxType.MANDATORY)
  public void deleted(String resource, long id, String actor, String before) {
    keep(resource, id, DELETED, actor, before, null);
  }

  /**
   * The changes to one resource, oldest first; they outlive it, so a deleted resource still shows
   * its history ending in DELETED.
   *
   * @param exists whether the resource exists now
   * @throws org.newsroom.foundation.problem.ProblemException 404 when it neither exists nor ever
   *     changed
   */
  public Page<ChangeView> of(String resource, long id, boolean exists, PageRequest page) {
    Page<ChangeView> changes =
        Page.of(
                ChangeRecord.<ChangeRecord>find(
                    "resource = ?1 and resourceId = ?2 order by id", resource, id),
                page)
            .map(this::view);
    if (changes.total() == 0 && !exists) {
      throw ProblemException.notFound(
          Character.toUpperCase(resource.charAt(0)) + resource.substring(1), id);
    }
    return changes;
  }

  private void keep(
      String resource, long id, String action, String actor, String before, String after) {
    ChangeRecord r = new ChangeRecord();
    r.resource = resource;
    r.resourceId = id;
    r.action = action;
    r.actor = actor;
    r.before = before;
    r.after = after;
    r.persist();
  }

  private ChangeView view(ChangeRecord r) {
    JsonNode before = tree(r.before);
    JsonNode after = tree(r.after);
    return new ChangeView(r.id, r.action, r.actor, r.at, changed(before, after), before, after);
  }

  /** Top-level fields that differ; every field of the one present when the other is not. */
  static List<String> changed(JsonNode before, JsonNode after) {
    List<String> fields = new ArrayList<>();
    JsonNode any = before != null ? before : after;
    if (any == null) {
      return fields;
    }
    List<String> names = new ArrayList<>();
    any.fieldNames().forEachRemaining(names::add);
    if (before != null && after != null) {
      for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!before.has(name)) {
          names.add(name);
        }
      }
    }
    for (String name : names) {
      if (BOOKKEEPING.contains(name)) {
        continue;
      }
      if (!Objects.equals(value(before, name), value(after, name))) {
        fields.add(name);
      }
    }
    return fields;
  }

  /** A field's value; a null value reads as an absent one. */
  private static JsonNode value(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private JsonNode tree(String value) {
    try {
      return value == null ? null : json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
