package org.newsroom.foundation.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Location headers built from a resource class's own {@code @Path}, never from literals. */
public final class Locations {

  private Locations() {}

  /** The URI of the item {@code id} under the resource's path: {@code <base>/<path>/<id>}. */
  public static URI of(UriInfo uri, Class<?> resource, Object id) {
    return uri.getBaseUriBuilder().path(resource).path("{id}").build(id);
  }
}
