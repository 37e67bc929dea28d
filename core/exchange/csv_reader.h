#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace legalaid::exchange {

struct CsvLimits {
    qsizetype maxBytes = qsizetype(512) * 1024 * 1024;
    qsizetype maxFields = 10000;       // per record
    qsizetype maxFieldBytes = 1 << 20; // per field
};

// Parses RFC 4180 CSV: an optional UTF-8 BOM, records ended by CRLF (LF or CR alone are accepted too), fields
// separated by commas, quoted fields with "" for a quote and line breaks inside. A final line break does not
// make an empty record; a blank line in the middle is a record of one empty field. Refused, with the line
// number: invalid UTF-8, a quote that is never closed, text after a closing quote, a quote inside an unquoted
// field, input beyond the limits. Linear time, no recursion: safe on any bytes.
// `recordLines`, when given, receives the line each record starts on (1-based), for error messages.
[[nodiscard]] Result<std::vector<QStringList>> parseCsv(const QByteArray& bytes, const CsvLimits& limits = {},
                                                        std::vector<qsizetype>* recordLines = nullptr);

} // namespace legalaid::exchange
