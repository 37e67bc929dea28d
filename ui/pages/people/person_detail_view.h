#pragma once

#include "common/result.h"
#include "domain/person.h"
#include "domain/role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QFormLayout;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

// One person's file in tabs: identity, identification history, consent, accompanying minors or the person
// accompanied, cases, referrals and support services, and (admin and auditor only) the audit history.
// Every opening goes through PersonService::get, which audits the view.
class PersonDetailView : public QWidget {
    Q_OBJECT

public:
    explicit PersonDetailView(QWidget* parent = nullptr);

    // Reads and shows the person; the failure (permission, missing person) is shown in place of the tabs.
    Status showPerson(Session& session, qint64 personId);
    // Forgets everything shown (before the desk locks).
    void clear();
    [[nodiscard]] qint64 personId() const { return m_personId; }
    // The record shown (to start editing it without reading it again).
    [[nodiscard]] const PersonRecord& record() const { return m_record; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // Whether editing is allowed for this role, with the reason as tooltip when it is not.
    void setEditAllowed(bool allowed, const QString& whyNot);

signals:
    void editRequested(qint64 personId);
    // Another person of the file (a minor, the accompanied person) was activated.
    void personActivated(qint64 personId);

private:
    void fillAudit(Session& session);

    qint64 m_personId = 0;
    PersonRecord m_record;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_identityPage = nullptr;
    QFormLayout* m_identity = nullptr;
    QTableWidget* m_identification = nullptr;
    QTableWidget* m_consents = nullptr;
    QTableWidget* m_related = nullptr;
    QTableWidget* m_cases = nullptr;
    QTableWidget* m_referrals = nullptr;
    QTableWidget* m_audit = nullptr;
    int m_auditTab = -1;
};

} // namespace legalaid::ui
