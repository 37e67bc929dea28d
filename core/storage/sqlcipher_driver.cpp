#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGlobalStatic>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTime>
#include <QVariant>
#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace legalaid::storage {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// An error from SQLite: the native code is the (extended) result code so callers can tell BUSY from
// CONSTRAINT without parsing text; the database text is SQLite's own message.
QSqlError sqliteError(sqlite3* db, const QString& driverText, QSqlError::ErrorType type, int code) {
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return QSqlError(driverText, QString::fromUtf8(message), type, QString::number(code));
}

// A failure the driver detects itself, before SQLite is involved; there is no SQLite code to report.
QSqlError driverError(const QString& driverText, QSqlError::ErrorType type) {
    return QSqlError(driverText, QString(), type);
}

// Maps a declared column type to a Qt type using SQLite's own affinity rules (section 3.1 of the
// datatype documentation), so the record matches what the column will usually hold.
QMetaType metaTypeForDeclaredType(const char* declaredType) {
    if (!declaredType || !*declaredType)
        return QMetaType();
    const QString upper = QString::fromUtf8(declaredType).toUpper();
    if (upper.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB")) ||
        upper.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (upper.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (upper.contains(QLatin1String("REAL")) || upper.contains(QLatin1String("FLOA")) ||
        upper.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    // NUMERIC affinity: a few common spellings say more than "a number".
    if (upper.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    if (upper.contains(QLatin1String("DATE")) || upper.contains(QLatin1String("TIME")))
        return QMetaType::fromType<QString>();
    return QMetaType::fromType<double>();
}

// Reads one column of the current row by its storage class, not its declared type: SQLite is dynamically
// typed and a column declared INTEGER may hold text. NULLs carry the declared type so QVariant::typeId
// stays meaningful, but are null.
QVariant readColumn(sqlite3_stmt* statement, int column, QMetaType declaredType,
                    QSql::NumericalPrecisionPolicy precision) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        switch (precision) {
        case QSql::LowPrecisionInt32:
            return QVariant(sqlite3_column_int(statement, column));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
        case QSql::LowPrecisionDouble:
        case QSql::HighPrecision:
            break;
        }
        // A REAL is an IEEE double; there is no more precision to preserve for HighPrecision.
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT: {
        // Ask for the text before its length: sqlite3_column_bytes reports the size of the last conversion.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        return QVariant(QString::fromUtf8(text ? text : "", bytes));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        // A zero-length blob comes back as a null pointer; keep it an empty, non-null array.
        return QVariant(blob ? QByteArray(blob, bytes) : QByteArray(""));
    }
    case SQLITE_NULL:
    default:
        return QVariant(declaredType);
    }
}

// Qt's convention: a QVariant holding a null QString, QByteArray or date is SQL NULL, not an empty value.
bool isSqlNull(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int parameter, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    // A non-null pointer even for "" so SQLite binds an empty string rather than NULL.
    const char* data = utf8.constData() ? utf8.constData() : "";
    return sqlite3_bind_text64(statement, parameter, data, sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

// Binds one value by its Qt type. Returns an SQLite result code; SQLITE_MISMATCH for a type with no
// sensible SQL form.
int bindParameter(sqlite3_stmt* statement, int parameter, const QVariant& value) {
    if (isSqlNull(value))
        return sqlite3_bind_null(statement, parameter);

    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, parameter, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue <= qulonglong(std::numeric_limits<qint64>::max()))
            return sqlite3_bind_int64(statement, parameter, qint64(unsignedValue));
        // SQLite integers are signed 64-bit; keep every digit as text rather than round through a double.
        return bindText(statement, parameter, QString::number(unsignedValue));
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(statement, parameter, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        // sqlite3_bind_blob with a null pointer would bind NULL; an empty blob must stay an empty blob.
        if (bytes.isEmpty())
            return sqlite3_bind_zeroblob(statement, parameter, 0);
        return sqlite3_bind_blob64(statement, parameter, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return bindText(statement, parameter, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(statement, parameter, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(statement, parameter, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QString:
        return bindText(statement, parameter, value.toString());
    default:
        if (value.canConvert<QString>())
            return bindText(statement, parameter, value.toString());
        return SQLITE_MISMATCH;
    }
}

struct ConnectOptions {
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool readOnly = false;
    bool noCreate = false;
};

std::optional<ConnectOptions> parseConnectOptions(const QString& text, QString* problem) {
    ConnectOptions options;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = (equals < 0 ? part : part.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        if (name == QLatin1String("BUSY_TIMEOUT")) {
            bool isNumber = false;
            const int milliseconds = value.toInt(&isNumber);
            if (!isNumber || milliseconds < 0) {
                *problem = QCoreApplication::translate(
                               "SqlCipherDriver", "BUSY_TIMEOUT needs a number of milliseconds, not “%1”.")
                               .arg(value);
                return std::nullopt;
            }
            options.busyTimeoutMs = milliseconds;
        } else if (name == QLatin1String("READONLY") && equals < 0) {
            options.readOnly = true;
        } else if (name == QLatin1String("NO_CREATE") && equals < 0) {
            options.noCreate = true;
        } else {
            // Refuse rather than ignore: a misspelt READONLY silently opening read-write is worse than an
            // error.
            *problem =
                QCoreApplication::translate("SqlCipherDriver", "Unknown connection option “%1”.").arg(part);
            return std::nullopt;
        }
    }
    return options;
}

// Runs one read-only statement on behalf of the schema functions and returns every row.
std::vector<QVariantList> queryRows(sqlite3* db, const QString& sql) {
    std::vector<QVariantList> rows;
    if (!db)
        return rows;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()) + 1, &raw, nullptr) != SQLITE_OK)
        return rows;
    const StatementPtr statement(raw);
    if (!statement)
        return rows;
    const int columns = sqlite3_column_count(statement.get());
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(readColumn(statement.get(), column, QMetaType(), QSql::LowPrecisionDouble));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

// ----------------------------------------------------------------------------------------------------------
// SqlCipherResult

// One statement and the rows read from it so far. Scrollable queries keep every row read so that
// seek/previous/first work (SQLite can only step forwards); forward-only queries keep just the current row.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    SqlCipherResult(const SqlCipherResult&) = delete;
    SqlCipherResult& operator=(const SqlCipherResult&) = delete;

    QVariant handle() const override;

    // The connection is closing: finalize now, because the sqlite3 handle is about to go away.
    void releaseStatement();

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    enum class StepOutcome { Row, Done, Failed };

    [[nodiscard]] sqlite3* connection() const;
    StepOutcome stepToNextRow();
    [[nodiscard]] QVariantList readCurrentRow() const;
    [[nodiscard]] const QVariantList* bufferedRow(int row) const;
    void clearRows();

    // The driver pointer is only a key for the live-result registry; it is never dereferenced here.
    const SqlCipherDriver* const m_owner;
    StatementPtr m_statement;
    QSqlRecord m_record;
    // Rows buffered from the statement; m_rows[0] is row number m_firstBufferedRow.
    QList<QVariantList> m_rows;
    int m_firstBufferedRow = 0;
    int m_rowsStepped = 0;
    bool m_cacheAllRows = false;
    // exec() steps once to run the statement; a row it produced is handed out by the first fetch.
    bool m_rowPending = false;
    bool m_exhausted = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

namespace {

// Results still alive per driver. close() finalizes their statements before sqlite3_close_v2 so that no
// zombie connection keeps the file, its locks and the key in memory after the database is "closed".
// Connections live in different threads, so the registry is shared and guarded.
class LiveResults {
public:
    void add(const SqlCipherDriver* driver, SqlCipherResult* result) {
        const std::lock_guard lock(m_mutex);
        m_results.emplace(driver, result);
    }

    void remove(const SqlCipherDriver* driver, SqlCipherResult* result) {
        const std::lock_guard lock(m_mutex);
        auto [first, last] = m_results.equal_range(driver);
        for (auto it = first; it != last; ++it) {
            if (it->second == result) {
                m_results.erase(it);
                return;
            }
        }
    }

    // Finalizes every statement of `driver`. Results stay registered: they may be executed again after a
    // re-open, and unregister themselves when destroyed.
    void releaseStatements(const SqlCipherDriver* driver) {
        const std::lock_guard lock(m_mutex);
        auto [first, last] = m_results.equal_range(driver);
        for (auto it = first; it != last; ++it)
            it->second->releaseStatement();
    }

    void forgetDriver(const SqlCipherDriver* driver) {
        const std::lock_guard lock(m_mutex);
        m_results.erase(driver);
    }

private:
    std::mutex m_mutex;
    std::unordered_multimap<const SqlCipherDriver*, SqlCipherResult*> m_results;
};

// A Q_GLOBAL_STATIC rather than a function-local static: connections torn down during static destruction
// find it gone (null) instead of using a destroyed object, and fall back on sqlite3_close_v2's zombie mode.
Q_GLOBAL_STATIC(LiveResults, liveResults)

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_owner(driver) {
    if (LiveResults* registry = liveResults())
        registry->add(m_owner, this);
}

SqlCipherResult::~SqlCipherResult() {
    // Unregister first so a concurrent close() cannot reach a half-destroyed result.
    if (LiveResults* registry = liveResults())
        registry->remove(m_owner, this);
    m_statement.reset();
}

QVariant SqlCipherResult::handle() const {
    return QVariant::fromValue(static_cast<void*>(m_statement.get()));
}

void SqlCipherResult::releaseStatement() {
    if (!m_statement)
        return;
    m_statement.reset();
    clearRows();
    m_exhausted = true;
    if (isActive()) {
        setActive(false);
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "The database connection was closed while the query was open."),
            QSqlError::ConnectionError));
    }
}

sqlite3* SqlCipherResult::connection() const {
    // driver() is a guarded pointer: null once the driver object is gone.
    const auto* owner = static_cast<const SqlCipherDriver*>(driver());
    return owner && owner->isOpen() ? owner->m_db : nullptr;
}

void SqlCipherResult::clearRows() {
    m_rows.clear();
    m_firstBufferedRow = 0;
    m_rowsStepped = 0;
    m_rowPending = false;
}

bool SqlCipherResult::reset(const QString& query) {
    // An unprepared QSqlQuery::exec(sql): there is nothing to bind, so prepare and run.
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query) {
    m_statement.reset();
    m_record.clear();
    clearRows();
    m_exhausted = true;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();

    sqlite3* db = connection();
    if (!db) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            QSqlError::ConnectionError));
        return false;
    }

    const QByteArray utf8 = query.toUtf8();
    const char* const end = utf8.constData() + utf8.size();
    const char* tail = nullptr;
    sqlite3_stmt* raw = nullptr;
    // Passing the length including the terminating NUL saves SQLite a copy.
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()) + 1, &raw, &tail);
    StatementPtr statement(raw);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(
            db, QCoreApplication::translate("SqlCipherDriver", "Could not prepare the statement."),
            QSqlError::StatementError, rc));
        return false;
    }
    if (!statement) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The query contains no SQL statement."),
            QSqlError::StatementError));
        return false;
    }

    // Only one statement per query: anything after it other than whitespace or comments would be silently
    // dropped. Scripts belong in executeScript().
    while (tail && tail < end && *tail) {
        sqlite3_stmt* extraRaw = nullptr;
        const char* nextTail = nullptr;
        const int extraRc = sqlite3_prepare_v2(db, tail, int(end - tail) + 1, &extraRaw, &nextTail);
        const StatementPtr extra(extraRaw);
        if (extraRc != SQLITE_OK || extra) {
            setLastError(driverError(
                QCoreApplication::translate(
                    "SqlCipherDriver",
                    "The query contains more than one statement; run scripts with executeScript()."),
                QSqlError::StatementError));
            return false;
        }
        if (nextTail == tail)
            break;
        tail = nextTail;
    }

    const int columns = sqlite3_column_count(statement.get());
    for (int column = 0; column < columns; ++column) {
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(statement.get(), column)),
                                  metaTypeForDeclaredType(sqlite3_column_decltype(statement.get(), column))));
    }
    m_statement = std::move(statement);
    return true;
}

