package org.itqan.quran.realtime.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.itqan.quran.realtime.webhooks.WebhookTargets.TargetRefused;
import org.junit.jupiter.api.Test;

/**
 * The SSRF rules where a delivery connects: the delivery client resolves a target's name through
 * {@link WebhookTargets#resolver()}, which hands out only addresses the rules accept. A name re-pointed at an
 * internal address between the check before an attempt and the connection (DNS rebinding) therefore fails to
 * resolve instead of reaching that address.
 */
class WebhookTargetsTests {

    @Test
    void theDeliveryClientCannotResolveANameToALoopbackAddress() {
        var resolver = targets().resolver();

        assertThatThrownBy(() -> resolver.resolve("localhost")).isInstanceOf(TargetRefused.class)
                .hasMessageStartingWith("the host localhost resolves to a non-public address");
        assertThatThrownBy(() -> resolver.resolve("127.0.0.1")).isInstanceOf(TargetRefused.class);
        assertThatThrownBy(() -> resolver.resolve("[::1]")).isInstanceOf(TargetRefused.class);
    }

    @Test
    void theDeliveryClientCannotResolvePrivateLinkLocalOrMappedAddresses() throws Exception {
        var resolver = targets().resolver();

        for (var internal : List.of("10.1.2.3", "192.168.0.10", "172.16.5.5", "169.254.169.254", "100.64.0.1",
                "[fd00::1]", "[::ffff:10.0.0.1]", "0.0.0.0")) {
            assertThatThrownBy(() -> resolver.resolve(internal)).as(internal).isInstanceOf(TargetRefused.class);
        }
    }

    @Test
    void aPublicAddressResolvesToItself() throws Exception {
        assertThat(targets().resolver().resolve("93.184.216.34"))
                .containsExactly(InetAddress.getByName("93.184.216.34"));
    }

    @Test
    void anAllowListedRangeOrNameMayResolveToAnInternalAddress() throws Exception {
        assertThat(targets("127.0.0.1/32").resolver().resolve("127.0.0.1"))
                .containsExactly(InetAddress.getByName("127.0.0.1"));
        assertThat(targets("localhost").resolver().resolve("localhost")).isNotEmpty()
                .allMatch(InetAddress::isLoopbackAddress);
        assertThatThrownBy(() -> targets("127.0.0.1/32").resolver().resolve("10.0.0.1"))
                .isInstanceOf(TargetRefused.class);
    }

    @Test
    void theCheckBeforeAnAttemptAndTheResolverApplyTheSameRules() {
        var targets = targets();
        assertThat(targets.refusal("https://127.0.0.1/hook")).contains("non-public address (127.0.0.1)");
        assertThat(targets.refusal("https://93.184.216.34/hook")).isNull();
        assertThat(targets.refusal("http://93.184.216.34/hook")).isEqualTo("the URL must be https");
    }

    private static WebhookTargets targets(String... allowed) {
        return new WebhookTargets(new WebhookProperties(true, List.of(allowed), 8, Duration.ofSeconds(10),
                Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofMinutes(1), 4096, 20, 16));
    }
}
