package org.newsroom.foundation.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: a secret is {@code whsec_} and the base64 of random bytes; a delivery
 * is signed with HMAC-SHA256, keyed by those bytes, over {@code <webhook-id>.<webhook-timestamp>.
 * <body>}, and sent as {@code webhook-signature: v1,<base64 of the MAC>}.
 */
public final class Signature {

  public static final String SECRET_PREFIX = "whsec_";

  /** Random bytes in a secret (Standard Webhooks asks for 24 to 64). */
  static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Signature() {}

  /** A new secret, {@code whsec_} and the base64 of {@value #SECRET_BYTES} random bytes. */
  public static String newSecret() {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /**
   * The {@code webhook-signature} header value for one attempt.
   *
   * @param secret {@code whsec_<base64>}; the part after the prefix is the key
   * @param timestamp the {@code webhook-timestamp} sent with it, in seconds since the epoch
   */
  public static String sign(String secret, String id, long timestamp, String body) {
    String encoded =
        secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
      byte[] signed =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
