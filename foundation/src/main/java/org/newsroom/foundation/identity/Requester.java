package org.newsroom.foundation.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is asking, from the bearer token: what every resource records as the actor. */
@RequestScoped
public class Requester {

  @Inject SecurityIdentity identity;

  /** The token's name (its {@code upn} or {@code preferred_username}). */
  public String name() {
    return identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }
}
