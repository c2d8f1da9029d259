package org.motcua.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of a span, as text: written into the outbox
 * with an event, sent as Kafka headers by the relay, read back by consumers.
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

    /** The remote parent these headers describe, on top of {@code base}; {@code base} itself when empty. */
    public Context extract(Context base) {
        if (traceparent == null) {
            return base;
        }
        return W3CTraceContextPropagator.getInstance().extract(base, this, Getter.INSTANCE);
    }

    public boolean isEmpty() {
        return traceparent == null;
    }

    private enum Getter implements TextMapGetter<TraceHeaders> {
        INSTANCE;

        @Override
        public Iterable<String> keys(TraceHeaders carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceHeaders carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent : TRACESTATE.equals(key) ? carrier.tracestate : null;
        }
    }
}
