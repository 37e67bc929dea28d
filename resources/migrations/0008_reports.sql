-- Schema version 8: reports and exchange. The per-database secret of the pseudonymous ids in anonymised
-- exports, and the indexes the period statistics read through.
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4.

-- One row per purpose ('pseudonym'): 32 random bytes (libsodium randombytes_buf) made at first use. Kept
-- only here, inside the encrypted database, so exports of different periods from one database join on the
-- same ids while nobody without the database can link an id back to a record.
CREATE TABLE exchange_secrets (
    purpose    TEXT PRIMARY KEY NOT NULL CHECK (purpose <> ''),
    secret     BLOB NOT NULL CHECK (length(secret) = 32),
    created_at TEXT NOT NULL
);

-- Period statistics: cases accepted, assigned and ended within a date range, and the lifecycle steps
-- (acceptance, provider change) whose timeliness is measured.
CREATE INDEX cases_accepted_on ON cases (accepted_on) WHERE accepted_on IS NOT NULL;
CREATE INDEX cases_assigned_on ON cases (assigned_on, ended_on, provider_id) WHERE assigned_on IS NOT NULL;
CREATE INDEX cases_ended_on ON cases (ended_on, status, form, unit_code) WHERE ended_on IS NOT NULL;
-- Covering: "open at a date" (carried over, still open at the period's end) counts from the index alone.
CREATE INDEX cases_open_span ON cases (received_on, ended_on, form, unit_code);
CREATE INDEX case_transitions_action_on ON case_transitions (action, effective_on);
