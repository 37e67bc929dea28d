#include "sql_rows.h"
#include "storage/sqlcipher_driver.h"
#include "temp_workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QStringList>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <string>
#include <thread>

using legalaid::storage::kSqlCipherDriverName;
using legalaid::storage::SqlCipherDriver;
using legalaid::test::countRows;
using legalaid::test::TempWorkspace;

namespace {

// Raw SQLCipher keys (x'<64 hex>'), as the storage layer hands them over.
constexpr char kKeyA[] = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";
constexpr char kKeyB[] = "x'98483C6EB40B6C31A448C22A66DED3B5E5E8D5119CAC8327B655C8B5C4836481'";

int keyLength(const char* key) {
    return int(std::strlen(key));
}

std::string str(const QString& text) {
    return text.toStdString();
}

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("sqlcipher-driver-test-%1").arg(++counter);
}

// One named connection for the length of a test. Queries declared after it are destroyed before it, so the
// connection is closed and removed with nothing still using it.
class TestConnection {
public:
    explicit TestConnection(const QString& fileName, const QString& options = QString())
        : m_name(uniqueConnectionName()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), m_name);
        db.setDatabaseName(fileName);
        db.setConnectOptions(options);
    }
    ~TestConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TestConnection(const TestConnection&) = delete;
    TestConnection& operator=(const TestConnection&) = delete;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] SqlCipherDriver* driver() const { return qobject_cast<SqlCipherDriver*>(db().driver()); }
    [[nodiscard]] bool open() const { return db().open(); }

private:
    QString m_name;
};

void execOrFail(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(str(sql) << " -> " << str(query.lastError().text()));
    REQUIRE(ok);
}

int sqliteCode(const QSqlError& error) {
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? code : -1;
}

// Stores `value` through a bound parameter and reads it back together with SQLite's view of it.
struct StoredValue {
    QVariant value;
    bool queryIsNull = false;
    QString storageClass; // typeof(v)
    QString hex;          // hex(v): the exact bytes SQLite holds for text and blobs
};

StoredValue storeAndLoad(const QSqlDatabase& db, const QVariant& value) {
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO vals (v) VALUES (?)")));
    insert.addBindValue(value);
    const bool inserted = insert.exec();
    INFO(str(insert.lastError().text()));
    REQUIRE(inserted);

    QSqlQuery select(db);
    REQUIRE(select.prepare(QStringLiteral("SELECT v, typeof(v), hex(v) FROM vals WHERE id = ?")));
    select.addBindValue(insert.lastInsertId());
    REQUIRE(select.exec());
    REQUIRE(select.next());
    return StoredValue{select.value(0), select.isNull(0), select.value(1).toString(),
                       select.value(2).toString()};
}

QString upperHex(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex().toUpper());
}

} // namespace

