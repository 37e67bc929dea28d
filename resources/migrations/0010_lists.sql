-- Schema version 10: indexes for the desk's lists (ListSource pages read through an index at any offset).
-- Cases (core/lists/case_list_source.cpp): open cases newest first (the query writes the same status list;
-- status in the key lets SQLite 3.15 check it without reading the table).
CREATE INDEX IF NOT EXISTS cases_open_received ON cases (received_on, status) WHERE status IN ('received', 'accepted', 'assigned', 'in_progress');
-- Cases: one provider's cases, newest first.
CREATE INDEX IF NOT EXISTS cases_provider_received ON cases (provider_id, received_on);
-- Referrals (core/lists/referral_list_source.cpp): every referral newest first; those awaiting an answer.
CREATE INDEX IF NOT EXISTS referrals_sent ON referrals (sent_on);
CREATE INDEX IF NOT EXISTS referrals_status_sent ON referrals (status, sent_on);
-- People (core/lists/people_list_source.cpp): the name order within a category or an identification status,
-- so a filtered window is read from the index at any offset instead of sorting a third of the table.
CREATE INDEX IF NOT EXISTS people_category_name ON people (category, name_folded, birth_year);
CREATE INDEX IF NOT EXISTS people_status_name ON people (current_status, name_folded, birth_year);
-- People: "has an open case" checked from the index alone.
CREATE INDEX IF NOT EXISTS cases_beneficiary_status ON cases (beneficiary_person_id, status);
-- Overview (core/overview): people by category and sex, and open cases by form, counted from indexes alone.
CREATE INDEX IF NOT EXISTS people_category_sex ON people (category, sex);
CREATE INDEX IF NOT EXISTS cases_status_form ON cases (status, form);
