#include "widgets/session_in_use.h"

namespace legalaid::ui {

namespace {

int& users() {
    static int count = 0;
    return count;
}

SessionInUseNotifier& theNotifier() {
    static SessionInUseNotifier notifier;
    return notifier;
}

} // namespace

SessionInUse::SessionInUse() {
    ++users();
}

SessionInUse::~SessionInUse() {
    if (--users() == 0)
        emit theNotifier().released();
}

bool SessionInUse::active() {
    return users() > 0;
}

SessionInUseNotifier* SessionInUse::notifier() {
    return &theNotifier();
}

} // namespace legalaid::ui
