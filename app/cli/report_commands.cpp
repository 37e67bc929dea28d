// report run|coverage|print: the periodic report (core/reports).
#include "command.h"
#include "common/atomic_file.h"
#include "common/translations.h"
#include "domain/person_catalogues.h"
#include "reports/report_output.h"
#include "reports/report_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

using namespace legalaid::reports;

QString s(const char* text) {
    return QString::fromLatin1(text);
}

QString language(const Arguments& args) {
    const QString chosen = args.option(s("lang"));
    return chosen.isEmpty() ? languageFromLocale() : chosen;
}

// --period P [--cutoff calendar|decree09]
Result<ReportPeriod> periodOption(const Arguments& args) {
    auto text = requiredOption(args, s("period"));
    if (!text)
        return text.error();
    Cutoff cutoff = Cutoff::Calendar;
    if (args.options.contains(s("cutoff"))) {
        auto chosen = cutoffFromCode(args.option(s("cutoff")));
        if (!chosen)
            return chosen.error();
        cutoff = *chosen;
    }
    return parsePeriod(*text, cutoff);
}

Result<ReportOptions> reportOptions(const Arguments& args) {
    ReportOptions options;
    options.language = language(args);
    if (args.options.contains(s("compare-years"))) {
        auto years = parseYearRange(args.option(s("compare-years")));
        if (!years)
            return years.error();
        options.compareYears = *years;
    }
    options.withRecordIds = args.flags.contains(s("drill-down"));
    return options;
}

QString formatValue(double value, const QString& unit) {
    if (unit == QLatin1String("count"))
        return QString::number(static_cast<qint64>(value));
    if (unit == QLatin1String("percent"))
        return QString::number(value, 'f', 1) + QLatin1Char('%');
    return QString::number(value, 'f', 1);
}

// The report as the lines the terminal shows.
QStringList reportLines(const Report& report) {
    QStringList lines;
    lines.append(report.period.label(report.language));
    if (report.previousPeriod)
        lines.append(QCoreApplication::translate("Cli", "Compared with: %1")
                         .arg(report.previousPeriod->label(report.language)));
    QString section;
    QString code;
    for (const ReportRow& row : report.rows) {
        if (row.section != section) {
            section = row.section;
            lines.append(QString());
            lines.append(QStringLiteral("== ") + sectionLabel(section, report.language));
        }
        QString line;
        if (row.code != code && row.dimension != QLatin1String("total"))
            lines.append(QStringLiteral("%1 [%2]").arg(row.label, row.code));
        if (row.dimension == QLatin1String("total"))
            line = QStringLiteral("%1 [%2]: %3").arg(row.label, row.code, formatValue(row.value, row.unit));
        else
            line = QStringLiteral("  - %1: %2").arg(row.keyLabel, formatValue(row.value, row.unit));
        code = row.code;
        if (row.previous)
            line +=
                QStringLiteral(" (") +
                QCoreApplication::translate("Cli", "previous: %1").arg(formatValue(*row.previous, row.unit)) +
                QLatin1Char(')');
        for (const auto& [year, value] : row.years)
            line += QStringLiteral(" | %1: %2").arg(year).arg(formatValue(value, row.unit));
        lines.append(line);
    }
    return lines;
}

void printReport(const Report& report, const Console& console) {
    for (const QString& line : reportLines(report))
        console.text(line);
}

int cmdReportRun(const Invocation& call) {
    auto period = periodOption(call.args);
    if (!period)
        return call.console.fail(period.error());
    auto options = reportOptions(call.args);
    if (!options)
        return call.console.fail(options.error());
    return withSession(call, [&](Session& session) {
        auto report = ReportService(session).compute(*period, *options);
        if (!report)
            return call.console.fail(report.error());
        if (call.args.options.contains(s("csv"))) {
            const QString path = call.args.option(s("csv"));
            if (auto written = exportReportCsv(session, *report, path); !written)
                return call.console.fail(written.error());
        }
        printReport(*report, call.console);
        call.console.result(reportToJson(*report));
        return 0;
    });
}

