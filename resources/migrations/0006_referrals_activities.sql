-- Schema version 6: referrals (chuyển gửi) with their status history and disclosures, and outreach activities.
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4. Codes are validated by the domain catalogues
-- (core/domain/referral_catalogue.*, activity_catalogue.*); the CHECKs are the last line of defence.

CREATE TABLE referrals (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people (id),
    -- in: a partner refers the person to the centre; out: the centre sends the person to a service.
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    -- Incoming: the referring organisation's kind when the referral was recorded (police, border_guard, …),
    -- kept so that statistics by source do not move when the directory is edited.
    source_kind     TEXT NULL,
    -- Outgoing only: the service asked for (medical, shelter, …).
    service         TEXT NULL,
    status          TEXT NOT NULL DEFAULT 'sent'
                        CHECK (status IN ('sent', 'accepted', 'declined', 'done', 'cancelled')),
    sent_on         TEXT NOT NULL,  -- YYYY-MM-DD
    due_on          TEXT NOT NULL,  -- the partner's (or the centre's) answer is due by this date
    -- Law 53/2024 art. 37: the person's regime group when the referral was made, and whether the service was
    -- outside it (recorded as a warning, never refused).
    regime_group    TEXT NOT NULL DEFAULT '',
    out_of_regime   INTEGER NOT NULL DEFAULT 0 CHECK (out_of_regime IN (0, 1)),
    person_abroad   INTEGER NOT NULL DEFAULT 0 CHECK (person_abroad IN (0, 1)),
    note            TEXT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((direction = 'out') = (service IS NOT NULL)),
    CHECK (due_on >= sent_on)
);
CREATE INDEX referrals_person ON referrals (person_id, sent_on);
CREATE INDEX referrals_organisation ON referrals (organisation_id);
-- The overdue query: status = 'sent' AND due_on < today.
CREATE INDEX referrals_status_due ON referrals (status, due_on);
CREATE INDEX referrals_direction_sent ON referrals (direction, sent_on);

-- Every status a referral has had: the first row is its creation (from_status NULL → sent).
CREATE TABLE referral_status_history (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    from_status TEXT NULL,
    to_status   TEXT NOT NULL,
    changed_on  TEXT NOT NULL,  -- YYYY-MM-DD, the date of the event (may be earlier than recorded_at)
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    note        TEXT NULL
);
CREATE INDEX referral_status_history_referral ON referral_status_history (referral_id, id);

-- Exactly which fields of the person an outgoing referral disclosed, and under which consent.
CREATE TABLE referral_disclosures (
    referral_id INTEGER NOT NULL REFERENCES referrals (id),
    consent_id  INTEGER NOT NULL REFERENCES consents (id),
    field       TEXT NOT NULL,
    PRIMARY KEY (referral_id, field)
);
CREATE INDEX referral_disclosures_consent ON referral_disclosures (consent_id);

CREATE TABLE activities (
    id                      INTEGER PRIMARY KEY,
    kind                    TEXT NOT NULL
                                CHECK (kind IN ('legal_dissemination', 'communication_product', 'training')),
    held_on                 TEXT NOT NULL,  -- YYYY-MM-DD
    title                   TEXT NOT NULL CHECK (title <> ''),
    audience                TEXT NOT NULL DEFAULT 'other',
    participants            INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    female_participants     INTEGER NOT NULL DEFAULT 0
                                CHECK (female_participants >= 0 AND female_participants <= participants),
    place                   TEXT NULL,
    organiser_unit_id       INTEGER NULL REFERENCES organisations (id),
    partner_organisation_id INTEGER NULL REFERENCES organisations (id),
    notes                   TEXT NULL,
    created_by              TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE INDEX activities_held_on ON activities (held_on);
CREATE INDEX activities_kind_held_on ON activities (kind, held_on);
