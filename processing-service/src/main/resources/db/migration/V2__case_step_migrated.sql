-- A step replayed by the data migration (flag MIGRATED) keeps the legacy system's recording time in recorded_at;
-- who actually entered it here, and when, are kept for audit.
ALTER TABLE case_step ADD COLUMN migrated_by TEXT;
ALTER TABLE case_step ADD COLUMN migrated_at TIMESTAMPTZ;
