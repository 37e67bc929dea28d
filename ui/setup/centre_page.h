#pragma once

#include "records/centre_settings.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace legalaid::ui {

class ErrorLabel;

// The centre as it is printed on documents: name, code, place and parent agency.
class CentrePage : public QWizardPage {
    Q_OBJECT

public:
    explicit CentrePage(QWidget* parent = nullptr);

    [[nodiscard]] CentreSettings centre() const;
    // Refuses to go on while validateCentreSettings does, and says why under the fields.
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void revalidateShownError();
    // Centre codes are capitals; typing them in lower case is accepted and shown in capitals.
    void capitaliseCode(const QString& text);

    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_codeHint = nullptr;
    QLabel* m_placeLabel = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_parentLabel = nullptr;
    QLineEdit* m_parent = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui
