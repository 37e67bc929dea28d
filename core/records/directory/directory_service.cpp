#include "records/directory/directory_service.h"

#include "domain/directory_catalogue.h"
#include "records/permissions.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace legalaid {

namespace {

Error noSuchOrganisation(qint64 id) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("DirectoryService",
                                                 "There is no organisation %1 in the directory. Check the "
                                                 "number in the list of organisations.")
                         .arg(id));
}

Error noSuchProvider(qint64 id) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("DirectoryService",
                                                 "There is no provider %1 in the directory. Check the number "
                                                 "in the list of providers.")
                         .arg(id));
}

QString given(const std::optional<QString>& changed, const QString& current) {
    return changed ? changed->trimmed() : current;
}

QCollator vietnameseCollator() {
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString givenName(const QString& fullName) {
    const QStringList words = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

void sortOrganisationsForPrint(std::vector<Organisation>& organisations) {
    const QCollator collator = vietnameseCollator();
    const QStringList& kinds = organisationKindCodes();
    std::stable_sort(organisations.begin(), organisations.end(),
                     [&](const Organisation& a, const Organisation& b) {
                         const auto ka = kinds.indexOf(a.kind);
                         const auto kb = kinds.indexOf(b.kind);
                         if (ka != kb)
                             return ka < kb;
                         if (const int byCode = collator.compare(a.code, b.code); byCode != 0)
                             return byCode < 0;
                         if (const int byName = collator.compare(a.name, b.name); byName != 0)
                             return byName < 0;
                         return a.id < b.id;
                     });
}

} // namespace

void sortProvidersForPrint(std::vector<Provider>& providers) {
    const QCollator collator = vietnameseCollator();
    const QStringList& kinds = providerKindCodes();
    std::stable_sort(providers.begin(), providers.end(), [&](const Provider& a, const Provider& b) {
        const auto ka = kinds.indexOf(a.kind);
        const auto kb = kinds.indexOf(b.kind);
        if (ka != kb)
            return ka < kb;
        if (const int byGiven = collator.compare(givenName(a.fullName), givenName(b.fullName)); byGiven != 0)
            return byGiven < 0;
        if (const int byFull = collator.compare(a.fullName, b.fullName); byFull != 0)
            return byFull < 0;
        return a.id < b.id;
    });
}

DirectoryService::DirectoryService(Session& session)
    : m_session(session) {}

Status DirectoryService::validateOrganisation(const Organisation& organisation) const {
    if (!isOrganisationKind(organisation.kind))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService",
                                                     "\"%1\" is not a kind of organisation: use one of %2.")
                             .arg(organisation.kind, organisationKindCodes().join(QStringLiteral(", "))));
    if (organisation.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService", "Enter the organisation's name."));
    const QString code = organisation.code.trimmed();
    if (code.isEmpty() && isLegalAidUnitKind(organisation.kind))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService",
                                                     "Give the unit code (capital letters and digits, for "
                                                     "example CN1): the centre and each branch need one for "
                                                     "their case file codes."));
    if (!code.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,9}$"));
        if (!pattern.match(code).hasMatch())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "DirectoryService",
                                 "The unit code \"%1\" is not valid: use 1 to 10 capital letters and digits "
                                 "without accents, starting with a letter, for example CN1.")
                                 .arg(code));
        // Case file codes start with the unit code; the centre's own code must not name a branch too.
        if (organisation.kind != QLatin1String("centre") && code == m_session.centre().code)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("DirectoryService",
                                                         "The unit code %1 is the centre's own code. Choose "
                                                         "another code, for example CN1.")
                                 .arg(code));
        auto holder = DirectoryRepository(m_session.db()).organisationByCode(code);
        if (!holder)
            return holder.error();
        if (holder->has_value() && (*holder)->id != organisation.id)
            return makeError(ErrorCode::DuplicateRecord,
                             QCoreApplication::translate(
                                 "DirectoryService", "The unit code %1 is already used by organisation %2 "
                                                     "(%3). Choose another code.")
                                 .arg(code)
                                 .arg((*holder)->id)
                                 .arg((*holder)->name));
    }
    if (organisation.parentId != 0) {
        if (organisation.parentId == organisation.id)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("DirectoryService",
                                                         "An organisation cannot be its own parent. Choose "
                                                         "another parent organisation or none."));
        auto parent = DirectoryRepository(m_session.db()).organisation(organisation.parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value())
            return noSuchOrganisation(organisation.parentId);
    }
    return {};
}

