package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Who the sandboxes answer (issue 17, point 1): only this machine, only while the demo runs;
 * everyone else gets 404. The real-HTTP check through a non-loopback address is SandboxGateHttpIT.
 */
class SandboxGateTest {

    private final AtomicBoolean demo = new AtomicBoolean(true);
    private final AtomicBoolean remote = new AtomicBoolean(false);
    private final SandboxGate gate = new SandboxGate(demo::get, remote::get);

    private static MockHttpServletRequest from(String remoteAddr, String localAddr) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sandbox/erp/entity/Default/24.200.001/StockItem");
        request.setRemoteAddr(remoteAddr);
        request.setLocalAddr(localAddr);
        return request;
    }

    private int status(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : 200;
    }

    @Test
    void answersThisMachineOverLoopbackInDemoMode() throws Exception {
        assertThat(status(from("127.0.0.1", "127.0.0.1"))).isEqualTo(200);
        assertThat(status(from("::1", "::1"))).isEqualTo(200);
        assertThat(status(from("0:0:0:0:0:0:0:1", "127.0.0.1"))).isEqualTo(200);
    }

    @Test
    void answers404ToANonLoopbackAddress() throws Exception {
        assertThat(status(from("192.168.1.20", "192.168.1.10"))).isEqualTo(404);
        assertThat(status(from("203.0.113.5", "0.0.0.0"))).isEqualTo(404);
    }

    @Test
    void answers404WhenTheConnectionArrivedOnANetworkAddressEvenIfAProxyHeaderClaimsLoopback() throws Exception {
        // forward headers trusted from the local network turned X-Forwarded-For: 127.0.0.1 into the remote address
        assertThat(status(from("127.0.0.1", "192.168.1.10"))).isEqualTo(404);
    }

    @Test
    void answers404ToTheClientsOfAReverseProxyOnThisMachine() throws Exception {
        MockHttpServletRequest proxied = from("127.0.0.1", "127.0.0.1");
        proxied.addHeader("X-Forwarded-For", "198.51.100.7");
        assertThat(status(proxied)).isEqualTo(404);
        MockHttpServletRequest forwarded = from("127.0.0.1", "127.0.0.1");
        forwarded.addHeader("Forwarded", "for=198.51.100.7");
        assertThat(status(forwarded)).isEqualTo(404);
    }

    @Test
    void answers404ToEveryoneWhenTheDemoIsOff() throws Exception {
        demo.set(false);
        remote.set(true);
        assertThat(status(from("127.0.0.1", "127.0.0.1"))).isEqualTo(404);
        assertThat(status(from("192.168.1.20", "192.168.1.10"))).isEqualTo(404);
    }

    @Test
    void answersOtherAddressesWhenRemoteAccessIsAllowed() throws Exception {
        remote.set(true);
        assertThat(status(from("192.168.1.20", "192.168.1.10"))).isEqualTo(200);
    }

    @Test
    void loopbackMeansALiteralLoopbackAddressNeverANameLookedUp() {
        assertThat(SandboxGate.isLoopback("127.0.0.1")).isTrue();
        assertThat(SandboxGate.isLoopback("127.8.9.10")).isTrue();
        assertThat(SandboxGate.isLoopback("[::1]")).isTrue();
        assertThat(SandboxGate.isLoopback("::ffff:127.0.0.1")).isTrue();
        assertThat(SandboxGate.isLoopback("localhost")).isFalse();
        assertThat(SandboxGate.isLoopback("10.0.0.1")).isFalse();
        assertThat(SandboxGate.isLoopback("")).isFalse();
        assertThat(SandboxGate.isLoopback(null)).isFalse();
    }
}
