package org.newsroom.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import org.newsroom.foundation.identity.DevIdentity;
import org.newsroom.foundation.identity.Roles;

/** Bearer tokens signed with the development key, exactly as {@code ./dev-token} makes them. */
public final class Tokens {

  private static final PrivateKey KEY = load();

  private Tokens() {}

  public static String journalist(String name) {
    return sign(name, Set.of(Roles.JOURNALIST), Duration.ofHours(1));
  }

  public static String editor(String name) {
    return sign(name, Set.of(Roles.EDITOR), Duration.ofHours(1));
  }

  /** A token whose signature is valid but which expired an hour ago. */
  public static String expired(String name) {
    return Jwt.issuer(DevIdentity.issuer())
        .upn(name)
        .groups(Set.of(Roles.EDITOR))
        .issuedAt(System.currentTimeMillis() / 1000 - 7200)
        .expiresAt(System.currentTimeMillis() / 1000 - 3600)
        .sign(KEY);
  }

  public static String sign(String name, Set<String> roles, Duration lifetime) {
    return Jwt.issuer(DevIdentity.issuer())
        .upn(name)
        .subject(name)
        .groups(roles)
        .expiresIn(lifetime)
        .sign(KEY);
  }

  /** {@code Authorization} header value. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static PrivateKey load() {
    try {
      return KeyUtils.readPrivateKey("dev-jwt/private-key.pem");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the development signing key", e);
    }
  }
}
