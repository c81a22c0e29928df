package org.newsroom.foundation.identity;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The development identity provider: {@code ./dev-token} signs with {@code dev-jwt/private-key.pem}
 * and the issuer {@code newsroom.jwt.issuer} (written once, in foundation's {@code
 * META-INF/microprofile-config.properties}). Only the dev, local and test profiles trust it.
 */
public final class DevIdentity {

  private DevIdentity() {}

  /** The issuer development tokens carry. */
  public static String issuer() {
    return ConfigProvider.getConfig().getValue("newsroom.jwt.issuer", String.class);
  }
}