TEST_CASE("SqlCipherDriver binds positional and named placeholders", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("binds.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE people (first TEXT, last TEXT, nick TEXT)"));

    QSqlQuery positional(db);
    REQUIRE(positional.prepare(QStringLiteral("INSERT INTO people VALUES (?, ?, ?)")));
    positional.addBindValue(QStringLiteral("Mai"));
    positional.addBindValue(QStringLiteral("Trần"));
    positional.addBindValue(QStringLiteral("M"));
    REQUIRE(positional.exec());
    positional.bindValue(2, QStringLiteral("B"));
    positional.bindValue(0, QStringLiteral("Bình"));
    positional.bindValue(1, QStringLiteral("Phạm"));
    REQUIRE(positional.exec());

    QSqlQuery named(db);
    REQUIRE(named.prepare(QStringLiteral("INSERT INTO people VALUES (:first, :last, :first)")));
    named.bindValue(QStringLiteral(":first"), QStringLiteral("An"));
    named.bindValue(QStringLiteral(":last"), QStringLiteral("Lê"));
    REQUIRE(named.exec());

    QSqlQuery lookup(db);
    REQUIRE(lookup.prepare(QStringLiteral(
        "SELECT first, last, nick FROM people WHERE first = :name OR nick = :name ORDER BY last")));
    lookup.bindValue(QStringLiteral(":name"), QStringLiteral("An"));
    REQUIRE(lookup.exec());
    REQUIRE(lookup.next());
    CHECK(lookup.value(0).toString() == QStringLiteral("An"));
    CHECK(lookup.value(1).toString() == QStringLiteral("Lê"));
    // The repeated placeholder received the same value in both positions.
    CHECK(lookup.value(2).toString() == QStringLiteral("An"));
    CHECK_FALSE(lookup.next());

    lookup.bindValue(QStringLiteral(":name"), QStringLiteral("B"));
    REQUIRE(lookup.exec());
    REQUIRE(lookup.next());
    CHECK(lookup.value(0).toString() == QStringLiteral("Bình"));
    CHECK(lookup.value(1).toString() == QStringLiteral("Phạm"));

    // BatchOperations is emulated by QSqlResult through repeated exec().
    QSqlQuery batch(db);
    REQUIRE(batch.prepare(QStringLiteral("INSERT INTO people VALUES (?, ?, ?)")));
    batch.addBindValue(QVariantList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")});
    batch.addBindValue(QVariantList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")});
    batch.addBindValue(QVariantList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")});
    REQUIRE(batch.execBatch());
    CHECK(countRows(db, QStringLiteral("people")) == 6);
}

TEST_CASE("SqlCipherDriver round-trips every storage class exactly", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("values.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE vals (id INTEGER PRIMARY KEY, v)"));

    SECTION("64-bit integers at both ends of the range") {
        for (const qint64 number : {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                                    qint64(0), qint64(-1), qint64(1) << 53 | 1}) {
            const StoredValue stored = storeAndLoad(db, QVariant(qlonglong(number)));
            CHECK(stored.storageClass == QStringLiteral("integer"));
            CHECK(stored.value.typeId() == QMetaType::LongLong);
            CHECK(stored.value.toLongLong() == number);
        }
        const StoredValue fromInt = storeAndLoad(db, QVariant(42));
        CHECK(fromInt.storageClass == QStringLiteral("integer"));
        CHECK(fromInt.value.typeId() == QMetaType::LongLong);
        CHECK(fromInt.value.toLongLong() == 42);
        const StoredValue fromBool = storeAndLoad(db, QVariant(true));
        CHECK(fromBool.value.toLongLong() == 1);
    }

    SECTION("doubles") {
        for (const double number : {3.141592653589793, -1e-300, 6.02214076e23}) {
            const StoredValue stored = storeAndLoad(db, QVariant(number));
            CHECK(stored.storageClass == QStringLiteral("real"));
            CHECK(stored.value.typeId() == QMetaType::Double);
            CHECK(stored.value.toDouble() == number);
        }
    }

    SECTION("Vietnamese text in NFC and NFD keeps its exact code points") {
        const QString nfc = QStringLiteral("Nguyễn Thị Ánh Tuyết").normalized(QString::NormalizationForm_C);
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        REQUIRE(nfc != nfd); // the test is only meaningful if the two forms differ
        for (const QString& text : {nfc, nfd}) {
            const StoredValue stored = storeAndLoad(db, QVariant(text));
            CHECK(stored.storageClass == QStringLiteral("text"));
            CHECK(stored.value.typeId() == QMetaType::QString);
            CHECK(stored.value.toString() == text);
            CHECK(stored.value.toString().size() == text.size());
            CHECK(stored.hex == upperHex(text.toUtf8()));
        }
        const StoredValue empty = storeAndLoad(db, QVariant(QStringLiteral("")));
        CHECK(empty.storageClass == QStringLiteral("text"));
        CHECK_FALSE(empty.queryIsNull);
    }

    SECTION("blobs with zero bytes") {
        const QByteArray bytes("\x00\x01\x00payload\x00\xff\x00", 13);
        REQUIRE(bytes.size() == 13);
        const StoredValue stored = storeAndLoad(db, QVariant(bytes));
        CHECK(stored.storageClass == QStringLiteral("blob"));
        CHECK(stored.value.typeId() == QMetaType::QByteArray);
        CHECK(stored.value.toByteArray() == bytes);
        CHECK(stored.hex == upperHex(bytes));

        const StoredValue empty = storeAndLoad(db, QVariant(QByteArray("")));
        CHECK(empty.storageClass == QStringLiteral("blob"));
        CHECK_FALSE(empty.queryIsNull);
        CHECK(empty.value.toByteArray().isEmpty());
    }

    SECTION("NULLs, typed or not, are stored as NULL and read back as null") {
        const QVariant nulls[] = {QVariant(), QVariant(QMetaType::fromType<int>()),
                                  QVariant(QMetaType::fromType<QString>()), QVariant(QString()),
                                  QVariant(QByteArray())};
        for (const QVariant& null : nulls) {
            const StoredValue stored = storeAndLoad(db, null);
            CHECK(stored.storageClass == QStringLiteral("null"));
            CHECK(stored.queryIsNull);
            CHECK(stored.value.isNull());
        }

        // A NULL in a declared column carries that column's type.
        execOrFail(db, QStringLiteral("CREATE TABLE typed (n INTEGER, t TEXT)"));
        execOrFail(db, QStringLiteral("INSERT INTO typed VALUES (NULL, NULL)"));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT n, t FROM typed")));
        REQUIRE(query.next());
        CHECK(query.isNull(0));
        CHECK(query.value(0).isNull());
        CHECK(query.value(0).typeId() == QMetaType::LongLong);
        CHECK(query.value(1).isNull());
        CHECK(query.value(1).typeId() == QMetaType::QString);
    }

    SECTION("numerical precision policy applies to REAL columns") {
        execOrFail(db, QStringLiteral("INSERT INTO vals (v) VALUES (2.75)"));
        QSqlQuery query(db);
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        REQUIRE(query.exec(QStringLiteral("SELECT v FROM vals")));
        REQUIRE(query.next());
        CHECK(query.value(0).typeId() == QMetaType::Int);
        CHECK(query.value(0).toInt() == 2);
    }
}

TEST_CASE("SqlCipherDriver re-executes a prepared query with new values", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("reexec.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)")));
    for (int id = 1; id <= 10; ++id) {
        insert.bindValue(0, id);
        insert.bindValue(1, QStringLiteral("v%1").arg(id));
        REQUIRE(insert.exec());
    }
    // A failed run does not spoil the statement for the next one.
    insert.bindValue(0, 11);
    insert.bindValue(1, QStringLiteral("v1"));
    CHECK_FALSE(insert.exec());
    insert.bindValue(1, QStringLiteral("v11"));
    REQUIRE(insert.exec());
    CHECK(countRows(db, QStringLiteral("t")) == 11);

    QSqlQuery select(db);
    REQUIRE(select.prepare(QStringLiteral("SELECT v FROM t WHERE id >= ? ORDER BY id")));
    select.addBindValue(3);
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("v3"));

    // Re-run while the previous result is only half read.
    select.bindValue(0, 9);
    REQUIRE(select.exec());
    QStringList values;
    while (select.next())
        values << select.value(0).toString();
    CHECK(values == QStringList{QStringLiteral("v9"), QStringLiteral("v10"), QStringLiteral("v11")});

    // Old bindings are cleared: a NULL bound now matches nothing.
    select.bindValue(0, QVariant(QMetaType::fromType<int>()));
    REQUIRE(select.exec());
    CHECK_FALSE(select.next());
}

