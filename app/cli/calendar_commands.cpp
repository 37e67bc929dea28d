#include "command.h"
#include "records/calendar/calendar_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

Result<QDate> dateArgument(const QString& text) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "\"%1\" is not a valid date: write it as YYYY-MM-DD, for "
                                               "example 2026-09-02.")
                .arg(text));
    return date;
}

int cmdHolidayList(const Invocation& call) {
    auto year = integerOption(call.args, QStringLiteral("year"));
    if (!year)
        return call.console.fail(year.error());
    return withSession(call, [&](Session& session) {
        auto holidays =
            CalendarService(session).holidays(static_cast<int>(year->value_or(QDate::currentDate().year())));
        if (!holidays)
            return call.console.fail(holidays.error());
        QJsonArray array;
        for (const Holiday& holiday : *holidays) {
            call.console.text(QStringLiteral("%1\t%2\t%3")
                                  .arg(holiday.date.toString(Qt::ISODate), holiday.name, holiday.kind));
            array.append(QJsonObject{{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
                                     {QStringLiteral("name"), holiday.name},
                                     {QStringLiteral("kind"), holiday.kind}});
        }
        call.console.result(array);
        return 0;
    });
}

int cmdHolidaySet(const Invocation& call) {
    auto date = dateArgument(call.positional().at(0));
    if (!date)
        return call.console.fail(date.error());
    auto name = requiredOption(call.args, QStringLiteral("name"));
    if (!name)
        return call.console.fail(name.error());
    return withSession(call, [&](Session& session) {
        if (auto saved = CalendarService(session).setHoliday(*date, *name); !saved)
            return call.console.fail(saved.error());
        call.console.text(QCoreApplication::translate("Cli", "%1 is a holiday: %2.")
                              .arg(date->toString(Qt::ISODate), name->trimmed()));
        call.console.result(QJsonObject{{QStringLiteral("date"), date->toString(Qt::ISODate)},
                                        {QStringLiteral("name"), name->trimmed()}});
        return 0;
    });
}

int cmdHolidayRemove(const Invocation& call) {
    auto date = dateArgument(call.positional().at(0));
    if (!date)
        return call.console.fail(date.error());
    return withSession(call, [&](Session& session) {
        if (auto removed = CalendarService(session).removeHoliday(*date); !removed)
            return call.console.fail(removed.error());
        call.console.text(QCoreApplication::translate("Cli", "%1 is a working day again.")
                              .arg(date->toString(Qt::ISODate)));
        call.console.result(QJsonObject{{QStringLiteral("date"), date->toString(Qt::ISODate)},
                                        {QStringLiteral("removed"), true}});
        return 0;
    });
}

int cmdDeadlineRuleList(const Invocation& call) {
    return withSession(call, [&](Session& session) {
        auto rules = CalendarService(session).deadlineRules();
        if (!rules)
            return call.console.fail(rules.error());
        QJsonArray array;
        for (const DeadlineRule& rule : *rules) {
            call.console.text(
                QStringLiteral("%1\t%2\t%3").arg(rule.code).arg(rule.workingDays).arg(rule.labelVi));
            array.append(QJsonObject{{QStringLiteral("code"), rule.code},
                                     {QStringLiteral("working_days"), rule.workingDays},
                                     {QStringLiteral("label_vi"), rule.labelVi},
                                     {QStringLiteral("label_en"), rule.labelEn},
                                     {QStringLiteral("legal_basis"), rule.legalBasis}});
        }
        call.console.result(array);
        return 0;
    });
}

int cmdDeadlineRuleSet(const Invocation& call) {
    auto days = integerOption(call.args, QStringLiteral("working-days"));
    if (!days)
        return call.console.fail(days.error());
    if (!days->has_value())
        return call.console.usage(QCoreApplication::translate("Cli", "Give --working-days N."));
    return withSession(call, [&](Session& session) {
        const QString code = call.positional().at(0);
        if (auto saved = CalendarService(session).setDeadlineRule(code, static_cast<int>(**days)); !saved)
            return call.console.fail(saved.error());
        call.console.text(QCoreApplication::translate("Cli", "The deadline %1 is now %2 working days.")
                              .arg(code)
                              .arg(**days));
        call.console.result(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("working_days"), **days}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> calendarCommands() {
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {{s("holiday"), s("list")}, 0, 0, {s("year")}, {}, s("holiday list [--year YYYY]"), cmdHolidayList},
        {{s("holiday"), s("set")},
         1,
         1,
         {s("name")},
         {},
         s("holiday set YYYY-MM-DD --name TEXT"),
         cmdHolidaySet},
        {{s("holiday"), s("remove")}, 1, 1, {}, {}, s("holiday remove YYYY-MM-DD"), cmdHolidayRemove},
        {{s("deadline-rule"), s("list")}, 0, 0, {}, {}, s("deadline-rule list"), cmdDeadlineRuleList},
        {{s("deadline-rule"), s("set")},
         1,
         1,
         {s("working-days")},
         {},
         s("deadline-rule set CODE --working-days N"),
         cmdDeadlineRuleSet},
    };
}

} // namespace legalaid::cli
