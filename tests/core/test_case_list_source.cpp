// The case list of the desk (core/lists): filters and orders in SQL on a small hand-made data set.
#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "lists/case_list_source.h"
#include "test_cases_support.h"
#include "test_database.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace legalaid;
using namespace legalaid::lists;
using namespace legalaid::test;
using namespace legalaid::test::cases;

namespace {

const QDate kToday = day("2026-03-11"); // a Wednesday; the week runs to Sunday 15 March

// Cases written with plain SQL so that every status, date and provider is exactly as the test needs.
struct CaseListFixture {
    TempWorkspace ws;
    SetupResult setup = createTestDatabase(ws);
    std::unique_ptr<Session> admin = openAsAdmin(setup.files.database);
    qint64 lan = insertPerson(db(), QStringLiteral("Nguyễn Thị Lan"));
    qint64 mai = insertPerson(db(), QStringLiteral("Phạm Thị Mai"));
    qint64 minh = insertProvider(db(), QStringLiteral("Trần Văn Minh"));
    qint64 hoa = insertProvider(db(), QStringLiteral("Lê Thị Hoa"));

    CaseListFixture() {
        // A provider is due 3 working days after acceptance, whatever the seeded rule says.
        execute(db(), QStringLiteral("UPDATE deadline_rules SET working_days = 3 "
                                     "WHERE code = 'assign_after_accept'"));
    }

    QSqlDatabase db() const { return admin->db(); }

    qint64 addCase(const QString& fileCode, const QString& form, const QString& status,
                   const char* receivedOn, qint64 person, std::optional<qint64> provider = {},
                   const char* acceptedOn = nullptr, bool urgent = false) {
        const QStringList parts = fileCode.split(QLatin1Char('.'));
        return insertRow(
            db(),
            QStringLiteral(
                "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, source, "
                "received_on, urgent, urgent_reason, status, register_year, register_number, file_code, "
                "provider_id, accepted_on, last_step_on, created_at, updated_at) VALUES (?, ?, 'hinh_su', "
                "'art7_6a', ?, 'walk_in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')"),
            {parts[0], form, person, QLatin1String(receivedOn), urgent ? 1 : 0,
             urgent ? QStringLiteral("hearing_soon") : QStringLiteral(""), status, parts[3].toInt(),
             parts[2].toInt(), fileCode,
             provider ? QVariant(*provider) : QVariant(QMetaType::fromType<qint64>()),
             acceptedOn ? QVariant(QLatin1String(acceptedOn)) : QVariant(QMetaType::fromType<QString>()),
             QLatin1String(receivedOn)});
    }

    std::vector<ListRow> rows(const CaseListFilter& filter, CaseListOrder order = CaseListOrder::NewestFirst,
                              qint64 offset = 0, int limit = 100) const {
        auto source = CaseListSource::create(db(), filter, order, kToday);
        INFO((source ? QString() : source.error().message).toStdString());
        REQUIRE(source.ok());
        auto fetched = (*source)->fetch(db(), offset, limit);
        INFO((fetched ? QString() : fetched.error().message).toStdString());
        REQUIRE(fetched.ok());
        auto counted = (*source)->count(db());
        REQUIRE(counted.ok());
        if (offset == 0 && limit >= 100)
            CHECK(*counted == static_cast<qint64>(fetched->size()));
        return std::move(fetched).value();
    }

