package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sandbox.SandboxHost;
import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox gate and servlet over real HTTP (issue 17, point 1), on a Tomcat listening on every
 * interface: called through this machine's non-loopback address, the sandbox answers 404; through
 * 127.0.0.1 it answers, and refuses a 2 MiB body with 413, announced or chunked.
 */
class SandboxGateHttpIT {

    private static Tomcat tomcat;
    private static int port;
    private static final AtomicBoolean DEMO = new AtomicBoolean(true);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTomcat() throws Exception {
        Path base = Files.createTempDirectory("sandbox-gate-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "0.0.0.0");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        SandboxHost host = new SandboxHost();
        host.mount(new EchoSandbox());
        Tomcat.addServlet(context, "sandboxes", new SandboxServlet(host));
        context.addServletMappingDecoded("/sandbox/*", "sandboxes");
        FilterDef gate = new FilterDef();
        gate.setFilterName("sandboxGate");
        gate.setFilter(new SandboxGate(DEMO::get, () -> false));
        context.addFilterDef(gate);
        FilterMap map = new FilterMap();
        map.setFilterName("sandboxGate");
        map.addURLPattern("/sandbox/*");
        context.addFilterMap(map);
        tomcat.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stopTomcat() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    /** This machine's first non-loopback IPv4 address (what {@code hostname -I} prints first). */
    private static String networkAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("this machine has no non-loopback IPv4 address to call the sandbox through");
    }

    private HttpResponse<String> get(String host) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/sandbox/echo/x")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void throughThisMachinesNetworkAddressTheSandboxAnswers404() throws Exception {
        String address = networkAddress();

        HttpResponse<String> remote = get(address);

        assertThat(remote.statusCode()).as("GET http://%s:%d/sandbox/echo/x", address, port).isEqualTo(404);
        assertThat(remote.body()).doesNotContain("method");
    }

    @Test
    void throughLoopbackTheSandboxAnswersAndRefusesATwoMebibyteBodyWith413() throws Exception {
        assertThat(get("127.0.0.1").statusCode()).isEqualTo(200);
        URI uri = URI.create("http://127.0.0.1:" + port + "/sandbox/echo/x");
        byte[] twoMiB = new byte[2 * 1024 * 1024];

        HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(twoMiB)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMiB))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("larger than 1048576 bytes");
    }

    @Test
    void withTheDemoOffEvenLoopbackGets404() throws Exception {
        DEMO.set(false);
        try {
            assertThat(get("127.0.0.1").statusCode()).isEqualTo(404);
        } finally {
            DEMO.set(true);
        }
    }
}
