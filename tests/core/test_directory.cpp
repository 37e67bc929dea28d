#include "domain/directory_catalogue.h"
#include "records/directory/directory_service.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace legalaid;
using legalaid::test::countRows;
using legalaid::test::TempWorkspace;

namespace {

struct Counts {
    qint64 organisations, providers, audit;
    static Counts of(const QSqlDatabase& db) {
        return {countRows(db, QStringLiteral("organisations")), countRows(db, QStringLiteral("providers")),
                countRows(db, QStringLiteral("audit_log"))};
    }
    bool operator==(const Counts&) const = default;
};

struct DirectoryFixture {
    TempWorkspace ws;
    QString path = test::createTestDatabase(ws).files.database;
    std::unique_ptr<Session> session = test::openAsAdmin(path);
    DirectoryService directory{*session};

    qint64 organisation(const QString& kind, const QString& name, const QString& code = {}) {
        Organisation input;
        input.kind = kind;
        input.name = name;
        input.code = code;
        auto id = directory.addOrganisation(input);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    qint64 provider(const QString& kind, const QString& fullName, qint64 organisationId,
                    const QString& card = {}) {
        Provider input;
        input.kind = kind;
        input.fullName = fullName;
        input.organisationId = organisationId;
        input.cardNumber = card;
        auto id = directory.addProvider(input);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    // Runs a write that must be refused with InvalidArgument, and proves it wrote nothing (no audit entry).
    template <typename Write> QString refused(Write write, ErrorCode code = ErrorCode::InvalidArgument) {
        const Counts before = Counts::of(session->db());
        const auto result = write();
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == code);
        CHECK(Counts::of(session->db()) == before);
        return result.error().message;
    }

    QString lastAudit(const char* column) {
        QSqlQuery query(session->db());
        REQUIRE(query.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(QLatin1String(column))));
        REQUIRE(query.next());
        return query.value(0).toString();
    }
};

std::vector<qint64> idsOf(const std::vector<Organisation>& organisations) {
    std::vector<qint64> ids;
    for (const Organisation& organisation : organisations)
        ids.push_back(organisation.id);
    return ids;
}

} // namespace

