package org.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.motcua.contracts.Json;
import org.motcua.testsupport.TestTokens;

/**
 * The HTTP client of the fault tests, as the portal and the officers' front end would use it: one token per
 * role (desk, unit head, processing officer of unit P.QLCL), a short request timeout, and every failure to
 * reach the service (refused connection, reset, timeout) returned as status -1 instead of thrown, so that
 * the caller decides to retry.
 */
final class FaultClient {

    /** An answer: status (-1 when the service could not be reached), parsed body (or null), raw text. */
    record Answer(int status, JsonNode body, String text, String contentType, long millis) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final String UNIT = "P.QLCL";
    static final String OFFICER = "fault-officer";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = Json.newMapper();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Answer get(String url, String role) {
        return send(request(url, role).GET());
    }

    Answer post(String url, String role, Object body, String idempotencyKey) {
        try {
            String json = body instanceof String s ? s : mapper.writeValueAsString(body);
            HttpRequest.Builder builder = request(url, role).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (idempotencyKey != null) {
                builder.header("Idempotency-Key", idempotencyKey);
            }
            return send(builder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer put(String url, String role, Object body) {
        try {
            String json = body instanceof String s ? s : mapper.writeValueAsString(body);
            return send(request(url, role).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String url, String role) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (role != null) {
            builder.header("Authorization", "Bearer " + tokens.computeIfAbsent(role, FaultClient::token));
        }
        return builder;
    }

    private static String token(String role) {
        return switch (role) {
            case "unit-head" -> TestTokens.token("fault-head", UNIT, role);
            case "processing-officer" -> TestTokens.token(OFFICER, UNIT, role);
            default -> TestTokens.token("fault-" + role, null, role);
        };
    }

    private Answer send(HttpRequest.Builder builder) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = null;
            if (text != null && (text.startsWith("{") || text.startsWith("["))) {
                try {
                    body = mapper.readTree(text);
                } catch (IOException e) {
                    body = null;
                }
            }
            return new Answer(response.statusCode(), body, text,
                    response.headers().firstValue("Content-Type").orElse(""), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Answer(-1, null, e.toString(), "", (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, "interrupted", "", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