TEST_CASE("SqlCipherDriver transactions start IMMEDIATE and refuse nesting", "[driver]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("tx.db"));
    TestConnection conn(path);
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    SqlCipherDriver* driver = conn.driver();
    REQUIRE(driver);
    execOrFail(db, QStringLiteral("CREATE TABLE t (x INTEGER)"));

    CHECK_FALSE(driver->inTransaction());
    REQUIRE(db.transaction());
    CHECK(driver->inTransaction());

    {
        // BEGIN IMMEDIATE holds the write lock before anything is written: another writer is locked out.
        TestConnection other(path, QStringLiteral("BUSY_TIMEOUT=0"));
        REQUIRE(other.open());
        QSqlQuery otherWrite(other.db());
        CHECK_FALSE(otherWrite.exec(QStringLiteral("INSERT INTO t VALUES (99)")));
        CHECK((sqliteCode(otherWrite.lastError()) & 0xff) == SQLITE_BUSY);
    }

    CHECK_FALSE(db.transaction());
    CHECK(db.lastError().type() == QSqlError::TransactionError);
    CHECK(db.lastError().text().contains(QLatin1String("already open")));
    CHECK(db.lastError().text().contains(QLatin1String("nested transactions are not supported")));
    CHECK(driver->inTransaction()); // the refused begin left the open transaction alone

    execOrFail(db, QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(db.commit());
    CHECK_FALSE(driver->inTransaction());

    CHECK_FALSE(db.commit());
    CHECK(db.lastError().type() == QSqlError::TransactionError);
    CHECK(db.lastError().text().contains(QLatin1String("No transaction is open")));

    REQUIRE(db.transaction());
    execOrFail(db, QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE(db.rollback());
    CHECK_FALSE(driver->inTransaction());
    CHECK(countRows(db, QStringLiteral("t")) == 1);

    CHECK_FALSE(db.rollback());
    CHECK(db.lastError().type() == QSqlError::TransactionError);
}

TEST_CASE("SqlCipherDriver reports last insert id and rows affected but no query size", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("ids.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)"));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO items (label) VALUES (?)")));
    insert.addBindValue(QStringLiteral("first"));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId().toLongLong() == 1);
    CHECK(insert.numRowsAffected() == 1);
    insert.addBindValue(QStringLiteral("second"));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId().toLongLong() == 2);

    QSqlQuery explicitId(db);
    REQUIRE(explicitId.exec(QStringLiteral("INSERT INTO items (id, label) VALUES (41, 'third')")));
    CHECK(explicitId.lastInsertId().toLongLong() == 41);
    CHECK(explicitId.lastInsertId().toLongLong() == sqlite3_last_insert_rowid(conn.driver()->sqliteHandle()));

    QSqlQuery update(db);
    REQUIRE(update.exec(QStringLiteral("UPDATE items SET label = 'x'")));
    CHECK(update.numRowsAffected() == 3);
    REQUIRE(update.exec(QStringLiteral("DELETE FROM items WHERE id > 1")));
    CHECK(update.numRowsAffected() == 2);
    REQUIRE(update.exec(QStringLiteral("UPDATE items SET label = 'y' WHERE id = 1000")));
    CHECK(update.numRowsAffected() == 0);
    CHECK_FALSE(update.lastInsertId().isValid());
    // DDL must not report the previous DML's count.
    REQUIRE(update.exec(QStringLiteral("CREATE TABLE other (x)")));
    CHECK(update.numRowsAffected() == 0);

    QSqlQuery select(db);
    REQUIRE(select.exec(QStringLiteral("SELECT * FROM items")));
    CHECK(select.size() == -1);
    CHECK_FALSE(db.driver()->hasFeature(QSqlDriver::QuerySize));
}

