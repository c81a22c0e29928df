package org.newsroom.factcheck.export;

import jakarta.ws.rs.core.UriInfo;

/** Absolute links to this service's resources, from the base URI a request came in on. */
final class Links {

  private Links() {}

  static String discrepancy(UriInfo uri, long id) {
    return base(uri) + "/api/v1/discrepancies/" + id;
  }

  static String correction(UriInfo uri, long id) {
    return base(uri) + "/api/v1/corrections/" + id;
  }

  private static String base(UriInfo uri) {
    String b = uri.getBaseUri().toString();
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }
}
