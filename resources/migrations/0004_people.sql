-- Schema version 4: people (người được TGPL), their identification history, their consents and the
-- search index. Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4.
-- Codes (ethnicity, province, country, exploitation type…) are validated by the catalogues in
-- core/domain/person_catalogues.*; the CHECKs here are the last line of defence for the fixed ones.

CREATE TABLE people (
    id                    INTEGER PRIMARY KEY,
    category              TEXT NOT NULL CHECK (category IN ('victim', 'under_identification',
                                                            'accompanying_minor')),
    full_name             TEXT NOT NULL CHECK (full_name <> ''),
    -- foldForSearch(full_name): the key of the likely-duplicate check (with birth_year).
    name_folded           TEXT NOT NULL,
    sex                   TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'f', 'm', 'x')),
    birth_date            TEXT NULL,
    -- The year of birth_date when the date is known, or the year alone when only the year is known.
    birth_year            INTEGER NULL,
    ethnicity_code        TEXT NOT NULL DEFAULT '',
    nationality_code      TEXT NOT NULL DEFAULT '',
    id_type               TEXT NOT NULL DEFAULT 'none' CHECK (id_type IN ('none', 'cccd', 'passport')),
    id_number             TEXT NOT NULL DEFAULT '',
    province_code         TEXT NOT NULL DEFAULT '',
    commune               TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    exploitation_code     TEXT NOT NULL DEFAULT '',
    destination_code      TEXT NOT NULL DEFAULT '',
    return_mode           TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    accompanies_person_id INTEGER NULL REFERENCES people (id),
    arrival_date          TEXT NULL,
    -- Denormalised from the latest identification_events row, written in the same transaction.
    current_status        TEXT NULL CHECK (current_status IS NULL OR
                                           current_status IN ('under_identification', 'identified',
                                                              'not_victim')),
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    CHECK (category = 'accompanying_minor' OR accompanies_person_id IS NULL),
    CHECK (id_type <> 'none' OR id_number = '')
);
-- One person per ID document number (the service names the existing person before this fires).
CREATE UNIQUE INDEX people_id_number ON people (id_number) WHERE id_number <> '';
CREATE INDEX people_name_birth_year ON people (name_folded, birth_year);
CREATE INDEX people_category_status ON people (category, current_status);
CREATE INDEX people_current_status ON people (current_status);
CREATE INDEX people_province ON people (province_code);
CREATE INDEX people_sex_birth_year ON people (sex, birth_year);
CREATE INDEX people_birth_year ON people (birth_year);
CREATE INDEX people_created_at ON people (created_at);
CREATE INDEX people_accompanies ON people (accompanies_person_id) WHERE accompanies_person_id IS NOT NULL;

-- A change of identification status is an event, never an overwrite.
CREATE TABLE identification_events (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people (id),
    status          TEXT NOT NULL CHECK (status IN ('under_identification', 'identified', 'not_victim')),
    deciding_body   TEXT NOT NULL DEFAULT '',
    decision_date   TEXT NOT NULL,
    document_type   TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    document_issuer TEXT NOT NULL DEFAULT '',
    document_date   TEXT NULL,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX identification_events_person ON identification_events (person_id, decision_date, id);

CREATE TABLE consents (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES people (id),
    keep_data           INTEGER NOT NULL CHECK (keep_data IN (0, 1)),
    share               INTEGER NOT NULL CHECK (share IN (0, 1)),
    given_by            TEXT NOT NULL CHECK (given_by IN ('person', 'representative', 'both')),
    representative_name TEXT NOT NULL DEFAULT '',
    given_on            TEXT NOT NULL,
    withdrawn_on        TEXT NULL,
    withdrawn_at        TEXT NULL,
    withdrawn_by        TEXT NULL,
    note                TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_person ON consents (person_id, given_on);

-- The partner organisations a sharing consent covers.
CREATE TABLE consent_partners (
    consent_id      INTEGER NOT NULL REFERENCES consents (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (consent_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX consent_partners_organisation ON consent_partners (organisation_id);

-- Full-text index of people, docid = people.id. The document is already folded to lower-case ASCII
-- (core/search), so the simple tokenizer is enough; prefixes of 2 and 3 letters are indexed because
-- people type the first letters of each word.
CREATE VIRTUAL TABLE people_search USING fts4 (document, prefix="2,3");
