#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"
#include "records/session.h"

#include <vector>

namespace legalaid {

// The editable case catalogues: beneficiary groups (diện, Legal Aid Law art. 7) and fields of law.
// Listing is open to every signed-in role (they are public reference data, needed to read figures too);
// changes need CatalogueEdit and are audited. Entries are deactivated, never deleted: old cases keep them.
class CaseCatalogueService {
public:
    explicit CaseCatalogueService(Session& session);

    [[nodiscard]] Result<std::vector<BeneficiaryGroup>> groups(bool includeInactive = false) const;
    [[nodiscard]] Result<std::vector<FieldOfLaw>> fields(bool includeInactive = false) const;

    [[nodiscard]] Status addGroup(const BeneficiaryGroup& group);
    [[nodiscard]] Status setGroupActive(const QString& code, bool active);
    // Refuses business and commerce, which the law excludes from legal aid.
    [[nodiscard]] Status addField(const FieldOfLaw& field);
    [[nodiscard]] Status setFieldActive(const QString& code, bool active);

private:
    Session& m_session;
};

} // namespace legalaid