TEST_CASE("SqlCipherDriver scrolls cached results and streams forward-only ones", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("scroll.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    REQUIRE(conn.driver()->executeScript(
        QStringLiteral("CREATE TABLE numbers (n INTEGER);"
                       "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20) "
                       "INSERT INTO numbers SELECT n FROM seq;")));

    SECTION("scrollable") {
        QSqlQuery query(db);
        query.setForwardOnly(false);
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        REQUIRE(query.last());
        CHECK(query.at() == 19);
        CHECK(query.value(0).toLongLong() == 20);
        REQUIRE(query.first());
        CHECK(query.value(0).toLongLong() == 1);
        CHECK_FALSE(query.previous());
        REQUIRE(query.seek(9));
        CHECK(query.value(0).toLongLong() == 10);
        REQUIRE(query.previous());
        CHECK(query.value(0).toLongLong() == 9);
        REQUIRE(query.seek(7, true));
        CHECK(query.value(0).toLongLong() == 16);
        REQUIRE(query.seek(-3, true));
        CHECK(query.value(0).toLongLong() == 13);
        CHECK_FALSE(query.seek(25));
        REQUIRE(query.seek(0));
        CHECK(query.value(0).toLongLong() == 1);
    }

    SECTION("scrollable before everything is read") {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        REQUIRE(query.seek(4));
        CHECK(query.value(0).toLongLong() == 5);
        REQUIRE(query.seek(2));
        CHECK(query.value(0).toLongLong() == 3);
        REQUIRE(query.next());
        REQUIRE(query.next());
        REQUIRE(query.next());
        CHECK(query.value(0).toLongLong() == 6);
    }

    SECTION("forward-only") {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        REQUIRE(query.next());
        CHECK(query.value(0).toLongLong() == 1);
        REQUIRE(query.seek(3));
        CHECK(query.value(0).toLongLong() == 4);
        REQUIRE(query.next());
        CHECK(query.value(0).toLongLong() == 5);
        REQUIRE(query.seek(10));
        CHECK(query.value(0).toLongLong() == 11);
        REQUIRE(query.last());
        CHECK(query.value(0).toLongLong() == 20);
        CHECK_FALSE(query.next());

        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        int seen = 0;
        qlonglong sum = 0;
        while (query.next()) {
            ++seen;
            sum += query.value(0).toLongLong();
        }
        CHECK(seen == 20);
        CHECK(sum == 210);
    }
}

