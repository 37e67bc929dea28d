#include "domain/case_catalogues.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

// One entry: the stored code and the English source of its label. QT_TRANSLATE_NOOP lets lupdate read the
// literals; the label is translated when asked for.
struct Entry {
    const char* code;
    const char* source;
};

constexpr Entry kSources[] = {
    {"walk_in", QT_TRANSLATE_NOOP("CaseSource", "came to the office")},
    {"hotline", QT_TRANSLATE_NOOP("CaseSource", "hotline 18001233")},
    {"referral", QT_TRANSLATE_NOOP("CaseSource", "referred by a partner")},
    {"post", QT_TRANSLATE_NOOP("CaseSource", "by post")},
    {"online", QT_TRANSLATE_NOOP("CaseSource", "online")},
};

constexpr Entry kRefusalGrounds[] = {
    {"not_eligible", QT_TRANSLATE_NOOP("CaseRefusalGround", "not eligible for legal aid")},
    {"unlawful_content", QT_TRANSLATE_NOOP("CaseRefusalGround", "the request has unlawful content")},
    {"person_died", QT_TRANSLATE_NOOP("CaseRefusalGround", "the person has died")},
    {"handled_elsewhere",
     QT_TRANSLATE_NOOP("CaseRefusalGround", "already handled by another legal-aid provider")},
};

constexpr Entry kDiscontinuationGrounds[] = {
    {"grounds_arising",
     QT_TRANSLATE_NOOP("CaseDiscontinuationGround", "grounds arose later that end the right to legal aid")},
    {"prohibited_conduct",
     QT_TRANSLATE_NOOP("CaseDiscontinuationGround", "the beneficiary engaged in prohibited conduct")},
    {"withdrawal", QT_TRANSLATE_NOOP("CaseDiscontinuationGround", "the beneficiary withdrew the request")},
};

constexpr Entry kEventKinds[] = {
    {"note", QT_TRANSLATE_NOOP("CaseEventKind", "note")},
    {"hearing", QT_TRANSLATE_NOOP("CaseEventKind", "hearing")},
    {"document", QT_TRANSLATE_NOOP("CaseEventKind", "document")},
    {"provider_change", QT_TRANSLATE_NOOP("CaseEventKind", "change of provider")},
    {"evaluation", QT_TRANSLATE_NOOP("CaseEventKind", "quality evaluation")},
    {"feedback", QT_TRANSLATE_NOOP("CaseEventKind", "beneficiary feedback")},
};

constexpr Entry kHearingStages[] = {
    {"investigation", QT_TRANSLATE_NOOP("CaseHearingStage", "investigation")},
    {"prosecution", QT_TRANSLATE_NOOP("CaseHearingStage", "prosecution")},
    {"first_instance", QT_TRANSLATE_NOOP("CaseHearingStage", "first-instance trial")},
    {"appeal", QT_TRANSLATE_NOOP("CaseHearingStage", "appeal trial")},
    {"cassation", QT_TRANSLATE_NOOP("CaseHearingStage", "cassation review")},
    {"reopening", QT_TRANSLATE_NOOP("CaseHearingStage", "reopening review")},
    {"mediation", QT_TRANSLATE_NOOP("CaseHearingStage", "mediation or dialogue")},
    {"other", QT_TRANSLATE_NOOP("CaseHearingStage", "other session")},
};

constexpr Entry kDocumentDirections[] = {
    {"received", QT_TRANSLATE_NOOP("CaseDocumentDirection", "received")},
    {"issued", QT_TRANSLATE_NOOP("CaseDocumentDirection", "issued")},
};

constexpr Entry kDocumentTypes[] = {
    {"request", QT_TRANSLATE_NOOP("CaseDocumentType", "request for legal aid")},
    {"identity", QT_TRANSLATE_NOOP("CaseDocumentType", "identity or eligibility paper")},
    {"power_of_attorney", QT_TRANSLATE_NOOP("CaseDocumentType", "power of attorney")},
    {"decision", QT_TRANSLATE_NOOP("CaseDocumentType", "decision")},
    {"judgement", QT_TRANSLATE_NOOP("CaseDocumentType", "judgement")},
    {"summons", QT_TRANSLATE_NOOP("CaseDocumentType", "summons")},
    {"minutes", QT_TRANSLATE_NOOP("CaseDocumentType", "minutes")},
    {"letter", QT_TRANSLATE_NOOP("CaseDocumentType", "official letter")},
    {"evidence", QT_TRANSLATE_NOOP("CaseDocumentType", "evidence")},
    {"other", QT_TRANSLATE_NOOP("CaseDocumentType", "other document")},
};

constexpr Entry kEvaluationRatings[] = {
    {"good", QT_TRANSLATE_NOOP("CaseEvaluationRating", "good")},
    {"satisfactory", QT_TRANSLATE_NOOP("CaseEvaluationRating", "satisfactory")},
    {"unsatisfactory", QT_TRANSLATE_NOOP("CaseEvaluationRating", "unsatisfactory")},
};

