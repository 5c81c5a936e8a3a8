package fr.passerelle.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Sandbox request bodies are capped at 1 MiB (issue 17, point 1): 413 beyond, announced or chunked. */
class BodyLimitTest {

    @Test
    void readsUpToOneMebibyteAndStopsReadingPastIt() throws Exception {
        assertThat(BodyLimit.read(new ByteArrayInputStream(new byte[BodyLimit.MAX_BYTES]))).get()
                .extracting(b -> b.length).isEqualTo(1024 * 1024);

        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served.addAndGet(len);
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertThat(BodyLimit.read(endless)).isEmpty();
        assertThat(served.get()).as("reading stops just past the limit").isLessThanOrEqualTo(BodyLimit.MAX_BYTES + 8192L);
        assertThat(BodyLimit.announcedTooLarge(2L * 1024 * 1024)).isTrue();
        assertThat(BodyLimit.announcedTooLarge(-1)).isFalse();
    }

    @Test
    void theStandAloneSandboxServerAnswers413ToATwoMebibyteBodyChunkedOrNot() throws Exception {
        try (SandboxServer server = SandboxServer.start(0, new EchoApp())) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create(server.baseUrl("echo") + "/x");
            byte[] twoMiB = new byte[2 * 1024 * 1024];

            HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(twoMiB)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMiB))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> small = http.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString("ok")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(announced.statusCode()).isEqualTo(413);
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(small.statusCode()).isEqualTo(200);
        }
    }

    private static final class EchoApp implements SandboxApp {
        @Override
        public String id() {
            return "echo";
        }

        @Override
        public SandboxResponse handle(SandboxRequest request) {
            return SandboxResponse.json(200, "{\"size\":" + request.body().length + "}");
        }
    }
}
