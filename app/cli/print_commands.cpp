// The print commands (official documents as PDF) and the template commands (a centre's overrides).
// print form CODE --case ID --out F.pdf [--force]; later: print dossier, register, directory, beneficiaries.
#include "command.h"
#include "common/atomic_file.h"
#include "documents/document_template_service.h"
#include "documents/request_form.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

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

int printForm(const Invocation& call) {
    const QString code = call.positional().value(0);
    if (!documents::documentKind(code))
        return call.console.fail(
            makeError(ErrorCode::InvalidArgument,
                      QCoreApplication::translate("Cli", "There is no form \"%1\"; the forms are: request.")
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

} // namespace

std::vector<CommandSpec> printCommands() {
    return {
        {{s("print"), s("form")},
         1,
         1,
         {s("case"), s("out")},
         {s("force")},
         s("print form request --case ID --out FILE.pdf [--force]"),
         printForm},
        {{s("template"), s("show")}, 1, 1, {}, {}, s("template show CODE [--json]"), templateShow},
        {{s("template"), s("set")}, 1, 1, {s("file")}, {}, s("template set CODE --file FILE"), templateSet},
        {{s("template"), s("restore")}, 1, 1, {}, {}, s("template restore CODE"), templateRestore},
    };
}

} // namespace legalaid::cli