constexpr Entry kUrgentReasons[] = {
    {"hearing_soon", QT_TRANSLATE_NOOP("CaseUrgentReason", "the hearing is only a few working days away")},
    {"limitation_soon",
     QT_TRANSLATE_NOOP("CaseUrgentReason", "the limitation period ends in a few working days")},
    {"court_appointed", QT_TRANSLATE_NOOP("CaseUrgentReason", "court-appointed defence")},
};

struct Table {
    const char* context;
    const Entry* begin;
    const Entry* end;
};

template <std::size_t N> Table table(const char* context, const Entry (&entries)[N]) {
    return {context, entries, entries + N};
}

Table tableOf(CaseCatalogue catalogue) {
    switch (catalogue) {
    case CaseCatalogue::Source:
        return table("CaseSource", kSources);
    case CaseCatalogue::RefusalGround:
        return table("CaseRefusalGround", kRefusalGrounds);
    case CaseCatalogue::DiscontinuationGround:
        return table("CaseDiscontinuationGround", kDiscontinuationGrounds);
    case CaseCatalogue::EventKind:
        return table("CaseEventKind", kEventKinds);
    case CaseCatalogue::HearingStage:
        return table("CaseHearingStage", kHearingStages);
    case CaseCatalogue::DocumentDirection:
        return table("CaseDocumentDirection", kDocumentDirections);
    case CaseCatalogue::DocumentType:
        return table("CaseDocumentType", kDocumentTypes);
    case CaseCatalogue::EvaluationRating:
        return table("CaseEvaluationRating", kEvaluationRatings);
    case CaseCatalogue::UrgentReason:
        return table("CaseUrgentReason", kUrgentReasons);
    }
    return table("CaseSource", kSources);
}

} // namespace

const std::vector<CaseForm>& allCaseForms() {
    static const std::vector<CaseForm> forms{CaseForm::Consultation, CaseForm::Litigation,
                                             CaseForm::OutOfCourt};
    return forms;
}

QString caseFormCode(CaseForm form) {
    switch (form) {
    case CaseForm::Consultation:
        return QStringLiteral("consultation");
    case CaseForm::Litigation:
        return QStringLiteral("litigation");
    case CaseForm::OutOfCourt:
        return QStringLiteral("out_of_court");
    }
    return QStringLiteral("consultation");
}

std::optional<CaseForm> caseFormFromCode(const QString& code) {
    for (CaseForm form : allCaseForms()) {
        if (caseFormCode(form) == code)
            return form;
    }
    return std::nullopt;
}

QString caseFormLabel(CaseForm form) {
    switch (form) {
    case CaseForm::Consultation:
        return QCoreApplication::translate("CaseForm", "legal consultation");
    case CaseForm::Litigation:
        return QCoreApplication::translate("CaseForm", "participation in proceedings");
    case CaseForm::OutOfCourt:
        return QCoreApplication::translate("CaseForm", "out-of-court representation");
    }
    return {};
}

QString caseFormSymbol(CaseForm form) {
    switch (form) {
    case CaseForm::Consultation:
        return QStringLiteral("TV");
    case CaseForm::Litigation:
        return QStringLiteral("TGTT");
    case CaseForm::OutOfCourt:
        return QStringLiteral("DDNTT");
    }
    return QStringLiteral("TV");
}

QString formatCaseFileCode(const QString& unitCode, CaseForm form, int number, int year) {
    return QStringLiteral("%1.%2.%3.%4")
        .arg(unitCode, caseFormSymbol(form))
        .arg(number, 2, 10, QLatin1Char('0'))
        .arg(year);
}

std::vector<CatalogueItem> catalogueItems(CaseCatalogue catalogue) {
    const Table entries = tableOf(catalogue);
    std::vector<CatalogueItem> items;
    for (const Entry* entry = entries.begin; entry != entries.end; ++entry)
        items.push_back(
            {QLatin1String(entry->code), QCoreApplication::translate(entries.context, entry->source)});
    return items;
}

QStringList catalogueCodes(CaseCatalogue catalogue) {
    const Table entries = tableOf(catalogue);
    QStringList codes;
    for (const Entry* entry = entries.begin; entry != entries.end; ++entry)
        codes << QLatin1String(entry->code);
    return codes;
}

bool catalogueHas(CaseCatalogue catalogue, const QString& code) {
    return catalogueCodes(catalogue).contains(code);
}

QString catalogueLabel(CaseCatalogue catalogue, const QString& code) {
    const Table entries = tableOf(catalogue);
    for (const Entry* entry = entries.begin; entry != entries.end; ++entry) {
        if (code == QLatin1String(entry->code))
            return QCoreApplication::translate(entries.context, entry->source);
    }
    return code;
}

} // namespace legalaid
