#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace legalaid::storage {

// How hard Argon2id works for one password. Chosen at creation, stored in every slot so that a slot
// made on a fast machine still opens on a slow one.
enum class KdfProfile { Interactive, Moderate, Sensitive };

struct KdfParameters {
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0;
};

[[nodiscard]] KdfParameters kdfParameters(KdfProfile profile);
[[nodiscard]] QString kdfProfileName(KdfProfile profile);
[[nodiscard]] std::optional<KdfProfile> kdfProfileFromName(const QString& name);

// A keyring edited to demand absurd work must not hang or exhaust the machine.
[[nodiscard]] bool kdfParametersAreSane(const KdfParameters& params);

} // namespace legalaid::storage
