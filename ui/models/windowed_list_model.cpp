#include "models/windowed_list_model.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <climits>
#include <set>
#include <unordered_map>

namespace legalaid::ui {

namespace {

// Rows fetched per request: a few screens of a table, small enough to arrive within a frame.
constexpr int kWindowRows = 200;
// Windows kept in memory (8,000 rows); the least recently used one goes first.
constexpr std::size_t kMaxCachedWindows = 40;

// Lives in the worker thread: owns that thread's connection and runs the counts and fetches posted to it.
// Every task carries the generation of the source it was asked for and is skipped unread when the model
// has moved on, so typing a search quickly does not queue up counts nobody will look at.
class ListWorker : public QObject {
public:
    ListWorker(ReaderAccess access, std::shared_ptr<const std::atomic<quint64>> latestGeneration)
        : m_access(std::move(access))
        , m_latestGeneration(std::move(latestGeneration)) {}

    // Opens the connection in the worker thread; an empty string when it worked.
    QString openConnection() {
        auto opened = m_access.open();
        if (!opened)
            return opened.error().message;
        m_database = std::move(opened).value();
        return {};
    }

    void closeConnection() { m_database.reset(); }

    [[nodiscard]] bool isCurrent(quint64 generation) const {
        return generation == m_latestGeneration->load();
    }
    [[nodiscard]] bool isOpen() const { return m_database != nullptr; }
    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }

private:
    ReaderAccess m_access;
    std::shared_ptr<const std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<storage::EncryptedDatabase> m_database;
};

QString notOpenMessage() {
    return QCoreApplication::translate("WindowedListModel",
                                       "The list cannot be read: the database is not open.");
}

} // namespace

struct WindowedListModel::Private {
    struct Window {
        std::vector<lists::ListRow> rows;
        quint64 lastUse = 0;
    };

    explicit Private(WindowedListModel* model)
        : q(model) {}

    WindowedListModel* q;
    std::unique_ptr<QThread> thread;
    std::unique_ptr<ListWorker> worker;
    std::shared_ptr<std::atomic<quint64>> latestGeneration = std::make_shared<std::atomic<quint64>>(0);
    quint64 generation = 0;

    std::shared_ptr<const lists::ListSource> source;
    QStringList titles;
    int rows = 0;
    bool counting = false;
    bool firstWindowArrived = false;

    std::unordered_map<qint64, Window> windows;
    std::set<qint64> pendingWindows;
    quint64 useClock = 0;

    [[nodiscard]] bool attached() const { return worker != nullptr; }

    void startGeneration() {
        ++generation;
        latestGeneration->store(generation);
        windows.clear();
        pendingWindows.clear();
        rows = 0;
        firstWindowArrived = false;
    }

    // Looks a row up in the cache and marks its window used; nullptr while it is not loaded.
    const lists::ListRow* cachedRow(int row) {
        const auto found = windows.find(row / kWindowRows);
        if (found == windows.end())
            return nullptr;
        found->second.lastUse = ++useClock;
        const auto inWindow = static_cast<std::size_t>(row % kWindowRows);
        return inWindow < found->second.rows.size() ? &found->second.rows[inWindow] : nullptr;
    }

    // The row if its window is loaded; otherwise asks the worker for the window and returns nullptr.
    const lists::ListRow* rowOrRequest(int row) {
        if (row < 0 || row >= rows)
            return nullptr;
        if (const lists::ListRow* cached = cachedRow(row)) {
            // Near the end of a window the next one is asked ahead, so smooth scrolling rarely shows blanks.
            if (row % kWindowRows >= kWindowRows * 3 / 4 && (row / kWindowRows + 1) * kWindowRows < rows)
                requestWindow(row / kWindowRows + 1);
            return cached;
        }
        requestWindow(row / kWindowRows);
        return nullptr;
    }

    void requestWindow(qint64 windowIndex) {
        if (!attached() || !source || windows.count(windowIndex) || pendingWindows.count(windowIndex))
            return;
        pendingWindows.insert(windowIndex);
        const quint64 asked = generation;
        std::shared_ptr<const lists::ListSource> fetched = source;
        ListWorker* work = worker.get();
        QMetaObject::invokeMethod(work, [this, work, asked, fetched, windowIndex] {
            if (!work->isCurrent(asked))
                return;
            if (!work->isOpen()) {
                QMetaObject::invokeMethod(q, [this, asked] { failed(asked, notOpenMessage()); });
                return;
            }
            auto rows = fetched->fetch(work->db(), windowIndex * kWindowRows, kWindowRows);
            if (!rows) {
                const QString message = rows.error().message;
                QMetaObject::invokeMethod(q, [this, asked, message] { failed(asked, message); });
                return;
            }
            QMetaObject::invokeMethod(q,
                                      [this, asked, windowIndex, loaded = std::move(rows).value()]() mutable {
                                          windowArrived(asked, windowIndex, std::move(loaded));
                                      });
        });
    }

    void requestCount() {
        const quint64 asked = generation;
        std::shared_ptr<const lists::ListSource> counted = source;
        ListWorker* work = worker.get();
        QMetaObject::invokeMethod(work, [this, work, asked, counted] {
            if (!work->isCurrent(asked))
                return;
            if (!work->isOpen()) {
                QMetaObject::invokeMethod(q, [this, asked] { failed(asked, notOpenMessage()); });
                return;
            }
            auto total = counted->count(work->db());
            if (!total) {
                const QString message = total.error().message;
                QMetaObject::invokeMethod(q, [this, asked, message] { failed(asked, message); });
                return;
            }
            const qint64 value = *total;
            QMetaObject::invokeMethod(q, [this, asked, value] { countArrived(asked, value); });
        });
    }