bool SqlCipherResult::exec() {
    sqlite3* db = connection();
    if (!db || !m_statement) {
        setLastError(driverError(
            db ? QCoreApplication::translate("SqlCipherDriver", "The query has not been prepared.")
               : QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            db ? QSqlError::StatementError : QSqlError::ConnectionError));
        return false;
    }
    sqlite3_stmt* statement = m_statement.get();

    // Re-executing a prepared query: rewind the statement and forget the previous run's values and rows.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    clearRows();
    m_exhausted = false;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_cacheAllRows = !isForwardOnly();
    setAt(QSql::BeforeFirstRow);

    // Named placeholders arrive here already turned into positions by QSqlResult (the driver reports
    // NamedPlaceholders=false), one position per occurrence, so ":name" used twice binds twice.
    const QVariantList& values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(statement);
    if (values.size() != parameterCount) {
        setLastError(driverError(QCoreApplication::translate("SqlCipherDriver",
                                                             "The statement has %1 parameters but %2 values "
                                                             "were bound.")
                                     .arg(parameterCount)
                                     .arg(values.size()),
                                 QSqlError::StatementError));
        m_exhausted = true;
        return false;
    }
    for (int index = 0; index < parameterCount; ++index) {
        const int rc = bindParameter(statement, index + 1, values.at(index));
        if (rc != SQLITE_OK) {
            const QString text =
                QCoreApplication::translate("SqlCipherDriver", "Could not bind value %1 (of type %2).")
                    .arg(index + 1)
                    .arg(QString::fromLatin1(values.at(index).typeName()));
            setLastError(rc == SQLITE_MISMATCH
                             ? QSqlError(text, QString(), QSqlError::StatementError, QString::number(rc))
                             : sqliteError(db, text, QSqlError::StatementError, rc));
            m_exhausted = true;
            return false;
        }
    }

    // sqlite3_changes() keeps the count of the last DML statement, so only trust it if this statement
    // actually changed something; DDL and SELECT report 0 / -1 instead of a stale count.
    const int totalChangesBefore = sqlite3_total_changes(db);
    const StepOutcome outcome = stepToNextRow();
    if (outcome == StepOutcome::Failed)
        return false;
    m_rowPending = outcome == StepOutcome::Row;

    const bool returnsRows = sqlite3_column_count(statement) > 0;
    setSelect(returnsRows);
    if (!returnsRows) {
        const bool changedRows = sqlite3_total_changes(db) != totalChangesBefore;
        m_rowsAffected = changedRows ? sqlite3_changes(db) : 0;
        if (changedRows)
            m_lastInsertId = QVariant(qlonglong(sqlite3_last_insert_rowid(db)));
    }
    setActive(true);
    return true;
}

