-- Schema version 5: legal-aid cases (vụ việc TGPL), their lifecycle, the case register, events, and the
-- editable catalogues of beneficiary groups (diện) and fields of law (lĩnh vực).
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4. Codes of the fixed catalogues (form, status,
-- source, grounds, event kinds, stages) are validated by core/domain/case_*; CHECKs here guard the ones the
-- lifecycle depends on.

-- Legal Aid Law 2017 art. 7, as amended by Law 53/2024/QH15 (cl. 6a added, cl. 7 point g repealed from
-- 1 July 2025). A historical group stays for cases received while it was in force (until valid_until).
CREATE TABLE beneficiary_groups (
    code        TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
    label_vi    TEXT NOT NULL CHECK (label_vi <> ''),
    label_en    TEXT NOT NULL CHECK (label_en <> ''),
    legal_basis TEXT NOT NULL DEFAULT '',
    historical  INTEGER NOT NULL DEFAULT 0 CHECK (historical IN (0, 1)),
    valid_until TEXT NULL, -- YYYY-MM-DD: the last day of receipt a new case may use this group
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO beneficiary_groups (code, label_vi, label_en, legal_basis, historical, valid_until, sort_order) VALUES
    ('art7_1', 'Người có công với cách mạng', 'Person with meritorious services to the revolution',
     'Luật TGPL 2017, Điều 7 khoản 1', 0, NULL, 10),
    ('art7_2', 'Người thuộc hộ nghèo', 'Member of a poor household',
     'Luật TGPL 2017, Điều 7 khoản 2', 0, NULL, 20),
    ('art7_3', 'Trẻ em', 'Child', 'Luật TGPL 2017, Điều 7 khoản 3', 0, NULL, 30),
    ('art7_4', 'Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
     'Ethnic minority person living in an area with extremely difficult socio-economic conditions',
     'Luật TGPL 2017, Điều 7 khoản 4', 0, NULL, 40),
    ('art7_5', 'Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi', 'Accused person aged 16 to under 18',
     'Luật TGPL 2017, Điều 7 khoản 5', 0, NULL, 50),
    ('art7_6', 'Người bị buộc tội thuộc hộ cận nghèo', 'Accused person from a near-poor household',
     'Luật TGPL 2017, Điều 7 khoản 6', 0, NULL, 60),
    ('art7_6a', 'Nạn nhân, người đang trong quá trình xác định là nạn nhân, người dưới 18 tuổi đi cùng theo ' ||
                'Luật Phòng, chống mua bán người',
     'Victim, person being identified as a victim, or accompanying person under 18 under the Law on ' ||
     'Prevention of Human Trafficking (no financial condition)',
     'Luật TGPL 2017, Điều 7 khoản 6a (bổ sung bởi Luật 53/2024/QH15, hiệu lực 01/7/2025)', 0, NULL, 65),
    ('art7_7a', 'Cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ và người có công nuôi dưỡng khi liệt sĩ còn nhỏ có ' ||
                'khó khăn về tài chính',
     'Parent, spouse or child of a fallen hero, or who raised them as a child, with financial difficulty',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm a', 0, NULL, 71),
    ('art7_7b', 'Người nhiễm chất độc da cam có khó khăn về tài chính',
     'Person affected by Agent Orange with financial difficulty', 'Luật TGPL 2017, Điều 7 khoản 7 điểm b', 0,
     NULL, 72),
    ('art7_7c', 'Người cao tuổi có khó khăn về tài chính', 'Elderly person with financial difficulty',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm c', 0, NULL, 73),
    ('art7_7d', 'Người khuyết tật có khó khăn về tài chính', 'Person with a disability with financial difficulty',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm d', 0, NULL, 74),
    ('art7_7dd', 'Người từ đủ 16 tuổi đến dưới 18 tuổi là bị hại trong vụ án hình sự có khó khăn về tài chính',
     'Victim aged 16 to under 18 in a criminal case, with financial difficulty',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm đ', 0, NULL, 75),
    ('art7_7e', 'Nạn nhân trong vụ việc bạo lực gia đình có khó khăn về tài chính',
     'Victim of domestic violence with financial difficulty', 'Luật TGPL 2017, Điều 7 khoản 7 điểm e', 0,
     NULL, 76),
    ('art7_7g', 'Nạn nhân của hành vi mua bán người có khó khăn về tài chính (đã bãi bỏ)',
     'Victim of human trafficking with financial difficulty (repealed)',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm g (bãi bỏ bởi Luật 53/2024/QH15 từ 01/7/2025)', 1, '2025-06-30',
     77),
    ('art7_7h', 'Người nhiễm HIV có khó khăn về tài chính', 'Person living with HIV with financial difficulty',
     'Luật TGPL 2017, Điều 7 khoản 7 điểm h', 0, NULL, 78);

-- Legal aid covers every field of law except business and commerce (Legal Aid Law 2017 art. 27).
CREATE TABLE fields_of_law (
    code       TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
    label_vi   TEXT NOT NULL CHECK (label_vi <> ''),
    label_en   TEXT NOT NULL CHECK (label_en <> ''),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

INSERT INTO fields_of_law (code, label_vi, label_en, sort_order) VALUES
    ('hinh_su', 'Hình sự', 'Criminal', 10),
    ('dan_su', 'Dân sự', 'Civil', 20),
    ('hon_nhan_gia_dinh', 'Hôn nhân và gia đình', 'Marriage and family', 30),
    ('hanh_chinh_khieu_nai', 'Hành chính, khiếu nại', 'Administrative and complaints', 40),
    ('lao_dong', 'Lao động', 'Labour', 50),
    ('dat_dai', 'Đất đai', 'Land', 60),
    ('che_do_chinh_sach', 'Chế độ chính sách', 'Social policies and entitlements', 70),
    ('khac', 'Khác', 'Other', 90);

-- The case register (Sổ thụ lý) numbering: one counter per unit and year, incremented in the same
-- BEGIN IMMEDIATE transaction as the case insert, so numbers have no gaps and no duplicates.
CREATE TABLE case_register_counters (
    unit_code   TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (unit_code, year)
);

CREATE TABLE cases (
    id                   INTEGER PRIMARY KEY,
    unit_code            TEXT NOT NULL CHECK (unit_code <> ''),
    unit_organisation_id INTEGER NULL REFERENCES organisations (id), -- NULL: the centre itself
    form                 TEXT NOT NULL CHECK (form IN ('consultation', 'litigation', 'out_of_court')),
    field_code           TEXT NOT NULL REFERENCES fields_of_law (code),
    group_code           TEXT NOT NULL REFERENCES beneficiary_groups (code),
    beneficiary_person_id INTEGER NOT NULL REFERENCES people (id),
    requester_name       TEXT NOT NULL DEFAULT '', -- '' when the beneficiary asked themself
    requester_relation   TEXT NOT NULL DEFAULT '',
    source               TEXT NOT NULL,
    received_on          TEXT NOT NULL,
    summary              TEXT NOT NULL DEFAULT '',
    urgent               INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    urgent_reason        TEXT NOT NULL DEFAULT '', -- hearing_soon | limitation_soon | court_appointed
    hearing_date         TEXT NULL,
    limitation_date      TEXT NULL,
    status               TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'assigned', 'in_progress',
                                                         'closed', 'refused', 'withdrawn', 'discontinued',
                                                         'transferred')),
    register_year        INTEGER NOT NULL,
    register_number      INTEGER NOT NULL CHECK (register_number > 0),
    file_code            TEXT NOT NULL UNIQUE,
    provider_id          INTEGER NULL REFERENCES providers (id),
    accepted_on          TEXT NULL,
    assigned_on          TEXT NULL,
    started_on           TEXT NULL,
    ended_on             TEXT NULL, -- closed, refused, withdrawn, discontinued or transferred on
    last_step_on         TEXT NOT NULL, -- effective date of the latest step: the next may not be earlier
    outcome              TEXT NOT NULL DEFAULT '',
    exit_ground          TEXT NOT NULL DEFAULT '',
    exit_reason          TEXT NOT NULL DEFAULT '',
    transferred_to       INTEGER NULL REFERENCES organisations (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (unit_code, register_year, register_number)
);
-- The desk's list filters, newest first.
CREATE INDEX cases_status ON cases (status, received_on);
CREATE INDEX cases_form ON cases (form, received_on);
CREATE INDEX cases_unit ON cases (unit_code, received_on);
CREATE INDEX cases_provider ON cases (provider_id, status);
CREATE INDEX cases_received ON cases (received_on);
CREATE INDEX cases_beneficiary ON cases (beneficiary_person_id);
-- Deadlines: accepted cases awaiting a provider are found through cases_status; urgent cases
-- not yet accepted through this small partial index.
CREATE INDEX cases_urgent ON cases (status, received_on) WHERE urgent = 1;

-- Every step of the lifecycle: who, when, the effective date and why. Never updated.
CREATE TABLE case_transitions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    action          TEXT NOT NULL, -- open, accept, assign, start, change_provider, refuse, withdraw, …
    from_status     TEXT NOT NULL DEFAULT '', -- '' for open
    to_status       TEXT NOT NULL,
    effective_on    TEXT NOT NULL,
    ground          TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    provider_id     INTEGER NULL REFERENCES providers (id),
    organisation_id INTEGER NULL REFERENCES organisations (id),
    requested_on    TEXT NULL, -- provider change: the date it was asked for
    late            INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    actor           TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX case_transitions_case ON case_transitions (case_id, id);
CREATE INDEX case_transitions_late ON case_transitions (action, effective_on) WHERE late = 1;

-- Events on a case. `body` is the text that roles without CaseNotesView do not see.
CREATE TABLE case_events (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('note', 'hearing', 'document', 'provider_change',
                                                       'evaluation', 'feedback')),
    occurred_on          TEXT NOT NULL,
    body                 TEXT NOT NULL DEFAULT '',
    court                TEXT NOT NULL DEFAULT '',  -- hearing
    stage                TEXT NOT NULL DEFAULT '',  -- hearing
    document_direction   TEXT NOT NULL DEFAULT '',  -- document: received | issued
    document_type        TEXT NOT NULL DEFAULT '',
    document_number      TEXT NOT NULL DEFAULT '',
    document_party       TEXT NOT NULL DEFAULT '',  -- issuer (received) or recipient (issued)
    document_title       TEXT NOT NULL DEFAULT '',
    provider_id          INTEGER NULL REFERENCES providers (id), -- provider change: the new provider
    previous_provider_id INTEGER NULL REFERENCES providers (id),
    rating               TEXT NOT NULL DEFAULT '',  -- evaluation
    satisfied            INTEGER NULL CHECK (satisfied IN (0, 1)), -- feedback
    actor                TEXT NOT NULL,
    created_at           TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, occurred_on);
