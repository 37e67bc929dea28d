// export cases|people|referrals|activities: record-level CSV for upward reporting (core/exchange).
#include "command.h"
#include "exchange/export_service.h"
#include "reports/report_period.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

int cmdExport(const Invocation& call, exchange::ExportKind kind) {
    auto periodText = requiredOption(call.args, s("period"));
    if (!periodText)
        return call.console.fail(periodText.error());
    reports::Cutoff cutoff = reports::Cutoff::Calendar;
    if (call.args.options.contains(s("cutoff"))) {
        auto chosen = reports::cutoffFromCode(call.args.option(s("cutoff")));
        if (!chosen)
            return call.console.fail(chosen.error());
        cutoff = *chosen;
    }
    auto period = reports::parsePeriod(*periodText, cutoff);
    if (!period)
        return call.console.fail(period.error());
    auto out = requiredOption(call.args, s("out"));
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        exchange::ExportOptions options;
        options.identified = call.args.flags.contains(s("identified"));
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
        call.console.result(QJsonObject{{QStringLiteral("kind"), exchange::exportKindCode(kind)},
                                        {QStringLiteral("path"), summary->path},
                                        {QStringLiteral("dictionary"), summary->dictionaryPath},
                                        {QStringLiteral("rows"), summary->rows},
                                        {QStringLiteral("anonymised"), summary->anonymised},
                                        {QStringLiteral("period"), period->code()},
                                        {QStringLiteral("seconds"), summary->seconds}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> exportCommands() {
    std::vector<CommandSpec> commands;
    for (const auto kind : {exchange::ExportKind::Cases, exchange::ExportKind::People,
                            exchange::ExportKind::Referrals, exchange::ExportKind::Activities}) {
        const QString word = exchange::exportKindCode(kind);
        commands.push_back({{s("export"), word},
                            0,
                            0,
                            {s("period"), s("cutoff"), s("out")},
                            {s("identified")},
                            QStringLiteral("export %1 --period P [--cutoff calendar|decree09] --out FILE.csv "
                                           "[--identified]")
                                .arg(word),
                            [kind](const Invocation& call) { return cmdExport(call, kind); }});
    }
    return commands;
}

} // namespace legalaid::cli
