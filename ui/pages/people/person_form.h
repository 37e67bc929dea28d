#pragma once

#include "domain/person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

class ErrorLabel;

// The new/edit person form. Checks what is typed with the core's rules (core/records/people/person_rules.h)
// and shows each problem beside its field; warns about likely duplicates while the name and birth year are
// typed. The page saves through PersonService and shows the core's refusal with showSaveError().
// Edits stay when the session goes (lock), so nothing typed is lost.
class PersonForm : public QWidget {
    Q_OBJECT

public:
    explicit PersonForm(QWidget* parent = nullptr);

    // An empty form for a new person.
    void startNew();
    // The form filled with an existing record, to change it.
    void startEdit(const PersonRecord& record);
    [[nodiscard]] qint64 personId() const { return m_personId; }
    [[nodiscard]] bool isNew() const { return m_personId == 0; }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    void markSaved() { m_dirty = false; }

    // What is typed, as the core's value type (not yet normalised).
    [[nodiscard]] PersonDetails details() const;
    // The changes from the record being edited.
    [[nodiscard]] PersonChanges changes() const;

    // The session used to look up duplicates; nullptr while locked.
    void setSession(Session* session);
    // Runs every field check now and returns true when the form has no problem the core rules find.
    bool validateAll();
    void showSaveError(const QString& message);
    void setSaveAllowed(bool allowed, const QString& whyNot);
    void focusFirstField();

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* birthEdit() const { return m_birth; }

signals:
    void saveRequested();
    void cancelRequested();

private:
    void edited();
    void validate(bool includeUntouched);
    void lookUpDuplicates();
    // Parses the birth field: a date (dd/MM/yyyy) or a year (yyyy); false when neither.
    bool parseBirth(QDate& date, std::optional<int>& year) const;
    [[nodiscard]] QComboBox* catalogueCombo(int catalogue, bool withEmpty, const QString& name);

    Session* m_session = nullptr;
    qint64 m_personId = 0;
    PersonRecord m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saveTried = false;
    bool m_nameTouched = false;

    QLabel* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_name = nullptr;
    ErrorLabel* m_nameError = nullptr;
    QLabel* m_duplicates = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birth = nullptr;
    ErrorLabel* m_birthError = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QComboBox* m_nationality = nullptr;
    QComboBox* m_idType = nullptr;
    QLineEdit* m_idNumber = nullptr;
    ErrorLabel* m_idError = nullptr;
    QComboBox* m_province = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_phone = nullptr;
    ErrorLabel* m_phoneError = nullptr;
    QComboBox* m_exploitation = nullptr;
    QComboBox* m_destination = nullptr;
    QComboBox* m_returnMode = nullptr;
    QLineEdit* m_accompanies = nullptr;
    QLineEdit* m_arrival = nullptr;
    ErrorLabel* m_minorError = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ErrorLabel* m_saveError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_duplicateTimer = nullptr;
};

} // namespace legalaid::ui
