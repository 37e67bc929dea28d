#include "exchange/csv_writer.h"

#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <cstring>

namespace legalaid::exchange {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
constexpr qsizetype kFlushSize = 1 << 20;

// Digits only, with one leading minus sign for numbers: nothing a spreadsheet could read as a formula.
bool digitsFrom(const QString& text, qsizetype from, bool allowPoint) {
    bool point = false;
    bool digit = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digit = true;
        } else if (allowPoint && c == QLatin1Char('.') && !point && digit) {
            point = true;
            digit = false;
        } else {
            return false;
        }
    }
    return digit;
}

bool looksLike(CsvType type, const QString& text) {
    if (text.isEmpty())
        return true;
    const qsizetype sign = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    switch (type) {
    case CsvType::Integer:
        return digitsFrom(text, sign, false);
    case CsvType::Decimal:
        return digitsFrom(text, sign, true);
    case CsvType::Date:
        return text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
               QDate::fromString(text, Qt::ISODate).isValid();
    case CsvType::Boolean:
        return text == QLatin1String("0") || text == QLatin1String("1");
    case CsvType::Text:
        return false;
    }
    return false;
}

void appendCell(QByteArray& out, const QString& cell) {
    const QByteArray bytes = cell.toUtf8();
    bool quote = false;
    for (const char c : bytes) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += bytes;
        return;
    }
    out += '"';
    for (const char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

bool digitsFrom(std::string_view text, std::size_t from, bool allowPoint) {
    bool point = false;
    bool digit = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (allowPoint && c == '.' && !point && digit) {
            point = true;
            digit = false;
        } else {
            return false;
        }
    }
    return digit;
}

// looksLike() on UTF-8 bytes.
bool looksLike(CsvType type, std::string_view text) {
    if (text.empty())
        return true;
    const std::size_t sign = text.front() == '-' ? 1 : 0;
    switch (type) {
    case CsvType::Integer:
        return digitsFrom(text, sign, false);
    case CsvType::Decimal:
        return digitsFrom(text, sign, true);
    case CsvType::Date:
        return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
               QDate::fromString(QLatin1StringView(text.data(), 10), Qt::ISODate).isValid();
    case CsvType::Boolean:
        return text == "0" || text == "1";
    case CsvType::Text:
        return false;
    }
    return false;
}

bool startsDangerously(std::string_view text) {
    if (text.empty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

// appendCell() on UTF-8 bytes, neutralising as appendCsvRecord() does, written at `out`, which has room
// for 2 × size + 3 bytes (every byte a quote, the apostrophe, the enclosing quotes). Returns the new end.
char* writeUtf8Cell(char* out, std::string_view cell, CsvType type) {
    const bool neutralise = startsDangerously(cell) && !(type != CsvType::Text && looksLike(type, cell));
    bool quote = false;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise)
            *out++ = '\'';
        std::memcpy(out, cell.data(), cell.size());
        return out + cell.size();
    }
    *out++ = '"';
    if (neutralise)
        *out++ = '\'';
    for (const char c : cell) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

} // namespace

QString csvTypeCode(CsvType type) {
    switch (type) {
    case CsvType::Text:
        return QStringLiteral("text");
    case CsvType::Integer:
        return QStringLiteral("integer");
    case CsvType::Decimal:
        return QStringLiteral("decimal");
    case CsvType::Date:
        return QStringLiteral("date");
    case CsvType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

bool needsNeutralising(const QString& text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString neutraliseCell(const QString& text) {
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

void appendCsvRecord(QByteArray& out, const QStringList& cells, const std::vector<CsvColumn>* columns) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString& cell = cells.at(i);
        const bool typed = columns && i < static_cast<qsizetype>(columns->size()) &&
                           looksLike((*columns)[static_cast<std::size_t>(i)].type, cell);
        appendCell(out, typed ? cell : neutraliseCell(cell));
    }
    out += "\r\n";
}

QByteArray csvDocument(const std::vector<CsvColumn>& columns, const std::vector<QStringList>& rows) {
    QByteArray out = kBom;
    QStringList header;
    for (const CsvColumn& column : columns)
        header << column.code;
    appendCsvRecord(out, header);
    for (const QStringList& row : rows)
        appendCsvRecord(out, row, &columns);
    return out;
}

CsvFileWriter::CsvFileWriter(QString path, std::vector<CsvColumn> columns)
    : m_path(std::move(path))
    , m_columns(std::move(columns)) {}

CsvFileWriter::~CsvFileWriter() {
    cancel();
}

Error CsvFileWriter::fileError() const {
    const QString where = QDir::toNativeSeparators(m_path);
    if (m_file && m_file->error() == QFileDevice::ResourceError)
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "CsvWriter", "Cannot write %1: the disk is full. Free some space and try "
                                          "again; nothing was written.")
                             .arg(where));
    if (!isWritableFolder(QFileInfo(m_path).absolutePath()))
        return makeError(ErrorCode::ReadOnlyLocation,
                         QCoreApplication::translate(
                             "CsvWriter", "Cannot write %1: the folder does not exist or is read-only. "
                                          "Choose a folder you can write to.")
                             .arg(where));
    return makeError(ErrorCode::Io, QCoreApplication::translate("CsvWriter", "Cannot write %1: %2.")
                                        .arg(where, m_file ? m_file->errorString() : QString()));
}

