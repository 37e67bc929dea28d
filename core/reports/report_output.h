#pragma once

#include "common/result.h"
#include "documents/official_document.h"
#include "exchange/csv_writer.h"
#include "records/session.h"
#include "reports/report_service.h"

#include <QByteArray>
#include <QJsonObject>

namespace legalaid::reports {

// The report as JSON: the period (code, dates, cut-off), the compared periods and every row with its
// previous and yearly values.
[[nodiscard]] QJsonObject reportToJson(const Report& report);

// The report as CSV rows: one per indicator and key, with the previous period and each compared year.
[[nodiscard]] std::vector<exchange::CsvColumn> reportCsvColumns(const Report& report);
[[nodiscard]] std::vector<QStringList> reportCsvRows(const Report& report);

// The printed report (Decree 30 frame, a table per section, landscape when years are compared).
[[nodiscard]] documents::OfficialDocument reportDocument(const Report& report, const Session& session);

// Writes the report's CSV (UTF-8 with BOM, CRLF) atomically and its data dictionary beside it; audited.
[[nodiscard]] Status exportReportCsv(Session& session, const Report& report, const QString& path);
// Writes the report's JSON (reportToJson, indented UTF-8) atomically; audited.
[[nodiscard]] Status exportReportJson(Session& session, const Report& report, const QString& path);
// Renders the report to PDF at `path` (atomically); audited as a print. Needs a QGuiApplication.
[[nodiscard]] Result<int> printReportPdf(Session& session, const Report& report, const QString& path);

} // namespace legalaid::reports
