// WindowedListModel on a real encrypted database: background count, windows on demand, stale results
// discarded, a bounded cache, detach/attach.
#include "lists/people_list_source.h"
#include "models/windowed_list_model.h"
#include "records/reader_access.h"
#include "seed/seeder.h"
#include "test_database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>

using namespace legalaid;
using namespace legalaid::test;
using legalaid::ui::WindowedListModel;

namespace {

// Rows made up on the spot (the connection is only checked to be open), each tagged with the source's name,
// optionally slow, so tests can tell which source a row came from and race sources against each other.
class SyntheticSource : public lists::ListSource {
public:
    SyntheticSource(QString tag, qint64 rows, int delayMs = 0)
        : m_tag(std::move(tag))
        , m_rows(rows)
        , m_delayMs(delayMs) {}

    QStringList columnTitles() const override { return {QStringLiteral("Tag"), QStringLiteral("Row")}; }
    Result<qint64> count(const QSqlDatabase& db) const override {
        if (!db.isOpen()) // no Catch2 assertions here: this runs on the worker thread
            return makeError(ErrorCode::Internal, QStringLiteral("not open"));
        QThread::msleep(static_cast<unsigned long>(m_delayMs));
        ++counts;
        return m_rows;
    }
    Result<std::vector<lists::ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                              int limit) const override {
        if (!db.isOpen())
            return makeError(ErrorCode::Internal, QStringLiteral("not open"));
        QThread::msleep(static_cast<unsigned long>(m_delayMs));
        ++fetches;
        std::vector<lists::ListRow> rows;
        for (qint64 row = offset; row < std::min(m_rows, offset + limit); ++row)
            rows.push_back({row + 1, {m_tag, row}});
        return rows;
    }
    mutable std::atomic<int> counts{0};
    mutable std::atomic<int> fetches{0};

private:
    QString m_tag;
    qint64 m_rows;
    int m_delayMs;
};

struct ModelFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    WindowedListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void waitForCount() {
        if (!model.isCounting())
            return;
        QSignalSpy counted(&model, &WindowedListModel::countReady);
        REQUIRE(counted.wait(10000));
    }
    // Waits until the row's window has arrived (asking for it first).
    QVariant loaded(int row, int column = 0) {
        QVariant value = model.data(model.index(row, column));
        for (int attempt = 0; !value.isValid() && attempt < 200; ++attempt) {
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            changed.wait(50);
            value = model.data(model.index(row, column));
        }
        return value;
    }
};

} // namespace

TEST_CASE("WindowedListModel counts in the background and loads windows as rows are touched", "[ui][lists]") {
    ModelFixture f;
    seed::SeedOptions options;
    options.people = 450;
    options.activities = 0;
    REQUIRE(seed::seedDatabase(*f.session, options).ok());

    f.model.attach(ReaderAccess(*f.session));
    QSignalSpy first(&f.model, &WindowedListModel::firstWindowReady);
    f.model.setSource(std::make_shared<lists::PeopleListSource>(lists::PeopleListFilter{}));
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.isCounting());
    CHECK(f.model.columnCount() == 7);
    f.waitForCount();
    CHECK(f.model.rowCount() == 450);
    CHECK_FALSE(f.model.isCounting());
    REQUIRE((first.count() == 1 || first.wait(5000)));

    // The first window is loaded; the last row is not until it is touched, then arrives with dataChanged.
    CHECK(f.model.data(f.model.index(0, 0)).toString().size() > 0);
    CHECK(f.model.idAt(0) > 0);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    CHECK_FALSE(f.model.data(f.model.index(449, 0)).isValid());
    REQUIRE(changed.wait(5000));
    CHECK(f.loaded(449).toString().size() > 0);
    CHECK(f.model.idAt(449) > 0);
    CHECK(f.model.headerData(0, Qt::Horizontal).toString() ==
          lists::PeopleListSource({}).columnTitles().at(0));

    // A filter is a new source: the count follows it.
    lists::PeopleListFilter women;
    women.sex = QStringLiteral("f");
    f.model.setSource(std::make_shared<lists::PeopleListSource>(women));
    f.waitForCount();
    CHECK(f.model.rowCount() > 0);
    CHECK(f.model.rowCount() < 450);
}

