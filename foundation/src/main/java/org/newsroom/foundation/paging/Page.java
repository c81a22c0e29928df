package org.newsroom.foundation.paging;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, where the page starts, its size and the total across all pages.
 */
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(required = true, description = "Index of the first item of this page in the whole list")
        long offset,
    @Schema(required = true, description = "Page size asked for") int limit,
    @Schema(required = true, description = "Number of items across all pages") long total) {

  /** One page of a query, with the total from Panache's count of the same query. */
  public static <T> Page<T> of(PanacheQuery<T> query, PageRequest page) {
    List<T> items = query.range(page.offset, page.lastIndex()).list();
    return new Page<>(items, page.offset, page.limit, query.count());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), offset, limit, total);
  }

  /** Offset of the next page, or {@code null} on the last one. */
  @Schema(
      required = true,
      nullable = true,
      description = "Offset of the next page; null on the last page")
  @JsonProperty("nextOffset")
  public Long nextOffset() {
    return offset + items.size() < total ? offset + items.size() : null;
  }
}
