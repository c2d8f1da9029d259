package org.motcua.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The consumer span of one record of a polled batch, child of the trace its {@code traceparent} header carries,
 * current until closed: what the Kafka connector does for a record consumed alone, done here because a batch
 * has one method call for many records. Events the handler writes to the outbox take this span's context on.
 */
public final class ConsumerSpan implements AutoCloseable {

    private static final TextMapGetter<ConsumerRecord<?, ?>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Span span;
    private final Scope scope;

    private ConsumerSpan(Span span) {
        this.span = span;
        this.scope = span.makeCurrent();
    }

    /** Starts the span of {@code record} ({@code "<topic> process"}) and makes it current. */
    public static ConsumerSpan start(Tracer tracer, String consumerGroup, ConsumerRecord<?, ?> record) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, HEADERS);
        return new ConsumerSpan(tracer.spanBuilder(record.topic() + " process").setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumerGroup)
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan());
    }

    /** Marks the span failed. */
    public void failed(Throwable e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, e.getMessage() == null ? "" : e.getMessage());
    }

    @Override
    public void close() {
        scope.close();
        span.end();
    }
}
