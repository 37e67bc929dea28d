#pragma once

#include "common/result.h"
#include "records/directory/directory_repository.h"
#include "records/session.h"

#include <optional>
#include <vector>

namespace legalaid {

// What `updateOrganisation` changes: only the fields that are set. An empty string clears an optional field.
struct OrganisationChanges {
    std::optional<QString> kind;
    std::optional<QString> name;
    std::optional<QString> code;
    std::optional<QString> shortName;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> provinceCode;
    std::optional<qint64> parentId; // 0 clears it
};

struct ProviderChanges {
    std::optional<QString> kind;
    std::optional<QString> fullName;
    std::optional<QString> cardNumber;
    std::optional<qint64> organisationId;
    std::optional<QString> phone;
};

// One organisation of the printed directory with its active providers, in print order.
struct DirectoryEntry {
    Organisation organisation;
    std::vector<Provider> providers;
};

// The directory (danh bạ): organisations and legal-aid providers. Every operation checks the user's role
// first (DirectoryEdit / DirectoryView); every change is audited in the same transaction.
class DirectoryService {
public:
    explicit DirectoryService(Session& session);

    [[nodiscard]] Result<qint64> addOrganisation(const Organisation& organisation);
    [[nodiscard]] Status updateOrganisation(qint64 id, const OrganisationChanges& changes);
    // Deactivated organisations stay for history (cases and referrals point at them) but take no new work.
    [[nodiscard]] Status deactivateOrganisation(qint64 id);
    [[nodiscard]] Result<Organisation> organisation(qint64 id) const;
    // In catalogue order of kinds, then unit code, then name.
    [[nodiscard]] Result<std::vector<Organisation>> listOrganisations(const OrganisationFilter& filter) const;

    [[nodiscard]] Result<qint64> addProvider(const Provider& provider);
    [[nodiscard]] Status updateProvider(qint64 id, const ProviderChanges& changes);
    [[nodiscard]] Status deactivateProvider(qint64 id);
    [[nodiscard]] Result<Provider> provider(qint64 id) const;
    // In catalogue order of provider kinds, then Vietnamese name order (given name first, as lists are
    // printed).
    [[nodiscard]] Result<std::vector<Provider>> listProviders(const ProviderFilter& filter) const;

    // "Danh sách tổ chức thực hiện TGPL và người thực hiện TGPL": every active organisation that performs
    // legal aid (centre, branches, contracted law firms and legal consulting organisations), then any other
    // active organisation with active providers; each with its active providers. In print order.
    [[nodiscard]] Result<std::vector<DirectoryEntry>> directoryListing() const;

private:
    [[nodiscard]] Status validateOrganisation(const Organisation& organisation) const;
    [[nodiscard]] Status validateProvider(const Provider& provider, bool organisationMustBeActive) const;

    Session& m_session;
};

// Sorts providers as the printed lists do: by kind (catalogue order), then given name (the last word of a
// Vietnamese full name), then the whole name, with Vietnamese collation.
void sortProvidersForPrint(std::vector<Provider>& providers);

} // namespace legalaid
