#include "storage/kdf_profile.h"

#include <sodium.h>

namespace legalaid::storage {

KdfParameters kdfParameters(KdfProfile profile) {
    switch (profile) {
    case KdfProfile::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfProfile::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfProfile::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

QString kdfProfileName(KdfProfile profile) {
    switch (profile) {
    case KdfProfile::Interactive:
        return QStringLiteral("interactive");
    case KdfProfile::Moderate:
        return QStringLiteral("moderate");
    case KdfProfile::Sensitive:
        return QStringLiteral("sensitive");
    }
    return QStringLiteral("moderate");
}

std::optional<KdfProfile> kdfProfileFromName(const QString& name) {
    for (auto profile : {KdfProfile::Interactive, KdfProfile::Moderate, KdfProfile::Sensitive}) {
        if (kdfProfileName(profile) == name)
            return profile;
    }
    return std::nullopt;
}

bool kdfParametersAreSane(const KdfParameters& params) {
    return params.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && params.opsLimit <= 16 &&
           params.memLimit >= crypto_pwhash_MEMLIMIT_MIN && params.memLimit <= (std::size_t{4} << 30);
}

} // namespace legalaid::storage