Status DirectoryService::validateProvider(const Provider& provider, bool organisationMustBeActive) const {
    if (!isProviderKind(provider.kind))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService",
                                                     "\"%1\" is not a kind of provider: use one of %2.")
                             .arg(provider.kind, providerKindCodes().join(QStringLiteral(", "))));
    if (provider.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService", "Enter the provider's full name."));
    if (providerNeedsCard(provider.kind) && provider.cardNumber.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DirectoryService", "A %1 acts under a card: enter the card number.")
                .arg(providerKindLabel(provider.kind).toLower()));
    if (provider.organisationId <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService",
                                                     "Choose the organisation the provider works for."));
    auto organisation = DirectoryRepository(m_session.db()).organisation(provider.organisationId);
    if (!organisation)
        return organisation.error();
    if (!organisation->has_value())
        return noSuchOrganisation(provider.organisationId);
    if (organisationMustBeActive && !(*organisation)->active)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "DirectoryService", "The organisation %1 (%2) has been deactivated. Choose an "
                                                 "active organisation.")
                             .arg(provider.organisationId)
                             .arg((*organisation)->name));
    return {};
}

Result<qint64> DirectoryService::addOrganisation(const Organisation& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed.error();
    Organisation organisation = input;
    organisation.id = 0;
    organisation.active = true;
    organisation.name = organisation.name.trimmed();
    organisation.code = organisation.code.trimmed();
    if (auto valid = validateOrganisation(organisation); !valid)
        return valid.error();
    return m_session.insertAudited(
        m_session.event(QStringLiteral("organisation.add"), QStringLiteral("organisation"), {},
                        QStringLiteral("kind=%1 code=%2").arg(organisation.kind, organisation.code)),
        [&] { return DirectoryRepository(m_session.db()).insertOrganisation(organisation); });
}

Status DirectoryService::updateOrganisation(qint64 id, const OrganisationChanges& changes) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed;
    DirectoryRepository repository(m_session.db());
    auto current = repository.organisation(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return noSuchOrganisation(id);
    Organisation organisation = **current;
    organisation.kind = given(changes.kind, organisation.kind);
    organisation.name = given(changes.name, organisation.name);
    organisation.code = given(changes.code, organisation.code);
    organisation.shortName = given(changes.shortName, organisation.shortName);
    organisation.address = given(changes.address, organisation.address);
    organisation.phone = given(changes.phone, organisation.phone);
    organisation.provinceCode = given(changes.provinceCode, organisation.provinceCode);
    if (changes.parentId)
        organisation.parentId = *changes.parentId;
    if (auto valid = validateOrganisation(organisation); !valid)
        return valid;
    return m_session.writeAudited(
        m_session.event(QStringLiteral("organisation.update"), QStringLiteral("organisation"),
                        QString::number(id),
                        QStringLiteral("kind=%1 code=%2").arg(organisation.kind, organisation.code)),
        [&] { return repository.updateOrganisation(organisation); });
}

Status DirectoryService::deactivateOrganisation(qint64 id) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed;
    DirectoryRepository repository(m_session.db());
    auto current = repository.organisation(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return noSuchOrganisation(id);
    if (!(*current)->active)
        return {}; // already inactive: nothing to change, nothing to audit
    return m_session.writeAudited(m_session.event(QStringLiteral("organisation.deactivate"),
                                                  QStringLiteral("organisation"), QString::number(id)),
                                  [&] { return repository.setOrganisationActive(id, false); });
}

Result<Organisation> DirectoryService::organisation(qint64 id) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryView); !allowed)
        return allowed.error();
    auto found = DirectoryRepository(m_session.db()).organisation(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchOrganisation(id);
    return **found;
}

Result<std::vector<Organisation>>
DirectoryService::listOrganisations(const OrganisationFilter& filter) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryView); !allowed)
        return allowed.error();
    if (!filter.kind.isEmpty() && !isOrganisationKind(filter.kind))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DirectoryService",
                                                     "\"%1\" is not a kind of organisation: use one of %2.")
                             .arg(filter.kind, organisationKindCodes().join(QStringLiteral(", "))));
    auto organisations = DirectoryRepository(m_session.db()).organisations(filter);
    if (!organisations)
        return organisations.error();
    sortOrganisationsForPrint(*organisations);
    return organisations;
}

