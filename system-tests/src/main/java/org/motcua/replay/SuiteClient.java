package org.motcua.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import org.motcua.contracts.Json;

/** A small JSON-over-HTTP client for the suite's REST APIs, with a bearer token per role. */
public final class SuiteClient {

    /** An answer: status and parsed body (null when empty or not JSON). */
    public record Answer(int status, JsonNode body, String text) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = Json.newMapper();
    private final Function<String, String> tokenForRole;

    public SuiteClient(Function<String, String> tokenForRole) {
        this.tokenForRole = tokenForRole;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Answer get(String url, String role) {
        return send(request(url, role).GET().build());
    }

    public Answer post(String url, String role, Object body) {
        try {
            String json = body instanceof String s ? s : mapper.writeValueAsString(body);
            return send(request(url, role).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String url, String role) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (role != null) {
            builder.header("Authorization", "Bearer " + tokenForRole.apply(role));
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                body = mapper.readTree(text);
            }
            return new Answer(response.statusCode(), body, text);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
