#pragma once

#include "records/referrals/referral_service.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace legalaid::ui {

class ConsentCheckPanel;
class ErrorLabel;

// Records a referral. Incoming: which partner referred the person. Outgoing: the partner and the service,
// with the consent check shown before saving — Save stays disabled, with the core's sentence, while the
// person's consent does not cover the partner (and the core refuses with E_NO_CONSENT anyway).
class NewReferralDialog : public QDialog {
    Q_OBJECT

public:
    NewReferralDialog(Session& session, const QString& direction, QWidget* parent = nullptr);

    [[nodiscard]] NewReferral referral() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    bool save();
    void detachSession() { m_session = nullptr; }
    // Chooses the person (tests and links from a person's record).
    void choosePerson(qint64 personId, const QString& fullName);

signals:
    void referralRecorded(qint64 referralId);

private:
    void searchPeople(const QString& text);
    void recheck();

    Session* m_session = nullptr;
    QString m_direction;
    bool m_modified = false;
    QLineEdit* m_personSearch = nullptr;
    QListWidget* m_people = nullptr;
    QComboBox* m_partner = nullptr;
    QComboBox* m_service = nullptr;
    QDateEdit* m_sentOn = nullptr;
    QCheckBox* m_abroad = nullptr;
    QPlainTextEdit* m_note = nullptr;
    ConsentCheckPanel* m_consent = nullptr;
    ErrorLabel* m_personError = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace legalaid::ui