Status CsvFileWriter::open() {
    if (!isWritableFolder(QFileInfo(m_path).absolutePath()))
        return fileError();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fileError();
    m_buffer.reserve(kFlushSize + 64 * 1024);
    m_buffer.append(kBom);
    QStringList header;
    for (const CsvColumn& column : m_columns)
        header << column.code;
    appendCsvRecord(m_buffer, header);
    return {};
}

Status CsvFileWriter::flushBuffer() {
    if (m_buffer.isEmpty())
        return {};
    if (m_file->write(m_buffer) != m_buffer.size())
        return fileError();
    m_buffer.resize(0); // keeps the capacity for the next megabyte
    return {};
}

Status CsvFileWriter::writeRow(const QStringList& cells) {
    appendCsvRecord(m_buffer, cells, &m_columns);
    ++m_rows;
    if (m_buffer.size() >= kFlushSize)
        return flushBuffer();
    return {};
}

Status CsvFileWriter::writeRow(const std::string_view* cells) {
    // Room for the worst case first, then plain pointer writes: no per-byte append calls.
    const std::size_t count = m_columns.size();
    std::size_t bound = count + 2;
    for (std::size_t i = 0; i < count; ++i)
        bound += 2 * cells[i].size() + 3;
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + static_cast<qsizetype>(bound));
    char* const begin = m_buffer.data() + start;
    char* out = begin;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            *out++ = ',';
        out = writeUtf8Cell(out, cells[i], m_columns[i].type);
    }
    *out++ = '\r';
    *out++ = '\n';
    m_buffer.resize(start + (out - begin));
    ++m_rows;
    if (m_buffer.size() >= kFlushSize)
        return flushBuffer();
    return {};
}

Status CsvFileWriter::commit() {
    if (!m_file)
        return fileError();
    if (auto flushed = flushBuffer(); !flushed)
        return flushed;
    // QSaveFile writes to a temporary file beside the target, syncs it and renames it over the target.
    if (!m_file->commit()) {
        Error error = fileError();
        m_file.reset();
        return error;
    }
    m_file.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void CsvFileWriter::cancel() {
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    m_buffer.clear();
}

QString dataDictionaryPath(const QString& exportPath) {
    const QFileInfo info(exportPath);
    const QString base = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + QStringLiteral(".dictionary.csv"));
}

Status writeDataDictionary(const QString& exportPath, const std::vector<CsvColumn>& columns) {
    const std::vector<CsvColumn> dictionaryColumns{
        {QStringLiteral("column"), CsvType::Text, QStringLiteral("Mã cột"), QStringLiteral("Column code")},
        {QStringLiteral("type"), CsvType::Text, QStringLiteral("Kiểu dữ liệu"), QStringLiteral("Data type")},
        {QStringLiteral("description_vi"), CsvType::Text, QStringLiteral("Mô tả (tiếng Việt)"),
         QStringLiteral("Description (Vietnamese)")},
        {QStringLiteral("description_en"), CsvType::Text, QStringLiteral("Mô tả (tiếng Anh)"),
         QStringLiteral("Description (English)")}};
    std::vector<QStringList> rows;
    for (const CsvColumn& column : columns)
        rows.push_back({column.code, csvTypeCode(column.type), column.descriptionVi, column.descriptionEn});
    return writeFileAtomically(dataDictionaryPath(exportPath), csvDocument(dictionaryColumns, rows));
}

} // namespace legalaid::exchange
