#pragma once

#include "records/cases/case_service.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

class ErrorLabel;

// "Receive a request" (tiếp nhận yêu cầu): the beneficiary chosen from the people records, the form, field
// of law, beneficiary group, how the request came, the date, what is asked, a representative who asked on
// the person's behalf, and the hearing or limitation date that makes a request urgent. Required fields are
// checked as the user types; Save calls CaseService::open and shows the core's sentence when it refuses.
class NewCaseDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewCaseDialog(Session& session, QWidget* parent = nullptr);

    [[nodiscard]] NewCase request() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    // Saves (Ctrl+S or the Save button); false when refused, with the reason shown.
    bool save();
    // Forgets the session before the desk locks; the typed fields stay.
    void detachSession() { m_session = nullptr; }

signals:
    void caseOpened(qint64 caseId, const QString& fileCode);

private:
    void searchPeople(const QString& text);
    [[nodiscard]] bool validate();

    Session* m_session = nullptr;
    bool m_modified = false;
    QLineEdit* m_personSearch = nullptr;
    QListWidget* m_people = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_source = nullptr;
    QDateEdit* m_receivedOn = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_requesterName = nullptr;
    QLineEdit* m_requesterRelation = nullptr;
    QCheckBox* m_hasHearing = nullptr;
    QDateEdit* m_hearingDate = nullptr;
    QCheckBox* m_hasLimitation = nullptr;
    QDateEdit* m_limitationDate = nullptr;
    QCheckBox* m_courtAppointed = nullptr;
    ErrorLabel* m_personError = nullptr;
    ErrorLabel* m_relationError = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace legalaid::ui