    // The file codes of the rows, in order.
    QStringList codes(const CaseListFilter& filter, CaseListOrder order = CaseListOrder::NewestFirst) const {
        QStringList result;
        for (const ListRow& row : rows(filter, order))
            result << row.cells.at(CaseListSource::FileCode).toString();
        return result;
    }
};

// Nine cases: A closed, B accepted (provider overdue), C accepted (due this week), D urgent received
// yesterday (overdue), E urgent received today (due today), F in progress with a late provider change,
// G refused at the branch, H assigned, I accepted today (due next Monday).
struct SeededCases : CaseListFixture {
    qint64 a, b, c, d, e, f, g, h, i;
    SeededCases() {
        const auto consultation = QStringLiteral("consultation");
        const auto litigation = QStringLiteral("litigation");
        a = addCase(QStringLiteral("TT.TV.01.2026"), consultation, QStringLiteral("closed"), "2026-03-02",
                    lan, minh, "2026-03-02");
        b = addCase(QStringLiteral("TT.TGTT.02.2026"), litigation, QStringLiteral("accepted"), "2026-03-05",
                    mai, {}, "2026-03-05");
        c = addCase(QStringLiteral("TT.TV.03.2026"), consultation, QStringLiteral("accepted"), "2026-03-09",
                    lan, {}, "2026-03-09");
        d = addCase(QStringLiteral("TT.DDNTT.04.2026"), QStringLiteral("out_of_court"),
                    QStringLiteral("received"), "2026-03-10", mai, {}, nullptr, true);
        e = addCase(QStringLiteral("TT.TV.05.2026"), consultation, QStringLiteral("received"), "2026-03-11",
                    lan, {}, nullptr, true);
        f = addCase(QStringLiteral("TT.TV.06.2026"), consultation, QStringLiteral("in_progress"),
                    "2026-02-20", mai, hoa, "2026-02-20");
        g = addCase(QStringLiteral("CN1.TV.01.2026"), consultation, QStringLiteral("refused"), "2026-02-10",
                    lan);
        h = addCase(QStringLiteral("TT.TGTT.07.2026"), litigation, QStringLiteral("assigned"), "2026-03-11",
                    mai, minh, "2026-03-11");
        i = addCase(QStringLiteral("TT.TV.08.2026"), consultation, QStringLiteral("accepted"), "2026-03-11",
                    lan, {}, "2026-03-11");
        // F's provider change was requested on 2 March and decided late on 9 March.
        execute(db(),
                QStringLiteral("INSERT INTO case_transitions (case_id, action, from_status, to_status, "
                               "effective_on, provider_id, requested_on, late, actor, at) VALUES (?, "
                               "'change_provider', 'in_progress', 'in_progress', '2026-03-09', ?, "
                               "'2026-03-02', 1, 'admin', 'x')"),
                {f, hoa});
    }
};

QStringList list(std::initializer_list<const char*> items) {
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

TEST_CASE("The case list shows every case newest first with its columns", "[lists][case_list]") {
    SeededCases fx;
    CHECK(fx.codes({}) ==
          list({"TT.TV.08.2026", "TT.TGTT.07.2026", "TT.TV.05.2026", "TT.DDNTT.04.2026", "TT.TV.03.2026",
                "TT.TGTT.02.2026", "TT.TV.01.2026", "TT.TV.06.2026", "CN1.TV.01.2026"}));
    CHECK(fx.codes({}, CaseListOrder::OldestFirst) ==
          list({"CN1.TV.01.2026", "TT.TV.06.2026", "TT.TV.01.2026", "TT.TGTT.02.2026", "TT.TV.03.2026",
                "TT.DDNTT.04.2026", "TT.TV.05.2026", "TT.TGTT.07.2026", "TT.TV.08.2026"}));
    CHECK(fx.codes({}, CaseListOrder::RegisterOrder) ==
          list({"CN1.TV.01.2026", "TT.TV.01.2026", "TT.TGTT.02.2026", "TT.TV.03.2026", "TT.DDNTT.04.2026",
                "TT.TV.05.2026", "TT.TV.06.2026", "TT.TGTT.07.2026", "TT.TV.08.2026"}));

    const auto all = fx.rows({});
    REQUIRE(all.size() == 9);
    const ListRow& assigned = all[1];
    CHECK(assigned.id == fx.h);
    REQUIRE(assigned.cells.size() == CaseListSource::ColumnCount);
    CHECK(assigned.cells[CaseListSource::Beneficiary].toString() == QStringLiteral("Phạm Thị Mai"));
    CHECK(assigned.cells[CaseListSource::Form].toString() == caseFormLabel(CaseForm::Litigation));
    CHECK(assigned.cells[CaseListSource::Status].toString() == caseStatusLabel(CaseStatus::Assigned));
    CHECK(assigned.cells[CaseListSource::Provider].toString() == QStringLiteral("Trần Văn Minh"));
    CHECK(assigned.cells[CaseListSource::ReceivedOn].toString() == QStringLiteral("11/03/2026"));
    CHECK(assigned.cells[CaseListSource::Deadline].toString().isEmpty());

    // The next deadline as CaseDeadlineService counts it (3 working days after acceptance).
    const auto deadlineOf = [&](qint64 id) {
        for (const ListRow& row : all)
            if (row.id == id)
                return row.cells[CaseListSource::Deadline].toString();
        return QStringLiteral("missing");
    };
    CHECK(deadlineOf(fx.b).startsWith(QStringLiteral("10/03/2026")));
    CHECK(deadlineOf(fx.b) != QStringLiteral("10/03/2026")); // marked overdue
    CHECK(deadlineOf(fx.c) == QStringLiteral("12/03/2026"));
    CHECK(deadlineOf(fx.e) == QStringLiteral("11/03/2026"));
    CHECK(deadlineOf(fx.i) == QStringLiteral("16/03/2026"));
    CHECK_FALSE(deadlineOf(fx.f).isEmpty());
    CHECK(deadlineOf(fx.a).isEmpty());

    // Windows of the list are slices of the whole, at any offset.
    const auto window = fx.rows({}, CaseListOrder::NewestFirst, 3, 4);
    REQUIRE(window.size() == 4);
    for (size_t k = 0; k < window.size(); ++k)
        CHECK(window[k].id == all[k + 3].id);
    CHECK(fx.rows({}, CaseListOrder::NewestFirst, 8, 4).size() == 1);
    CHECK(fx.rows({}, CaseListOrder::NewestFirst, 20, 4).empty());
}

TEST_CASE("The case list filters select exactly the expected cases", "[lists][case_list]") {
    SeededCases fx;
    CaseListFilter filter;

    filter.status = QStringLiteral("open");
    CHECK(fx.codes(filter) == list({"TT.TV.08.2026", "TT.TGTT.07.2026", "TT.TV.05.2026", "TT.DDNTT.04.2026",
                                    "TT.TV.03.2026", "TT.TGTT.02.2026", "TT.TV.06.2026"}));
    filter.status = QStringLiteral("accepted");
    CHECK(fx.codes(filter) == list({"TT.TV.08.2026", "TT.TV.03.2026", "TT.TGTT.02.2026"}));
    filter.status = QStringLiteral("refused");
    CHECK(fx.codes(filter) == list({"CN1.TV.01.2026"}));

    filter = {};
    filter.form = QStringLiteral("litigation");
    CHECK(fx.codes(filter) == list({"TT.TGTT.07.2026", "TT.TGTT.02.2026"}));
    filter.status = QStringLiteral("open");
    filter.form = QStringLiteral("consultation");
    CHECK(fx.codes(filter) == list({"TT.TV.08.2026", "TT.TV.05.2026", "TT.TV.03.2026", "TT.TV.06.2026"}));

    filter = {};
    filter.providerId = fx.minh;
    CHECK(fx.codes(filter) == list({"TT.TGTT.07.2026", "TT.TV.01.2026"}));

    filter = {};
    filter.deadline = QStringLiteral("overdue");
    CHECK(fx.codes(filter) == list({"TT.DDNTT.04.2026", "TT.TGTT.02.2026", "TT.TV.06.2026"}));
    filter.deadline = QStringLiteral("this_week");
    CHECK(fx.codes(filter) == list({"TT.TV.05.2026", "TT.TV.03.2026"}));

    filter = {};
    filter.month = QStringLiteral("2026-02");
    CHECK(fx.codes(filter) == list({"TT.TV.06.2026", "CN1.TV.01.2026"}));

    filter = {};
    filter.fileCodeText = QStringLiteral("tgtt");
    CHECK(fx.codes(filter) == list({"TT.TGTT.07.2026", "TT.TGTT.02.2026"}));
    filter.fileCodeText = QStringLiteral("cn1.");
    CHECK(fx.codes(filter) == list({"CN1.TV.01.2026"}));
    filter.fileCodeText = QStringLiteral("%"); // a wildcard is text, not a pattern
    CHECK(fx.codes(filter).isEmpty());
}

TEST_CASE("The case list reads desk links and refuses unknown codes", "[lists][case_list]") {
    SeededCases fx;
    const CaseListFilter linked =
        CaseListFilter::fromLink({{QStringLiteral("status"), QStringLiteral("open")},
                                  {QStringLiteral("form"), QStringLiteral("litigation")},
                                  {QStringLiteral("providerId"), fx.minh},
                                  {QStringLiteral("month"), QStringLiteral("2026-03")}});
    CHECK(fx.codes(linked) == list({"TT.TGTT.07.2026"}));
    CHECK(CaseListFilter::fromLink(linked.toLink()).toLink() == linked.toLink());

    for (const char* status : {"bogus", "OPEN"}) {
        CaseListFilter filter;
        filter.status = QLatin1String(status);
        auto source = CaseListSource::create(fx.db(), filter);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().code == ErrorCode::InvalidArgument);
    }
    CaseListFilter badMonth;
    badMonth.month = QStringLiteral("2026-13");
    CHECK_FALSE(CaseListSource::create(fx.db(), badMonth).ok());
    CaseListFilter badDeadline;
    badDeadline.deadline = QStringLiteral("tomorrow");
    CHECK_FALSE(CaseListSource::create(fx.db(), badDeadline).ok());
}

TEST_CASE("Deep windows start from the noted keys and equal the plain offset's rows", "[lists][case_list]") {
    SeededCases fx;
    // Three more cases on days already used, so that anchors fall inside runs of equal dates.
    for (int k = 0; k < 3; ++k)
        fx.addCase(QStringLiteral("TT.TV.%1.2026").arg(20 + k), QStringLiteral("consultation"),
                   QStringLiteral("received"), "2026-03-11", fx.lan);
    for (const CaseListOrder order : {CaseListOrder::NewestFirst, CaseListOrder::OldestFirst}) {
        for (const QString& status : {QString(), QStringLiteral("received")}) {
            CaseListFilter filter;
            filter.status = status;
            auto plain = CaseListSource::create(fx.db(), filter, order, kToday);
            REQUIRE(plain.ok());
            const auto whole = (*plain)->fetch(fx.db(), 0, 100).value();
            // A step of 2: every offset from 2 on is read after an anchor, with 0 or 1 row skipped.
            auto anchored = CaseListSource::create(fx.db(), filter, order, kToday, 2);
            REQUIRE(anchored.ok());
            CHECK((*anchored)->count(fx.db()).value() == qint64(whole.size()));
            for (qint64 offset = 0; offset <= qint64(whole.size()); ++offset) {
                const auto window = (*anchored)->fetch(fx.db(), offset, 3).value();
                INFO("status " << status.toStdString() << ", offset " << offset);
                REQUIRE(window.size() == std::min<std::size_t>(3, whole.size() - std::size_t(offset)));
                for (std::size_t k = 0; k < window.size(); ++k)
                    CHECK(window[k].id == whole[std::size_t(offset) + k].id);
            }
            // Without a count first, a jump far enough down notes the keys itself.
            auto lazy = CaseListSource::create(fx.db(), filter, order, kToday, 1);
            REQUIRE(lazy.ok());
            const qint64 deep = qint64(whole.size()) - 1;
            if (deep >= 4) {
                const auto last = (*lazy)->fetch(fx.db(), deep, 3).value();
                REQUIRE(last.size() == 1);
                CHECK(last[0].id == whole.back().id);
            }
        }
    }
}