SqlCipherResult::StepOutcome SqlCipherResult::stepToNextRow() {
    if (m_rowPending) {
        m_rowPending = false;
        return StepOutcome::Row;
    }
    if (m_exhausted || !m_statement)
        return StepOutcome::Done;

    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return StepOutcome::Row;

    m_exhausted = true;
    if (rc == SQLITE_DONE) {
        // Rewinding a finished statement releases its read lock at once instead of when it is next run.
        sqlite3_reset(m_statement.get());
        return StepOutcome::Done;
    }
    setLastError(sqliteError(
        connection(), QCoreApplication::translate("SqlCipherDriver", "Could not execute the statement."),
        QSqlError::StatementError, rc));
    sqlite3_reset(m_statement.get());
    return StepOutcome::Failed;
}

QVariantList SqlCipherResult::readCurrentRow() const {
    const int columns = m_record.count();
    QVariantList row;
    row.reserve(columns);
    for (int column = 0; column < columns; ++column)
        row.append(readColumn(m_statement.get(), column, m_record.field(column).metaType(),
                              numericalPrecisionPolicy()));
    return row;
}

const QVariantList* SqlCipherResult::bufferedRow(int row) const {
    const qsizetype offset = qsizetype(row) - m_firstBufferedRow;
    if (row < 0 || offset < 0 || offset >= m_rows.size())
        return nullptr;
    return &m_rows.at(offset);
}

