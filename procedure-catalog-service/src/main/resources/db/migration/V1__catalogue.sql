-- Procedure catalogue (danh mục thủ tục hành chính) and working-day calendars (lịch làm việc).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per procedure code: the lock every change of the procedure's timeline takes.
CREATE TABLE procedure (
    code          TEXT        PRIMARY KEY,
    next_version  INT         NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version  BIGINT      NOT NULL DEFAULT 0
);

-- Every version of a procedure, drafts included. content = the whole version as the event contract's
-- ProcedureVersion JSON; the columns beside it are what queries filter and sort on.
CREATE TABLE procedure_version (
    id             BIGSERIAL   PRIMARY KEY,
    procedure_code TEXT        NOT NULL REFERENCES procedure (code),
    version        INT         NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    name           TEXT        NOT NULL,
    field_code     TEXT        NOT NULL,
    agency_code    TEXT        NOT NULL,
    search_text    TEXT        NOT NULL,
    effective_from DATE        NOT NULL,
    effective_to   DATE,
    content        TEXT        NOT NULL,
    content_hash   TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ,
    retired_at     TIMESTAMPTZ,
    lock_version   BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (procedure_code, version),
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX procedure_version_search ON procedure_version USING gin (search_text gin_trgm_ops)
    WHERE status <> 'DRAFT';
CREATE INDEX procedure_version_timeline ON procedure_version (procedure_code, effective_from)
    WHERE status <> 'DRAFT';
CREATE INDEX procedure_version_field ON procedure_version (field_code) WHERE status <> 'DRAFT';
CREATE INDEX procedure_version_agency ON procedure_version (agency_code) WHERE status <> 'DRAFT';

-- One working-day calendar per year: content = the event contract's CalendarYear JSON.
CREATE TABLE calendar_year (
    year          INT         PRIMARY KEY,
    content       TEXT        NOT NULL,
    provisional   BOOLEAN     NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version  BIGINT      NOT NULL DEFAULT 0
);