int cmdReportCoverage(const Invocation& call) {
    auto period = periodOption(call.args);
    if (!period)
        return call.console.fail(period.error());
    ReportOptions options;
    options.language = language(call.args);
    options.comparePrevious = false;
    options.sections = QStringList{s("coverage")};
    return withSession(call, [&](Session& session) {
        const ReportService service(session);
        auto report = service.compute(*period, options);
        if (!report)
            return call.console.fail(report.error());
        const auto value = [&](const char* code) {
            const ReportRow* row = report->find(QString::fromLatin1(code));
            return row ? row->value : 0.0;
        };
        QJsonObject json{{QStringLiteral("period"), period->code()},
                         {QStringLiteral("from"), period->from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), period->to.toString(Qt::ISODate)},
                         {QStringLiteral("known"), static_cast<qint64>(value("coverage_known"))},
                         {QStringLiteral("aided"), static_cast<qint64>(value("coverage_aided"))},
                         {QStringLiteral("not_aided"), static_cast<qint64>(value("coverage_not_aided"))},
                         {QStringLiteral("percent"), value("coverage_percent")}};
        // The list is restricted: fetch it before printing anything, so a refusal prints only the error.
        std::optional<std::vector<CoverageGap>> gaps;
        if (call.args.flags.contains(s("list"))) {
            auto fetched = service.coverageGaps(*period);
            if (!fetched)
                return call.console.fail(fetched.error());
            gaps = std::move(fetched).value();
        }
        call.console.text(period->label(report->language));
        call.console.text(
            QCoreApplication::translate("Cli", "Known in the period: %1; received legal aid: %2 (%3%); "
                                               "not yet: %4.")
                .arg(static_cast<qint64>(value("coverage_known")))
                .arg(static_cast<qint64>(value("coverage_aided")))
                .arg(QString::number(value("coverage_percent"), 'f', 1))
                .arg(static_cast<qint64>(value("coverage_not_aided"))));
        if (gaps) {
            QJsonArray people;
            for (const CoverageGap& gap : *gaps) {
                people.append(QJsonObject{{QStringLiteral("id"), gap.personId},
                                          {QStringLiteral("full_name"), gap.fullName},
                                          {QStringLiteral("category"), gap.category},
                                          {QStringLiteral("identification_status"), gap.currentStatus},
                                          {QStringLiteral("province"), gap.provinceCode},
                                          {QStringLiteral("known_on"), gap.knownOn.toString(Qt::ISODate)}});
                call.console.text(QStringLiteral("%1\t%2\t%3\t%4")
                                      .arg(gap.personId)
                                      .arg(gap.fullName,
                                           personCatalogueLabel(PersonCatalogue::Category, gap.category),
                                           gap.knownOn.toString(Qt::ISODate)));
            }
            json.insert(QStringLiteral("not_aided_people"), people);
        }
        call.console.result(json);
        return 0;
    });
}

int cmdReportPrint(const Invocation& call) {
    auto period = periodOption(call.args);
    if (!period)
        return call.console.fail(period.error());
    auto options = reportOptions(call.args);
    if (!options)
        return call.console.fail(options.error());
    auto out = requiredOption(call.args, s("out"));
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        auto report = ReportService(session).compute(*period, *options);
        if (!report)
            return call.console.fail(report.error());
        auto pages = printReportPdf(session, *report, *out);
        if (!pages)
            return call.console.fail(pages.error());
        call.console.text(QCoreApplication::translate("Cli", "Printed the report for %1 to %2 (%3 pages).")
                              .arg(period->code(), QDir::toNativeSeparators(*out))
                              .arg(*pages));
        call.console.result(QJsonObject{{QStringLiteral("path"), *out},
                                        {QStringLiteral("pages"), *pages},
                                        {QStringLiteral("period"), period->code()}});
        return 0;
    });
}