Result<qint64> DirectoryService::addProvider(const Provider& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed.error();
    Provider provider = input;
    provider.id = 0;
    provider.active = true;
    provider.fullName = provider.fullName.trimmed();
    provider.cardNumber = provider.cardNumber.trimmed();
    if (auto valid = validateProvider(provider, true); !valid)
        return valid.error();
    return m_session.insertAudited(
        m_session.event(
            QStringLiteral("provider.add"), QStringLiteral("provider"), {},
            QStringLiteral("kind=%1 organisation=%2").arg(provider.kind).arg(provider.organisationId)),
        [&] { return DirectoryRepository(m_session.db()).insertProvider(provider); });
}

Status DirectoryService::updateProvider(qint64 id, const ProviderChanges& changes) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed;
    DirectoryRepository repository(m_session.db());
    auto current = repository.provider(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return noSuchProvider(id);
    Provider provider = **current;
    provider.kind = given(changes.kind, provider.kind);
    provider.fullName = given(changes.fullName, provider.fullName);
    provider.cardNumber = given(changes.cardNumber, provider.cardNumber);
    provider.phone = given(changes.phone, provider.phone);
    if (changes.organisationId)
        provider.organisationId = *changes.organisationId;
    // A provider kept at a since-deactivated organisation may still be corrected, but not moved to one.
    const bool organisationChanged = provider.organisationId != (*current)->organisationId;
    if (auto valid = validateProvider(provider, organisationChanged); !valid)
        return valid;
    return m_session.writeAudited(
        m_session.event(
            QStringLiteral("provider.update"), QStringLiteral("provider"), QString::number(id),
            QStringLiteral("kind=%1 organisation=%2").arg(provider.kind).arg(provider.organisationId)),
        [&] { return repository.updateProvider(provider); });
}

Status DirectoryService::deactivateProvider(qint64 id) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed;
    DirectoryRepository repository(m_session.db());
    auto current = repository.provider(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return noSuchProvider(id);
    if (!(*current)->active)
        return {};
    return m_session.writeAudited(m_session.event(QStringLiteral("provider.deactivate"),
                                                  QStringLiteral("provider"), QString::number(id)),
                                  [&] { return repository.setProviderActive(id, false); });
}

Result<Provider> DirectoryService::provider(qint64 id) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryView); !allowed)
        return allowed.error();
    auto found = DirectoryRepository(m_session.db()).provider(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchProvider(id);
    return **found;
}

Result<std::vector<Provider>> DirectoryService::listProviders(const ProviderFilter& filter) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryView); !allowed)
        return allowed.error();
    auto providers = DirectoryRepository(m_session.db()).providers(filter);
    if (!providers)
        return providers.error();
    sortProvidersForPrint(*providers);
    return providers;
}

Result<std::vector<DirectoryEntry>> DirectoryService::directoryListing() const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryView); !allowed)
        return allowed.error();
    DirectoryRepository repository(m_session.db());
    auto organisations = repository.organisations(OrganisationFilter{});
    if (!organisations)
        return organisations.error();
    auto providers = repository.providers(ProviderFilter{});
    if (!providers)
        return providers.error();
    std::map<qint64, std::vector<Provider>> byOrganisation;
    for (const Provider& provider : *providers)
        byOrganisation[provider.organisationId].push_back(provider);

    sortOrganisationsForPrint(*organisations);
    std::vector<DirectoryEntry> performing;
    std::vector<DirectoryEntry> others;
    for (const Organisation& organisation : *organisations) {
        auto found = byOrganisation.find(organisation.id);
        std::vector<Provider> own = found == byOrganisation.end() ? std::vector<Provider>{} : found->second;
        sortProvidersForPrint(own);
        if (performsLegalAid(organisation.kind))
            performing.push_back({organisation, std::move(own)});
        else if (!own.empty())
            others.push_back({organisation, std::move(own)});
    }
    performing.insert(performing.end(), std::make_move_iterator(others.begin()),
                      std::make_move_iterator(others.end()));
    return performing;
}

} // namespace legalaid
