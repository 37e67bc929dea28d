// export cases|people|referrals|activities|htcds: record-level CSV for upward reporting, and
// import directory F.csv: organisations and providers from another centre's list (core/exchange).
#include "command.h"
#include "exchange/directory_import.h"
#include "exchange/export_service.h"
#include "reports/report_period.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <algorithm>

namespace legalaid::cli {

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

QJsonObject smallCellJson(const exchange::SmallCellReport& report) {
    QJsonObject columns;
    for (const auto& each : report.cellsGeneralised)
        columns.insert(each.column, each.cells);
    return QJsonObject{{QStringLiteral("applied"), report.applied},
                       {QStringLiteral("k"), report.k},
                       {QStringLiteral("combinations_below_k"), report.combinationsBelowK},
                       {QStringLiteral("cells_generalised"), report.totalCellsGeneralised()},
                       {QStringLiteral("cells_generalised_by_column"), columns},
                       {QStringLiteral("rows_generalised"), report.rowsGeneralised},
                       {QStringLiteral("rows_suppressed"), report.rowsSuppressed}};
}

// No --period: every record (the export of the whole history).
Result<reports::ReportPeriod> periodOption(const Invocation& call) {
    if (!call.args.options.contains(s("period")))
        return exchange::wholeHistory();
    reports::Cutoff cutoff = reports::Cutoff::Calendar;
    if (call.args.options.contains(s("cutoff"))) {
        auto chosen = reports::cutoffFromCode(call.args.option(s("cutoff")));
        if (!chosen)
            return chosen.error();
        cutoff = *chosen;
    }
    return reports::parsePeriod(call.args.option(s("period")), cutoff);
}

int cmdExport(const Invocation& call, exchange::ExportKind kind) {
    auto period = periodOption(call);
    if (!period)
        return call.console.fail(period.error());
    auto k = integerOption(call.args, s("k"));
    if (!k)
        return call.console.fail(k.error());
    auto out = requiredOption(call.args, s("out"));
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        exchange::ExportOptions options;
        options.identified = call.args.flags.contains(s("full")) || call.args.flags.contains(s("identified"));
        if (*k)
            options.k = static_cast<int>(std::clamp<qint64>(**k, -1, exchange::kMaxSmallCellK + 1));
        auto summary = exchange::ExportService(session).exportRecords(kind, *period, *out, options);
        if (!summary)
            return call.console.fail(summary.error());
        call.console.text((summary->anonymised
                               ? QCoreApplication::translate(
                                     "Cli", "Exported %1 anonymised rows to %2 (data dictionary: %3).")
                               : QCoreApplication::translate(
                                     "Cli", "Exported %1 rows WITH NAMES to %2 (data dictionary: %3). "
                                            "Keep this file confidential."))
                              .arg(summary->rows)
                              .arg(QDir::toNativeSeparators(summary->path),
                                   QDir::toNativeSeparators(summary->dictionaryPath)));
        if (summary->smallCell.applied)
            call.console.text(summary->smallCell.sentence());
        call.console.result(QJsonObject{{QStringLiteral("kind"), exchange::exportKindCode(kind)},
                                        {QStringLiteral("path"), summary->path},
                                        {QStringLiteral("dictionary"), summary->dictionaryPath},
                                        {QStringLiteral("rows"), summary->rows},
                                        {QStringLiteral("rows_read"), summary->rowsRead},
                                        {QStringLiteral("small_cell"), smallCellJson(summary->smallCell)},
                                        {QStringLiteral("anonymised"), summary->anonymised},
                                        {QStringLiteral("period"), period->code()},
                                        {QStringLiteral("seconds"), summary->seconds}});
        return 0;
    });
}

int cmdImportDirectory(const Invocation& call) {
    const QString path = call.positional().at(0);
    return withSession(call, [&](Session& session) {
        auto report = exchange::DirectoryImportService(session).importFile(path);
        if (!report)
            return call.console.fail(report.error());
        if (!report->errors.empty()) {
            // One line on stderr, as every error: the count, then each problem with its line number.
            QStringList problems;
            for (const exchange::ImportLineError& each : report->errors)
                problems << (each.line > 0 ? QCoreApplication::translate("Cli", "Line %1: %2")
                                                 .arg(each.line)
                                                 .arg(each.reason)
                                           : each.reason);
            const int problemCount = static_cast<int>(report->errors.size()); // lupdate misses a cast here
            return call.console.fail(makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("Cli", "Nothing was imported: the file has %n problem(s). %1",
                                            nullptr, problemCount)
                    .arg(problems.join(QLatin1Char(' ')))));
        }
        call.console.text(QCoreApplication::translate(
                              "Cli", "Imported %1 organisations and %2 providers into the directory.")
                              .arg(report->organisations)
                              .arg(report->providers));
        call.console.result(QJsonObject{{QStringLiteral("organisations"), report->organisations},
                                        {QStringLiteral("providers"), report->providers}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> exportCommands() {
    std::vector<CommandSpec> commands;
    for (const auto kind : {exchange::ExportKind::Cases, exchange::ExportKind::People,
                            exchange::ExportKind::Referrals, exchange::ExportKind::Activities}) {
        const QString word = exchange::exportKindCode(kind);
        commands.push_back(
            {{s("export"), word},
             0,
             0,
             {s("period"), s("cutoff"), s("out"), s("k")},
             {s("full"), s("identified")},
             QStringLiteral("export %1 --out FILE.csv [--period P] [--cutoff calendar|decree09] "
                            "[--k N] [--full]")
                 .arg(word),
             [kind](const Invocation& call) { return cmdExport(call, kind); }});
    }
    commands.push_back(
        {{s("export"), s("htcds")},
         0,
         0,
         {s("period"), s("cutoff"), s("out"), s("k")},
         {},
         QStringLiteral("export htcds --out FILE.csv [--period P] [--cutoff calendar|decree09] [--k N]"),
         [](const Invocation& call) { return cmdExport(call, exchange::ExportKind::Htcds); }});
    commands.push_back({{s("import"), s("directory")},
                        1,
                        1,
                        {},
                        {},
                        QStringLiteral("import directory FILE.csv"),
                        cmdImportDirectory});
    return commands;
}

} // namespace legalaid::cli
