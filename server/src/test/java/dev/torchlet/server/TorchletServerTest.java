package dev.torchlet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TorchletServerTest {
    private static TorchletServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TorchletServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void healthReportsVersionJvmAndBackends() throws Exception {
        HttpResponse<byte[]> response = get("/api/health", null);
        assertEquals(200, response.statusCode());
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(BuildInfo.version(), health.get("version").asText());
        assertEquals(System.getProperty("java.version"), health.get("jvm").get("version").asText());
        assertTrue(health.get("backends").toString().contains("cpu"), health.toString());
    }

    @Test
    void wasmRuntimeIsServedAsApplicationWasmAndCompressed() throws Exception {
        HttpResponse<byte[]> response = get("/runtime/torchlet-runtime.wasm", "gzip");
        assertEquals(200, response.statusCode());
        assertEquals("application/wasm", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        byte[] wasm = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        // Every WebAssembly module starts with "\0asm".
        assertEquals("\0asm", new String(wasm, 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void playgroundPageAndApiScriptAreServed() throws Exception {
        HttpResponse<byte[]> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<script src=\"torchlet.js\"></script>"));
        HttpResponse<byte[]> api = get("/torchlet.js", null);
        assertEquals(200, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    @Test
    void lessonsAreServedAsMarkdown() throws Exception {
        HttpResponse<byte[]> lesson = get("/lessons/welcome.zh.md", null);
        assertEquals(200, lesson.statusCode());
        assertTrue(new String(lesson.body(), StandardCharsets.UTF_8).contains("欢迎来到 Torchlet"));
        assertEquals(404, get("/lessons/no-such-lesson.md", null).statusCode());
    }
}
