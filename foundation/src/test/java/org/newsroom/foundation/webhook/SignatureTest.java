package org.newsroom.foundation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureTest {

  /** The test vector published with the Standard Webhooks specification. */
  @Test
  void shouldSignTheStandardWebhooksTestVector() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        Signature.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}"));
  }

  @Test
  void shouldSignEveryPartOfTheMessage() {
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    String base = Signature.sign(secret, "msg_1", 1, "{}");
    assertNotEquals(base, Signature.sign(secret, "msg_2", 1, "{}"));
    assertNotEquals(base, Signature.sign(secret, "msg_1", 2, "{}"));
    assertNotEquals(base, Signature.sign(secret, "msg_1", 1, "{ }"));
    assertNotEquals(base, Signature.sign(Signature.newSecret(), "msg_1", 1, "{}"));
  }

  @Test
  void shouldMakeSecretsOfThirtyTwoRandomBytes() {
    String secret = Signature.newSecret();
    assertTrue(secret.startsWith("whsec_"));
    assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
    assertNotEquals(secret, Signature.newSecret());
  }

  @Test
  void shouldAcceptOnlyHttpAndHttpsUrlsWithAHostAndNoCredentials() {
    assertTrue(CallbackUrl.Check.valid("https://example.org/hooks"));
    assertTrue(CallbackUrl.Check.valid("http://127.0.0.1:8080/hook?x=1"));
    assertTrue(CallbackUrl.Check.valid("HTTPS://example.org"));
    assertFalse(CallbackUrl.Check.valid("ftp://example.org/hooks"));
    assertFalse(CallbackUrl.Check.valid("file:///etc/passwd"));
    assertFalse(CallbackUrl.Check.valid("https://user:pass@example.org/hooks"));
    assertFalse(CallbackUrl.Check.valid("https://example.org/hooks#part"));
    assertFalse(CallbackUrl.Check.valid("/relative/path"));
    assertFalse(CallbackUrl.Check.valid("x"));
    assertFalse(CallbackUrl.Check.valid("https:///no-host"));
    assertFalse(CallbackUrl.Check.valid(" https://example.org"));
    assertFalse(CallbackUrl.Check.valid("https://exa mple.org"));
    assertFalse(CallbackUrl.Check.valid(""));
  }
}
