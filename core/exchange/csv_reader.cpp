#include "exchange/csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace legalaid::exchange {

namespace {

Error malformed(qsizetype line, const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("CsvReader", "The CSV file is not valid at line %1: %2.")
                         .arg(line)
                         .arg(what));
}

} // namespace

Result<std::vector<QStringList>> parseCsv(const QByteArray& bytes, const CsvLimits& limits,
                                          std::vector<qsizetype>* recordLines) {
    if (bytes.size() > limits.maxBytes)
        return malformed(1, QCoreApplication::translate("CsvReader", "the file is too large"));
    QByteArrayView input(bytes);
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3);

    std::vector<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype line = 1;
    qsizetype recordLine = 1;
    bool fieldStarted = false; // anything (even an empty quoted field) seen on this record

    const auto decode = [&](const QByteArray& raw, QString& out) -> bool {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        out = decoder.decode(raw);
        return !decoder.hasError();
    };
    const auto endField = [&]() -> Status {
        if (record.size() >= limits.maxFields)
            return malformed(recordLine, QCoreApplication::translate("CsvReader", "too many fields"));
        QString text;
        if (!decode(field, text))
            return malformed(recordLine, QCoreApplication::translate("CsvReader", "the text is not UTF-8"));
        record.append(text);
        field.clear();
        return {};
    };
    const auto endRecord = [&]() {
        records.push_back(std::move(record));
        if (recordLines)
            recordLines->push_back(recordLine);
        record = QStringList();
        fieldStarted = false;
    };

    const qsizetype size = input.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = input[i];
        if (c == '"') {
            if (!field.isEmpty())
                return malformed(line, QCoreApplication::translate(
                                           "CsvReader", "a quote inside a field that is not quoted"));
            // A quoted field: up to the closing quote, "" standing for one quote.
            const qsizetype opened = line;
            ++i;
            bool closed = false;
            while (i < size) {
                const char q = input[i];
                if (q == '"') {
                    if (i + 1 < size && input[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == '\n' || (q == '\r' && !(i + 1 < size && input[i + 1] == '\n')))
                    ++line;
                field += q;
                ++i;
                if (field.size() > limits.maxFieldBytes)
                    return malformed(opened, QCoreApplication::translate("CsvReader", "a field is too long"));
            }
            if (!closed)
                return malformed(opened, QCoreApplication::translate("CsvReader", "a quote is never closed"));
            fieldStarted = true;
            // Only a separator or the end of the record may follow.
            if (i < size && input[i] != ',' && input[i] != '\r' && input[i] != '\n')
                return malformed(line,
                                 QCoreApplication::translate("CsvReader", "text after a closing quote"));
            continue;
        }
        if (c == ',') {
            if (auto ended = endField(); !ended)
                return ended.error();
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (auto ended = endField(); !ended)
                return ended.error();
            endRecord();
            i += (c == '\r' && i + 1 < size && input[i + 1] == '\n') ? 2 : 1;
            ++line;
            recordLine = line;
            continue;
        }
        field += c;
        fieldStarted = true;
        if (field.size() > limits.maxFieldBytes)
            return malformed(line, QCoreApplication::translate("CsvReader", "a field is too long"));
        ++i;
    }
    // The last record, when the file does not end with a line break.
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        if (auto ended = endField(); !ended)
            return ended.error();
        endRecord();
    }
    return records;
}

} // namespace legalaid::exchange
