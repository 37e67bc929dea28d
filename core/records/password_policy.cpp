#include "records/password_policy.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace legalaid {

PasswordStrength estimatePasswordStrength(const QString& password) {
    if (password.isEmpty())
        return PasswordStrength::Empty;
    if (password.size() < kMinimumPasswordLength)
        return PasswordStrength::TooShort;

    // A rough entropy estimate: the alphabet the password draws from, discounted for repeated characters.
    bool lower = false, upper = false, digit = false, space = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true; // words separated by spaces: the words carry the strength, not the spaces
        else
            other = true;
    }
    const int alphabet =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) + (other ? 32 : 0);
    const double perChar = std::log2(std::max(alphabet, 2));
    const double effectiveLength = std::min<double>(password.size(), distinct.size() * 1.5);
    const double bits = perChar * effectiveLength;
    if (bits < 45)
        return PasswordStrength::Weak;
    if (bits < 75)
        return PasswordStrength::Fair;
    return PasswordStrength::Strong;
}

QString passwordStrengthLabel(PasswordStrength strength) {
    switch (strength) {
    case PasswordStrength::Empty:
        return QCoreApplication::translate("PasswordPolicy", "Enter a password");
    case PasswordStrength::TooShort:
        return QCoreApplication::translate("PasswordPolicy", "Too short: at least 10 characters");
    case PasswordStrength::Weak:
        return QCoreApplication::translate("PasswordPolicy", "Weak: add words, digits or symbols");
    case PasswordStrength::Fair:
        return QCoreApplication::translate("PasswordPolicy", "Fair");
    case PasswordStrength::Strong:
        return QCoreApplication::translate("PasswordPolicy", "Strong");
    }
    return {};
}

Status checkNewPassword(const QString& password) {
    switch (estimatePasswordStrength(password)) {
    case PasswordStrength::Empty:
        return makeError(
            ErrorCode::EmptyPassword,
            QCoreApplication::translate("PasswordPolicy", "The password is empty. Enter a password."));
    case PasswordStrength::TooShort:
        return makeError(
            ErrorCode::WeakPassword,
            QCoreApplication::translate(
                "PasswordPolicy",
                "The password is too short: use at least 10 characters, for example a few words."));
    case PasswordStrength::Weak:
        return makeError(
            ErrorCode::WeakPassword,
            QCoreApplication::translate(
                "PasswordPolicy",
                "The password is too easy to guess: use more different characters or a few words."));
    case PasswordStrength::Fair:
    case PasswordStrength::Strong:
        break;
    }
    return {};
}

} // namespace legalaid
