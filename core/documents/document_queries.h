#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid::documents {

// One line of the case register (Sổ thụ lý, Mẫu số 01): a case with what the register shows of it.
struct RegisterLine {
    qint64 caseId = 0;
    QString unitCode;
    int registerNumber = 0;
    int registerYear = 0;
    QString fileCode;
    QDate receivedOn;
    QDate acceptedOn;
    QDate endedOn;
    QString status; // case status code
    QString form;   // case form code
    QString fieldLabel;
    QString groupLabel;
    QString groupBasis; // the group's legal basis, e.g. "Luật TGPL 2017, Điều 7 khoản 6a"
    QString personName;
    std::optional<int> personBirthYear;
    QString personProvinceCode;
    QString personCommune;
    QString requesterName;
    QString providerName;
    QString outcome;
    QString exitGround;
};

// One person of the list of beneficiaries (Danh sách người được TGPL) with the cases received in a period.
struct BeneficiaryLine {
    qint64 personId = 0;
    QString fullName;
    QString sex; // people.sex code
    std::optional<int> birthYear;
    QString category;
    QString provinceCode;
    QString commune;
    QString fileCodes; // the person's cases in the period, joined by ", "
    QString forms;     // their forms (codes), joined by ","
};

// The reads the printed lists need, in one query each (a 5,000-case register must not cost 5,000 queries).
// Read-only; callers check the user's role first. SQL for these reads lives here only.
class DocumentQueries {
public:
    explicit DocumentQueries(QSqlDatabase db);

    // Cases of `unitCode` (empty: every unit) received in [from, to], in register order (unit, year, number).
    [[nodiscard]] Result<std::vector<RegisterLine>> registerLines(const QString& unitCode, const QDate& from,
                                                                  const QDate& to) const;
    // People with at least one case received in [from, to], by name.
    [[nodiscard]] Result<std::vector<BeneficiaryLine>> beneficiaries(const QDate& from,
                                                                     const QDate& to) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid::documents
