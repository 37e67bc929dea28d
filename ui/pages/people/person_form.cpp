#include "pages/people/person_form.h"

#include "domain/person_catalogues.h"
#include "records/people/person_repository.h"
#include "records/people/person_rules.h"
#include "records/session.h"
#include "search/person_search_index.h"
#include "widgets/error_label.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

// Typing pauses this long before the duplicate lookup runs.
constexpr int kDuplicateDelayMs = 250;
constexpr int kDuplicatesShown = 5;

QString comboCode(const QComboBox* combo) {
    return combo->currentData().toString();
}

void selectCode(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A person that passes every check, so that one group of fields copied onto it is checked alone.
PersonDetails neutralPerson() {
    PersonDetails person;
    person.fullName = QStringLiteral("x");
    return person;
}

QString problemOf(const PersonDetails& probe) {
    const Status status = checkPersonDetails(normalisedPerson(probe), QDate::currentDate());
    return status ? QString() : status.error().message;
}

} // namespace

PersonForm::PersonForm(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("personForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    // A field with its message underneath, as one form row.
    const auto addRow = [&](const QString& text, QWidget* field, QWidget* below = nullptr,
                            QWidget* below2 = nullptr) {
        auto* cell = new QWidget(body);
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        if (below)
            column->addWidget(below);
        if (below2)
            column->addWidget(below2);
        auto* label = new QLabel(text, body);
        label->setBuddy(field);
        form->addRow(label, cell);
    };

    m_category = catalogueCombo(static_cast<int>(PersonCatalogue::Category), false, tr("Category"));
    m_category->setObjectName(QStringLiteral("personCategory"));
    addRow(tr("&Category:"), m_category);

    m_name = new QLineEdit(body);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setMaxLength(200);
    m_nameError = new ErrorLabel(body);
    m_nameError->setObjectName(QStringLiteral("personNameError"));
    m_duplicates = new QLabel(body);
    m_duplicates->setObjectName(QStringLiteral("personDuplicates"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::PlainText);
    QPalette warning = m_duplicates->palette();
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_duplicates->setPalette(warning);
    m_duplicates->hide();
    addRow(tr("Full &name:"), m_name, m_nameError, m_duplicates);

    m_sex = catalogueCombo(static_cast<int>(PersonCatalogue::Sex), true, tr("Sex"));
    m_sex->setObjectName(QStringLiteral("personSex"));
    addRow(tr("&Sex:"), m_sex);

    m_birth = new QLineEdit(body);
    m_birth->setObjectName(QStringLiteral("personBirth"));
    m_birth->setAccessibleName(tr("Date or year of birth"));
    m_birth->setPlaceholderText(tr("dd/mm/yyyy or yyyy"));
    m_birthError = new ErrorLabel(body);
    m_birthError->setObjectName(QStringLiteral("personBirthError"));
    addRow(tr("&Born:"), m_birth, m_birthError);

    m_ethnicity = catalogueCombo(static_cast<int>(PersonCatalogue::Ethnicity), true, tr("Ethnicity"));
    addRow(tr("&Ethnicity:"), m_ethnicity);
    m_nationality = catalogueCombo(static_cast<int>(PersonCatalogue::Country), true, tr("Nationality"));
    addRow(tr("Nationa&lity:"), m_nationality);

    auto* idRow = new QWidget(body);
    auto* idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    m_idType =
        catalogueCombo(static_cast<int>(PersonCatalogue::IdDocumentType), false, tr("ID document type"));
    m_idType->setObjectName(QStringLiteral("personIdType"));
    m_idNumber = new QLineEdit(idRow);
    m_idNumber->setObjectName(QStringLiteral("personIdNumber"));
    m_idNumber->setAccessibleName(tr("ID document number"));
    idLayout->addWidget(m_idType);
    idLayout->addWidget(m_idNumber, 1);
    m_idError = new ErrorLabel(body);
    m_idError->setObjectName(QStringLiteral("personIdError"));
    auto* idLabel = new QLabel(tr("&ID document:"), body);
    idLabel->setBuddy(m_idType);
    auto* idCell = new QWidget(body);
    auto* idColumn = new QVBoxLayout(idCell);
    idColumn->setContentsMargins(0, 0, 0, 0);
    idColumn->setSpacing(2);
    idColumn->addWidget(idRow);
    idColumn->addWidget(m_idError);
    form->addRow(idLabel, idCell);

    m_province = catalogueCombo(static_cast<int>(PersonCatalogue::Province), true, tr("Province"));
    m_province->setObjectName(QStringLiteral("personProvince"));
    addRow(tr("&Province:"), m_province);
    m_commune = new QLineEdit(body);
    m_commune->setAccessibleName(tr("Commune"));
    addRow(tr("C&ommune:"), m_commune);
    m_phone = new QLineEdit(body);
    m_phone->setObjectName(QStringLiteral("personPhone"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phoneError = new ErrorLabel(body);
    m_phoneError->setObjectName(QStringLiteral("personPhoneError"));
    addRow(tr("P&hone:"), m_phone, m_phoneError);
    m_exploitation =
        catalogueCombo(static_cast<int>(PersonCatalogue::ExploitationType), true, tr("Form of exploitation"));
    addRow(tr("E&xploitation:"), m_exploitation);
    m_destination = catalogueCombo(static_cast<int>(PersonCatalogue::Country), true, tr("Destination"));
    addRow(tr("&Destination:"), m_destination);
    m_returnMode = catalogueCombo(static_cast<int>(PersonCatalogue::ReturnMode), true, tr("Return"));
    addRow(tr("&Return:"), m_returnMode);

    m_accompanies = new QLineEdit(body);
    m_accompanies->setObjectName(QStringLiteral("personAccompanies"));
    m_accompanies->setAccessibleName(tr("Number of the person accompanied"));
    m_accompanies->setPlaceholderText(tr("record number, accompanying minors only"));
    m_accompanies->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_accompanies));
    addRow(tr("&Accompanies:"), m_accompanies);
    m_arrival = new QLineEdit(body);
    m_arrival->setObjectName(QStringLiteral("personArrival"));
    m_arrival->setAccessibleName(tr("Arrival date"));
    m_arrival->setPlaceholderText(tr("dd/mm/yyyy"));
    m_minorError = new ErrorLabel(body);
    m_minorError->setObjectName(QStringLiteral("personMinorError"));
    addRow(tr("Arri&val date:"), m_arrival, m_minorError);

    m_notes = new QPlainTextEdit(body);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    addRow(tr("No&tes:"), m_notes);

    m_saveError = new ErrorLabel(this);
    m_saveError->setObjectName(QStringLiteral("personSaveError"));
    outer->addWidget(m_saveError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPerson"));
    m_cancel->setAccessibleName(tr("Cancel the changes"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("savePerson"));
    m_save->setAccessibleName(tr("Save the person"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PersonForm::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PersonForm::cancelRequested);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(kDuplicateDelayMs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &PersonForm::lookUpDuplicates);

    for (QLineEdit* edit : {m_name, m_birth, m_idNumber, m_commune, m_phone, m_accompanies, m_arrival})
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::edited);
    for (QComboBox* combo : {m_category, m_sex, m_ethnicity, m_nationality, m_idType, m_province,
                             m_exploitation, m_destination, m_returnMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &PersonForm::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PersonForm::edited);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_duplicateTimer->start();
    });
    connect(m_birth, &QLineEdit::textEdited, m_duplicateTimer, qOverload<>(&QTimer::start));

    startNew();
}

QComboBox* PersonForm::catalogueCombo(int catalogue, bool withEmpty, const QString& name) {
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    if (withEmpty)
        combo->addItem(tr("(not known)"), QString());
    for (const PersonCatalogueEntry& entry : personCatalogueEntries(static_cast<PersonCatalogue>(catalogue)))
        combo->addItem(entry.label, entry.code);
    return combo;
}

void PersonForm::startNew() {
    m_loading = true;
    m_personId = 0;
    m_original = {};
    m_title->setText(tr("New person"));
    selectCode(m_category, personCategoryCode(PersonCategory::Victim));
    for (QComboBox* combo :
         {m_sex, m_ethnicity, m_nationality, m_province, m_exploitation, m_destination, m_returnMode})
        combo->setCurrentIndex(0);
    selectCode(m_idType, idDocumentTypeCode(IdDocumentType::None));
    for (QLineEdit* edit : {m_name, m_birth, m_idNumber, m_commune, m_phone, m_accompanies, m_arrival})
        edit->clear();
    m_notes->clear();
    m_loading = false;
    m_dirty = false;
    m_saveTried = false;
    m_nameTouched = false;
    m_duplicates->hide();
    validate(false);
}

void PersonForm::startEdit(const PersonRecord& record) {
    startNew();
    m_loading = true;
    m_personId = record.id;
    m_original = record;
    const PersonDetails& p = record.details;
    m_title->setText(tr("Change %1").arg(p.fullName));
    selectCode(m_category, personCategoryCode(p.category));
    m_name->setText(p.fullName);
    selectCode(m_sex, sexCode(p.sex));
    m_birth->setText(p.birthDate.isValid() ? dateText(p.birthDate)
                                           : (p.birthYear ? QString::number(*p.birthYear) : QString()));
    selectCode(m_ethnicity, p.ethnicityCode);
    selectCode(m_nationality, p.nationalityCode);
    selectCode(m_idType, idDocumentTypeCode(p.idType));
    m_idNumber->setText(p.idNumber);
    selectCode(m_province, p.provinceCode);
    m_commune->setText(p.commune);
    m_phone->setText(p.phone);
    selectCode(m_exploitation, p.exploitationCode);
    selectCode(m_destination, p.destinationCode);
    selectCode(m_returnMode, p.returnModeCode);
    m_accompanies->setText(p.accompaniesPersonId ? QString::number(*p.accompaniesPersonId) : QString());
    m_arrival->setText(dateText(p.arrivalDate));
    m_notes->setPlainText(p.notes);
    m_loading = false;
    m_dirty = false;
    m_nameTouched = true;
    validate(true);
}

void PersonForm::setSession(Session* session) {
    m_session = session;
    if (!session) {
        m_duplicateTimer->stop();
        m_duplicates->clear(); // names read from the database are not kept while locked
        m_duplicates->hide();
    }
}

bool PersonForm::parseBirth(QDate& date, std::optional<int>& year) const {
    const QString text = m_birth->text().trimmed();
    date = {};
    year.reset();
    if (text.isEmpty())
        return true;
    static const QRegularExpression yearOnly(QStringLiteral("^[0-9]{4}$"));
    if (yearOnly.match(text).hasMatch()) {
        year = text.toInt();
        return true;
    }
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$"));
    const auto match = dayMonthYear.match(text);
    if (!match.hasMatch())
        return false;
    date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid();
}

PersonDetails PersonForm::details() const {
    PersonDetails p;
    p.category = personCategoryFromCode(comboCode(m_category)).value_or(PersonCategory::Victim);
    p.fullName = m_name->text();
    p.sex = sexFromCode(comboCode(m_sex)).value_or(Sex::Unknown);
    QDate birthDate;
    std::optional<int> birthYear;
    if (parseBirth(birthDate, birthYear)) {
        p.birthDate = birthDate;
        p.birthYear = birthYear;
    }
    p.ethnicityCode = comboCode(m_ethnicity);
    p.nationalityCode = comboCode(m_nationality);
    p.idType = idDocumentTypeFromCode(comboCode(m_idType)).value_or(IdDocumentType::None);
    p.idNumber = m_idNumber->text();
    p.provinceCode = comboCode(m_province);
    p.commune = m_commune->text();
    p.phone = m_phone->text();
    p.exploitationCode = comboCode(m_exploitation);
    p.destinationCode = comboCode(m_destination);
    p.returnModeCode = comboCode(m_returnMode);
    p.notes = m_notes->toPlainText();
    if (const qint64 accompanied = m_accompanies->text().toLongLong(); accompanied > 0)
        p.accompaniesPersonId = accompanied;
    p.arrivalDate = QDate::fromString(m_arrival->text().trimmed(), QStringLiteral("dd/MM/yyyy"));
    return p;
}

PersonChanges PersonForm::changes() const {
    const PersonDetails p = normalisedPerson(details());
    const PersonDetails& was = m_original.details;
    PersonChanges c;
    // Only what differs, so the audit names exactly the fields changed.
    if (p.category != was.category)
        c.category = p.category;
    if (p.fullName != was.fullName)
        c.fullName = p.fullName;
    if (p.sex != was.sex)
        c.sex = p.sex;
    if (p.birthDate != was.birthDate || p.birthYear != was.birthYear) {
        if (p.birthDate.isValid())
            c.birthDate = p.birthDate;
        else if (p.birthYear)
            c.birthYear = *p.birthYear;
        else if (was.birthDate.isValid())
            c.birthDate = QDate();
        else
            c.birthYear = 0;
    }
    const auto text = [](std::optional<QString>& into, const QString& now, const QString& before) {
        if (now != before)
            into = now;
    };
    text(c.ethnicityCode, p.ethnicityCode, was.ethnicityCode);
    text(c.nationalityCode, p.nationalityCode, was.nationalityCode);
    if (p.idType != was.idType)
        c.idType = p.idType;
    text(c.idNumber, p.idNumber, was.idNumber);
    text(c.provinceCode, p.provinceCode, was.provinceCode);
    text(c.commune, p.commune, was.commune);
    text(c.phone, p.phone, was.phone);
    text(c.exploitationCode, p.exploitationCode, was.exploitationCode);
    text(c.destinationCode, p.destinationCode, was.destinationCode);
    text(c.returnModeCode, p.returnModeCode, was.returnModeCode);
    text(c.notes, p.notes, was.notes);
    if (p.accompaniesPersonId != was.accompaniesPersonId)
        c.accompaniesPersonId = p.accompaniesPersonId.value_or(0);
    if (p.arrivalDate != was.arrivalDate)
        c.arrivalDate = p.arrivalDate;
    return c;
}

void PersonForm::edited() {
    if (m_loading)
        return;
    m_dirty = true;
    m_saveError->clearError();
    validate(m_saveTried);
}

bool PersonForm::validateAll() {
    m_saveTried = true;
    validate(true);
    return !m_nameError->isVisible() && !m_birthError->isVisible() && !m_idError->isVisible() &&
           !m_phoneError->isVisible() && !m_minorError->isVisible();
}

void PersonForm::validate(bool includeUntouched) {
    // Each group of fields is copied onto a person that passes every check, so the core's rules
    // (checkPersonDetails) name the problem of that group alone and the message goes beside its field.
    const PersonDetails typed = details();

    PersonDetails probe = neutralPerson();
    probe.fullName = typed.fullName;
    const QString nameProblem = problemOf(probe);
    m_nameError->showError(m_nameTouched || includeUntouched ? nameProblem : QString());

    QDate birthDate;
    std::optional<int> birthYear;
    QString birthProblem;
    if (!parseBirth(birthDate, birthYear)) {
        birthProblem =
            tr("\"%1\" is not a date: type the day, month and year (dd/mm/yyyy) or the year alone.")
                .arg(m_birth->text().trimmed());
    } else {
        probe = neutralPerson();
        probe.birthDate = birthDate;
        probe.birthYear = birthYear;
        birthProblem = problemOf(probe);
    }
    m_birthError->showError(birthProblem);

    probe = neutralPerson();
    probe.idType = typed.idType;
    probe.idNumber = typed.idNumber;
    m_idError->showError(problemOf(probe));

    probe = neutralPerson();
    probe.phone = typed.phone;
    m_phoneError->showError(problemOf(probe));

    // The accompanying-minor rules need the category, the birth and the arrival: checked once the birth is
    // right, so the same problem is not shown twice.
    QString minorProblem;
    const QString arrivalText = m_arrival->text().trimmed();
    if (!arrivalText.isEmpty() && !typed.arrivalDate.isValid()) {
        minorProblem =
            tr("\"%1\" is not a date: type the day, month and year (dd/mm/yyyy).").arg(arrivalText);
    } else if (birthProblem.isEmpty()) {
        probe = neutralPerson();
        probe.category = typed.category;
        probe.birthDate = typed.birthDate;
        probe.birthYear = typed.birthYear;
        probe.accompaniesPersonId = typed.accompaniesPersonId;
        probe.arrivalDate = typed.arrivalDate;
        minorProblem = problemOf(probe);
        // A new accompanying minor is not told off before the fields have been reached.
        const bool untouched = typed.category == PersonCategory::AccompanyingMinor &&
                               m_accompanies->text().isEmpty() && arrivalText.isEmpty();
        if (untouched && !includeUntouched)
            minorProblem.clear();
    }
    m_minorError->showError(minorProblem);
}

void PersonForm::lookUpDuplicates() {
    if (!m_session)
        return;
    const QString folded = search::foldForSearch(m_name->text());
    QDate birthDate;
    std::optional<int> birthYear;
    if (folded.isEmpty() || !parseBirth(birthDate, birthYear)) {
        m_duplicates->hide();
        return;
    }
    const std::optional<int> year = birthDate.isValid() ? std::optional<int>(birthDate.year()) : birthYear;
    auto found =
        PersonRepository(m_session->db()).findLikelyDuplicates(folded, year, m_personId, kDuplicatesShown);
    if (!found || found->empty()) {
        m_duplicates->hide();
        return;
    }
    QStringList names;
    for (const DuplicateCandidate& candidate : *found) {
        names << (candidate.birthYear ? tr("%1 (no. %2, born %3)")
                                            .arg(candidate.fullName)
                                            .arg(candidate.id)
                                            .arg(*candidate.birthYear)
                                      : tr("%1 (no. %2)").arg(candidate.fullName).arg(candidate.id));
    }
    m_duplicates->setText(tr("Already recorded with this name and year of birth: %1. Check that this is "
                             "not the same person before saving.")
                              .arg(names.join(QStringLiteral("; "))));
    m_duplicates->show();
}

void PersonForm::showSaveError(const QString& message) {
    m_saveError->showError(message);
}

void PersonForm::setSaveAllowed(bool allowed, const QString& whyNot) {
    m_save->setEnabled(allowed);
    m_save->setToolTip(allowed ? tr("Save (Ctrl+S)") : whyNot);
}

void PersonForm::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace legalaid::ui
