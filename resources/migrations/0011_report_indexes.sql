-- Schema version 11: covering indexes for the periodic report (core/reports/report_batch_repository.cpp).
-- The report reads each table in a few grouped passes instead of one query per indicator and period. Each
-- index below holds every column its pass reads, in the order of the pass's GROUP BY, so SQLite streams the
-- groups out of the index without touching the table and without sorting a row per record.
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4.

-- Cases by the day received: received in a period, carried over into it, still open at its end.
CREATE INDEX IF NOT EXISTS cases_report_received ON cases (received_on, form, unit_code, ended_on);
-- Cases by the day accepted: accepted, legal aid given by group, form, field and unit, urgent acceptance.
CREATE INDEX IF NOT EXISTS cases_report_accepted
    ON cases (accepted_on, form, unit_code, group_code, field_code, urgent, received_on)
    WHERE accepted_on IS NOT NULL;
-- Cases by the day assigned.
CREATE INDEX IF NOT EXISTS cases_report_assigned ON cases (assigned_on, form, unit_code)
    WHERE assigned_on IS NOT NULL;
-- Cases each provider held in a period, walked in provider order.
CREATE INDEX IF NOT EXISTS cases_report_provider ON cases (provider_id, assigned_on, ended_on)
    WHERE assigned_on IS NOT NULL AND provider_id IS NOT NULL;
-- A person's accepted cases: the people behind the accepted cases, and "aided by the end of the period".
CREATE INDEX IF NOT EXISTS cases_report_beneficiary ON cases (beneficiary_person_id, accepted_on)
    WHERE accepted_on IS NOT NULL;
-- People in the order of the characteristics the report groups them by, with what their age needs.
CREATE INDEX IF NOT EXISTS people_report_dims
    ON people (sex, ethnicity_code, nationality_code, category, birth_date, birth_year);
-- People recorded in a period, per category (coverage).
CREATE INDEX IF NOT EXISTS people_report_cohort ON people (category, created_at, current_status);
-- Provider changes by the day decided, and whether they were late (only that action: the other steps of
-- every case would triple the index for nothing).
-- (action is a column too, so the pass's "action = 'change_provider'" reads the index alone.)
CREATE INDEX IF NOT EXISTS case_transitions_report ON case_transitions (effective_on, late, case_id, action)
    WHERE action = 'change_provider';
-- Referrals by the day sent and everything the figures group them by.
CREATE INDEX IF NOT EXISTS referrals_report ON referrals (sent_on, direction, source_kind, service, status);
-- A referral's answers: days from sending to the first answer, without reading the history table.
CREATE INDEX IF NOT EXISTS referral_status_history_report
    ON referral_status_history (referral_id, from_status, to_status, changed_on);
