-- Schema version 13: faster periodic report on a million records (core/reports/report_batch_repository.cpp).
-- Runs on SQLite 3.15 (Debian's SQLCipher 3.4) and SQLCipher 4.

-- The first answers to referrals only (sent -> accepted or declined), keyed by referral: the response-days
-- pass looks each referral up once in this small index instead of twice (once per answer) in an index of every
-- status change. The status columns are in the key too, so SQLite 3.15 reads the index alone.
CREATE INDEX IF NOT EXISTS referral_status_history_answer
    ON referral_status_history (referral_id, changed_on, from_status, to_status)
    WHERE from_status = 'sent' AND to_status IN ('accepted', 'declined');
-- Replaced by the index above; nothing else reads it.
DROP INDEX IF EXISTS referral_status_history_report;

-- People in the order of the characteristics the report groups them by, with what their age and the
-- coverage cohort need: one walk gives the people behind the accepted cases and the people recorded in
-- every period of the report. It replaces people_report_dims (a prefix of it). people_report_cohort stays:
-- the overview's coverage counts (core/overview) read the cohort through it.
CREATE INDEX IF NOT EXISTS people_report_walk
    ON people (sex, ethnicity_code, nationality_code, category, birth_date, birth_year, created_at,
               current_status);
DROP INDEX IF EXISTS people_report_dims;
