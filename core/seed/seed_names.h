#pragma once

#include "seed/seed_random.h"

#include <QString>

namespace legalaid::seed {

// A Vietnamese full name with full diacritics: surname drawn with its real frequency (Nguyễn about 38 %,
// Trần 11 %, Lê 9.5 %…), a gendered middle name and a given name.
[[nodiscard]] QString vietnameseName(Random& random, bool female);

// A commune (xã/phường) name for the address.
[[nodiscard]] QString communeName(Random& random);

} // namespace legalaid::seed
