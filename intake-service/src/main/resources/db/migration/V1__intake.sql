-- Local replica of the catalogue topics (catalog.procedures.v1, catalog.calendars.v1).
-- Every version ever published is kept (withdrawn = no longer in the catalogue's timeline), so that a
-- dossier can always be read against the version it was received under.
CREATE TABLE procedure_version (
    procedure_code TEXT    NOT NULL,
    version        INT     NOT NULL,
    effective_from DATE    NOT NULL,
    effective_to   DATE,
    withdrawn      BOOLEAN NOT NULL DEFAULT FALSE,
    payload        JSONB   NOT NULL,
    PRIMARY KEY (procedure_code, version)
);

CREATE TABLE calendar_year (
    year    INT PRIMARY KEY,
    payload JSONB NOT NULL
);

-- Daily dossier sequence per receiving agency (Circular 01/2018 Art 19): incremented in the dossier's
-- own transaction, so a rolled-back dossier leaves no gap and concurrent receipts queue on the row.
CREATE TABLE dossier_sequence (
    agency_code TEXT NOT NULL,
    receipt_day DATE NOT NULL,
    last_value  INT  NOT NULL,
    PRIMARY KEY (agency_code, receipt_day)
);

CREATE TABLE dossier (
    code                  TEXT PRIMARY KEY,
    agency_code           TEXT        NOT NULL,
    agency_name           TEXT,
    field_code            TEXT,
    field_name            TEXT,
    procedure_code        TEXT        NOT NULL,
    procedure_version     INT,
    procedure_name        TEXT,
    channel               TEXT        NOT NULL,
    applicant_type        TEXT        NOT NULL,
    applicant_name        TEXT        NOT NULL,
    applicant_id_number   TEXT        NOT NULL,
    applicant_phone       TEXT,
    applicant_email       TEXT,
    applicant_address     TEXT,
    documents             JSONB       NOT NULL,
    missing_components    JSONB       NOT NULL,
    processing_time       JSONB,
    status                TEXT        NOT NULL,
    national_status_code  INT         NOT NULL,
    reason_code           TEXT,
    reason                TEXT,
    received_at           TIMESTAMPTZ NOT NULL,
    completed_at          TIMESTAMPTZ,
    recorded_at           TIMESTAMPTZ NOT NULL,
    due_date              DATE,
    due_at                TIMESTAMPTZ,
    imported              BOOLEAN     NOT NULL DEFAULT FALSE,
    in_processing         BOOLEAN     NOT NULL DEFAULT FALSE,
    processing_missing    JSONB,
    status_changed_at     TIMESTAMPTZ,
    due_changed_at        TIMESTAMPTZ,
    row_version           INT         NOT NULL DEFAULT 0
);
CREATE INDEX dossier_received_at ON dossier (agency_code, received_at);

-- Idempotency-Key of POST /api/v1/dossiers: the first answer, stored with the dossier it created.
CREATE TABLE idempotency_key (
    client_id     TEXT        NOT NULL,
    key           TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    response_code INT,
    response_body TEXT,
    dossier_code  TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, key)
);
