package org.newsroom.foundation.identity;

/**
 * The development identity provider: {@code ./dev-token} signs with {@code dev-jwt/private-key.pem}
 * and this issuer. Only the dev, local and test profiles trust it.
 */
public final class DevIdentity {
  public static final String ISSUER = "https://newsroom.local/dev-issuer";

  private DevIdentity() {}
}
