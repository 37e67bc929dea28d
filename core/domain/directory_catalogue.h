#pragma once

#include <QString>
#include <QStringList>

namespace legalaid {

// The kinds of organisation in the directory (danh bạ, DESIGN §5) and of legal-aid providers. Codes are
// stored in the database and used by the CLI; labels are translated. The lists are fixed in code: statistics
// and the printed directory depend on them.

// centre, branch, law_firm, legal_consulting_org, procedural_authority, police, … , other — in print order.
[[nodiscard]] const QStringList& organisationKindCodes();
[[nodiscard]] bool isOrganisationKind(const QString& code);
// The translated label, e.g. "Chi nhánh" for "branch"; the code itself when unknown.
[[nodiscard]] QString organisationKindLabel(const QString& code);
// The centre and its branches: the units that keep a case register and need a unit code (TT, CN1).
[[nodiscard]] bool isLegalAidUnitKind(const QString& code);
// Organisations whose people perform legal aid (units, contracted law firms and legal consulting
// organisations): the first part of the printed "Danh sách tổ chức thực hiện TGPL và người thực hiện TGPL".
[[nodiscard]] bool performsLegalAid(const QString& code);

// legal_aid_officer, lawyer, legal_consultant, collaborator — in print order.
[[nodiscard]] const QStringList& providerKindCodes();
[[nodiscard]] bool isProviderKind(const QString& code);
[[nodiscard]] QString providerKindLabel(const QString& code);
// Legal-aid officers and lawyers act under a card (thẻ trợ giúp viên pháp lý, thẻ luật sư).
[[nodiscard]] bool providerNeedsCard(const QString& code);

} // namespace legalaid