TEST_CASE("Organisations are added, listed by kind and deactivated, each change audited", "[directory]") {
    DirectoryFixture f;
    const qint64 union_ = f.organisation(QStringLiteral("womens_union"), QStringLiteral("Hội LHPN tỉnh"));
    CHECK(f.lastAudit("action") == QStringLiteral("organisation.add"));
    CHECK(f.lastAudit("target_id") == QString::number(union_));
    const qint64 branch =
        f.organisation(QStringLiteral("branch"), QStringLiteral("Chi nhánh số 1"), QStringLiteral("CN1"));
    const qint64 centre =
        f.organisation(QStringLiteral("centre"), QStringLiteral("Trung tâm TGPL"), QStringLiteral("TT"));

    auto all = f.directory.listOrganisations({});
    REQUIRE(all.ok());
    CHECK(idsOf(*all) == std::vector<qint64>{centre, branch, union_}); // catalogue order of kinds
    auto branches = f.directory.listOrganisations({QStringLiteral("branch"), false});
    REQUIRE(branches.ok());
    CHECK(idsOf(*branches) == std::vector<qint64>{branch});
    auto one = f.directory.organisation(branch);
    REQUIRE(one.ok());
    CHECK(one->code == QStringLiteral("CN1"));
    CHECK(one->name == QStringLiteral("Chi nhánh số 1"));
    CHECK(one->active);

    REQUIRE(f.directory.deactivateOrganisation(union_).ok());
    CHECK(f.lastAudit("action") == QStringLiteral("organisation.deactivate"));
    auto active = f.directory.listOrganisations({});
    REQUIRE(active.ok());
    CHECK(idsOf(*active) == std::vector<qint64>{centre, branch});
    auto withInactive = f.directory.listOrganisations({QString(), true});
    REQUIRE(withInactive.ok());
    CHECK(withInactive->size() == 3);
    // Deactivating twice changes nothing and records nothing.
    const Counts before = Counts::of(f.session->db());
    REQUIRE(f.directory.deactivateOrganisation(union_).ok());
    CHECK(Counts::of(f.session->db()) == before);

    auto badKind = f.directory.listOrganisations({QStringLiteral("bakery"), false});
    REQUIRE_FALSE(badKind.ok());
    CHECK(badKind.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Organisation validation refuses with a sentence saying what to fix and writes nothing",
          "[directory]") {
    DirectoryFixture f;
    const qint64 branch =
        f.organisation(QStringLiteral("branch"), QStringLiteral("Chi nhánh số 1"), QStringLiteral("CN1"));
    const auto add = [&](const QString& kind, const QString& name, const QString& code, qint64 parent = 0,
                         ErrorCode error = ErrorCode::InvalidArgument) {
        return f.refused(
            [&] {
                Organisation input;
                input.kind = kind;
                input.name = name;
                input.code = code;
                input.parentId = parent;
                return f.directory.addOrganisation(input);
            },
            error);
    };
    CHECK(
        add(QStringLiteral("bakery"), QStringLiteral("X"), {}).contains(QStringLiteral("use one of centre")));
    CHECK(add(QStringLiteral("law_firm"), QStringLiteral("  "), {})
              .contains(QStringLiteral("Enter the organisation's name")));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), {})
              .contains(QStringLiteral("for example CN1")));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), QStringLiteral("cn2"))
              .contains(QStringLiteral("capital letters")));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), QStringLiteral("CN-2"))
              .contains(QStringLiteral("\"CN-2\" is not valid")));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), QStringLiteral("CN1"), 0,
              ErrorCode::DuplicateRecord)
              .contains(QStringLiteral("already used by organisation %1").arg(branch)));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), QStringLiteral("TT"))
              .contains(QStringLiteral("the centre's own code")));
    CHECK(add(QStringLiteral("branch"), QStringLiteral("Chi nhánh 2"), QStringLiteral("CN2"), 777)
              .contains(QStringLiteral("no organisation 777")));

    // Updates are validated the same way and change only what was given.
    const qint64 other =
        f.organisation(QStringLiteral("branch"), QStringLiteral("Chi nhánh số 2"), QStringLiteral("CN2"));
    OrganisationChanges takeCode;
    takeCode.code = QStringLiteral("CN1");
    const auto takeCodeUpdate = [&] { return f.directory.updateOrganisation(other, takeCode); };
    CHECK(f.refused(takeCodeUpdate, ErrorCode::DuplicateRecord).contains(QStringLiteral("already used")));
    OrganisationChanges dropCode;
    dropCode.code = QString();
    CHECK(f.refused([&] {
               return f.directory.updateOrganisation(other, dropCode);
           }).contains(QStringLiteral("unit code")));
    OrganisationChanges selfParent;
    selfParent.parentId = other;
    CHECK(f.refused([&] {
               return f.directory.updateOrganisation(other, selfParent);
           }).contains(QStringLiteral("its own parent")));
    CHECK(f.refused([&] {
               return f.directory.updateOrganisation(999, {});
           }).contains(QStringLiteral("no organisation 999")));

    OrganisationChanges phone;
    phone.phone = QStringLiteral("0225 3 123 456");
    phone.parentId = 0;
    REQUIRE(f.directory.updateOrganisation(other, phone).ok());
    CHECK(f.lastAudit("action") == QStringLiteral("organisation.update"));
    auto updated = f.directory.organisation(other);
    REQUIRE(updated.ok());
    CHECK(updated->phone == QStringLiteral("0225 3 123 456"));
    CHECK(updated->code == QStringLiteral("CN2"));
    CHECK(updated->name == QStringLiteral("Chi nhánh số 2"));
    // Keeping its own code is not a clash with itself.
    OrganisationChanges sameCode;
    sameCode.code = QStringLiteral("CN2");
    CHECK(f.directory.updateOrganisation(other, sameCode).ok());
}

