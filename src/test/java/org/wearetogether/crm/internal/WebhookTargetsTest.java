package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Webhooks reach public addresses only, checked on the address actually resolved, every time. */
class WebhookTargetsTest {

    @Test
    void loopbackPrivateLinkLocalUniqueLocalAndMetadataAddressesAreForbidden() throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "127.8.9.10",
                "10.0.0.5",
                "172.16.3.4",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.100.100.200",
                "0.0.0.0",
                "::1",
                "::",
                "fe80::1",
                "fd00:ec2::254",
                "fc00::7",
                "::ffff:127.0.0.1",
                "64:ff9b::a9fe:a9fe",
                "2002:a9fe:a9fe::1",
                "224.0.0.1",
                "255.255.255.255")) {
            assertThat(WebhookTargets.forbidden(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111")) {
            assertThat(WebhookTargets.forbidden(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }

    @Test
    void aNameThatResolvesToAForbiddenAddressLaterIsRefusedAtThatMoment() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("93.184.216.34");
        WebhookTargets targets =
                new WebhookTargets(List.of(), host -> new InetAddress[] {InetAddress.getByName(answer.get())});

        assertThat(targets.refusal("https://crm.example/hook")).isEmpty();
        assertThat(targets.checked("crm.example"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");

        answer.set("127.0.0.1"); // DNS rebinding: the same name now points at the service's own machine
        assertThatThrownBy(() -> targets.checked("crm.example"))
                .isInstanceOf(WebhookTargets.ForbiddenTarget.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void oneForbiddenAddressAmongSeveralRefusesTheWholeName() throws Exception {
        WebhookTargets targets = new WebhookTargets(List.of(), host ->
                new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")});

        assertThatThrownBy(() -> targets.checked("crm.example")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void theAllowListOpensExactlyTheBlocksAndNamesItLists() throws Exception {
        WebhookTargets targets = new WebhookTargets(List.of("10.20.0.0/16", " crm.hq.lan ", "fd12::/16"), host ->
                new InetAddress[] {InetAddress.getByName(host.equals("crm.hq.lan") ? "192.168.5.5" : host)});

        assertThat(targets.checked("10.20.30.40")).hasSize(1);
        assertThat(targets.checked("crm.hq.lan")).hasSize(1);
        assertThat(targets.checked("fd12::5")).hasSize(1);
        assertThatThrownBy(() -> targets.checked("10.21.0.1")).isInstanceOf(WebhookTargets.ForbiddenTarget.class);
        assertThatThrownBy(() -> targets.checked("169.254.169.254")).isInstanceOf(WebhookTargets.ForbiddenTarget.class);
    }
}
