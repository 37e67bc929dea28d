-- Schema version 2: the working-day calendar.
-- Public holidays per year (editable by the centre; the government announces Tết and Hùng Kings' day each year)
-- and the deadline rules that count working days.

CREATE TABLE holidays (
    date TEXT PRIMARY KEY NOT NULL,   -- YYYY-MM-DD
    name TEXT NOT NULL,
    -- fixed: by date in the Labour Code; lunar: Tết / Hùng Kings computed from the lunar calendar;
    -- announced: as announced by the government; compensatory: a weekday off for a holiday on a weekend;
    -- custom: entered by the centre
    kind TEXT NOT NULL DEFAULT 'custom'
        CHECK (kind IN ('fixed', 'lunar', 'announced', 'compensatory', 'custom'))
);

CREATE TABLE deadline_rules (
    code         TEXT PRIMARY KEY NOT NULL,
    label_vi     TEXT NOT NULL,
    label_en     TEXT NOT NULL,
    working_days INTEGER NOT NULL CHECK (working_days >= 0),
    legal_basis  TEXT NOT NULL DEFAULT ''
);

INSERT INTO deadline_rules (code, label_vi, label_en, working_days, legal_basis) VALUES
    ('assign_after_accept', 'Cử người thực hiện sau khi thụ lý', 'Assign a provider after acceptance', 2,
     'Luật Trợ giúp pháp lý 2017, Điều 30'),
    ('provider_change', 'Quyết định thay đổi người thực hiện', 'Decide a change of provider', 3,
     'Luật Trợ giúp pháp lý 2017'),
    ('urgent_acceptance', 'Thụ lý ngay khi thời hiệu hoặc phiên tòa còn dưới', 'Accept at once when the limitation period or hearing is under', 5,
     'Luật Trợ giúp pháp lý 2017'),
    ('referral_response', 'Trả lời phiếu chuyển gửi', 'Answer to a referral', 5, '');

INSERT INTO holidays (date, name, kind) VALUES
    ('2026-01-01', 'Tết Dương lịch', 'fixed'),
    ('2026-02-16', 'Tết Nguyên đán', 'announced'),
    ('2026-02-17', 'Tết Nguyên đán', 'announced'),
    ('2026-02-18', 'Tết Nguyên đán', 'announced'),
    ('2026-02-19', 'Tết Nguyên đán', 'announced'),
    ('2026-02-20', 'Tết Nguyên đán', 'announced'),
    ('2026-04-26', 'Giỗ Tổ Hùng Vương', 'lunar'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'compensatory'),
    ('2026-04-30', 'Ngày Chiến thắng', 'fixed'),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'fixed'),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)', 'fixed'),
    ('2026-09-02', 'Quốc khánh', 'fixed'),
    ('2027-01-01', 'Tết Dương lịch', 'fixed'),
    ('2027-02-05', 'Tết Nguyên đán', 'lunar'),
    ('2027-02-06', 'Tết Nguyên đán', 'lunar'),
    ('2027-02-07', 'Tết Nguyên đán', 'lunar'),
    ('2027-02-08', 'Tết Nguyên đán', 'lunar'),
    ('2027-02-09', 'Tết Nguyên đán', 'lunar'),
    ('2027-02-10', 'Nghỉ bù Tết Nguyên đán', 'compensatory'),
    ('2027-02-11', 'Nghỉ bù Tết Nguyên đán', 'compensatory'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương', 'lunar'),
    ('2027-04-30', 'Ngày Chiến thắng', 'fixed'),
    ('2027-05-01', 'Ngày Quốc tế Lao động', 'fixed'),
    ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'compensatory'),
    ('2027-09-02', 'Quốc khánh', 'fixed'),
    ('2027-09-03', 'Quốc khánh (ngày liền kề)', 'fixed'),
    ('2028-01-01', 'Tết Dương lịch', 'fixed'),
    ('2028-01-03', 'Nghỉ bù Tết Dương lịch', 'compensatory'),
    ('2028-01-25', 'Tết Nguyên đán', 'lunar'),
    ('2028-01-26', 'Tết Nguyên đán', 'lunar'),
    ('2028-01-27', 'Tết Nguyên đán', 'lunar'),
    ('2028-01-28', 'Tết Nguyên đán', 'lunar'),
    ('2028-01-29', 'Tết Nguyên đán', 'lunar'),
    ('2028-01-31', 'Nghỉ bù Tết Nguyên đán', 'compensatory'),
    ('2028-04-04', 'Giỗ Tổ Hùng Vương', 'lunar'),
    ('2028-04-30', 'Ngày Chiến thắng', 'fixed'),
    ('2028-05-01', 'Ngày Quốc tế Lao động', 'fixed'),
    ('2028-05-02', 'Nghỉ bù Ngày Chiến thắng', 'compensatory'),
    ('2028-09-01', 'Quốc khánh (ngày liền kề)', 'fixed'),
    ('2028-09-02', 'Quốc khánh', 'fixed'),
    ('2028-09-04', 'Nghỉ bù Quốc khánh', 'compensatory'),
    ('2029-01-01', 'Tết Dương lịch', 'fixed'),
    ('2029-02-12', 'Tết Nguyên đán', 'lunar'),
    ('2029-02-13', 'Tết Nguyên đán', 'lunar'),
    ('2029-02-14', 'Tết Nguyên đán', 'lunar'),
    ('2029-02-15', 'Tết Nguyên đán', 'lunar'),
    ('2029-02-16', 'Tết Nguyên đán', 'lunar'),
    ('2029-04-23', 'Giỗ Tổ Hùng Vương', 'lunar'),
    ('2029-04-30', 'Ngày Chiến thắng', 'fixed'),
    ('2029-05-01', 'Ngày Quốc tế Lao động', 'fixed'),
    ('2029-09-02', 'Quốc khánh', 'fixed'),
    ('2029-09-03', 'Quốc khánh (ngày liền kề)', 'fixed'),
    ('2029-09-04', 'Nghỉ bù Quốc khánh', 'compensatory'),
    ('2030-01-01', 'Tết Dương lịch', 'fixed'),
    ('2030-02-02', 'Tết Nguyên đán', 'lunar'),
    ('2030-02-03', 'Tết Nguyên đán', 'lunar'),
    ('2030-02-04', 'Tết Nguyên đán', 'lunar'),
    ('2030-02-05', 'Tết Nguyên đán', 'lunar'),
    ('2030-02-06', 'Tết Nguyên đán', 'lunar'),
    ('2030-02-07', 'Nghỉ bù Tết Nguyên đán', 'compensatory'),
    ('2030-02-08', 'Nghỉ bù Tết Nguyên đán', 'compensatory'),
    ('2030-04-12', 'Giỗ Tổ Hùng Vương', 'lunar'),
    ('2030-04-30', 'Ngày Chiến thắng', 'fixed'),
    ('2030-05-01', 'Ngày Quốc tế Lao động', 'fixed'),
    ('2030-09-02', 'Quốc khánh', 'fixed'),
    ('2030-09-03', 'Quốc khánh (ngày liền kề)', 'fixed');
