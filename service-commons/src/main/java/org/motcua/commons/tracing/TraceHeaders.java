package org.motcua.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of a span, as text: written into the outbox
 * with an event and sent as Kafka headers by the relay. A per-record consumer needs nothing: the Kafka connector
 * extracts the headers and makes its consumer span current; a batch consumer starts one per record
 * ({@link ConsumerSpan}, from {@code IdempotentConsumer.handleBatch}).
 */
public record TraceHeaders(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    private static final TraceHeaders NONE = new TraceHeaders(null, null);

    /** The context of the current span; both fields null when there is none. */
    public static TraceHeaders current() {
        if (!Span.current().getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        String state = carrier.get(TRACESTATE);
        return new TraceHeaders(carrier.get(TRACEPARENT), state == null || state.isEmpty() ? null : state);
    }
}
