#include "reports/report_output.h"

#include "common/atomic_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QObject>

namespace legalaid::reports {

namespace {

QString number(double value, const QString& unit) {
    if (unit == QLatin1String("count"))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'f', 1);
}

QJsonObject periodJson(const ReportPeriod& period, const QString& language) {
    return QJsonObject{{QStringLiteral("code"), period.code()},
                       {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                       {QStringLiteral("cutoff"), cutoffCode(period.cutoff)},
                       {QStringLiteral("label"), period.label(language)}};
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QJsonObject reportToJson(const Report& report) {
    QJsonObject json;
    json.insert(QStringLiteral("period"), periodJson(report.period, report.language));
    if (report.previousPeriod)
        json.insert(QStringLiteral("previous_period"), periodJson(*report.previousPeriod, report.language));
    QJsonArray years;
    for (const int year : report.years)
        years.append(year);
    json.insert(QStringLiteral("compared_years"), years);
    json.insert(QStringLiteral("language"), report.language);
    json.insert(QStringLiteral("computed_at"), report.computedAt.toString(Qt::ISODate));
    // How long the computation took, whole and per grouped pass: the speed benchmark reads it (issue 7).
    QJsonObject passes;
    for (const auto& [pass, millis] : report.millisByPass)
        passes.insert(pass, millis);
    json.insert(QStringLiteral("milliseconds"), QJsonObject{{QStringLiteral("total"), report.millisTotal},
                                                            {QStringLiteral("passes"), passes}});
    QJsonArray rows;
    for (const ReportRow& row : report.rows) {
        QJsonObject item{{QStringLiteral("code"), row.code},   {QStringLiteral("section"), row.section},
                         {QStringLiteral("label"), row.label}, {QStringLiteral("dimension"), row.dimension},
                         {QStringLiteral("key"), row.key},     {QStringLiteral("key_label"), row.keyLabel},
                         {QStringLiteral("unit"), row.unit},   {QStringLiteral("value"), row.value}};
        if (row.previous)
            item.insert(QStringLiteral("previous"), *row.previous);
        if (!row.years.empty()) {
            QJsonObject byYear;
            for (const auto& [year, value] : row.years)
                byYear.insert(QString::number(year), value);
            item.insert(QStringLiteral("years"), byYear);
        }
        if (!row.recordIds.empty()) {
            QJsonArray ids;
            for (const qint64 id : row.recordIds)
                ids.append(id);
            item.insert(QStringLiteral("record_type"), row.recordType);
            item.insert(QStringLiteral("record_ids"), ids);
        }
        rows.append(item);
    }
    json.insert(QStringLiteral("rows"), rows);
    return json;
}

std::vector<exchange::CsvColumn> reportCsvColumns(const Report& report) {
    using exchange::CsvType;
    std::vector<exchange::CsvColumn> columns{
        {QStringLiteral("period"), CsvType::Text, QStringLiteral("Kỳ báo cáo"),
         QStringLiteral("Reporting period")},
        {QStringLiteral("period_from"), CsvType::Date, QStringLiteral("Ngày đầu kỳ"),
         QStringLiteral("First day")},
        {QStringLiteral("period_to"), CsvType::Date, QStringLiteral("Ngày cuối kỳ"),
         QStringLiteral("Last day")},
        {QStringLiteral("indicator"), CsvType::Text, QStringLiteral("Mã chỉ tiêu"),
         QStringLiteral("Indicator code")},
        {QStringLiteral("section"), CsvType::Text, QStringLiteral("Nhóm chỉ tiêu"),
         QStringLiteral("Section")},
        {QStringLiteral("indicator_label"), CsvType::Text, QStringLiteral("Tên chỉ tiêu"),
         QStringLiteral("Indicator")},
        {QStringLiteral("breakdown"), CsvType::Text, QStringLiteral("Tiêu chí phân tổ"),
         QStringLiteral("Breakdown")},
        {QStringLiteral("key"), CsvType::Text, QStringLiteral("Mã nhóm (trống: tổng số)"),
         QStringLiteral("Group code (empty: total)")},
        {QStringLiteral("key_label"), CsvType::Text, QStringLiteral("Tên nhóm"), QStringLiteral("Group")},
        {QStringLiteral("unit"), CsvType::Text, QStringLiteral("Đơn vị tính: count, percent, days"),
         QStringLiteral("Unit: count, percent, days")},
        {QStringLiteral("value"), CsvType::Decimal, QStringLiteral("Giá trị trong kỳ"),
         QStringLiteral("Value in the period")},
    };
    if (report.previousPeriod) {
        columns.push_back({QStringLiteral("previous_value"), CsvType::Decimal,
                           QStringLiteral("Giá trị kỳ trước"),
                           QStringLiteral("Value in the previous period")});
        columns.push_back({QStringLiteral("change"), CsvType::Decimal,
                           QStringLiteral("Tăng (+), giảm (-) so với kỳ trước"),
                           QStringLiteral("Change against the previous period")});
    }
    for (const int year : report.years)
        columns.push_back({QStringLiteral("value_%1").arg(year), CsvType::Decimal,
                           QStringLiteral("Giá trị cùng kỳ năm %1").arg(year),
                           QStringLiteral("Value in the same period of %1").arg(year)});
    return columns;
}

std::vector<QStringList> reportCsvRows(const Report& report) {
    std::vector<QStringList> rows;
    for (const ReportRow& row : report.rows) {
        QStringList cells{report.period.code(),
                          report.period.from.toString(Qt::ISODate),
                          report.period.to.toString(Qt::ISODate),
                          row.code,
                          row.section,
                          row.label,
                          row.dimension,
                          row.key,
                          row.keyLabel,
                          row.unit,
                          number(row.value, row.unit)};
        if (report.previousPeriod) {
            const double previous = row.previous.value_or(0);
            cells << number(previous, row.unit) << number(row.value - previous, row.unit);
        }
        for (const int year : report.years) {
            const auto found = row.years.find(year);
            cells << number(found == row.years.end() ? 0 : found->second, row.unit);
        }
        rows.push_back(cells);
    }
    return rows;
}

documents::OfficialDocument reportDocument(const Report& report, const Session& session) {
    const bool en = report.language == QLatin1String("en");
    documents::OfficialDocument document;
    const bool wide = report.years.size() > 2;
    document.setOrientation(wide ? QPageLayout::Landscape : QPageLayout::Portrait)
        .setIssuer(session.centre().parentAgency, session.centre().name)
        .setPlaceDate(session.centre().placeName, report.computedAt.date())
        .setTitle(en ? QStringLiteral("REPORT ON LEGAL AID FOR VICTIMS OF HUMAN TRAFFICKING")
                     : QStringLiteral("BÁO CÁO KẾT QUẢ TRỢ GIÚP PHÁP LÝ CHO NẠN NHÂN MUA BÁN NGƯỜI"),
                  report.period.label(report.language))
        .setPrintMark({session.user().fullName.isEmpty() ? session.user().name : session.user().fullName,
                       QDateTime::currentDateTime(), false})
        .setDocumentTitle(QStringLiteral("report-") + report.period.code());

    QString html;
    QString currentSection;
    const QString header = [&] {
        QString cells = QStringLiteral("<th>%1</th><th>%2</th>")
                            .arg(en ? QStringLiteral("Indicator") : QStringLiteral("Chỉ tiêu"),
                                 en ? QStringLiteral("This period") : QStringLiteral("Kỳ này"));
        if (report.previousPeriod)
            cells += QStringLiteral("<th>%1</th>")
                         .arg(en ? QStringLiteral("Previous period") : QStringLiteral("Kỳ trước"));
        for (const int year : report.years)
            cells += QStringLiteral("<th>%1</th>").arg(year);
        return QStringLiteral("<tr>") + cells + QStringLiteral("</tr>");
    }();
    QString lastCode;
    for (const ReportRow& row : report.rows) {
        if (row.section != currentSection) {
            if (!currentSection.isEmpty())
                html += QStringLiteral("</table>");
            currentSection = row.section;
            html += QStringLiteral(
                        "<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                        .arg(escaped(sectionLabel(row.section, report.language))) +
                    header;
        }
        QString name;
        if (row.code != lastCode && row.dimension == QLatin1String("total"))
            name = QStringLiteral("<b>%1</b>").arg(escaped(row.label));
        else if (row.code != lastCode)
            name = QStringLiteral("<b>%1</b><br/>&nbsp;&nbsp;– %2")
                       .arg(escaped(row.label), escaped(row.keyLabel));
        else
            name = QStringLiteral("&nbsp;&nbsp;– %1").arg(escaped(row.keyLabel));
        lastCode = row.code;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>")
                    .arg(name, number(row.value, row.unit));
        if (report.previousPeriod)
            html +=
                QStringLiteral("<td align=\"right\">%1</td>").arg(number(row.previous.value_or(0), row.unit));
        for (const int year : report.years) {
            const auto found = row.years.find(year);
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(number(found == row.years.end() ? 0 : found->second, row.unit));
        }
        html += QStringLiteral("</tr>");
    }
    if (!currentSection.isEmpty())
        html += QStringLiteral("</table>");
    document.appendBodyHtml(html);
    document.setSignature(en ? QStringLiteral("DIRECTOR") : QStringLiteral("GIÁM ĐỐC"), QString());
    return document;
}

Status exportReportCsv(Session& session, const Report& report, const QString& path) {
    const auto columns = reportCsvColumns(report);
    if (auto written = writeFileAtomically(path, exchange::csvDocument(columns, reportCsvRows(report)));
        !written)
        return written;
    if (auto dictionary = exchange::writeDataDictionary(path, columns); !dictionary)
        return dictionary;
    return session.audit(session.event(QStringLiteral("report.export"), QStringLiteral("report"),
                                       report.period.code(),
                                       QStringLiteral("format=csv rows=%1").arg(report.rows.size())));
}

Status exportReportJson(Session& session, const Report& report, const QString& path) {
    if (auto written =
            writeFileAtomically(path, QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented));
        !written)
        return written;
    return session.audit(session.event(QStringLiteral("report.export"), QStringLiteral("report"),
                                       report.period.code(),
                                       QStringLiteral("format=json rows=%1").arg(report.rows.size())));
}

Result<int> printReportPdf(Session& session, const Report& report, const QString& path) {
    auto rendered = documents::renderPdf(reportDocument(report, session));
    if (!rendered)
        return rendered.error();
    if (auto written = writeFileAtomically(path, rendered->pdf); !written)
        return written.error();
    if (auto audited = session.audit(session.event(QStringLiteral("report.print"), QStringLiteral("report"),
                                                   report.period.code(),
                                                   QStringLiteral("pages=%1").arg(rendered->pageCount)));
        !audited)
        return audited.error();
    return rendered->pageCount;
}

} // namespace legalaid::reports
