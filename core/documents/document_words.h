#pragma once

// The words and values every printed document writes the same way (request form, decisions, lists). The
// documents are Vietnamese whatever the interface language: the words the law uses are written here.

#include "documents/document_template.h"
#include "domain/person.h"
#include "records/session.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace legalaid::documents {

// dd/MM/yyyy, empty for an invalid date.
[[nodiscard]] QString displayDate(const QDate& date);
// "Nữ", "Nam", "Khác" for the sex codes f, m, x (domain/person.h sexCode); empty otherwise.
[[nodiscard]] QString sexWords(const QString& code);
// The form of legal aid as the Legal Aid Law names it, for the case form codes (caseFormCode).
[[nodiscard]] QString formWords(const QString& code);
// "CCCD số …" / "Hộ chiếu số …", or the bare number.
[[nodiscard]] QString idDocumentOf(const PersonDetails& person);
// "<commune>, <province>".
[[nodiscard]] QString addressOf(const QString& commune, const QString& provinceCode);
// The birth date, or the birth year when only that is known.
[[nodiscard]] QString birthOf(const PersonDetails& person);

// What every document's template may use and the frame around it: centre.*, signer.*, printed.*,
// document.date, and who printed it when.
struct CommonValues {
    TemplateData data;
    QString printedBy;
    QDateTime now = QDateTime::currentDateTime();
    QString signerTitle;
    QString signerName;
};
[[nodiscard]] CommonValues commonValues(Session& session);
// The names commonValues() fills, for a template schema.
void addCommonSchema(TemplateSchema& schema);

} // namespace legalaid::documents
