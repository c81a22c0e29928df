package org.newsroom.foundation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateTargetsTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "10.20.30.40, true",
    "172.16.0.1, true",
    "172.32.0.1, false",
    "192.168.1.1, true",
    "169.254.169.254, true",
    "100.64.0.1, true",
    "100.128.0.1, false",
    "0.0.0.0, true",
    "224.0.0.1, true",
    "203.0.113.5, false",
    "8.8.8.8, false",
    "::1, true",
    "fe80::1, true",
    "fd12:3456::1, true",
    "2001:db8::1, false"
  })
  void shouldTellAddressesOnThisMachineOrItsNetworkFromPublicOnes(String ip, boolean inside)
      throws UnknownHostException {
    assertEquals(inside, PrivateTargets.isPrivate(InetAddress.getByName(ip)), ip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/hook",
        "http://127.0.0.1/hook",
        "https://10.0.0.7/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:9000/hook"
      })
  void shouldRefuseAUrlThatReachesThisMachineOrItsNetwork(String url) {
    assertTrue(PrivateTargets.refusal(url).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://203.0.113.5/hook", "http://[2001:db8::1]/hook"})
  void shouldLetAPublicAddressThrough(String url) {
    assertTrue(PrivateTargets.refusal(url).isEmpty(), url);
  }
}
