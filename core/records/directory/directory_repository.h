#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// An organisation of the directory (danh bạ): the centre, its branches, contracted organisations, partners.
struct Organisation {
    qint64 id = 0;
    QString kind; // a code from organisationKindCodes()
    QString name;
    QString code; // unit code of the centre or a branch (TT, CN1); empty for other kinds
    QString shortName;
    QString address;
    QString phone;
    QString provinceCode;
    qint64 parentId = 0; // 0 when none (a branch may name its centre)
    bool active = true;
};

// A person who performs legal aid: legal-aid officer, lawyer, legal consultant or collaborator.
struct Provider {
    qint64 id = 0;
    QString kind; // a code from providerKindCodes()
    QString fullName;
    QString cardNumber; // required for legal-aid officers and lawyers
    qint64 organisationId = 0;
    QString phone;
    bool active = true;
};

struct OrganisationFilter {
    QString kind;                 // empty: every kind
    bool includeInactive = false; // deactivated organisations are hidden unless asked for
};

struct ProviderFilter {
    qint64 organisationId = 0; // 0: every organisation
    bool includeInactive = false;
};

// SQL for the organisations and providers tables lives here only.
class DirectoryRepository {
public:
    explicit DirectoryRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insertOrganisation(const Organisation& organisation);
    [[nodiscard]] Status updateOrganisation(const Organisation& organisation);
    [[nodiscard]] Status setOrganisationActive(qint64 id, bool active);
    [[nodiscard]] Result<std::optional<Organisation>> organisation(qint64 id) const;
    [[nodiscard]] Result<std::optional<Organisation>> organisationByCode(const QString& code) const;
    // Ordered by kind (catalogue order is applied by the caller), then name.
    [[nodiscard]] Result<std::vector<Organisation>> organisations(const OrganisationFilter& filter) const;

    [[nodiscard]] Result<qint64> insertProvider(const Provider& provider);
    [[nodiscard]] Status updateProvider(const Provider& provider);
    [[nodiscard]] Status setProviderActive(qint64 id, bool active);
    [[nodiscard]] Result<std::optional<Provider>> provider(qint64 id) const;
    [[nodiscard]] Result<std::vector<Provider>> providers(const ProviderFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid
