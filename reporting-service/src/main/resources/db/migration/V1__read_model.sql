-- Reporting read model, fed only by intake.dossiers.v1 and processing.cases.v1.
-- Dates are Vietnamese calendar dates (Asia/Ho_Chi_Minh) of the events' occurredAt.

-- One row per dossier, upserted by any of its events (a case transition may come before the receipt).
CREATE TABLE dossier_fact (
    dossier_code          TEXT PRIMARY KEY,
    agency_code           TEXT,
    field_code            TEXT,
    procedure_code        TEXT,
    channel               TEXT,
    digitised             BOOLEAN NOT NULL DEFAULT FALSE,
    received_at           TIMESTAMPTZ,
    received_date         DATE,
    due_date              DATE,
    resolved_at           TIMESTAMPTZ,
    resolution_kind       TEXT,
    resolution_due_date   DATE,
    closed_at             TIMESTAMPTZ,
    close_kind            TEXT,
    supplement_requests   INT     NOT NULL DEFAULT 0,
    late_recorded_dates   DATE[]  NOT NULL DEFAULT '{}',
    -- first day no longer in progress (resolved, withdrawn or stopped); NULL while in progress
    open_until            DATE,
    -- the days at whose end the dossier is in progress: [received_date, open_until)
    open_range            DATERANGE GENERATED ALWAYS AS (
                              CASE WHEN received_date IS NULL THEN NULL
                                   ELSE daterange(received_date, open_until, '[)') END) STORED,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- "in progress at the end of day D" (carried over, in progress, overdue) = open_range @> D: a stabbing
-- query that touches only the dossiers open that day, not the whole table. The included columns make it
-- an index-only scan (no heap visit per open dossier) once autovacuum has set the visibility map.
CREATE INDEX dossier_fact_open_range ON dossier_fact USING gist (open_range)
    INCLUDE (agency_code, field_code, procedure_code, due_date, supplement_requests);

-- Pre-aggregated counters per (day, agency, field, procedure, channel): one row per cell, one column per
-- measure. Maintained incrementally (delta of each dossier's contribution before and after an event).
CREATE TABLE daily_count (
    day                 DATE   NOT NULL,
    agency_code         TEXT   NOT NULL,
    field_code          TEXT   NOT NULL,
    procedure_code      TEXT   NOT NULL,
    channel             TEXT   NOT NULL,
    received            BIGINT NOT NULL DEFAULT 0,
    digitised           BIGINT NOT NULL DEFAULT 0,
    resolved_early      BIGINT NOT NULL DEFAULT 0,
    resolved_on_time    BIGINT NOT NULL DEFAULT 0,
    resolved_late       BIGINT NOT NULL DEFAULT 0,
    multi_supplement    BIGINT NOT NULL DEFAULT 0,
    recorded_late       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agency_code, field_code, procedure_code, channel)
);
CREATE INDEX daily_count_agency_day ON daily_count (agency_code, day);

-- The same counters per calendar month (day = first day of the month): whole months of a period are
-- read here, only the partial months at its ends from daily_count.
CREATE TABLE monthly_count (LIKE daily_count INCLUDING DEFAULTS);
ALTER TABLE monthly_count ADD PRIMARY KEY (day, agency_code, field_code, procedure_code, channel);
CREATE INDEX monthly_count_agency_day ON monthly_count (agency_code, day);

-- Names of agencies, fields and procedures: the one of the DossierReceived with the latest receivedAt
-- (ties: the greater name), so that the live model and a rebuild agree whatever order events come in.
CREATE TABLE dimension_name (
    kind   TEXT        NOT NULL,
    code   TEXT        NOT NULL,
    name   TEXT        NOT NULL,
    as_of  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, code)
);
