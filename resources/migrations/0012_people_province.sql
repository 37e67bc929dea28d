-- Schema version 12: the people list filtered by province, in name order (core/lists/people_list_source.cpp).
-- With only (province_code) SQLite 3.15 walked the category's name index and read every row to test the
-- province: 4–13 s for "victims, female, in one province" on a million people; with the name in the key it
-- reads that province's entries in order (under 70 ms). The old index is a prefix of the new one.
CREATE INDEX IF NOT EXISTS people_province_name ON people (province_code, name_folded, birth_year);
DROP INDEX IF EXISTS people_province;
