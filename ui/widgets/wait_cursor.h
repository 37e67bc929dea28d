#pragma once

namespace legalaid::ui {

// Shows the busy cursor for as long as it lives, for the moments (deriving a key, writing a PDF) when the
// desk works without an event loop turn.
class WaitCursor {
public:
    WaitCursor();
    ~WaitCursor();
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace legalaid::ui
