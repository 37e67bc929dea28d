// The data generator: seed --people N --cases N --referrals N --events-per-case K --seed S.
#include "command.h"
#include "seed/seeder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace legalaid::cli {

namespace {

Result<qint64> sizeOption(const Arguments& args, const QString& name, qint64 fallback) {
    auto value = integerOption(args, name);
    if (!value)
        return value.error();
    if (!*value)
        return fallback;
    if (**value < 0 || **value > 100'000'000)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "--%1 must be a number from 0 upwards.").arg(name));
    return **value;
}

int cmdSeed(const Invocation& call) {
    seed::SeedOptions options;
    for (auto [target, name, fallback] :
         {std::tuple{&options.people, QStringLiteral("people"), qint64{0}},
          std::tuple{&options.cases, QStringLiteral("cases"), qint64{0}},
          std::tuple{&options.referrals, QStringLiteral("referrals"), qint64{0}},
          std::tuple{&options.activities, QStringLiteral("activities"), qint64{-1}}}) {
        auto value = sizeOption(call.args, name, fallback);
        if (!value)
            return call.console.fail(value.error());
        *target = *value;
    }
    auto events = sizeOption(call.args, QStringLiteral("events-per-case"), 0);
    if (!events)
        return call.console.fail(events.error());
    options.eventsPerCase = static_cast<int>(std::min<qint64>(*events, 1000));
    auto seedValue = sizeOption(call.args, QStringLiteral("seed"), 1);
    if (!seedValue)
        return call.console.fail(seedValue.error());
    options.seed = static_cast<quint64>(*seedValue);
    auto until = dateOption(call.args, QStringLiteral("until"));
    if (!until)
        return call.console.fail(until.error());
    if (*until)
        options.until = **until;
    // Progress goes to stderr: every committed batch with --progress, every 100,000 rows on a terminal.
    const bool everyBatch = call.args.has(QStringLiteral("progress"));
    const bool tty = isatty(fileno(stderr)) != 0;
    qint64 shown = 0;
    return withSession(call, [&](Session& session) {
        auto report = seed::seedDatabase(session, options, [&](qint64 rows, double seconds) {
            if (everyBatch || (tty && rows - shown >= 100'000)) {
                shown = rows;
                std::fprintf(stderr, "%lld rows, %.1f s\n", static_cast<long long>(rows), seconds);
                std::fflush(stderr);
            }
        });
        if (!report)
            return call.console.fail(report.error());
        const QString summary = QCoreApplication::translate("Cli", "%1 rows in %2 s (%3 rows/s)")
                                    .arg(report->rows)
                                    .arg(report->seconds, 0, 'f', 2)
                                    .arg(report->rowsPerSecond(), 0, 'f', 0);
        std::fprintf(stderr, "%s\n", qPrintable(summary));
        call.console.text(QStringLiteral("people=%1 cases=%2 case_events=%3 referrals=%4 activities=%5")
                              .arg(report->people)
                              .arg(report->cases)
                              .arg(report->caseEvents)
                              .arg(report->referrals)
                              .arg(report->activities));
        call.console.result(QJsonObject{{QStringLiteral("people"), report->people},
                                        {QStringLiteral("cases"), report->cases},
                                        {QStringLiteral("case_events"), report->caseEvents},
                                        {QStringLiteral("referrals"), report->referrals},
                                        {QStringLiteral("activities"), report->activities},
                                        {QStringLiteral("rows"), report->rows},
                                        {QStringLiteral("batches"), report->batches},
                                        {QStringLiteral("seconds"), report->seconds},
                                        {QStringLiteral("rows_per_second"), report->rowsPerSecond()}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> seedCommands() {
    return {{QStringList{QStringLiteral("seed")},
             0,
             0,
             {QStringLiteral("people"), QStringLiteral("cases"), QStringLiteral("referrals"),
              QStringLiteral("events-per-case"), QStringLiteral("activities"), QStringLiteral("seed"),
              QStringLiteral("until")},
             {QStringLiteral("progress")},
             QStringLiteral(
                 "seed --people N --cases N --referrals N --events-per-case K --seed S [--activities N] "
                 "[--until DATE] [--progress] [--json]"),
             cmdSeed}};
}

} // namespace legalaid::cli
