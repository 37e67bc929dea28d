#include "exchange/directory_import.h"

#include "common/error.h"
#include "domain/directory_catalogue.h"
#include "domain/person_catalogues.h"
#include "exchange/csv_reader.h"
#include "records/directory/directory_repository.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace legalaid::exchange {

namespace {

const QStringList& knownColumns() {
    static const QStringList columns{QStringLiteral("record"),       QStringLiteral("kind"),
                                     QStringLiteral("name"),         QStringLiteral("code"),
                                     QStringLiteral("short_name"),   QStringLiteral("address"),
                                     QStringLiteral("phone"),        QStringLiteral("province"),
                                     QStringLiteral("organisation"), QStringLiteral("card_number")};
    return columns;
}

// Where an organisation named on a line is: one of this file (its position) or one in the directory.
struct OrganisationRef {
    int fileIndex = -1; // index into the file's organisations
    qint64 id = 0;      // in the directory
};

struct PlannedOrganisation {
    Organisation organisation;
    std::optional<OrganisationRef> parent;
};

struct PlannedProvider {
    Provider provider;
    OrganisationRef organisation;
};

} // namespace

DirectoryImportService::DirectoryImportService(Session& session)
    : m_session(session) {}

Result<DirectoryImportReport> DirectoryImportService::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("DirectoryImport",
                                                     "Cannot read %1: %2. Check the file name and try again.")
                             .arg(path, file.errorString()));
    return importCsv(file.readAll());
}

