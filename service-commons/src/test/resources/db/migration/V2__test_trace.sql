-- the trace id current in the consumer when it handled the event (TracePropagationTest)
ALTER TABLE test_handled ADD COLUMN trace_id TEXT;
