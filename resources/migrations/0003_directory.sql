-- Schema version 3: the directory (danh bạ) — organisations and legal-aid providers.
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4. Kinds are validated by the domain
-- catalogue (core/domain/directory_catalogue.*); the organisation kind list stays open here so a new
-- partner kind never needs a migration. Optional text columns are NULL when not given.

CREATE TABLE organisations (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind <> ''),
    name          TEXT NOT NULL CHECK (name <> ''),
    -- Unit code of the centre and its branches (e.g. TT, CN1), used in case file codes; NULL for others.
    code          TEXT NULL UNIQUE,
    short_name    TEXT NULL,
    address       TEXT NULL,
    phone         TEXT NULL,
    province_code TEXT NULL,
    parent_id     INTEGER NULL REFERENCES organisations (id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX organisations_kind_active ON organisations (kind, active);
CREATE INDEX organisations_active_name ON organisations (active, name);

CREATE TABLE providers (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('legal_aid_officer', 'lawyer', 'legal_consultant',
                                                  'collaborator')),
    full_name       TEXT NOT NULL CHECK (full_name <> ''),
    card_number     TEXT NULL,
    organisation_id INTEGER NULL REFERENCES organisations (id),
    phone           TEXT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX providers_organisation_active ON providers (organisation_id, active);