// report --period P [--format text|json|csv|pdf] [--out F]: the report in the form asked for, on the terminal
// (text, json) or into a file (any; csv and pdf need one). Files are written atomically and audited.
int cmdReport(const Invocation& call) {
    auto period = periodOption(call.args);
    if (!period)
        return call.console.fail(period.error());
    auto options = reportOptions(call.args);
    if (!options)
        return call.console.fail(options.error());
    const QString format =
        call.args.options.contains(s("format")) ? call.args.option(s("format")) : s("text");
    const QString out = call.args.option(s("out"));
    const QStringList formats{s("text"), s("json"), s("csv"), s("pdf")};
    if (!formats.contains(format))
        return call.console.usage(
            QCoreApplication::translate("Cli", "Unknown report format \"%1\"; use text, json, csv or pdf.")
                .arg(format));
    if (out.isEmpty() && (format == QLatin1String("csv") || format == QLatin1String("pdf")))
        return call.console.usage(
            QCoreApplication::translate("Cli", "A %1 report is a file: add --out FILE.").arg(format));
    return withSession(call, [&](Session& session) {
        auto report = ReportService(session).compute(*period, *options);
        if (!report)
            return call.console.fail(report.error());
        if (out.isEmpty()) {
            if (format == QLatin1String("json"))
                call.console.text(QString::fromUtf8(QJsonDocument(reportToJson(*report)).toJson()));
            else
                printReport(*report, call.console);
            call.console.result(reportToJson(*report));
            return 0;
        }
        Status written;
        int pages = 0;
        if (format == QLatin1String("pdf")) {
            auto printed = printReportPdf(session, *report, out);
            if (printed)
                pages = *printed;
            else
                written = printed.error();
        } else if (format == QLatin1String("csv")) {
            written = exportReportCsv(session, *report, out);
        } else if (format == QLatin1String("json")) {
            written = exportReportJson(session, *report, out);
        } else {
            written = writeFileAtomically(
                out, (reportLines(*report).join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            if (written)
                written = session.audit(session.event(s("report.export"), s("report"), period->code(),
                                                      s("format=text rows=%1").arg(report->rows.size())));
        }
        if (!written)
            return call.console.fail(written.error());
        call.console.text(QCoreApplication::translate("Cli", "Wrote the report for %1 to %2.")
                              .arg(period->code(), QDir::toNativeSeparators(out)));
        QJsonObject result{{QStringLiteral("path"), out},
                           {QStringLiteral("format"), format},
                           {QStringLiteral("period"), period->code()},
                           {QStringLiteral("rows"), static_cast<qint64>(report->rows.size())}};
        if (pages > 0)
            result.insert(QStringLiteral("pages"), pages);
        call.console.result(result);
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> reportCommands() {
    return {
        {{s("report")},
         0,
         0,
         {s("period"), s("cutoff"), s("compare-years"), s("format"), s("out")},
         {s("drill-down")},
         s("report --period 2027|2027-H1|2027-Q3|FROM..TO [--cutoff calendar|decree09] "
           "[--compare-years 2026..2030] [--format text|json|csv|pdf] [--out FILE] [--drill-down]"),
         cmdReport},
        {{s("report"), s("run")},
         0,
         0,
         {s("period"), s("cutoff"), s("compare-years"), s("csv")},
         {s("drill-down")},
         s("report run --period 2027|2027-H1|2027-Q3|FROM..TO [--cutoff calendar|decree09] "
           "[--compare-years 2026..2030] [--csv FILE] [--drill-down] [--json]"),
         cmdReportRun},
        {{s("report"), s("coverage")},
         0,
         0,
         {s("period"), s("cutoff")},
         {s("list")},
         s("report coverage --period P [--cutoff calendar|decree09] [--list] [--json]"),
         cmdReportCoverage},
        {{s("report"), s("print")},
         0,
         0,
         {s("period"), s("cutoff"), s("compare-years"), s("out")},
         {},
         s("report print --period P [--cutoff calendar|decree09] [--compare-years 2026..2030] --out "
           "FILE.pdf"),
         cmdReportPrint},
    };
}

} // namespace legalaid::cli