Result<DirectoryImportReport> DirectoryImportService::importCsv(const QByteArray& bytes) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::DirectoryEdit); !allowed)
        return allowed.error();
    DirectoryImportReport report;
    const auto fail = [&report](qsizetype line, const QString& reason) {
        report.errors.push_back({line, reason});
    };

    std::vector<qsizetype> lines;
    auto parsed = parseCsv(bytes, {}, &lines);
    if (!parsed) {
        // The reader's message already names the line.
        fail(0, parsed.error().message);
        return report;
    }
    std::vector<QStringList>& records = *parsed;
    if (records.empty()) {
        fail(1, QCoreApplication::translate("DirectoryImport",
                                            "The file is empty: it needs a header line and one line per "
                                            "organisation or provider."));
        return report;
    }

    // The header: known columns only, each once, the three required ones present.
    QHash<QString, qsizetype> column;
    const QStringList& header = records.front();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!knownColumns().contains(name))
            fail(lines.front(), QCoreApplication::translate("DirectoryImport",
                                                            "Unknown column \"%1\" in the header: use %2.")
                                    .arg(name, knownColumns().join(QStringLiteral(", "))));
        else if (column.contains(name))
            fail(lines.front(), QCoreApplication::translate("DirectoryImport",
                                                            "The column \"%1\" appears twice in the header.")
                                    .arg(name));
        else
            column.insert(name, i);
    }
    for (const char* required : {"record", "kind", "name"}) {
        if (!column.contains(QString::fromLatin1(required)))
            fail(lines.front(), QCoreApplication::translate(
                                    "DirectoryImport", "The header has no \"%1\" column; it is required.")
                                    .arg(QString::fromLatin1(required)));
    }
    if (!report.errors.empty())
        return report;

    // What the directory already holds.
    DirectoryRepository repository(m_session.db());
    OrganisationFilter everyOrganisation;
    everyOrganisation.includeInactive = true;
    auto existing = repository.organisations(everyOrganisation);
    if (!existing)
        return existing.error();
    ProviderFilter everyProvider;
    everyProvider.includeInactive = true;
    auto existingProviders = repository.providers(everyProvider);
    if (!existingProviders)
        return existingProviders.error();
    QHash<QString, qint64> existingByCode;
    QMultiHash<QString, qint64> existingByName;
    QSet<qint64> inactive;
    for (const Organisation& each : *existing) {
        if (!each.active)
            inactive.insert(each.id);
        if (!each.code.isEmpty())
            existingByCode.insert(each.code, each.id);
        existingByName.insert(each.name, each.id);
    }
    QHash<QString, qint64> existingCards;
    for (const Provider& each : *existingProviders) {
        if (!each.cardNumber.trimmed().isEmpty())
            existingCards.insert(each.cardNumber.trimmed(), each.id);
    }

    std::vector<PlannedOrganisation> organisations;
    std::vector<PlannedProvider> providers;
    QHash<QString, int> fileByCode;
    QHash<QString, int> fileByName;
    QHash<QString, qsizetype> fileCards;
    QSet<QString> fileProviders; // name + organisation, against the same person twice
    static const QRegularExpression unitCode(QStringLiteral("^[A-Z][A-Z0-9]{0,9}$"));

    const auto resolve = [&](qsizetype line, const QString& reference) -> std::optional<OrganisationRef> {
        if (fileByCode.contains(reference))
            return OrganisationRef{fileByCode.value(reference), 0};
        if (fileByName.contains(reference))
            return OrganisationRef{fileByName.value(reference), 0};
        const QList<qint64> named = existingByName.values(reference);
        const qint64 found = existingByCode.value(reference, named.size() == 1 ? named.front() : 0);
        if (found != 0 && inactive.contains(found)) {
            fail(line, QCoreApplication::translate("DirectoryImport",
                                                   "The organisation \"%1\" has been deactivated in the "
                                                   "directory; name an active organisation.")
                           .arg(reference));
            return std::nullopt;
        }
        if (found != 0)
            return OrganisationRef{-1, found};
        if (named.size() > 1)
            fail(line, QCoreApplication::translate(
                           "DirectoryImport", "%1 organisations in the directory are called \"%2\": name "
                                              "the organisation by its unit code instead.")
                           .arg(named.size())
                           .arg(reference));
        else
            fail(line, QCoreApplication::translate(
                           "DirectoryImport", "There is no organisation \"%1\" earlier in the file or in "
                                              "the directory: add it on an earlier line or check the "
                                              "name or unit code.")
                           .arg(reference));
        return std::nullopt;
    };

    for (std::size_t r = 1; r < records.size(); ++r) {
        const QStringList& record = records[r];
        const qsizetype line = lines[r];
        if (record.size() == 1 && record.front().trimmed().isEmpty())
            continue; // a blank line
        if (record.size() != header.size()) {
            fail(line, QCoreApplication::translate("DirectoryImport",
                                                   "The line has %1 fields but the header has %2; check the "
                                                   "commas and quotes.")
                           .arg(record.size())
                           .arg(header.size()));
            continue;
        }
        const auto value = [&](const char* name) {
            const qsizetype at = column.value(QString::fromLatin1(name), -1);
            return at < 0 ? QString() : record.at(at).trimmed();
        };
        const QString type = value("record");
        const QString kind = value("kind");
        const QString name = value("name");
        const QString reference = value("organisation");
        if (name.isEmpty()) {
            fail(line,
                 QCoreApplication::translate("DirectoryImport", "The name is empty; every line needs one."));
            continue;
        }
        if (type == QLatin1String("organisation")) {
            Organisation organisation;
            organisation.kind = kind;
            organisation.name = name;
            organisation.code = value("code");
            organisation.shortName = value("short_name");
            organisation.address = value("address");
            organisation.phone = value("phone");
            organisation.provinceCode = value("province");
            bool ok = true;
            if (!isOrganisationKind(kind)) {
                fail(line, QCoreApplication::translate("DirectoryImport",
                                                       "\"%1\" is not a kind of organisation: use one of %2.")
                               .arg(kind, organisationKindCodes().join(QStringLiteral(", "))));
                ok = false;
            }
            if (organisation.code.isEmpty() && isLegalAidUnitKind(kind)) {
                fail(line, QCoreApplication::translate("DirectoryImport",
                                                       "A centre or branch needs its unit code (for example "
                                                       "CN1) in the code column."));
                ok = false;
            }
            if (!organisation.code.isEmpty()) {
                if (!unitCode.match(organisation.code).hasMatch()) {
                    fail(line, QCoreApplication::translate(
                                   "DirectoryImport", "The unit code \"%1\" is not valid: use 1 to 10 "
                                                      "capital letters and digits, starting with a letter.")
                                   .arg(organisation.code));
                    ok = false;
                } else if (organisation.code == m_session.centre().code ||
                           existingByCode.contains(organisation.code)) {
                    fail(line, QCoreApplication::translate(
                                   "DirectoryImport", "The unit code %1 is already used in the directory; "
                                                      "choose another code or leave the line out.")
                                   .arg(organisation.code));
                    ok = false;
                } else if (fileByCode.contains(organisation.code)) {
                    fail(line, QCoreApplication::translate(
                                   "DirectoryImport", "The unit code %1 is given to an earlier line too.")
                                   .arg(organisation.code));
                    ok = false;
                }
            }
            if (!organisation.provinceCode.isEmpty() &&
                !personCatalogueHas(PersonCatalogue::Province, organisation.provinceCode)) {
                fail(line, QCoreApplication::translate(
                               "DirectoryImport", "\"%1\" is not a province code; see legalaid-cli catalogue "
                                                  "provinces.")
                               .arg(organisation.provinceCode));
                ok = false;
            }
            for (const qint64 id : existingByName.values(name)) {
                const auto same = std::find_if(existing->begin(), existing->end(),
                                               [id](const Organisation& o) { return o.id == id; });
                if (same != existing->end() && same->kind == kind) {
                    fail(line, QCoreApplication::translate(
                                   "DirectoryImport", "\"%1\" is already in the directory (organisation %2); "
                                                      "leave the line out.")
                                   .arg(name)
                                   .arg(id));
                    ok = false;
                    break;
                }
            }
            if (fileByName.contains(name)) {
                fail(line,
                     QCoreApplication::translate("DirectoryImport", "\"%1\" is given on an earlier line too.")
                         .arg(name));
                ok = false;
            }
            std::optional<OrganisationRef> parent;
            if (!reference.isEmpty()) {
                parent = resolve(line, reference);
                ok = ok && parent.has_value();
            }
            // Registered even when wrong, so that later lines naming it do not add a second error.
            const int index = static_cast<int>(organisations.size());
            organisations.push_back({organisation, parent});
            if (!organisation.code.isEmpty() && !fileByCode.contains(organisation.code))
                fileByCode.insert(organisation.code, index);
            if (!fileByName.contains(name))
                fileByName.insert(name, index);
            Q_UNUSED(ok);
        } else if (type == QLatin1String("provider")) {
            Provider provider;
            provider.kind = kind;
            provider.fullName = name;
            provider.cardNumber = value("card_number");
            provider.phone = value("phone");
            if (!isProviderKind(kind))
                fail(line, QCoreApplication::translate("DirectoryImport",
                                                       "\"%1\" is not a kind of provider: use one of %2.")
                               .arg(kind, providerKindCodes().join(QStringLiteral(", "))));
            else if (providerNeedsCard(kind) && provider.cardNumber.isEmpty())
                fail(line, QCoreApplication::translate("DirectoryImport",
                                                       "A %1 acts under a card: fill in card_number.")
                               .arg(providerKindLabel(kind).toLower()));
            if (!provider.cardNumber.isEmpty()) {
                if (existingCards.contains(provider.cardNumber))
                    fail(line, QCoreApplication::translate(
                                   "DirectoryImport", "The card number %1 belongs to provider %2 already in "
                                                      "the directory; leave the line out.")
                                   .arg(provider.cardNumber)
                                   .arg(existingCards.value(provider.cardNumber)));
                else if (fileCards.contains(provider.cardNumber))
                    fail(line, QCoreApplication::translate("DirectoryImport",
                                                           "The card number %1 is on line %2 too.")
                                   .arg(provider.cardNumber)
                                   .arg(fileCards.value(provider.cardNumber)));
                else
                    fileCards.insert(provider.cardNumber, line);
            }
            if (reference.isEmpty()) {
                fail(line, QCoreApplication::translate("DirectoryImport",
                                                       "Name the organisation the provider works for in the "
                                                       "organisation column."));
                continue;
            }
            const QString person = name + QLatin1Char('\x1f') + reference;
            if (fileProviders.contains(person))
                fail(line,
                     QCoreApplication::translate("DirectoryImport", "%1 of %2 is on an earlier line too.")
                         .arg(name, reference));
            fileProviders.insert(person);
            if (auto organisation = resolve(line, reference))
                providers.push_back({provider, *organisation});
        } else {
            fail(line, QCoreApplication::translate("DirectoryImport",
                                                   "\"%1\" in the record column is neither organisation nor "
                                                   "provider.")
                           .arg(type));
        }
    }
    if (organisations.empty() && providers.empty() && report.errors.empty())
        fail(lines.front(), QCoreApplication::translate(
                                "DirectoryImport", "The file has a header but no organisation or provider."));
    if (!report.errors.empty())
        return report;

    const QString details =
        QStringLiteral("organisations=%1 providers=%2").arg(organisations.size()).arg(providers.size());
    const auto written = m_session.writeAudited(
        m_session.event(QStringLiteral("directory.import"), QStringLiteral("directory"), {}, details),
        [&]() -> Status {
            std::vector<qint64> ids;
            for (PlannedOrganisation& planned : organisations) {
                if (planned.parent)
                    planned.organisation.parentId =
                        planned.parent->fileIndex >= 0
                            ? ids[static_cast<std::size_t>(planned.parent->fileIndex)]
                            : planned.parent->id;
                auto id = repository.insertOrganisation(planned.organisation);
                if (!id)
                    return id.error();
                ids.push_back(*id);
            }
            for (PlannedProvider& planned : providers) {
                planned.provider.organisationId =
                    planned.organisation.fileIndex >= 0
                        ? ids[static_cast<std::size_t>(planned.organisation.fileIndex)]
                        : planned.organisation.id;
                if (auto id = repository.insertProvider(planned.provider); !id)
                    return id.error();
            }
            return {};
        });
    if (!written)
        return written.error();
    report.organisations = static_cast<int>(organisations.size());
    report.providers = static_cast<int>(providers.size());
    return report;
}

} // namespace legalaid::exchange