TEST_CASE("Providers need a card when officers or lawyers, and an existing active organisation",
          "[directory]") {
    DirectoryFixture f;
    const qint64 centre =
        f.organisation(QStringLiteral("centre"), QStringLiteral("Trung tâm TGPL"), QStringLiteral("TT"));
    const qint64 firm = f.organisation(QStringLiteral("law_firm"), QStringLiteral("Công ty Luật ABC"));
    const auto add = [&](const QString& kind, const QString& name, qint64 organisationId,
                         const QString& card) {
        return f.refused([&] {
            Provider input;
            input.kind = kind;
            input.fullName = name;
            input.organisationId = organisationId;
            input.cardNumber = card;
            return f.directory.addProvider(input);
        });
    };
    CHECK(add(QStringLiteral("lawyer"), QStringLiteral("Lê Văn Luật"), firm, {})
              .contains(QStringLiteral("card number")));
    CHECK(
        add(QStringLiteral("legal_aid_officer"), QStringLiteral("Lê Văn Luật"), centre, QStringLiteral("  "))
            .contains(QStringLiteral("card number")));
    CHECK(add(QStringLiteral("judge"), QStringLiteral("Lê Văn Luật"), centre, QStringLiteral("1"))
              .contains(QStringLiteral("not a kind of provider")));
    CHECK(add(QStringLiteral("collaborator"), QString(), centre, {}).contains(QStringLiteral("full name")));
    CHECK(add(QStringLiteral("collaborator"), QStringLiteral("Lê Văn Luật"), 0, {})
              .contains(QStringLiteral("Choose the organisation")));
    CHECK(add(QStringLiteral("collaborator"), QStringLiteral("Lê Văn Luật"), 555, {})
              .contains(QStringLiteral("no organisation 555")));

    const qint64 lawyer =
        f.provider(QStringLiteral("lawyer"), QStringLiteral("Lê Văn Luật"), firm, QStringLiteral("LS-1234"));
    // No names in the audit log.
    CHECK(f.lastAudit("action") == QStringLiteral("provider.add"));
    CHECK(f.lastAudit("target_id") == QString::number(lawyer));
    CHECK_FALSE(f.lastAudit("details").contains(QStringLiteral("Luật")));
    const qint64 collaborator =
        f.provider(QStringLiteral("collaborator"), QStringLiteral("Hoàng Thị Cúc"), centre);

    REQUIRE(f.directory.deactivateOrganisation(firm).ok());
    CHECK(add(QStringLiteral("lawyer"), QStringLiteral("Mai Văn Tư"), firm, QStringLiteral("LS-9"))
              .contains(QStringLiteral("deactivated")));
    // A provider of a deactivated organisation can still be corrected, but nobody moves into it.
    ProviderChanges phone;
    phone.phone = QStringLiteral("0912 000 111");
    CHECK(f.directory.updateProvider(lawyer, phone).ok());
    ProviderChanges move;
    move.organisationId = firm;
    CHECK(f.refused([&] {
               return f.directory.updateProvider(collaborator, move);
           }).contains(QStringLiteral("deactivated")));
    ProviderChanges dropCard;
    dropCard.cardNumber = QString();
    CHECK(f.refused([&] {
               return f.directory.updateProvider(lawyer, dropCard);
           }).contains(QStringLiteral("card number")));

    ProviderFilter atCentre;
    atCentre.organisationId = centre;
    auto listed = f.directory.listProviders(atCentre);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().id == collaborator);

    REQUIRE(f.directory.deactivateProvider(collaborator).ok());
    CHECK(f.lastAudit("action") == QStringLiteral("provider.deactivate"));
    listed = f.directory.listProviders(atCentre);
    REQUIRE(listed.ok());
    CHECK(listed->empty());
    atCentre.includeInactive = true;
    listed = f.directory.listProviders(atCentre);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK_FALSE(listed->front().active);
    auto missing = f.directory.provider(4321);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no provider 4321")));
}

