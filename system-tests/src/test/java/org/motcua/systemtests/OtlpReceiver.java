package org.motcua.systemtests;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A tiny OpenTelemetry collector for the system tests: an OTLP/HTTP endpoint ({@code POST /v1/traces},
 * protobuf) on a free port of 127.0.0.1 that keeps every span the services export. One per test JVM, like
 * {@link Suite}, which points the services to it.
 */
final class OtlpReceiver {

    /** One exported span: the service that sent it, its trace id (hex), name and kind. */
    record ReceivedSpan(String service, String traceId, String name, String kind) {
    }

    private static OtlpReceiver instance;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Quarkus appends /v1/traces to the configured endpoint; any path is accepted
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                receive(ExportTraceServiceRequest.parseFrom(body.readAllBytes()));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                System.err.println("[otlp receiver] cannot read an export: " + e);
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static synchronized OtlpReceiver get() {
        if (instance == null) {
            try {
                instance = new OtlpReceiver();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the OTLP receiver", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
        }
        return instance;
    }

    /** The base URL the services export to, e.g. {@code http://127.0.0.1:41234}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).collect(Collectors.toList());
    }

    List<ReceivedSpan> all() {
        return List.copyOf(spans);
    }

    private void receive(ExportTraceServiceRequest request) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = serviceName(resourceSpans.getResource());
            for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(new ReceivedSpan(service,
                        HexFormat.of().formatHex(span.getTraceId().toByteArray()), span.getName(),
                        span.getKind().name())));
            }
        }
    }

    private static String serviceName(Resource resource) {
        return resource.getAttributesList().stream().filter(a -> a.getKey().equals("service.name")).findFirst()
                .map(a -> a.getValue()).map(AnyValue::getStringValue).orElse("?");
    }
}
