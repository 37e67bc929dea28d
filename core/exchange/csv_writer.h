#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <memory>
#include <string_view>
#include <vector>

namespace legalaid::exchange {

// What a column holds: text is neutralised against formula injection, numbers and dates are written as they
// are (and neutralised too if they are not what they claim to be).
enum class CsvType { Text, Integer, Decimal, Date, Boolean };

[[nodiscard]] QString csvTypeCode(CsvType type); // text, integer, decimal, date (ISO 8601), boolean

// One column of an export: a stable snake_case code for the header, and what it means in both languages
// (the data dictionary written beside the file).
struct CsvColumn {
    QString code;
    CsvType type = CsvType::Text;
    QString descriptionVi;
    QString descriptionEn;
};

// A spreadsheet runs a cell that starts with = + - @, tab or CR as a formula (CWE-1236); such text is written
// with a leading apostrophe, which Excel and LibreOffice show as text and do not evaluate.
[[nodiscard]] QString neutraliseCell(const QString& text);
[[nodiscard]] bool needsNeutralising(const QString& text);

// One record as RFC 4180 text with the CRLF: cells with a comma, quote, CR or LF are quoted, quotes doubled.
// `columns` (optional, same length) says which cells are numbers or dates; every other cell is neutralised.
void appendCsvRecord(QByteArray& out, const QStringList& cells,
                     const std::vector<CsvColumn>* columns = nullptr);

// The bytes of a whole small CSV file: BOM, header of codes, records.
[[nodiscard]] QByteArray csvDocument(const std::vector<CsvColumn>& columns,
                                     const std::vector<QStringList>& rows);

// Streams a CSV file (UTF-8 with BOM, CRLF) into a temporary file beside `path` and renames it over `path`
// only on commit(), so a reader never sees half a file and a cancelled or failed export leaves nothing
// behind. The finished file is readable by its owner only.
class CsvFileWriter {
public:
    CsvFileWriter(QString path, std::vector<CsvColumn> columns);
    ~CsvFileWriter(); // discards the temporary file unless committed
    CsvFileWriter(const CsvFileWriter&) = delete;
    CsvFileWriter& operator=(const CsvFileWriter&) = delete;

    [[nodiscard]] Status open(); // writes the BOM and the header
    [[nodiscard]] Status writeRow(const QStringList& cells);
    // The same from UTF-8 cells, one per column (the record-level exports' hot path: no QString).
    [[nodiscard]] Status writeRow(const std::string_view* cells);
    [[nodiscard]] Status commit();
    void cancel();
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }
    [[nodiscard]] const std::vector<CsvColumn>& columns() const { return m_columns; }

private:
    [[nodiscard]] Status flushBuffer();
    [[nodiscard]] Error fileError() const;

    QString m_path;
    std::vector<CsvColumn> m_columns;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

// The data dictionary of an export: `<export>.dictionary.csv` beside it (column, type, description_vi,
// description_en), written atomically.
[[nodiscard]] QString dataDictionaryPath(const QString& exportPath);
[[nodiscard]] Status writeDataDictionary(const QString& exportPath, const std::vector<CsvColumn>& columns);

} // namespace legalaid::exchange
