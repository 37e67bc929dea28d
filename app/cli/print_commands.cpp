// The print commands (official documents as PDF) and the template commands (a centre's overrides).
// print form request --case ID --out F.pdf [--force]; print <document> [ID] [--period P] [--unit CODE] --out
// F.pdf for every document of the catalogue (core/documents/document_catalogue.h).
#include "command.h"
#include "common/atomic_file.h"
#include "documents/document_catalogue.h"
#include "documents/document_template_service.h"
#include "documents/request_form.h"
#include "reports/report_period.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace legalaid::cli {

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// The output file: refused when it exists, unless --force.
Result<QString> outputPath(const Arguments& args) {
    auto path = requiredOption(args, s("out"));
    if (!path)
        return path.error();
    if (QFileInfo::exists(*path) && !args.flags.contains(s("force")))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "%1 already exists; give --force to replace it.").arg(*path));
    return *path;
}

int printDocument(const Invocation& call, const QString& code, const QString& idText);

// The forms by the names the `print form NAME` command uses, and the document each one prints.
const QHash<QString, QString>& formDocuments() {
    static const QHash<QString, QString> forms{{s("assignment"), s("decision_assign")},
                                               {s("provider-change"), s("decision_change_provider")},
                                               {s("refusal"), s("refusal")},
                                               {s("discontinuation"), s("discontinuation")},
                                               {s("referral"), s("referral_slip")},
                                               {s("feedback"), s("feedback")}};
    return forms;
}

int printForm(const Invocation& call) {
    const QString code = call.positional().value(0);
    if (const auto other = formDocuments().constFind(code); other != formDocuments().cend()) {
        const bool byReferral = *other == QLatin1String("referral_slip");
        auto idText = requiredOption(call.args, byReferral ? s("referral") : s("case"));
        if (!idText)
            return call.console.fail(idText.error());
        return printDocument(call, *other, *idText);
    }
    if (!documents::documentKind(code))
        return call.console.fail(makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli",
                                        "There is no form \"%1\"; the forms are: request, assignment, "
                                        "provider-change, refusal, discontinuation, referral, feedback.")
                .arg(code)));
    auto caseText = requiredOption(call.args, s("case"));
    if (!caseText)
        return call.console.fail(caseText.error());
    auto caseId = idArgument(*caseText, s("case"));
    if (!caseId)
        return call.console.fail(caseId.error());
    auto out = outputPath(call.args);
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        QElapsedTimer timer;
        timer.start();
        auto pdf = documents::printRequestForm(session, *caseId);
        if (!pdf)
            return call.console.fail(pdf.error());
        if (const Status written = writeFileAtomically(*out, pdf->pdf); !written)
            return call.console.fail(written.error());
        call.console.text(
            QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pdf->pageCount).arg(*out));
        call.console.result(QJsonObject{{s("path"), *out},
                                        {s("code"), code},
                                        {s("case_id"), *caseId},
                                        {s("pages"), pdf->pageCount},
                                        {s("milliseconds"), timer.elapsed()}});
        return 0;
    });
}

// print <document> …: the document's code on the command line has dashes (decision-assign), the template's
// code underscores (decision_assign).
int printDocument(const Invocation& call, const QString& code, const QString& idText) {
    const documents::PrintableDocument* kind = documents::printableDocument(code);
    if (!kind)
        return call.console.fail(makeError(ErrorCode::Internal, QStringLiteral("unknown document ") + code));
    documents::PrintRequest request;
    request.code = code;
    if (kind->context != documents::PrintContext::Centre) {
        auto id = idArgument(idText,
                             kind->context == documents::PrintContext::Referral ? s("referral") : s("case"));
        if (!id)
            return call.console.fail(id.error());
        request.id = *id;
    }
    if (kind->needsPeriod) {
        auto text = requiredOption(call.args, s("period"));
        if (!text)
            return call.console.fail(text.error());
        auto period = reports::parsePeriod(*text);
        if (!period)
            return call.console.fail(period.error());
        request.from = period->from;
        request.to = period->to;
        request.periodLabel = period->label(s("vi"));
        request.unitCode = call.args.options.value(s("unit")).trimmed();
    }
    auto out = outputPath(call.args);
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        QElapsedTimer timer;
        timer.start();
        // A long register takes seconds: on a terminal, the pages drawn so far go to stderr on one line.
        documents::RenderControl control;
        const bool terminal = isatty(fileno(stderr)) != 0;
        if (terminal)
            control.progress = [](int done, int total) {
                std::fprintf(
                    stderr, "\r%s",
                    qPrintable(QCoreApplication::translate("Cli", "Page %1 of %2").arg(done).arg(total)));
                if (done == total)
                    std::fputc('\n', stderr);
                std::fflush(stderr);
            };
        auto pdf = documents::printDocumentPdf(session, request, control);
        if (!pdf)
            return call.console.fail(pdf.error());
        if (const Status written = writeFileAtomically(*out, pdf->pdf); !written)
            return call.console.fail(written.error());
        call.console.text(
            QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pdf->pageCount).arg(*out));
        QJsonObject result{{s("path"), *out},
                           {s("code"), code},
                           {s("pages"), pdf->pageCount},
                           {s("milliseconds"), timer.elapsed()}};
        if (request.id > 0)
            result.insert(kind->context == documents::PrintContext::Referral ? s("referral_id")
                                                                             : s("case_id"),
                          request.id);
        if (kind->needsPeriod) {
            result.insert(s("from"), request.from.toString(Qt::ISODate));
            result.insert(s("to"), request.to.toString(Qt::ISODate));
        }
        call.console.result(result);
        return 0;
    });
}