TEST_CASE("WindowedListModel discards the results of a source replaced before they arrived", "[ui][lists]") {
    ModelFixture f;
    f.model.attach(ReaderAccess(*f.session));
    auto slowA = std::make_shared<SyntheticSource>(QStringLiteral("A"), 5000, 150);
    auto slowB = std::make_shared<SyntheticSource>(QStringLiteral("B"), 4000, 150);
    auto last = std::make_shared<SyntheticSource>(QStringLiteral("C"), 300);
    QSignalSpy counted(&f.model, &WindowedListModel::countReady);
    f.model.setSource(slowA);
    f.model.setSource(slowB);
    f.model.setSource(last);
    f.waitForCount();
    // Give the slow sources time to finish anything they had started, then check nothing of theirs landed.
    QThread::msleep(400);
    QCoreApplication::processEvents();
    CHECK(counted.count() == 1);
    CHECK(counted.at(0).at(0).toLongLong() == 300);
    CHECK(f.model.rowCount() == 300);
    for (int row : {0, 150, 299})
        CHECK(f.loaded(row).toString() == QStringLiteral("C"));
    // B was queued behind A's work and skipped unread once C replaced it.
    CHECK(slowB->counts == 0);
    CHECK(slowB->fetches == 0);
}

TEST_CASE("WindowedListModel keeps a bounded number of windows while scrolling a long list", "[ui][lists]") {
    ModelFixture f;
    f.model.attach(ReaderAccess(*f.session));
    // Large enough to hold more windows than the cache keeps; small enough for the model tester, which walks
    // every index on each change.
    auto million = std::make_shared<SyntheticSource>(QStringLiteral("M"), 20000);
    f.model.setSource(million);
    f.waitForCount();
    CHECK(f.model.rowCount() == 20000);
    // Scroll by jumps through 60 different windows (more than the cache keeps) down to the last row.
    for (int window = 0; window < 60; ++window)
        CHECK(f.loaded(window * 330 + 5, 1).toLongLong() == window * 330 + 5);
    CHECK(f.loaded(19999, 1).toLongLong() == 19999);
    // The early windows were dropped: row 335 must be fetched again. (Not row 0's window: the model tester
    // reads row 0 after every change, which keeps that window in use.)
    const int fetchesBefore = million->fetches;
    CHECK_FALSE(f.model.data(f.model.index(335, 1)).isValid());
    CHECK(f.loaded(335, 1).toLongLong() == 335);
    CHECK(million->fetches == fetchesBefore + 1);
}

TEST_CASE("WindowedListModel detach closes the worker's connection and attach loads again", "[ui][lists]") {
    ModelFixture f;
    const int connectionsBefore = static_cast<int>(QSqlDatabase::connectionNames().size());
    f.model.attach(ReaderAccess(*f.session));
    auto source = std::make_shared<SyntheticSource>(QStringLiteral("D"), 250);
    f.model.setSource(source);
    f.waitForCount();
    CHECK(f.loaded(10).toString() == QStringLiteral("D"));
    CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore + 1);

    f.model.detach();
    CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore);
    CHECK(f.model.rowCount() == 0);
    CHECK_FALSE(f.model.data(f.model.index(0, 0)).isValid());
    CHECK(f.model.source() == source); // kept for the unlock

    // Locked: the session is closed and a new one is opened on unlock.
    f.session.reset();
    f.session = openAsAdmin(f.created.files.database);
    f.model.attach(ReaderAccess(*f.session));
    f.waitForCount();
    CHECK(f.model.rowCount() == 250);
    CHECK(f.loaded(249).toString() == QStringLiteral("D"));

    // Detaching twice, or with work still queued, is harmless.
    f.model.setSource(std::make_shared<SyntheticSource>(QStringLiteral("E"), 100, 100));
    f.model.detach();
    f.model.detach();
    CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore);
}

TEST_CASE("WindowedListModel reports a failed open", "[ui][lists]") {
    ModelFixture f;
    WindowedListModel unopened;
    QSignalSpy failed(&unopened, &WindowedListModel::loadFailed);
    unopened.attach(ReaderAccess()); // no key: cannot open
    unopened.setSource(std::make_shared<SyntheticSource>(QStringLiteral("F"), 10));
    REQUIRE(failed.wait(5000));
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK(unopened.rowCount() == 0);
}