TEST_CASE("The printed directory lists legal-aid organisations first with their active providers in order",
          "[directory]") {
    DirectoryFixture f;
    const qint64 union_ = f.organisation(QStringLiteral("womens_union"), QStringLiteral("Hội LHPN tỉnh"));
    const qint64 hospital = f.organisation(QStringLiteral("health_facility"), QStringLiteral("Bệnh viện"));
    const qint64 firm = f.organisation(QStringLiteral("law_firm"), QStringLiteral("Công ty Luật ABC"));
    const qint64 branch =
        f.organisation(QStringLiteral("branch"), QStringLiteral("Chi nhánh số 1"), QStringLiteral("CN1"));
    const qint64 centre =
        f.organisation(QStringLiteral("centre"), QStringLiteral("Trung tâm TGPL"), QStringLiteral("TT"));

    // Vietnamese lists go by given name (the last word): Anh < Bình < Yến.
    const qint64 collaborator =
        f.provider(QStringLiteral("collaborator"), QStringLiteral("Đỗ Văn Anh"), centre);
    const qint64 yen = f.provider(QStringLiteral("legal_aid_officer"), QStringLiteral("Nguyễn Thị Yến"),
                                  centre, QStringLiteral("TGV-2"));
    const qint64 binh = f.provider(QStringLiteral("legal_aid_officer"), QStringLiteral("Trần Văn Bình"),
                                   centre, QStringLiteral("TGV-1"));
    const qint64 lawyer =
        f.provider(QStringLiteral("lawyer"), QStringLiteral("Lê Văn Luật"), firm, QStringLiteral("LS-1"));
    const qint64 gone = f.provider(QStringLiteral("legal_aid_officer"), QStringLiteral("Phạm Văn Cũ"), branch,
                                   QStringLiteral("TGV-3"));
    REQUIRE(f.directory.deactivateProvider(gone).ok());
    const qint64 unionCollaborator =
        f.provider(QStringLiteral("collaborator"), QStringLiteral("Vũ Thị Hoa"), union_);

    auto listing = f.directory.directoryListing();
    REQUIRE(listing.ok());
    std::vector<qint64> organisations;
    for (const DirectoryEntry& entry : *listing)
        organisations.push_back(entry.organisation.id);
    // Units and contracted organisations first (a branch without active providers too), then partners that
    // have providers; the hospital has none and is left out.
    CHECK(organisations == std::vector<qint64>{centre, branch, firm, union_});
    CHECK(std::find(organisations.begin(), organisations.end(), hospital) == organisations.end());

    std::vector<qint64> centreProviders;
    for (const Provider& provider : listing->at(0).providers)
        centreProviders.push_back(provider.id);
    CHECK(centreProviders == std::vector<qint64>{binh, yen, collaborator});
    CHECK(listing->at(1).providers.empty());
    REQUIRE(listing->at(2).providers.size() == 1);
    CHECK(listing->at(2).providers.front().id == lawyer);
    REQUIRE(listing->at(3).providers.size() == 1);
    CHECK(listing->at(3).providers.front().id == unionCollaborator);
}

TEST_CASE("Directory catalogues have labels and the unit rules", "[directory]") {
    for (const QString& code : organisationKindCodes())
        CHECK_FALSE(organisationKindLabel(code).isEmpty());
    CHECK(organisationKindCodes().contains(QStringLiteral("border_guard")));
    CHECK(isLegalAidUnitKind(QStringLiteral("branch")));
    CHECK_FALSE(isLegalAidUnitKind(QStringLiteral("law_firm")));
    CHECK(providerNeedsCard(QStringLiteral("lawyer")));
    CHECK(providerNeedsCard(QStringLiteral("legal_aid_officer")));
    CHECK_FALSE(providerNeedsCard(QStringLiteral("collaborator")));
    CHECK_FALSE(providerNeedsCard(QStringLiteral("legal_consultant")));
}
