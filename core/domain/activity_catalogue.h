#pragma once

#include <QString>
#include <QStringList>

namespace legalaid {

// Outreach and training activities (hoạt động, DESIGN §5): kinds and audiences. Codes are stored and used by
// the CLI; labels are translated.

// legal_dissemination (truyền thông / phổ biến pháp luật), communication_product (sản phẩm truyền thông),
// training (tập huấn).
[[nodiscard]] const QStringList& activityKindCodes();
[[nodiscard]] bool isActivityKind(const QString& code);
[[nodiscard]] QString activityKindLabel(const QString& code);

// victims, people_at_risk, officials, students, community, other.
[[nodiscard]] const QStringList& activityAudienceCodes();
[[nodiscard]] bool isActivityAudience(const QString& code);
[[nodiscard]] QString activityAudienceLabel(const QString& code);

} // namespace legalaid
