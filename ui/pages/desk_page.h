#pragma once

#include "domain/role.h"

#include <QVariantMap>
#include <QWidget>

namespace legalaid {
class Session;
}

namespace legalaid::ui {

// One screen of the desk (overview, people, cases, …). The main window owns the pages and the session:
// it attaches the session after sign-in or unlock and detaches it before locking, when the session and its
// key are destroyed. A page therefore keeps the Session* only between attach() and detach(), and every
// worker or model it started must have let go of the database by the time detach() returns.
class DeskPage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The stable key other pages use to link here ("people", "cases", …).
    [[nodiscard]] virtual QString key() const = 0;
    // The navigation label, translated.
    [[nodiscard]] virtual QString title() const = 0;
    // The navigation icon, a resource path such as ":/icons/people.svg".
    [[nodiscard]] virtual QString iconPath() const = 0;
    // Whether the page appears in the navigation for this role (what a role may not see is not shown).
    [[nodiscard]] virtual bool isAvailableTo(Role role) const = 0;

    // The session is open: load what the page shows.
    virtual void attach(Session& session) = 0;
    // The desk is about to lock: forget the session, stop workers, clear every widget that shows data read
    // from the database. Unsaved edits in a form stay (the lock screen hides them) so nothing is lost.
    virtual void detach() = 0;

    // True while a form on the page holds edits that are not saved yet.
    [[nodiscard]] virtual bool hasUnsavedChanges() const { return false; }
    // Saves those edits (Ctrl+S); false when the core refused and the page shows why.
    virtual bool save() { return true; }
    // Ctrl+F: put the cursor in the page's search field.
    virtual void focusSearch() {}
    // Ctrl+N on the people page, Ctrl+Shift+N on the cases page: start a new record.
    virtual void createNew() {}
    // Shows the filtered view a link names, e.g. {"status": "in_progress"} from a number on the overview.
    virtual void openLink(const QVariantMap& filter) { Q_UNUSED(filter) }

signals:
    // Ask the window to show another page with a filter (a number on the overview opens the list behind it).
    void navigateRequested(const QString& pageKey, const QVariantMap& filter);
};

} // namespace legalaid::ui
