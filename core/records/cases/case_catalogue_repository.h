#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace legalaid {

// SQL for the editable case catalogues, beneficiary_groups and fields_of_law, lives here only.
class CaseCatalogueRepository {
public:
    explicit CaseCatalogueRepository(QSqlDatabase db);

    [[nodiscard]] Result<std::vector<BeneficiaryGroup>> groups(bool includeInactive) const;
    [[nodiscard]] Result<std::optional<BeneficiaryGroup>> group(const QString& code) const;
    [[nodiscard]] Status insertGroup(const BeneficiaryGroup& group);
    [[nodiscard]] Status setGroupActive(const QString& code, bool active);

    [[nodiscard]] Result<std::vector<FieldOfLaw>> fields(bool includeInactive) const;
    [[nodiscard]] Result<std::optional<FieldOfLaw>> field(const QString& code) const;
    [[nodiscard]] Status insertField(const FieldOfLaw& field);
    [[nodiscard]] Status setFieldActive(const QString& code, bool active);

private:
    QSqlDatabase m_db;
};

} // namespace legalaid
