#include "records/cases/case_catalogue_service.h"

#include "records/cases/case_catalogue_repository.h"
#include "records/cases/case_checks.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace legalaid {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Status checkCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    if (pattern.match(code).hasMatch())
        return {};
    return invalid(
        QCoreApplication::translate(
            "CaseCatalogueService",
            "The code \"%1\" is not valid: use 2 to 40 lower-case letters without accents, digits or "
            "underscores, starting with a letter, for example lao_dong.")
            .arg(code));
}

Status checkLabels(const QString& labelVi, const QString& labelEn) {
    if (labelVi.trimmed().isEmpty() || labelEn.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("CaseCatalogueService",
                                                   "Give both the Vietnamese and the English label."));
    return {};
}

Error unknownCode(const QString& code) {
    return invalid(QCoreApplication::translate("CaseCatalogueService",
                                               "There is no catalogue entry \"%1\"; see catalogue list.")
                       .arg(code));
}

Error duplicateCode(const QString& code) {
    return invalid(QCoreApplication::translate(
                       "CaseCatalogueService",
                       "The code \"%1\" is already in the catalogue (perhaps inactive); choose another code.")
                       .arg(code));
}

} // namespace

CaseCatalogueService::CaseCatalogueService(Session& session)
    : m_session(session) {}

Result<std::vector<BeneficiaryGroup>> CaseCatalogueService::groups(bool includeInactive) const {
    return CaseCatalogueRepository(m_session.db()).groups(includeInactive);
}

Result<std::vector<FieldOfLaw>> CaseCatalogueService::fields(bool includeInactive) const {
    return CaseCatalogueRepository(m_session.db()).fields(includeInactive);
}

Status CaseCatalogueService::addGroup(const BeneficiaryGroup& group) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    BeneficiaryGroup entry = group;
    entry.code = entry.code.trimmed();
    entry.labelVi = entry.labelVi.trimmed();
    entry.labelEn = entry.labelEn.trimmed();
    if (auto code = checkCode(entry.code); !code)
        return code;
    if (auto labels = checkLabels(entry.labelVi, entry.labelEn); !labels)
        return labels;
    CaseCatalogueRepository catalogue(m_session.db());
    auto existing = catalogue.group(entry.code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return duplicateCode(entry.code);
    return m_session.writeAudited(m_session.event(QStringLiteral("catalogue.group.add"),
                                                  QStringLiteral("beneficiary_group"), entry.code),
                                  [&] { return catalogue.insertGroup(entry); });
}

Status CaseCatalogueService::setGroupActive(const QString& code, bool active) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    CaseCatalogueRepository catalogue(m_session.db());
    auto existing = catalogue.group(code);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return unknownCode(code);
    return m_session.writeAudited(m_session.event(active ? QStringLiteral("catalogue.group.activate")
                                                         : QStringLiteral("catalogue.group.deactivate"),
                                                  QStringLiteral("beneficiary_group"), code),
                                  [&] { return catalogue.setGroupActive(code, active); });
}

Status CaseCatalogueService::addField(const FieldOfLaw& field) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    FieldOfLaw entry = field;
    entry.code = entry.code.trimmed();
    entry.labelVi = entry.labelVi.trimmed();
    entry.labelEn = entry.labelEn.trimmed();
    if (case_checks::isCommerceField(entry.code))
        return case_checks::commerceRefused(entry.code);
    if (auto code = checkCode(entry.code); !code)
        return code;
    if (auto labels = checkLabels(entry.labelVi, entry.labelEn); !labels)
        return labels;
    CaseCatalogueRepository catalogue(m_session.db());
    auto existing = catalogue.field(entry.code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return duplicateCode(entry.code);
    return m_session.writeAudited(
        m_session.event(QStringLiteral("catalogue.field.add"), QStringLiteral("field_of_law"), entry.code),
        [&] { return catalogue.insertField(entry); });
}

Status CaseCatalogueService::setFieldActive(const QString& code, bool active) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    CaseCatalogueRepository catalogue(m_session.db());
    auto existing = catalogue.field(code);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return unknownCode(code);
    return m_session.writeAudited(m_session.event(active ? QStringLiteral("catalogue.field.activate")
                                                         : QStringLiteral("catalogue.field.deactivate"),
                                                  QStringLiteral("field_of_law"), code),
                                  [&] { return catalogue.setFieldActive(code, active); });
}

} // namespace legalaid
