#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// The fixed lists the people records draw their codes from (code ↔ label). Codes are stored in the
// database and typed on the command line, so they never change; labels are translated when asked for.
enum class PersonCatalogue {
    Category,               // victim, under_identification, accompanying_minor
    Sex,                    // f, m, x
    IdentificationStatus,   // under_identification, identified, not_victim
    DecidingBody,           // who decides on identification
    IdDocumentType,         // cccd, passport, none
    ConfirmingDocumentType, // the document that confirms an identification decision
    ReturnMode,             // how the person came back
    ExploitationType,       // HTCDS-aligned forms of exploitation
    ConsentGiver,           // person, representative, both
    Province,               // the 34 provincial units in force since 1 July 2025
    Ethnicity,              // the 54 ethnic groups of Viet Nam
    Country,                // nationality and destination: Viet Nam first, then the usual destinations
};

struct PersonCatalogueEntry {
    QString code;
    QString label;
};

[[nodiscard]] const std::vector<PersonCatalogue>& allPersonCatalogues();
// The name used on the command line, e.g. "provinces", "ethnicities".
[[nodiscard]] QString personCatalogueName(PersonCatalogue catalogue);
[[nodiscard]] std::optional<PersonCatalogue> personCatalogueFromName(const QString& name);

// Entries in display order, labels in the current language. Province and ethnic-group labels are
// Vietnamese proper names and are the same in every language.
[[nodiscard]] std::vector<PersonCatalogueEntry> personCatalogueEntries(PersonCatalogue catalogue);
[[nodiscard]] bool personCatalogueHas(PersonCatalogue catalogue, const QString& code);
// The label for `code`, or the code itself when the catalogue does not know it.
[[nodiscard]] QString personCatalogueLabel(PersonCatalogue catalogue, const QString& code);

} // namespace legalaid