int templateShow(const Invocation& call) {
    return withSession(call, [&](Session& session) {
        const QString code = call.positional().value(0);
        documents::DocumentTemplateService templates(session);
        auto effective = templates.effective(code);
        if (!effective)
            return call.console.fail(effective.error());
        auto versions = templates.versions(code);
        if (!versions)
            return call.console.fail(versions.error());
        QJsonArray history;
        for (const auto& version : *versions)
            history.append(QJsonObject{{s("version"), version.version},
                                       {s("created_at"), version.createdAt},
                                       {s("created_by"), version.createdBy},
                                       {s("active"), version.active}});
        call.console.text(effective->body);
        call.console.result(QJsonObject{{s("code"), code},
                                        {s("version"), effective->version},
                                        {s("default"), effective->version == 0},
                                        {s("body"), effective->body},
                                        {s("versions"), history}});
        return 0;
    });
}

int templateSet(const Invocation& call) {
    auto path = requiredOption(call.args, s("file"));
    if (!path)
        return call.console.fail(path.error());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return call.console.fail(makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(*path, file.errorString())));
    const QString body = QString::fromUtf8(file.readAll());
    return withSession(call, [&](Session& session) {
        const QString code = call.positional().value(0);
        auto saved = documents::DocumentTemplateService(session).save(code, body);
        if (!saved)
            return call.console.fail(saved.error());
        call.console.text(QCoreApplication::translate("Cli", "Saved version %1 of the template \"%2\".")
                              .arg(*saved)
                              .arg(code));
        call.console.result(QJsonObject{{s("code"), code}, {s("version"), *saved}});
        return 0;
    });
}

int templateRestore(const Invocation& call) {
    return withSession(call, [&](Session& session) {
        const QString code = call.positional().value(0);
        if (const Status restored = documents::DocumentTemplateService(session).restoreDefault(code);
            !restored)
            return call.console.fail(restored.error());
        call.console.text(
            QCoreApplication::translate("Cli", "The template \"%1\" is the shipped default again.")
                .arg(code));
        call.console.result(QJsonObject{{s("code"), code}, {s("version"), 0}});
        return 0;
    });
}

// The documents printed by `print WORD [ID] --out FILE.pdf`: the command word, whether it takes the case or
// referral id, the options it takes besides --out, the usage line and the document's code in core/documents.
struct DocumentCommand {
    const char* word;
    bool takesId;
    const char* extraOption; // nullptr, "period" or "period unit"
    const char* usage;
    const char* code;
};

constexpr DocumentCommand kDocumentCommands[] = {
    {"request", true, nullptr, "print request CASE_ID --out FILE.pdf [--force]", "request"},
    {"decision-assign", true, nullptr, "print decision-assign CASE_ID --out FILE.pdf [--force]",
     "decision_assign"},
    {"decision-change-provider", true, nullptr,
     "print decision-change-provider CASE_ID --out FILE.pdf [--force]", "decision_change_provider"},
    {"refusal", true, nullptr, "print refusal CASE_ID --out FILE.pdf [--force]", "refusal"},
    {"discontinuation", true, nullptr, "print discontinuation CASE_ID --out FILE.pdf [--force]",
     "discontinuation"},
    {"feedback", true, nullptr, "print feedback CASE_ID --out FILE.pdf [--force]", "feedback"},
    {"dossier", true, nullptr, "print dossier CASE_ID --out FILE.pdf [--force]", "dossier"},
    {"referral-slip", true, nullptr, "print referral-slip REFERRAL_ID --out FILE.pdf [--force]",
     "referral_slip"},
    {"register", false, "period unit", "print register --period P [--unit CODE] --out FILE.pdf [--force]",
     "register"},
    {"directory", false, nullptr, "print directory --out FILE.pdf [--force]", "directory"},
    {"beneficiaries", false, "period", "print beneficiaries --period P --out FILE.pdf [--force]",
     "beneficiaries"},
};

} // namespace

std::vector<CommandSpec> printCommands() {
    std::vector<CommandSpec> commands{
        {{s("print"), s("form")},
         1,
         1,
         {s("case"), s("referral"), s("out")},
         {s("force")},
         s("print form request|assignment|provider-change|refusal|discontinuation|feedback --case ID | "
           "print form referral --referral ID --out FILE.pdf [--force]"),
         printForm},
        {{s("template"), s("show")}, 1, 1, {}, {}, s("template show CODE [--json]"), templateShow},
        {{s("template"), s("set")}, 1, 1, {s("file")}, {}, s("template set CODE --file FILE"), templateSet},
        {{s("template"), s("restore")}, 1, 1, {}, {}, s("template restore CODE"), templateRestore},
    };
    for (const DocumentCommand& document : kDocumentCommands) {
        QStringList valueOptions{s("out")};
        if (document.extraOption)
            valueOptions << QString::fromLatin1(document.extraOption).split(QLatin1Char(' '));
        const int ids = document.takesId ? 1 : 0;
        commands.push_back({{s("print"), QString::fromLatin1(document.word)},
                            ids,
                            ids,
                            valueOptions,
                            {s("force")},
                            QString::fromLatin1(document.usage),
                            [code = QString::fromLatin1(document.code)](const Invocation& call) {
                                return printDocument(call, code, call.positional().value(0));
                            }});
    }
    return commands;
}

} // namespace legalaid::cli
