-- W3C trace context (https://www.w3.org/TR/trace-context/) of the transaction that wrote the event: the relay
-- sends it as the Kafka headers traceparent / tracestate, so that a consumer's span continues the trace of the
-- REST call (or of the event) that caused it. Null for events written before this migration or outside a span.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
ALTER TABLE outbox_event ADD COLUMN tracestate TEXT;
