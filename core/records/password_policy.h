#pragma once

#include "common/result.h"

#include <QString>

namespace legalaid {

// How strong a new password looks, for the strength meter and for refusing weak ones.
enum class PasswordStrength { Empty, TooShort, Weak, Fair, Strong };

inline constexpr int kMinimumPasswordLength = 10;

[[nodiscard]] PasswordStrength estimatePasswordStrength(const QString& password);
[[nodiscard]] QString passwordStrengthLabel(PasswordStrength strength);
// EmptyPassword or WeakPassword with what to do about it; ok for Fair and Strong.
[[nodiscard]] Status checkNewPassword(const QString& password);

} // namespace legalaid