    // Grows or shrinks the model to `newRows` with the proper insert/remove notifications.
    void resizeTo(int newRows) {
        if (newRows > rows) {
            q->beginInsertRows({}, rows, newRows - 1);
            rows = newRows;
            q->endInsertRows();
        } else if (newRows < rows) {
            q->beginRemoveRows({}, newRows, rows - 1);
            rows = newRows;
            q->endRemoveRows();
        }
    }

    void countArrived(quint64 asked, qint64 total) {
        if (asked != generation)
            return; // an old source's count: the user has moved on
        counting = false;
        resizeTo(static_cast<int>(std::min<qint64>(total, INT_MAX)));
        emit q->countReady(total);
    }

    void windowArrived(quint64 asked, qint64 windowIndex, std::vector<lists::ListRow> loaded) {
        if (asked != generation)
            return;
        pendingWindows.erase(windowIndex);
        const qint64 first = windowIndex * kWindowRows;
        const auto loadedRows = static_cast<qint64>(loaded.size());
        windows[windowIndex] = Window{std::move(loaded), ++useClock};
        evictBeyondLimit(windowIndex);
        // Before the count arrives the first window already tells how many rows there are at least
        // (and exactly how many when it is not full).
        if (counting && first + loadedRows > rows)
            resizeTo(static_cast<int>(std::min<qint64>(first + loadedRows, INT_MAX)));
        const qint64 last = std::min<qint64>(first + loadedRows, rows) - 1;
        if (last >= first && !titles.isEmpty())
            emit q->dataChanged(q->index(static_cast<int>(first), 0),
                                q->index(static_cast<int>(last), static_cast<int>(titles.size()) - 1));
        if (windowIndex == 0 && !firstWindowArrived) {
            firstWindowArrived = true;
            emit q->firstWindowReady();
        }
    }

    void failed(quint64 asked, const QString& message) {
        if (asked != generation)
            return;
        counting = false;
        pendingWindows.clear();
        emit q->loadFailed(message);
    }

    void evictBeyondLimit(qint64 keep) {
        while (windows.size() > kMaxCachedWindows) {
            auto oldest = windows.end();
            for (auto it = windows.begin(); it != windows.end(); ++it) {
                if (it->first != keep &&
                    (oldest == windows.end() || it->second.lastUse < oldest->second.lastUse))
                    oldest = it;
            }
            if (oldest == windows.end())
                return;
            windows.erase(oldest);
        }
    }
};

WindowedListModel::WindowedListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this)) {}

WindowedListModel::~WindowedListModel() {
    detach();
}

void WindowedListModel::attach(const ReaderAccess& access) {
    detach();
    d->thread = std::make_unique<QThread>();
    d->thread->setObjectName(QStringLiteral("WindowedListModel worker"));
    d->worker = std::make_unique<ListWorker>(access, d->latestGeneration);
    d->worker->moveToThread(d->thread.get());
    d->thread->start();

    ListWorker* worker = d->worker.get();
    QMetaObject::invokeMethod(worker, [this, worker] {
        const QString failure = worker->openConnection();
        if (!failure.isEmpty())
            QMetaObject::invokeMethod(this, [this, failure] { emit loadFailed(failure); });
    });
    // Loads the current source again under a new generation.
    setSource(d->source);
}

void WindowedListModel::detach() {
    if (d->thread) {
        // Everything still queued for the worker is skipped from here on.
        d->latestGeneration->store(d->generation + 1);
        ListWorker* worker = d->worker.get();
        // Closed in the thread that opened it; waits for a task already running there to finish.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeConnection(); }, Qt::BlockingQueuedConnection);
        d->thread->quit();
        d->thread->wait();
        d->worker.reset();
        d->thread.reset();
    }
    beginResetModel();
    d->startGeneration();
    d->counting = false;
    endResetModel();
}

void WindowedListModel::setSource(std::shared_ptr<const lists::ListSource> source) {
    beginResetModel();
    d->startGeneration();
    d->source = std::move(source);
    d->titles = d->source ? d->source->columnTitles() : QStringList();
    d->counting = d->source != nullptr && d->attached();
    endResetModel();
    if (!d->attached() || !d->source)
        return;
    // The first window is asked before the count: on a large list it arrives first, so the view shows
    // rows while the total is still being counted.
    d->requestWindow(0);
    d->requestCount();
}

std::shared_ptr<const lists::ListSource> WindowedListModel::source() const {
    return d->source;
}

qint64 WindowedListModel::idAt(int row) const {
    const lists::ListRow* found = d->rowOrRequest(row);
    return found ? found->id : 0;
}

bool WindowedListModel::isCounting() const {
    return d->counting;
}

int WindowedListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : d->rows;
}

int WindowedListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(d->titles.size());
}

QVariant WindowedListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const lists::ListRow* found = d->rowOrRequest(index.row());
    if (!found)
        return {};
    if (role == Qt::UserRole)
        return found->id;
    return index.column() < found->cells.size() ? found->cells.at(index.column()) : QVariant();
}

QVariant WindowedListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < d->titles.size())
        return d->titles.at(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace legalaid::ui
