#pragma once

namespace legalaid {

// Keeps key material out of crash output: no core dumps, and (on Linux) the process is not dumpable, so other
// processes of the same user cannot attach to it and read its memory. Call first thing in main().
void hardenProcess();

} // namespace legalaid