bool SqlCipherResult::fetch(int row) {
    if (row < 0 || !isActive() || !isSelect())
        return false;
    while (m_rowsStepped <= row) {
        if (stepToNextRow() != StepOutcome::Row)
            return false;
        const int steppedRow = m_rowsStepped++;
        if (m_cacheAllRows) {
            m_rows.append(readCurrentRow());
        } else if (steppedRow == row) {
            // Forward-only: skipped rows are never converted, and only the current one is kept.
            m_rows = {readCurrentRow()};
            m_firstBufferedRow = steppedRow;
        }
    }
    // A forward-only query cannot return to a row it has already left.
    if (!bufferedRow(row))
        return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst() {
    return fetch(0);
}

bool SqlCipherResult::fetchLast() {
    if (!isActive() || !isSelect())
        return false;
    StepOutcome outcome = StepOutcome::Row;
    while ((outcome = stepToNextRow()) == StepOutcome::Row) {
        const int steppedRow = m_rowsStepped++;
        if (!m_cacheAllRows) {
            m_rows.clear();
            m_firstBufferedRow = steppedRow;
        }
        m_rows.append(readCurrentRow());
    }
    if (outcome == StepOutcome::Failed || m_rowsStepped == 0)
        return false;
    const int lastRow = m_rowsStepped - 1;
    if (!bufferedRow(lastRow))
        return false;
    setAt(lastRow);
    return true;
}

QVariant SqlCipherResult::data(int column) {
    const QVariantList* row = bufferedRow(at());
    if (!row || column < 0 || column >= row->size())
        return QVariant();
    return row->at(column);
}

bool SqlCipherResult::isNull(int column) {
    const QVariantList* row = bufferedRow(at());
    if (!row || column < 0 || column >= row->size())
        return true;
    return row->at(column).isNull();
}

int SqlCipherResult::size() {
    // SQLite produces rows one step at a time and cannot know how many there will be.
    return -1;
}

int SqlCipherResult::numRowsAffected() {
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const {
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const {
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet() {
    // QSqlQuery::finish(): give up the read lock now; the statement stays prepared for the next exec().
    if (m_statement)
        sqlite3_reset(m_statement.get());
    clearRows();
    m_exhausted = true;
}

// ----------------------------------------------------------------------------------------------------------
// SqlCipherDriver

void registerSqlCipherDriver() {
    static std::once_flag registered;
    std::call_once(registered, [] {
        // QSqlDatabase takes ownership of the creator.
        QSqlDatabase::registerSqlDriver(QLatin1String(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver() {
    close();
    if (LiveResults* registry = liveResults())
        registry->forgetDriver(this);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // QSqlResult rewrites :name to ? for us, including repeated names.
    case BatchOperations:   // QSqlResult::execBatch emulates batches with repeated exec().
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& fileName, const QString& /*user*/, const QString& /*password*/,
                           const QString& /*host*/, int /*port*/, const QString& connectOptions) {
    if (isOpen())
        close();

    QString optionProblem;
    const std::optional<ConnectOptions> options = parseConnectOptions(connectOptions, &optionProblem);
    if (!options) {
        setLastError(driverError(optionProblem, QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    // NOMUTEX: one connection per thread, so SQLite's per-connection mutex would only cost time.
    int flags = SQLITE_OPEN_NOMUTEX;
    if (options->readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (options->noCreate ? 0 : SQLITE_OPEN_CREATE);

    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(fileName.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(
            db,
            QCoreApplication::translate("SqlCipherDriver", "Could not open the database file “%1”.")
                .arg(fileName),
            QSqlError::ConnectionError, rc));
        // Even a failed open may allocate a handle that carries the error message.
        sqlite3_close_v2(db);
        setOpenError(true);
        return false;
    }

    // Nothing here may read the file: the key has not been applied yet (applyKey comes after open).
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, options->busyTimeoutMs);
    m_db = db;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close() {
    if (!m_db)
        return;
    if (LiveResults* registry = liveResults())
        registry->releaseStatements(this);
    // Every statement of ours is finalized, so this closes for real instead of leaving a zombie.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const {
    // Ownership passes to the QSqlQuery that asked for it.
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction() {
    if (!m_db) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            QSqlError::TransactionError));
        return false;
    }
    if (inTransaction()) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "A transaction is already open on this connection; nested "
                                        "transactions are not supported."),
            QSqlError::TransactionError));
        return false;
    }
    // IMMEDIATE takes the write lock now, so two writers queue here (under the busy timeout) instead of
    // deadlocking later when both try to upgrade a read lock.
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not start a transaction."),
                       QSqlError::TransactionError, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::commitTransaction() {
    if (!m_db || !inTransaction()) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "No transaction is open on this connection, so there is nothing to "
                                        "commit."),
            QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not commit the transaction."),
                       QSqlError::TransactionError, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::rollbackTransaction() {
    if (!m_db || !inTransaction()) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver",
                                        "No transaction is open on this connection, so there is nothing to "
                                        "roll back."),
            QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not roll back the transaction."),
                       QSqlError::TransactionError, rc);
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    QStringList names;
    if (!m_db)
        return names;

    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        // sqlite_% names are SQLite's own bookkeeping (sqlite_sequence, sqlite_stat1, ...).
        const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) "
                                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                                .arg(kinds.join(QLatin1Char(',')));
        for (const QVariantList& row : queryRows(m_db, sql))
            names << row.at(0).toString();
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
        const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        for (const QVariantList& row : queryRows(m_db, sql))
            names << row.at(0).toString();
    }
    return names;
}

namespace {

// One row of PRAGMA table_info: cid, name, type, notnull, dflt_value, pk.
struct ColumnInfo {
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0; // 0 = not part of the primary key, else 1-based position in it
};

std::vector<ColumnInfo> tableColumns(sqlite3* db, const QString& escapedTable) {
    std::vector<ColumnInfo> columns;
    for (const QVariantList& row : queryRows(db, QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable))) {
        if (row.size() < 6)
            continue;
        columns.push_back(ColumnInfo{row.at(1).toString(), row.at(2).toString(), row.at(3).toLongLong() != 0,
                                     row.at(4), int(row.at(5).toLongLong())});
    }
    return columns;
}

QSqlField fieldFor(const ColumnInfo& column, const QString& tableName, bool isRowidAlias) {
    QSqlField field(column.name, metaTypeForDeclaredType(column.declaredType.toUtf8().constData()),
                    tableName);
    field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
    field.setDefaultValue(column.defaultValue);
    field.setAutoValue(isRowidAlias);
    return field;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const {
    QSqlRecord result;
    const std::vector<ColumnInfo> columns = tableColumns(m_db, escapeIdentifier(tableName, TableName));
    const auto keyColumns = std::count_if(columns.begin(), columns.end(), [](const ColumnInfo& column) {
        return column.primaryKeyPosition > 0;
    });
    for (const ColumnInfo& column : columns) {
        // A lone INTEGER PRIMARY KEY is the rowid: SQLite fills it in when the insert leaves it out.
        const bool isRowidAlias =
            keyColumns == 1 && column.primaryKeyPosition == 1 &&
            column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        result.append(fieldFor(column, tableName, isRowidAlias));
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const {
    std::vector<ColumnInfo> columns = tableColumns(m_db, escapeIdentifier(tableName, TableName));
    std::erase_if(columns, [](const ColumnInfo& column) { return column.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo& left, const ColumnInfo& right) {
        return left.primaryKeyPosition < right.primaryKeyPosition;
    });
    QSqlIndex index(tableName);
    for (const ColumnInfo& column : columns) {
        const bool isRowidAlias =
            columns.size() == 1 &&
            column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        index.append(fieldFor(column, tableName, isRowidAlias));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const {
    // Qt's convention: an identifier that is already quoted is passed through unchanged.
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const {
    return QVariant::fromValue(static_cast<void*>(m_db));
}

bool SqlCipherDriver::applyKey(const char* keySpec, int length) {
    if (!m_db) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            QSqlError::ConnectionError));
        return false;
    }
    if (!keySpec || length <= 0) {
        setLastError(driverError(QCoreApplication::translate("SqlCipherDriver", "The database key is empty."),
                                 QSqlError::ConnectionError));
        return false;
    }
    // SQLCipher only records the key here; a wrong key shows up as SQLITE_NOTADB on the first read.
    const int rc = sqlite3_key_v2(m_db, "main", keySpec, length);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not apply the database key."),
                       QSqlError::ConnectionError, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::rekey(const char* keySpec, int length) {
    if (!m_db) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            QSqlError::ConnectionError));
        return false;
    }
    if (!keySpec || length <= 0) {
        setLastError(
            driverError(QCoreApplication::translate("SqlCipherDriver", "The new database key is empty."),
                        QSqlError::ConnectionError));
        return false;
    }
    const int rc = sqlite3_rekey_v2(m_db, "main", keySpec, length);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not change the database key."),
                       QSqlError::ConnectionError, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::executeScript(const QString& sql) {
    if (!m_db) {
        setLastError(driverError(
            QCoreApplication::translate("SqlCipherDriver", "The database connection is not open."),
            QSqlError::ConnectionError));
        return false;
    }
    // sqlite3_exec stops at the first failing statement; earlier ones stay applied unless the script runs
    // inside a transaction.
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(QCoreApplication::translate("SqlCipherDriver", "Could not run the SQL script."),
                       QSqlError::StatementError, rc);
        return false;
    }
    return true;
}

bool SqlCipherDriver::inTransaction() const {
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

sqlite3* SqlCipherDriver::sqliteHandle() const {
    return m_db;
}

void SqlCipherDriver::setSqliteError(const QString& context, QSqlError::ErrorType type, int code) {
    setLastError(sqliteError(m_db, context, type, code));
}

} // namespace legalaid::storage
