#pragma once

#include <QDate>
#include <QGroupBox>
#include <QStringList>
#include <map>

class QCheckBox;
class QLabel;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

// Shown before anything about a person is disclosed to a partner (an outgoing referral, its slip): whether
// the person's consent covers the partner on the day (core/records/people/consent_check.h), the consent it
// rests on, and the fields the referral would disclose (chosen here). When consent is missing the core's
// sentence is shown and nothing can be disclosed.
class ConsentCheckPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ConsentCheckPanel(QWidget* parent = nullptr);

    // Checks consent for the person and the partner on `on`; shows the result.
    void check(Session& session, qint64 personId, qint64 organisationId, const QDate& on);
    void reset(const QString& hint);

    [[nodiscard]] bool allowed() const { return m_allowed; }
    [[nodiscard]] QString refusal() const { return m_refusal; }
    [[nodiscard]] QStringList chosenFields() const;
    // Fixes the fields (a referral already recorded discloses what it recorded).
    void showFixedFields(const QStringList& fields);

signals:
    void changed();

private:
    bool m_allowed = false;
    QString m_refusal;
    QLabel* m_verdict = nullptr;
    QLabel* m_disclosedList = nullptr;
    std::map<QString, QCheckBox*> m_fields;
};

} // namespace legalaid::ui
