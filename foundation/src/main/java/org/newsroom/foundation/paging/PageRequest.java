package org.newsroom.foundation.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Offset paging with a hard upper bound on the page size; bind with {@code @BeanParam @Valid}. */
public class PageRequest {

  public static final int MAX_LIMIT = 100;

  @QueryParam("offset")
  @DefaultValue("0")
  @Min(value = 0, message = "must be 0 or more")
  @Parameter(description = "Index of the first item to return")
  public int offset;

  @QueryParam("limit")
  @DefaultValue("20")
  @Min(value = 1, message = "must be at least 1")
  @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
  @Parameter(description = "Page size, 1 to " + MAX_LIMIT)
  public int limit;

  public PageRequest() {}

  public PageRequest(int offset, int limit) {
    this.offset = offset;
    this.limit = limit;
  }

  /** Last index (inclusive) for Panache's {@code range()}. */
  public int lastIndex() {
    return offset + limit - 1;
  }
}