TEST_CASE("SqlCipherDriver feeds QSqlQueryModel all 500 rows", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("model.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"));
    REQUIRE(db.transaction());
    {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people (name) VALUES (?)")));
        for (int i = 1; i <= 500; ++i) {
            insert.bindValue(0, QStringLiteral("person %1").arg(i));
            REQUIRE(insert.exec());
        }
    }
    REQUIRE(db.commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, name FROM people ORDER BY id"), db);
    REQUIRE_FALSE(model.lastError().isValid());
    // Attached after setQuery: Qt 6.4's tester runs its checks (which call fetchMore) from modelReset before
    // it marks the reset as finished, so any incrementally fetched model trips it inside setQuery.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 500);
    CHECK(model.columnCount() == 2);
    CHECK(model.data(model.index(499, 1)).toString() == QStringLiteral("person 500"));
    // Going back to the top needs the cached rows.
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("person 1"));
    CHECK(model.data(model.index(250, 0)).toLongLong() == 251);
    CHECK(model.record().fieldName(1) == QStringLiteral("name"));
}

TEST_CASE("SqlCipherDriver describes results, tables, views and keys", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("schema.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    SqlCipherDriver* driver = conn.driver();
    REQUIRE(driver->executeScript(QStringLiteral(
        "CREATE TABLE \"we\"\"ird\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', score REAL, "
        "photo BLOB, born DATE);"
        "CREATE TABLE pairs (a INTEGER, b TEXT, c INTEGER, PRIMARY KEY (c, a));"
        "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);"
        "INSERT INTO seq (v) VALUES ('s');"
        "CREATE VIEW named AS SELECT name FROM \"we\"\"ird\";")));

    const QString weird = QStringLiteral("we\"ird");
    CHECK(driver->escapeIdentifier(weird, QSqlDriver::TableName) == QStringLiteral("\"we\"\"ird\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("plain"), QSqlDriver::FieldName) ==
          QStringLiteral("\"plain\""));

    const QSqlRecord record = db.record(weird);
    REQUIRE(record.count() == 5);
    CHECK(record.fieldName(0) == QStringLiteral("id"));
    CHECK(record.fieldName(4) == QStringLiteral("born"));
    CHECK(record.field(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(record.field(0).isAutoValue());
    CHECK(record.field(1).metaType() == QMetaType::fromType<QString>());
    CHECK(record.field(1).requiredStatus() == QSqlField::Required);
    CHECK(record.field(2).metaType() == QMetaType::fromType<double>());
    CHECK(record.field(2).requiredStatus() == QSqlField::Optional);
    CHECK(record.field(3).metaType() == QMetaType::fromType<QByteArray>());
    CHECK(db.record(QStringLiteral("missing")).isEmpty());

    const QSqlIndex key = db.primaryIndex(QStringLiteral("pairs"));
    REQUIRE(key.count() == 2);
    CHECK(key.fieldName(0) == QStringLiteral("c"));
    CHECK(key.fieldName(1) == QStringLiteral("a"));
    const QSqlIndex weirdKey = db.primaryIndex(weird);
    REQUIRE(weirdKey.count() == 1);
    CHECK(weirdKey.fieldName(0) == QStringLiteral("id"));

    CHECK(db.tables(QSql::Tables) == QStringList{QStringLiteral("pairs"), QStringLiteral("seq"), weird});
    CHECK(db.tables(QSql::Views) == QStringList{QStringLiteral("named")});
    const QStringList system = db.tables(QSql::SystemTables);
    CHECK(system.contains(QStringLiteral("sqlite_master")));
    CHECK(system.contains(QStringLiteral("sqlite_sequence")));
    CHECK(db.tables(QSql::AllTables).size() == 6);

    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT id, name AS label, 1 + 1 FROM \"we\"\"ird\"")));
    const QSqlRecord result = query.record();
    REQUIRE(result.count() == 3);
    CHECK(result.fieldName(0) == QStringLiteral("id"));
    CHECK(result.fieldName(1) == QStringLiteral("label"));
    CHECK(result.fieldName(2) == QStringLiteral("1 + 1"));
    CHECK(result.field(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(result.field(1).metaType() == QMetaType::fromType<QString>());
    CHECK_FALSE(result.field(2).metaType().isValid()); // an expression has no declared type
}

TEST_CASE("SqlCipherDriver waits for BUSY_TIMEOUT, then fails with SQLITE_BUSY", "[driver]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("busy.db"));
    TestConnection holder(path);
    REQUIRE(holder.open());
    execOrFail(holder.db(), QStringLiteral("CREATE TABLE t (x INTEGER)"));
    REQUIRE(holder.db().transaction());
    execOrFail(holder.db(), QStringLiteral("INSERT INTO t VALUES (1)"));

    TestConnection waiter(path, QStringLiteral("BUSY_TIMEOUT=200"));
    REQUIRE(waiter.open());
    QSqlQuery write(waiter.db());
    REQUIRE(write.prepare(QStringLiteral("INSERT INTO t VALUES (2)")));

    QElapsedTimer timer;
    timer.start();
    const bool written = write.exec();
    const qint64 waitedMs = timer.elapsed();
    CHECK_FALSE(written);
    CHECK(waitedMs >= 150);
    CHECK(waitedMs < 3000);
    CHECK((sqliteCode(write.lastError()) & 0xff) == SQLITE_BUSY);
    CHECK(write.lastError().databaseText().contains(QLatin1String("locked")));

    // Once the lock is gone the same statement goes through.
    REQUIRE(holder.db().commit());
    REQUIRE(write.exec());
    CHECK(countRows(waiter.db(), QStringLiteral("t")) == 2);
}

TEST_CASE("SqlCipherDriver puts SQLite result codes and messages in errors", "[driver]") {
    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("errors.db")));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    execOrFail(db, QStringLiteral("CREATE TABLE users (email TEXT UNIQUE)"));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO users VALUES (?)")));
    insert.addBindValue(QStringLiteral("a@example.org"));
    REQUIRE(insert.exec());
    insert.addBindValue(QStringLiteral("a@example.org"));
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().type() == QSqlError::StatementError);
    CHECK(insert.lastError().nativeErrorCode() == QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
    CHECK(insert.lastError().databaseText().contains(QLatin1String("UNIQUE")));

    QSqlQuery syntax(db);
    CHECK_FALSE(syntax.prepare(QStringLiteral("SELEC ?")));
    CHECK(syntax.lastError().nativeErrorCode() == QStringLiteral("1"));
    CHECK(syntax.lastError().databaseText().contains(QLatin1String("syntax error")));
    CHECK_FALSE(syntax.exec(QStringLiteral("SELECT * FROM nowhere")));
    CHECK(syntax.lastError().nativeErrorCode() == QStringLiteral("1"));
    CHECK(syntax.lastError().databaseText().contains(QLatin1String("no such table")));

    // One statement per query: a second one would otherwise be dropped without a word.
    CHECK_FALSE(
        syntax.exec(QStringLiteral("INSERT INTO users VALUES ('b'); INSERT INTO users VALUES ('c')")));
    CHECK(syntax.lastError().isValid());
    CHECK(syntax.exec(QStringLiteral("SELECT 1; -- a trailing comment is fine")));

    QSqlQuery unbound(db);
    REQUIRE(unbound.prepare(QStringLiteral("INSERT INTO users VALUES (?)")));
    CHECK_FALSE(unbound.exec());
    CHECK(unbound.lastError().isValid());
    CHECK(countRows(db, QStringLiteral("users")) == 1);
}

TEST_CASE("SqlCipherDriver honours READONLY, NO_CREATE and rejects unknown options", "[driver]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("options.db"));
    {
        TestConnection create(path);
        REQUIRE(create.open());
        execOrFail(create.db(), QStringLiteral("CREATE TABLE t (x INTEGER)"));
    }

    {
        TestConnection readOnly(path, QStringLiteral("READONLY"));
        REQUIRE(readOnly.open());
        QSqlQuery query(readOnly.db());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        CHECK((sqliteCode(query.lastError()) & 0xff) == SQLITE_READONLY);
    }

    {
        const QString missing = ws.path(QStringLiteral("missing.db"));
        TestConnection noCreate(missing, QStringLiteral("NO_CREATE; BUSY_TIMEOUT=100"));
        CHECK_FALSE(noCreate.open());
        CHECK(noCreate.db().lastError().type() == QSqlError::ConnectionError);
        CHECK(noCreate.db().lastError().nativeErrorCode() == QStringLiteral("14")); // SQLITE_CANTOPEN
        CHECK(noCreate.db().lastError().driverText().contains(missing));
        CHECK_FALSE(QFileInfo::exists(missing));

        TestConnection existing(path, QStringLiteral("NO_CREATE"));
        CHECK(existing.open());
    }

    {
        TestConnection typo(path, QStringLiteral("READ_ONLY"));
        CHECK_FALSE(typo.open());
        CHECK(typo.db().lastError().text().contains(QLatin1String("READ_ONLY")));
        TestConnection badTimeout(path, QStringLiteral("BUSY_TIMEOUT=soon"));
        CHECK_FALSE(badTimeout.open());
    }
}

TEST_CASE("SqlCipherDriver opens without reading and close finalizes open queries", "[driver]") {
    TempWorkspace ws;

    SECTION("open does not touch the file contents") {
        // If open() ran a query this garbage file would be rejected before a key could be applied.
        const QString garbage = ws.writeFile(QStringLiteral("garbage.db"), QByteArray(4096, 'z'));
        TestConnection conn(garbage);
        REQUIRE(conn.open());
        QSqlQuery query(conn.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26")); // SQLITE_NOTADB
    }

    SECTION("queries alive at close are finalized and die quietly later") {
        const QString path = ws.path(QStringLiteral("close.db"));
        TestConnection conn(path);
        REQUIRE(conn.open());
        QSqlDatabase db = conn.db();
        execOrFail(db, QStringLiteral("CREATE TABLE t (x INTEGER)"));
        execOrFail(db, QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));

        QSqlQuery reading(db);
        REQUIRE(reading.exec(QStringLiteral("SELECT x FROM t")));
        REQUIRE(reading.next()); // holds a read lock while the statement is mid-result
        QSqlQuery prepared(db);
        REQUIRE(prepared.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));

        db.close();
        CHECK_FALSE(conn.driver()->sqliteHandle());
        CHECK_FALSE(reading.isActive());
        CHECK_FALSE(reading.next());

        // No statement kept the file locked: a writer that will not wait succeeds.
        {
            TestConnection writer(path, QStringLiteral("BUSY_TIMEOUT=0"));
            REQUIRE(writer.open());
            execOrFail(writer.db(), QStringLiteral("INSERT INTO t VALUES (4)"));
        }

        // A statement prepared on the closed connection fails cleanly after a re-open; re-preparing works.
        REQUIRE(db.open());
        prepared.addBindValue(5);
        CHECK_FALSE(prepared.exec());
        CHECK(prepared.lastError().isValid());
        REQUIRE(prepared.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
        prepared.addBindValue(5);
        REQUIRE(prepared.exec());
        CHECK(countRows(db, QStringLiteral("t")) == 5);
        db.close();
        // `reading` and `prepared` are destroyed after the close: neither may finalize twice.
    }
}

TEST_CASE("SqlCipherDriver encrypts the file with the applied key", "[driver]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("secret.db"));
    const QString secret = QStringLiteral("Nguyễn Thị Ánh Tuyết — hồ sơ mật 7f3a");

    {
        TestConnection conn(path);
        REQUIRE(conn.open());
        REQUIRE(conn.driver()->applyKey(kKeyA, keyLength(kKeyA)));
        execOrFail(conn.db(), QStringLiteral("CREATE TABLE secrets (body TEXT)"));
        QSqlQuery insert(conn.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO secrets VALUES (?)")));
        insert.addBindValue(secret);
        REQUIRE(insert.exec());
    }

    const QByteArray raw = legalaid::test::readAll(path);
    REQUIRE(raw.size() >= 1024);
    CHECK_FALSE(raw.contains(secret.toUtf8()));
    CHECK_FALSE(raw.contains("7f3a"));
    CHECK_FALSE(raw.contains("SQLite format 3"));
    CHECK_FALSE(raw.contains("CREATE TABLE"));

    auto readSecret = [&](const char* key) {
        TestConnection conn(path);
        REQUIRE(conn.open());
        if (key)
            REQUIRE(conn.driver()->applyKey(key, keyLength(key)));
        QSqlQuery query(conn.db());
        if (!query.exec(QStringLiteral("SELECT body FROM secrets")) || !query.next())
            return query.lastError();
        CHECK(query.value(0).toString() == secret);
        return QSqlError();
    };

    CHECK_FALSE(readSecret(kKeyA).isValid());
    for (const char* wrongKey : {kKeyB, static_cast<const char*>(nullptr)}) {
        const QSqlError error = readSecret(wrongKey);
        CHECK(error.nativeErrorCode() == QStringLiteral("26")); // SQLITE_NOTADB
        CHECK(error.databaseText().contains(QLatin1String("file is encrypted or is not a database")));
    }

    // Rekey: afterwards only the new key opens the file.
    {
        TestConnection conn(path);
        REQUIRE(conn.open());
        REQUIRE(conn.driver()->applyKey(kKeyA, keyLength(kKeyA)));
        CHECK(countRows(conn.db(), QStringLiteral("secrets")) == 1);
        REQUIRE(conn.driver()->rekey(kKeyB, keyLength(kKeyB)));
    }
    CHECK(readSecret(kKeyA).nativeErrorCode() == QStringLiteral("26"));
    CHECK_FALSE(readSecret(kKeyB).isValid());

    TestConnection closed(path);
    CHECK_FALSE(closed.driver()->applyKey(kKeyA, keyLength(kKeyA)));
    CHECK(closed.driver()->lastError().isValid());
}

TEST_CASE("SqlCipherDriver connections in two threads write to one file", "[driver]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("threads.db"));
    {
        TestConnection setup(path);
        REQUIRE(setup.open());
        execOrFail(setup.db(), QStringLiteral("CREATE TABLE t (worker INTEGER, n INTEGER)"));
    }

    constexpr int kRowsPerWorker = 200;
    constexpr int kRowsPerTransaction = 10;
    // Catch assertions are not thread-safe: workers report a failure text instead.
    QString failures[2];
    auto worker = [&](int workerId) {
        QString& failure = failures[workerId];
        const QString name = uniqueConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("BUSY_TIMEOUT=30000"));
            if (!db.open()) {
                failure = db.lastError().text();
            } else {
                QSqlQuery insert(db);
                if (!insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")))
                    failure = insert.lastError().text();
                for (int n = 0; n < kRowsPerWorker && failure.isEmpty(); ++n) {
                    if (n % kRowsPerTransaction == 0 && !db.transaction()) {
                        failure = db.lastError().text();
                        break;
                    }
                    insert.bindValue(0, workerId);
                    insert.bindValue(1, n);
                    if (!insert.exec()) {
                        failure = insert.lastError().text();
                        break;
                    }
                    if (n % kRowsPerTransaction == kRowsPerTransaction - 1 && !db.commit())
                        failure = db.lastError().text();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    };

    std::thread first(worker, 0);
    std::thread second(worker, 1);
    first.join();
    second.join();
    INFO(str(failures[0]) << " / " << str(failures[1]));
    CHECK(failures[0].isEmpty());
    CHECK(failures[1].isEmpty());

    TestConnection check(path);
    REQUIRE(check.open());
    CHECK(countRows(check.db(), QStringLiteral("t")) == 2 * kRowsPerWorker);
    CHECK(countRows(check.db(), QStringLiteral("t WHERE worker = 1")) == kRowsPerWorker);
}

TEST_CASE("SqlCipherDriver runs scripts and exposes its handle and features", "[driver]") {
    legalaid::storage::registerSqlCipherDriver(); // already done by main; must be harmless
    std::thread concurrentRegistration([] { legalaid::storage::registerSqlCipherDriver(); });
    concurrentRegistration.join();
    CHECK(QSqlDatabase::isDriverAvailable(QLatin1String(kSqlCipherDriverName)));

    TempWorkspace ws;
    TestConnection conn(ws.path(QStringLiteral("script.db")));
    REQUIRE(conn.open());
    SqlCipherDriver* driver = conn.driver();
    REQUIRE(driver);

    REQUIRE(driver->executeScript(QStringLiteral(
        "CREATE TABLE a (x); CREATE TABLE b (y); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);")));
    CHECK(countRows(conn.db(), QStringLiteral("a")) == 2);
    CHECK_FALSE(
        driver->executeScript(QStringLiteral("INSERT INTO a VALUES (3); INSERT INTO nowhere VALUES (4);")));
    CHECK(driver->lastError().nativeErrorCode() == QStringLiteral("1"));
    CHECK(driver->lastError().databaseText().contains(QLatin1String("no such table")));

    REQUIRE(driver->executeScript(QStringLiteral("BEGIN;")));
    CHECK(driver->inTransaction());
    REQUIRE(driver->executeScript(QStringLiteral("COMMIT;")));
    CHECK_FALSE(driver->inTransaction());

    REQUIRE(driver->sqliteHandle());
    CHECK(driver->handle().value<void*>() == static_cast<void*>(driver->sqliteHandle()));
    QSqlQuery query(conn.db());
    REQUIRE(query.exec(QStringLiteral("SELECT x FROM a")));
    CHECK(query.result()->handle().value<void*>() != nullptr);

    for (const auto feature :
         {QSqlDriver::Transactions, QSqlDriver::PreparedQueries, QSqlDriver::PositionalPlaceholders,
          QSqlDriver::LastInsertId, QSqlDriver::BLOB, QSqlDriver::Unicode, QSqlDriver::LowPrecisionNumbers})
        CHECK(driver->hasFeature(feature));
    for (const auto feature : {QSqlDriver::QuerySize, QSqlDriver::BatchOperations,
                               QSqlDriver::EventNotifications, QSqlDriver::MultipleResultSets})
        CHECK_FALSE(driver->hasFeature(feature));
}
