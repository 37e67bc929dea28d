#include "documents/document_words.h"

#include "documents/official_document.h"
#include "domain/person_catalogues.h"
#include "records/centre_settings.h"

#include <QStringList>

namespace legalaid::documents {

QString displayDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString sexWords(const QString& code) {
    if (code == QLatin1String("f"))
        return QStringLiteral("Nữ");
    if (code == QLatin1String("m"))
        return QStringLiteral("Nam");
    if (code == QLatin1String("x"))
        return QStringLiteral("Khác");
    return {};
}

QString formWords(const QString& code) {
    if (code == QLatin1String("consultation"))
        return QStringLiteral("Tư vấn pháp luật");
    if (code == QLatin1String("litigation"))
        return QStringLiteral("Tham gia tố tụng");
    if (code == QLatin1String("out_of_court"))
        return QStringLiteral("Đại diện ngoài tố tụng");
    return code;
}

QString idDocumentOf(const PersonDetails& person) {
    if (person.idNumber.trimmed().isEmpty())
        return {};
    switch (person.idType) {
    case IdDocumentType::Cccd:
        return QStringLiteral("CCCD số ") + person.idNumber;
    case IdDocumentType::Passport:
        return QStringLiteral("Hộ chiếu số ") + person.idNumber;
    case IdDocumentType::None:
        break;
    }
    return person.idNumber;
}

QString addressOf(const QString& commune, const QString& provinceCode) {
    QStringList parts;
    if (!commune.trimmed().isEmpty())
        parts << commune.trimmed();
    if (!provinceCode.isEmpty())
        parts << personCatalogueLabel(PersonCatalogue::Province, provinceCode);
    return parts.join(QStringLiteral(", "));
}

QString birthOf(const PersonDetails& person) {
    if (person.birthDate.isValid())
        return displayDate(person.birthDate);
    return person.birthYear ? QString::number(*person.birthYear) : QString();
}

CommonValues commonValues(Session& session) {
    CommonValues common;
    const CentreSettings& centre = session.centre();
    common.printedBy = session.user().fullName.isEmpty() ? session.user().name : session.user().fullName;
    SettingsRepository settings(session.db());
    auto title = settings.value(QStringLiteral("documents.signer_title"));
    auto name = settings.value(QStringLiteral("documents.signer_name"));
    common.signerTitle = title && !title->isEmpty() ? *title : QStringLiteral("Giám đốc");
    common.signerName = name ? *name : QString();
    auto& values = common.data.values;
    values.insert(QStringLiteral("centre.name"), centre.name);
    values.insert(QStringLiteral("centre.code"), centre.code);
    values.insert(QStringLiteral("centre.place"), centre.placeName);
    values.insert(QStringLiteral("centre.parent_agency"), centre.parentAgency);
    values.insert(QStringLiteral("signer.title"), common.signerTitle);
    values.insert(QStringLiteral("signer.name"), common.signerName);
    values.insert(QStringLiteral("printed.by"), common.printedBy);
    values.insert(QStringLiteral("printed.on"), displayDate(common.now.date()));
    values.insert(QStringLiteral("document.date"), vietnameseDateWords(common.now.date()));
    return common;
}

void addCommonSchema(TemplateSchema& schema) {
    for (const char* name : {"centre.name", "centre.code", "centre.place", "centre.parent_agency",
                             "signer.title", "signer.name", "printed.by", "printed.on", "document.date"})
        schema.values.insert(QLatin1String(name));
}

} // namespace legalaid::documents
