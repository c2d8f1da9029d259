-- A case per received dossier: its state, deadline and clock. Key = dossier code.
CREATE TABLE processing_case (
    dossier_code            TEXT        PRIMARY KEY,
    procedure_code          TEXT        NOT NULL,
    procedure_version       INT         NOT NULL,
    procedure_name          TEXT,
    agency_code             TEXT,
    agency_name             TEXT,
    field_code              TEXT,
    field_name              TEXT,
    channel                 TEXT,
    received_at             TIMESTAMPTZ NOT NULL,
    committed_value         INT         NOT NULL,
    committed_unit          TEXT        NOT NULL,
    state                   TEXT        NOT NULL,
    due_date                DATE        NOT NULL,
    due_at                  TIMESTAMPTZ NOT NULL,
    original_due_date       DATE        NOT NULL,
    clock_mode              TEXT        NOT NULL,
    paused_since            TIMESTAMPTZ,
    paused_working_days     INT         NOT NULL DEFAULT 0,
    paused_working_minutes  BIGINT      NOT NULL DEFAULT 0,
    extended                BOOLEAN     NOT NULL DEFAULT FALSE,
    supplement_requests     INT         NOT NULL DEFAULT 0,
    unit                    TEXT,
    officer                 TEXT,
    last_occurred_at        TIMESTAMPTZ NOT NULL,
    steps                   INT         NOT NULL DEFAULT 0,
    opened_at               TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
-- Work queues: by unit / officer / state, sorted by deadline.
CREATE INDEX processing_case_queue ON processing_case (due_at, dossier_code);
CREATE INDEX processing_case_unit ON processing_case (unit, due_at);
CREATE INDEX processing_case_officer ON processing_case (officer, due_at);
-- Deadline watcher: open cases only.
CREATE INDEX processing_case_open ON processing_case (due_at)
    WHERE state IN ('RECEIVED', 'IN_PROGRESS', 'PAYMENT_REQUESTED', 'APPROVED');

-- The tracking slip (form 05): one row per transition, in order. Never updated.
CREATE TABLE case_step (
    id                 BIGSERIAL   PRIMARY KEY,
    dossier_code       TEXT        NOT NULL REFERENCES processing_case (dossier_code),
    seq                INT         NOT NULL,
    action             TEXT        NOT NULL,
    from_state         TEXT,
    to_state           TEXT        NOT NULL,
    occurred_at        TIMESTAMPTZ NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT        NOT NULL,
    recorded_role      TEXT        NOT NULL,
    recorded_unit      TEXT,
    unit               TEXT,
    officer            TEXT,
    decision_number    TEXT,
    decision_date      DATE,
    decision_signer    TEXT,
    decision_reason    TEXT,
    reason             TEXT,
    missing_components TEXT,
    channel            TEXT,
    flags              TEXT,
    due_date_before    DATE,
    due_at_before      TIMESTAMPTZ,
    due_date_after     DATE        NOT NULL,
    due_at_after       TIMESTAMPTZ NOT NULL,
    due_change_reason  TEXT,
    due_change_text    TEXT,
    clock_paused       BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (dossier_code, seq)
);

-- Deadline alerts already published: once per case, kind and due instant (survives restarts).
CREATE TABLE deadline_alert_sent (
    dossier_code TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (dossier_code, kind, due_at)
);

-- Local replica of the catalogue's working-day calendars (topic catalog.calendars.v1).
CREATE TABLE calendar_year (
    year       INT         PRIMARY KEY,
    payload    TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
