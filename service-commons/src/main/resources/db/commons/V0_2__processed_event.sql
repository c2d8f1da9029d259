-- Idempotent consumers: one row per (consumer, event id) handled, written in the handler's transaction.
CREATE TABLE processed_event (
    consumer_name TEXT        NOT NULL,
    event_id      TEXT        NOT NULL,
    event_type    TEXT,
    subject       TEXT,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_name, event_id)
);
