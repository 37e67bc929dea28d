#include "seed/seeder.h"

#include "domain/activity_catalogue.h"
#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "domain/directory_catalogue.h"
#include "domain/person.h"
#include "domain/person_catalogues.h"
#include "domain/referral_catalogue.h"
#include "domain/role.h"
#include "records/calendar/working_days.h"
#include "records/centre_settings.h"
#include "records/people/person_rules.h"
#include "search/person_search_index.h"
#include "seed/seed_names.h"
#include "seed/seed_random.h"
#include "seed/seed_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <set>

namespace legalaid::seed {

namespace {

constexpr qint64 kBatchRows = 10'000;
// From this many people, cases and referrals on, the secondary indexes are dropped for the load and built
// again at the end: building an index sorts once, while keeping ~60 indexes up to date row by row touches
// pages all over the file (each decrypted and re-encrypted). On 200,000 people, 75 CPU-s become 44.
constexpr qint64 kDeferIndexesFrom = 100'000;
// The settings key that holds the dropped indexes' CREATE statements until they are rebuilt, so that a
// seed stopped half-way (killed, disk full) leaves a record that the next seed rebuilds first.
const QString kDeferredIndexesKey = QStringLiteral("seed.deferred_indexes");
const QDate kFirstDate(2026, 1, 1);
const QDate kLastDate(2030, 12, 31);

// SQL NULL; an empty QString is written as '' by the repository.
QVariant nullText() {
    return QVariant();
}
QVariant nullId() {
    return QVariant(QMetaType::fromType<qint64>());
}
// ISO dates, formatted once per day: the generator writes millions of them.
QString isoDate(const QDate& date) {
    thread_local std::vector<QString> cache;
    const qint64 index = QDate(2020, 1, 1).daysTo(date);
    if (index < 0 || index >= 20 * 366)
        return date.toString(Qt::ISODate);
    if (cache.empty())
        cache.resize(20 * 366);
    QString& text = cache[static_cast<std::size_t>(index)];
    if (text.isNull())
        text = date.toString(Qt::ISODate);
    return text;
}
QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(isoDate(date)) : nullText();
}
QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : nullId();
}
// Creation timestamps follow the record's own date, so that they are deterministic too.
QString stampOf(const QDate& date, qint64 n) {
    const int seconds = static_cast<int>((n * 37) % 28'800); // within office hours, 08:00-16:00 UTC+0
    char time[24];
    std::snprintf(time, sizeof time, "T%02d:%02d:%02d.000Z", 8 + seconds / 3600, (seconds / 60) % 60,
                  seconds % 60);
    return isoDate(date) + QLatin1String(time);
}

std::vector<QString> codesOf(PersonCatalogue catalogue) {
    std::vector<QString> codes;
    for (const PersonCatalogueEntry& entry : personCatalogueEntries(catalogue))
        codes.push_back(entry.code);
    return codes;
}

// A code drawn from `weighted` (code, weight) pairs, keeping only codes the catalogue knows.
struct WeightedCodes {
    std::vector<QString> codes;
    std::vector<double> weights;
    const QString& draw(Random& random) const {
        return codes[static_cast<std::size_t>(random.weighted(weights))];
    }
};

WeightedCodes weightedCodes(const std::vector<QString>& all,
                            const std::vector<std::pair<const char*, double>>& known, double rest) {
    WeightedCodes out;
    for (const QString& code : all) {
        double weight = rest;
        for (const auto& [name, w] : known) {
            if (code == QLatin1String(name))
                weight = w;
        }
        if (weight > 0) {
            out.codes.push_back(code);
            out.weights.push_back(weight);
        }
    }
    return out;
}

struct PersonInfo {
    qint64 id = 0;
    QString category;
    QString accompaniedCategory;
    QString nationality;
    QString name;
    QDate created;
    QDate birthDate;
    qint64 consentId = 0;
    QDate consentOn;
    std::vector<qint64> partners;
    QString searchBase;
    QStringList fileCodes;
};

struct Organisation {
    qint64 id = 0;
    QString kind;
};

struct Unit {
    QString code;
    qint64 organisationId = 0; // 0: the centre without a directory entry
    std::vector<qint64> providers;
};

class Seeder {
public:
    Seeder(Session& session, const SeedOptions& options, const SeedProgress& progress)
        : m_session(session)
        , m_options(options)
        , m_progress(progress)
        , m_repo(session.db())
        , m_random(options.seed) {}

    Result<SeedReport> run();
    Status generate();

private:
    Status put(SeedTable table, const QVariantList& values) {
        ++m_report.rows;
        return m_repo.insert(table, values);
    }
    QDate spread(qint64 index, qint64 count) const {
        const qint64 span = kFirstDate.daysTo(m_until);
        return kFirstDate.addDays(count <= 1 ? 0 : index * span / count);
    }
    QDate later(const QDate& from, int low, int high) {
        const QDate date = from.addDays(m_random.between(low, high));
        return std::min(date, m_until);
    }
    Status batched(const QString& phase, qint64 count, const std::function<Status(qint64)>& one,
                   const std::function<Status()>& flush);
    Status deferIndexes();
    Status rebuildDeferredIndexes();
    Status directory();
    Status person(qint64 index);
    Status caseRecord(qint64 index);
    Status flushSearch();
    Status referral(qint64 index);
    Status activity(qint64 index);

    Session& m_session;
    SeedOptions m_options;
    SeedProgress m_progress;
    SeedRepository m_repo;
    Random m_random;
    QDate m_until;
    QString m_actor;
    SeedReport m_report;
    QElapsedTimer m_timer;

    qint64 m_personBase = 0, m_caseBase = 0, m_referralBase = 0, m_activityBase = 0, m_consentBase = 0;
    qint64 m_consents = 0;
    std::vector<PersonInfo> m_people;
    std::vector<Unit> m_units;
    std::vector<Organisation> m_partners;  // organisations that are not legal-aid units
    std::vector<qint64> m_transferTargets; // law firms and legal consulting organisations
    QHash<QString, int> m_counters;
    std::set<QString> m_touchedCounters;
    std::set<std::size_t> m_touchedPeople;
    std::vector<QDate> m_caseDates;
    std::optional<WorkingDayCalendar> m_calendar;
};

Status Seeder::batched(const QString& phase, qint64 count, const std::function<Status(qint64)>& one,
                       const std::function<Status()>& flush) {
    qint64 index = 0;
    while (index < count) {
        AuditEvent event = m_session.event(QStringLiteral("seed.batch"), QStringLiteral("seed"), phase);
        const Status written = m_session.writeAudited(event, [&]() -> Status {
            const qint64 first = index;
            const qint64 rowsAtStart = m_report.rows;
            while (index < count && m_report.rows - rowsAtStart < kBatchRows) {
                if (auto done = one(index); !done)
                    return done;
                ++index;
            }
            if (flush) {
                if (auto flushed = flush(); !flushed)
                    return flushed;
            }
            // Codes and counts only: no names.
            event.details = QStringLiteral("seed=%1 phase=%2 items=%3-%4 rows=%5")
                                .arg(m_options.seed)
                                .arg(phase)
                                .arg(first + 1)
                                .arg(index)
                                .arg(m_report.rows - rowsAtStart + 1);
            ++m_report.rows; // the audit entry
            return {};
        });
        if (!written)
            return written;
        ++m_report.batches;
        if (m_progress)
            m_progress(m_report.rows, static_cast<double>(m_timer.nsecsElapsed()) / 1e9);
    }
    return {};
}

Status Seeder::deferIndexes() {
    auto indexes = m_repo.secondaryIndexes();
    if (!indexes)
        return indexes.error();
    QJsonArray stored;
    for (const SeedRepository::IndexDefinition& index : *indexes)
        stored.append(QJsonObject{{QStringLiteral("name"), index.name}, {QStringLiteral("sql"), index.sql}});
    AuditEvent event = m_session.event(QStringLiteral("seed.batch"), QStringLiteral("seed"),
                                       QStringLiteral("indexes_deferred"));
    event.details =
        QStringLiteral("seed=%1 phase=indexes_deferred indexes=%2").arg(m_options.seed).arg(indexes->size());
    return m_session.writeAudited(event, [&]() -> Status {
        if (auto kept =
                SettingsRepository(m_session.db())
                    .setValue(kDeferredIndexesKey,
                              QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
            !kept)
            return kept;
        for (const SeedRepository::IndexDefinition& index : *indexes) {
            if (auto dropped = m_repo.dropIndex(index.name); !dropped)
                return dropped;
        }
        return {};
    });
}

Status Seeder::rebuildDeferredIndexes() {
    auto stored = SettingsRepository(m_session.db()).value(kDeferredIndexesKey);
    if (!stored)
        return stored.error();
    const QJsonArray indexes = QJsonDocument::fromJson(stored->toUtf8()).array();
    if (indexes.isEmpty())
        return {};
    AuditEvent event = m_session.event(QStringLiteral("seed.batch"), QStringLiteral("seed"),
                                       QStringLiteral("indexes_rebuilt"));
    event.details =
        QStringLiteral("seed=%1 phase=indexes_rebuilt indexes=%2").arg(m_options.seed).arg(indexes.size());
    return m_session.writeAudited(event, [&]() -> Status {
        for (const QJsonValue& value : indexes) {
            const QJsonObject index = value.toObject();
            if (auto built = m_repo.createIndex({index.value(QStringLiteral("name")).toString(),
                                                 index.value(QStringLiteral("sql")).toString()});
                !built)
                return built;
        }
        return SettingsRepository(m_session.db()).setValue(kDeferredIndexesKey, QString());
    });
}

Status Seeder::directory() {
    auto orgBase = m_repo.maxId(QStringLiteral("organisations"));
    if (!orgBase)
        return orgBase.error();
    auto providerBase = m_repo.maxId(QStringLiteral("providers"));
    if (!providerBase)
        return providerBase.error();
    qint64 nextOrg = *orgBase;
    qint64 nextProvider = *providerBase;
    const QString stamp = stampOf(kFirstDate, 0);
    const QString centreCode = m_session.centre().code;

    // The centre and its two branches, reused when the directory already has them.
    const QStringList unitCodes{centreCode, QStringLiteral("CN1"), QStringLiteral("CN2")};
    qint64 centreId = 0;
    for (const QString& code : unitCodes) {
        auto existing = m_repo.organisationByCode(code);
        if (!existing)
            return existing.error();
        Unit unit{code, existing->value_or(0), {}};
        if (!existing->has_value()) {
            const bool isCentre = code == centreCode;
            unit.organisationId = ++nextOrg;
            const QString name = isCentre
                                     ? m_session.centre().name
                                     : QStringLiteral("Chi nhánh Trợ giúp pháp lý số %1").arg(code.mid(2));
            if (auto done =
                    put(SeedTable::Organisation,
                        {unit.organisationId, isCentre ? QStringLiteral("centre") : QStringLiteral("branch"),
                         name, code, code, nullText(), nullText(), QStringLiteral("hai_phong"),
                         isCentre ? nullId() : idOrNull(centreId), stamp, stamp});
                !done)
                return done;
        }
        if (code == centreCode)
            centreId = unit.organisationId;
        m_units.push_back(unit);
    }

    // Partner organisations of every other kind, three of each.
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("law_firm"), QStringLiteral("Công ty Luật")},
        {QStringLiteral("legal_consulting_org"), QStringLiteral("Trung tâm tư vấn pháp luật")},
        {QStringLiteral("procedural_authority"), QStringLiteral("Tòa án nhân dân")},
        {QStringLiteral("police"), QStringLiteral("Công an tỉnh")},
        {QStringLiteral("commune_police"), QStringLiteral("Công an xã")},
        {QStringLiteral("border_guard"), QStringLiteral("Bộ đội Biên phòng tỉnh")},
        {QStringLiteral("coast_guard"), QStringLiteral("Cảnh sát biển Vùng")},
        {QStringLiteral("detention_facility"), QStringLiteral("Trại tạm giam")},
        {QStringLiteral("commune_committee"), QStringLiteral("Ủy ban nhân dân xã")},
        {QStringLiteral("home_affairs_department"), QStringLiteral("Sở Nội vụ")},
        {QStringLiteral("victim_support_facility"), QStringLiteral("Cơ sở hỗ trợ nạn nhân")},
        {QStringLiteral("social_assistance_facility"), QStringLiteral("Cơ sở trợ giúp xã hội")},
        {QStringLiteral("womens_union"), QStringLiteral("Hội Liên hiệp Phụ nữ")},
        {QStringLiteral("childrens_association"), QStringLiteral("Hội Bảo vệ quyền trẻ em")},
        {QStringLiteral("health_facility"), QStringLiteral("Bệnh viện Đa khoa")},
    };
    const std::vector<QString> provinces = codesOf(PersonCatalogue::Province);
    for (const QString& kind : organisationKindCodes()) {
        if (isLegalAidUnitKind(kind))
            continue;
        for (int i = 0; i < 3; ++i) {
            const QString& province = m_random.pick(provinces);
            const QString name = prefixes.value(kind, QStringLiteral("Tổ chức")) + QLatin1Char(' ') +
                                 personCatalogueLabel(PersonCatalogue::Province, province) +
                                 (i > 0 ? QStringLiteral(" %1").arg(i + 1) : QString());
            const qint64 id = ++nextOrg;
            if (auto done = put(SeedTable::Organisation,
                                {id, kind, name, nullText(), nullText(), nullText(),
                                 QStringLiteral("02%1").arg(m_random.between(10000000, 99999999)), province,
                                 nullId(), stamp, stamp});
                !done)
                return done;
            if (performsLegalAid(kind))
                m_transferTargets.push_back(id);
            else
                m_partners.push_back({id, kind});
        }
    }

    // Providers: legal-aid officers and collaborators at each unit, lawyers and consultants outside.
    auto provider = [&](const QString& kind, qint64 organisationId) -> Result<qint64> {
        const qint64 id = ++nextProvider;
        const bool female = m_random.percent(60);
        const QVariant card =
            providerNeedsCard(kind) ? QVariant(QStringLiteral("%1/TGVPL").arg(10000 + id)) : nullText();
        if (auto done = put(SeedTable::Provider,
                            {id, kind, vietnameseName(m_random, female), card, idOrNull(organisationId),
                             QStringLiteral("09%1").arg(m_random.between(10000000, 99999999)), stamp, stamp});
            !done)
            return done.error();
        return id;
    };
    for (Unit& unit : m_units) {
        for (int i = 0; i < 8; ++i) {
            const QString kind = i < 6 ? QStringLiteral("legal_aid_officer") : QStringLiteral("collaborator");
            auto id = provider(kind, unit.organisationId);
            if (!id)
                return id.error();
            if (i < 6)
                unit.providers.push_back(*id);
        }
    }
    for (qint64 firm : m_transferTargets) {
        auto id = provider(QStringLiteral("lawyer"), firm);
        if (!id)
            return id.error();
        m_units.front().providers.push_back(*id); // contracted lawyers work for the centre
        if (auto consultant = provider(QStringLiteral("legal_consultant"), firm); !consultant)
            return consultant.error();
    }
    return {};
}

Status Seeder::person(qint64 index) {
    static const WeightedCodes ethnicities = weightedCodes(codesOf(PersonCatalogue::Ethnicity),
                                                           {{"kinh", 70},
                                                            {"mong", 9},
                                                            {"thai", 5},
                                                            {"tay", 3},
                                                            {"dao", 3},
                                                            {"muong", 2},
                                                            {"nung", 2},
                                                            {"khmer", 1.5},
                                                            {"hoa", 0.8},
                                                            {"kho_mu", 0.6},
                                                            {"gia_rai", 0.4},
                                                            {"e_de", 0.4}},
                                                           0.05);
    static const WeightedCodes provinces = weightedCodes(codesOf(PersonCatalogue::Province),
                                                         {{"lao_cai", 6},
                                                          {"dien_bien", 6},
                                                          {"lai_chau", 5},
                                                          {"son_la", 5},
                                                          {"nghe_an", 8},
                                                          {"thanh_hoa", 6},
                                                          {"cao_bang", 5},
                                                          {"lang_son", 5},
                                                          {"tuyen_quang", 5},
                                                          {"quang_ninh", 4},
                                                          {"hai_phong", 4},
                                                          {"ha_noi", 4},
                                                          {"an_giang", 4},
                                                          {"tay_ninh", 3},
                                                          {"dong_thap", 2}},
                                                         1.0);
    static const WeightedCodes nationalities =
        weightedCodes(codesOf(PersonCatalogue::Country),
                      {{"VN", 96}, {"CN", 1.5}, {"KH", 1.2}, {"LA", 1.0}, {"MM", 0.3}}, 0);
    static const WeightedCodes destinations = weightedCodes(codesOf(PersonCatalogue::Country),
                                                            {{"CN", 55},
                                                             {"KH", 18},
                                                             {"LA", 7},
                                                             {"MY", 5},
                                                             {"TH", 4},
                                                             {"MM", 3},
                                                             {"KR", 2},
                                                             {"TW", 2},
                                                             {"JP", 1},
                                                             {"AE", 1},
                                                             {"SA", 0.5},
                                                             {"DE", 0.5},
                                                             {"GB", 0.5}},
                                                            0);
    static const WeightedCodes exploitation = weightedCodes(codesOf(PersonCatalogue::ExploitationType),
                                                            {{"sexual_exploitation", 32},
                                                             {"forced_marriage", 30},
                                                             {"forced_labour", 28},
                                                             {"forced_criminality", 5},
                                                             {"child_selling", 3},
                                                             {"organ_removal", 1},
                                                             {"other", 1}},
                                                            0);
    static const WeightedCodes returnModes =
        weightedCodes(codesOf(PersonCatalogue::ReturnMode),
                      {{"rescued", 40}, {"handed_over", 40}, {"returned_self", 15}}, 5);
    static const std::vector<QString> decidingBodies{QStringLiteral("police"), QStringLiteral("border_guard"),
                                                     QStringLiteral("coast_guard"),
                                                     QStringLiteral("commune_committee")};

    PersonInfo info;
    info.id = m_personBase + index + 1;
    info.created = spread(index, m_options.people);
    const int kind = m_random.weighted({55, 35, 10});
    const bool minor = kind == 2 && !m_people.empty();
    const QString category =
        minor ? QStringLiteral("accompanying_minor")
              : (kind == 1 ? QStringLiteral("under_identification") : QStringLiteral("victim"));
    info.category = category;

    PersonDetails details;
    details.category = minor ? PersonCategory::AccompanyingMinor
                             : (kind == 1 ? PersonCategory::UnderIdentification : PersonCategory::Victim);
    const bool female = minor ? m_random.percent(50) : m_random.percent(kind == 0 ? 85 : 75);
    details.sex = female ? Sex::Female : Sex::Male;
    details.fullName = vietnameseName(m_random, female);
    details.nationalityCode = nationalities.draw(m_random);
    const bool vietnamese = details.nationalityCode == QLatin1String("VN");
    details.ethnicityCode = vietnamese ? ethnicities.draw(m_random) : QString();
    details.provinceCode = vietnamese ? provinces.draw(m_random) : QString();
    details.commune = vietnamese ? communeName(m_random) : QString();
    details.exploitationCode = exploitation.draw(m_random);
    details.destinationCode = vietnamese ? destinations.draw(m_random) : QStringLiteral("VN");
    details.returnModeCode = returnModes.draw(m_random);
    if (m_random.percent(70))
        details.phone = QStringLiteral("0%1%2")
                            .arg(m_random.pick(std::vector<int>{3, 7, 8, 9}))
                            .arg(m_random.between(10000000, 99999999));

    PersonInfo* accompanied = nullptr;
    if (minor) {
        // Linked to an adult seeded before, arriving with them, under 18 on the day of arrival.
        for (int attempt = 0; attempt < 8 && !accompanied; ++attempt) {
            PersonInfo& candidate =
                m_people[static_cast<std::size_t>(m_random.below(static_cast<int>(m_people.size())))];
            if (candidate.category != QLatin1String("accompanying_minor"))
                accompanied = &candidate;
        }
        if (!accompanied)
            accompanied = &m_people.front();
        details.accompaniesPersonId = accompanied->id;
        info.accompaniedCategory = accompanied->category;
        details.arrivalDate = info.created;
        const int age = m_random.between(0, 17);
        details.birthDate = details.arrivalDate.addYears(-age - 1).addDays(m_random.between(1, 364));
        if (completedYears(details.birthDate, details.arrivalDate) >= 18 ||
            details.birthDate > details.arrivalDate)
            details.birthDate = details.arrivalDate.addYears(-age).addDays(-1);
        details.nationalityCode = accompanied->nationality;
        details.phone.clear();
    } else {
        const int age = m_random.between(16, 45);
        if (m_random.percent(80))
            details.birthDate = info.created.addYears(-age - 1).addDays(m_random.between(1, 364));
        else
            details.birthYear = info.created.year() - age;
    }

    // Identity documents: CCCD (12 digits) for most Vietnamese adults, a passport for some, unique by id.
    const int document = m_random.below(100);
    if (vietnamese && !minor && document < 70 && info.id < 1'000'000) {
        const int year = details.birthDate.isValid() ? details.birthDate.year() : *details.birthYear;
        const int centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        const int provinceNumber =
            1 +
            static_cast<int>(std::find(provinces.codes.begin(), provinces.codes.end(), details.provinceCode) -
                             provinces.codes.begin());
        details.idType = IdDocumentType::Cccd;
        details.idNumber = QStringLiteral("0%1%2%3%4")
                               .arg(provinceNumber, 2, 10, QLatin1Char('0'))
                               .arg(centuryDigit)
                               .arg(year % 100, 2, 10, QLatin1Char('0'))
                               .arg((info.id * 738'677) % 1'000'000, 6, 10, QLatin1Char('0'));
    } else if (!minor && document >= 90 && info.id < 10'000'000) {
        details.idType = IdDocumentType::Passport;
        details.idNumber =
            QStringLiteral("P%1").arg((info.id * 7'368'787) % 10'000'000, 7, 10, QLatin1Char('0'));
    }
    info.birthDate = details.birthDate;

    details = normalisedPerson(details);
    if (auto checked = checkPersonDetails(details, m_until); !checked)
        return checked;

    // Identification decisions: victims identified, people being identified mostly still pending.
    std::vector<IdentificationDecision> decisions;
    if (!minor) {
        IdentificationDecision pending;
        pending.status = IdentificationStatus::UnderIdentification;
        pending.decidingBodyCode = m_random.pick(decidingBodies);
        pending.decisionDate = info.created;
        decisions.push_back(pending);
        const bool decided = kind == 0 || m_random.percent(15);
        if (decided) {
            IdentificationDecision decision;
            decision.status = kind == 0 ? IdentificationStatus::Identified : IdentificationStatus::NotVictim;
            decision.decidingBodyCode = pending.decidingBodyCode;
            decision.decisionDate = later(info.created, 0, 30);
            decision.documentTypeCode =
                kind == 0 ? QStringLiteral("victim_certificate") : QStringLiteral("decision");
            decision.documentNumber = QStringLiteral("%1/QĐ-XĐNN").arg(m_random.between(1, 999));
            decision.documentIssuer =
                personCatalogueLabel(PersonCatalogue::DecidingBody, decision.decidingBodyCode);
            decision.documentDate = decision.decisionDate;
            decisions.push_back(decision);
        }
    }
    for (IdentificationDecision& decision : decisions) {
        decision = normalisedDecision(decision);
        if (auto checked = checkIdentificationDecision(decision, details, m_until); !checked)
            return checked;
    }

    info.name = details.fullName;
    info.nationality = details.nationalityCode;
    const QString folded = search::foldForSearch(details.fullName);
    const QString stamp = stampOf(info.created, info.id);
    const QString current = decisions.empty() ? QString() : identificationStatusCode(decisions.back().status);
    if (auto done = put(
            SeedTable::Person,
            {info.id,
             category,
             details.fullName,
             folded,
             sexCode(details.sex),
             dateOrNull(details.birthDate),
             birthYearOf(details) ? QVariant(*birthYearOf(details)) : QVariant(QMetaType::fromType<int>()),
             details.ethnicityCode,
             details.nationalityCode,
             idDocumentTypeCode(details.idType),
             details.idNumber,
             details.provinceCode,
             details.commune,
             details.phone,
             details.exploitationCode,
             details.destinationCode,
             details.returnModeCode,
             details.notes,
             details.accompaniesPersonId ? QVariant(*details.accompaniesPersonId) : nullId(),
             dateOrNull(details.arrivalDate),
             current.isEmpty() ? nullText() : QVariant(current),
             stamp,
             m_actor,
             stamp,
             m_actor});
        !done)
        return done;
    for (const IdentificationDecision& decision : decisions) {
        if (auto done = put(SeedTable::IdentificationEvent,
                            {info.id, identificationStatusCode(decision.status), decision.decidingBodyCode,
                             dateOrNull(decision.decisionDate), decision.documentTypeCode,
                             decision.documentNumber, decision.documentIssuer,
                             dateOrNull(decision.documentDate), decision.note, stamp, m_actor});
            !done)
            return done;
    }

    // Consent: most people consent to keeping their data, many to sharing with named partners.
    if (m_random.percent(minor ? 95 : 85)) {
        ConsentDetails consent;
        consent.personId = info.id;
        consent.keepData = true;
        consent.givenOn = info.created;
        const std::optional<AgeRange> age = ageOn(details, info.created);
        if (age && age->oldest < 7) {
            consent.givenBy = ConsentGiver::Representative;
        } else if (age && age->youngest < 18) {
            consent.givenBy = ConsentGiver::Both;
        } else {
            consent.givenBy = m_random.percent(95) ? ConsentGiver::Person : ConsentGiver::Representative;
        }
        if (consent.givenBy != ConsentGiver::Person)
            consent.representativeName =
                accompanied ? accompanied->name : vietnameseName(m_random, m_random.percent(50));
        consent.share = m_random.percent(65) && !m_partners.empty();
        if (consent.share) {
            const int count = m_random.between(1, 3);
            for (int i = 0; i < count; ++i) {
                const qint64 partner = m_random.pick(m_partners).id;
                if (std::find(consent.partnerOrganisationIds.begin(), consent.partnerOrganisationIds.end(),
                              partner) == consent.partnerOrganisationIds.end())
                    consent.partnerOrganisationIds.push_back(partner);
            }
        }
        consent = normalisedConsent(consent);
        if (auto checked = checkConsentDetails(consent, details, m_until); !checked)
            return checked;
        info.consentId = m_consentBase + ++m_consents;
        info.consentOn = consent.givenOn;
        if (consent.share)
            info.partners = consent.partnerOrganisationIds;
        if (auto done = put(SeedTable::Consent,
                            {info.consentId, info.id, consent.keepData ? 1 : 0, consent.share ? 1 : 0,
                             consentGiverCode(consent.givenBy), consent.representativeName,
                             isoDate(consent.givenOn), consent.note, stamp, m_actor});
            !done)
            return done;
        for (qint64 partner : info.partners) {
            if (auto done = put(SeedTable::ConsentPartner, {info.consentId, partner}); !done)
                return done;
        }
    }

    // The search document, word for word as reindexPerson builds it.
    QStringList words{folded, search::foldForSearch(details.idNumber)};
    if (!details.phone.isEmpty()) {
        words << details.phone;
        if (details.phone.startsWith(QLatin1Char('0')) && details.phone.size() >= 9)
            words << QStringLiteral("84") + details.phone.mid(1);
    }
    words.removeAll(QString());
    info.searchBase = words.join(QLatin1Char(' '));
    if (auto done = put(SeedTable::PersonSearch, {info.id, info.searchBase}); !done)
        return done;
    m_people.push_back(std::move(info));
    ++m_report.people;
    return {};
}

Status Seeder::caseRecord(qint64 index) {
    static const QStringList sources = catalogueCodes(CaseCatalogue::Source);
    static const QStringList refusal = catalogueCodes(CaseCatalogue::RefusalGround);
    static const QStringList discontinuation = catalogueCodes(CaseCatalogue::DiscontinuationGround);
    static const QStringList stages = catalogueCodes(CaseCatalogue::HearingStage);
    static const QStringList documentTypes = catalogueCodes(CaseCatalogue::DocumentType);
    static const QStringList ratings = catalogueCodes(CaseCatalogue::EvaluationRating);
    static const std::vector<QString> fields{
        QStringLiteral("hinh_su"),           QStringLiteral("hinh_su"),
        QStringLiteral("hon_nhan_gia_dinh"), QStringLiteral("dan_su"),
        QStringLiteral("lao_dong"),          QStringLiteral("hanh_chinh_khieu_nai"),
        QStringLiteral("che_do_chinh_sach"), QStringLiteral("khac")};
    const qint64 id = m_caseBase + index + 1;
    const QDate received = m_caseDates[static_cast<std::size_t>(index)];
    // The beneficiary: someone already in the register on that day.
    const qint64 known =
        std::max<qint64>(1, static_cast<qint64>(m_people.size()) * (index + 1) / m_options.cases);
    PersonInfo& person = m_people[static_cast<std::size_t>(m_random.below(static_cast<int>(known)))];
    const CaseForm form = allCaseForms()[static_cast<std::size_t>(m_random.weighted({60, 25, 15}))];
    Unit& unit = m_units[static_cast<std::size_t>(m_random.weighted({60, 20, 20}))];
    const QString counterKey = unit.code + QLatin1Char('/') + QString::number(received.year());
    const int number = ++m_counters[counterKey];
    m_touchedCounters.insert(counterKey);
    const QString fileCode = formatCaseFileCode(unit.code, form, number, received.year());
    const bool urgent = form == CaseForm::Litigation && m_random.percent(10);

    // The lifecycle, step by step through the state machine.
    const CaseStatus target =
        allCaseStatuses()[static_cast<std::size_t>(m_random.weighted({5, 5, 8, 20, 40, 5, 6, 5, 6}))];
    struct Step {
        CaseAction action;
        QDate on;
    };
    std::vector<Step> steps;
    auto path = [&]() -> std::vector<CaseAction> {
        switch (target) {
        case CaseStatus::Received:
            return {};
        case CaseStatus::Accepted:
            return {CaseAction::Accept};
        case CaseStatus::Assigned:
            return {CaseAction::Accept, CaseAction::Assign};
        case CaseStatus::InProgress:
            return {CaseAction::Accept, CaseAction::Assign, CaseAction::Start};
        case CaseStatus::Closed:
            return {CaseAction::Accept, CaseAction::Assign, CaseAction::Start, CaseAction::Close};
        case CaseStatus::Refused:
            return {CaseAction::Refuse};
        case CaseStatus::Withdrawn: {
            std::vector<CaseAction> p{CaseAction::Accept, CaseAction::Assign, CaseAction::Start};
            p.resize(static_cast<std::size_t>(m_random.between(0, 3)));
            p.push_back(CaseAction::Withdraw);
            return p;
        }
        case CaseStatus::Discontinued: {
            std::vector<CaseAction> p{CaseAction::Accept, CaseAction::Assign, CaseAction::Start};
            p.resize(static_cast<std::size_t>(m_random.between(1, 3)));
            p.push_back(CaseAction::Discontinue);
            return p;
        }
        case CaseStatus::Transferred: {
            std::vector<CaseAction> p;
            if (m_random.percent(50))
                p.push_back(CaseAction::Accept);
            p.push_back(CaseAction::Transfer);
            return p;
        }
        }
        return {};
    }();
    QString status = caseStatusCode(CaseStatus::Received);
    CaseStatus current = CaseStatus::Received;
    QDate last = received;
    QDate accepted, assigned, started, ended;
    qint64 provider = 0, transferredTo = 0;
    QString outcome, exitGround, exitReason;
    const QString stamp = stampOf(received, id);
    // case_transitions.case_id references cases (id) and SQLite checks it at once: the history is written
    // after the case row.
    std::vector<QVariantList> transitions{{id, QStringLiteral("open"), QString(), status, isoDate(received),
                                           QString(), QString(), nullId(), nullId(), nullText(), 0, m_actor,
                                           stamp}};
    for (CaseAction action : path) {
        auto next = applyCaseAction(current, action);
        if (!next)
            return next.error();
        const QDate on = later(last, 0, action == CaseAction::Close ? 60 : 7);
        QString ground, reason;
        qint64 stepProvider = 0, organisation = 0;
        switch (action) {
        case CaseAction::Accept:
            accepted = on;
            break;
        case CaseAction::Assign:
            assigned = on;
            provider = stepProvider = m_random.pick(unit.providers);
            break;
        case CaseAction::Start:
            started = on;
            break;
        case CaseAction::Close:
            ended = on;
            outcome = QStringLiteral("Đã hoàn thành trợ giúp pháp lý");
            break;
        case CaseAction::Refuse:
            ended = on;
            ground = exitGround = refusal.at(m_random.below(static_cast<int>(refusal.size())));
            reason = exitReason = QStringLiteral("Không đủ điều kiện theo quy định");
            break;
        case CaseAction::Withdraw:
            ended = on;
            reason = exitReason = QStringLiteral("Người được trợ giúp pháp lý rút yêu cầu");
            break;
        case CaseAction::Discontinue:
            ended = on;
            ground = exitGround =
                discontinuation.at(m_random.below(static_cast<int>(discontinuation.size())));
            reason = exitReason = QStringLiteral("Không tiếp tục thực hiện");
            break;
        case CaseAction::Transfer:
            ended = on;
            organisation = transferredTo = m_random.pick(m_transferTargets);
            reason = exitReason = QStringLiteral("Chuyển cho tổ chức thực hiện trợ giúp pháp lý khác");
            break;
        case CaseAction::ChangeProvider:
            break;
        }
        const QString from = caseStatusCode(current);
        current = *next;
        last = on;
        transitions.push_back({id, caseActionCode(action), from, caseStatusCode(current), isoDate(on), ground,
                               reason, idOrNull(stepProvider), idOrNull(organisation), nullText(), 0, m_actor,
                               stampOf(on, id)});
    }
    status = caseStatusCode(current);
    if (auto done = put(SeedTable::Case,
                        {id,
                         unit.code,
                         idOrNull(unit.organisationId),
                         caseFormCode(form),
                         m_random.pick(fields),
                         QStringLiteral("art7_6a"), // victims, people being identified, minors with them
                         person.id,
                         QString(),
                         QString(),
                         sources.at(m_random.below(static_cast<int>(sources.size()))),
                         isoDate(received),
                         QStringLiteral("Yêu cầu trợ giúp pháp lý"),
                         urgent ? 1 : 0,
                         urgent ? QStringLiteral("court_appointed") : QString(),
                         nullText(),
                         nullText(),
                         status,
                         received.year(),
                         number,
                         fileCode,
                         idOrNull(provider),
                         dateOrNull(accepted),
                         dateOrNull(assigned),
                         dateOrNull(started),
                         dateOrNull(ended),
                         isoDate(last),
                         outcome,
                         exitGround,
                         exitReason,
                         idOrNull(transferredTo),
                         stamp,
                         stampOf(last, id)});
        !done)
        return done;
    for (const QVariantList& transition : transitions) {
        if (auto done = put(SeedTable::CaseTransition, transition); !done)
            return done;
    }

    // Events between receipt and the last step.
    for (int e = 0; e < m_options.eventsPerCase; ++e) {
        const QDate on = received.addDays(m_random.between(0, static_cast<int>(received.daysTo(last))));
        int kind = m_random.weighted({35, form == CaseForm::Litigation ? 25.0 : 0.0, 30,
                                      current == CaseStatus::Closed ? 6.0 : 0.0,
                                      current == CaseStatus::Closed ? 6.0 : 0.0});
        const bool issued = m_random.percent(50);
        QVariantList row{
            id,        QString(),          isoDate(on), QString(), QString(),
            QString(), QString(),          QString(),   QString(), QString(),
            QString(), nullId(),           nullId(),    QString(), QVariant(QMetaType::fromType<int>()),
            m_actor,   stampOf(on, id + e)};
        switch (kind) {
        case 0:
            row[1] = QStringLiteral("note");
            row[3] = QStringLiteral("Đã gặp và trao đổi với người được trợ giúp pháp lý");
            break;
        case 1:
            row[1] = QStringLiteral("hearing");
            row[4] = QStringLiteral("Tòa án nhân dân khu vực");
            row[5] = stages.at(m_random.below(static_cast<int>(stages.size())));
            break;
        case 2:
            row[1] = QStringLiteral("document");
            row[6] = issued ? QStringLiteral("issued") : QStringLiteral("received");
            row[7] = documentTypes.at(m_random.below(static_cast<int>(documentTypes.size())));
            row[8] = QStringLiteral("%1/%2").arg(m_random.between(1, 999)).arg(on.year());
            row[9] = issued ? QStringLiteral("Tòa án nhân dân") : QStringLiteral("Công an tỉnh");
            row[10] = QStringLiteral("Văn bản trong hồ sơ vụ việc");
            break;
        case 3:
            row[1] = QStringLiteral("evaluation");
            row[13] = ratings.at(m_random.below(static_cast<int>(ratings.size())));
            break;
        default:
            row[1] = QStringLiteral("feedback");
            row[14] = m_random.percent(85) ? 1 : 0;
            break;
        }
        if (auto done = put(SeedTable::CaseEvent, row); !done)
            return done;
        ++m_report.caseEvents;
    }
    person.fileCodes << search::foldForSearch(fileCode);
    m_touchedPeople.insert(static_cast<std::size_t>(&person - m_people.data()));
    ++m_report.cases;
    return {};
}

Status Seeder::flushSearch() {
    for (std::size_t index : m_touchedPeople) {
        const PersonInfo& person = m_people[index];
        if (auto done = put(SeedTable::PersonSearchDelete, {person.id}); !done)
            return done;
        --m_report.rows; // a delete writes no new row
        const QString document = person.searchBase.isEmpty() ? person.fileCodes.join(QLatin1Char(' '))
                                                             : person.searchBase + QLatin1Char(' ') +
                                                                   person.fileCodes.join(QLatin1Char(' '));
        if (auto done = put(SeedTable::PersonSearch, {person.id, document}); !done)
            return done;
        --m_report.rows; // replaces the row counted with the person
    }
    m_touchedPeople.clear();
    for (const QString& key : m_touchedCounters) {
        const auto parts = key.split(QLatin1Char('/'));
        if (auto done = m_repo.insert(SeedTable::RegisterCounter,
                                      {parts.at(0), parts.at(1).toInt(), m_counters.value(key)});
            !done)
            return done;
    }
    m_touchedCounters.clear();
    return {};
}

Status Seeder::referral(qint64 index) {
    static const QStringList services = referralServiceCodes();
    static const QStringList fields = disclosableFieldCodes();
    const qint64 id = m_referralBase + index + 1;
    PersonInfo& person =
        m_people[static_cast<std::size_t>(m_random.below(static_cast<int>(m_people.size())))];
    bool outgoing = m_random.percent(60);
    const QDate sent = later(person.created, 0, 90);
    Organisation organisation = m_random.pick(m_partners);
    QStringList disclose;
    if (outgoing && person.consentId > 0 && !person.partners.empty() && m_random.percent(70)) {
        const qint64 partner =
            person
                .partners[static_cast<std::size_t>(m_random.below(static_cast<int>(person.partners.size())))];
        for (const Organisation& candidate : m_partners) {
            if (candidate.id == partner)
                organisation = candidate;
        }
    }
    // Consent before disclosure: only a consent given by then and covering this partner allows it.
    const bool covered =
        person.consentId > 0 && person.consentOn <= sent &&
        std::find(person.partners.begin(), person.partners.end(), organisation.id) != person.partners.end();
    // Sending a person to a partner tells the partner who they are: the core refuses an outgoing referral
    // that the person's consent does not cover, and records the name as disclosed. Uncovered ones become
    // incoming.
    if (outgoing && !covered)
        outgoing = false;
    if (outgoing) {
        disclose << QStringLiteral("full_name");
        const int count = m_random.between(1, 3);
        for (int i = 0; i < count; ++i) {
            const QString& field = fields.at(m_random.below(static_cast<int>(fields.size())));
            if (!disclose.contains(field))
                disclose << field;
        }
    }
    const QDate due = m_calendar->addWorkingDays(sent, 5);
    QString service, regime;
    bool outOfRegime = false;
    const bool abroad = outgoing && m_random.percent(3);
    if (outgoing) {
        service = services.at(m_random.below(static_cast<int>(services.size())));
        const SupportRegimeGroup group = supportRegimeGroup(person.category, person.accompaniedCategory,
                                                            isForeignNationality(person.nationality), abroad);
        regime = supportRegimeGroupCode(group);
        outOfRegime = !checkSupportRegime(group, service).inRegime;
    }
    static const std::vector<QStringList> paths{
        {QStringLiteral("sent")},
        {QStringLiteral("sent"), QStringLiteral("accepted")},
        {QStringLiteral("sent"), QStringLiteral("declined")},
        {QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("done")},
        {QStringLiteral("sent"), QStringLiteral("cancelled")}};
    const QStringList& path = paths[static_cast<std::size_t>(m_random.weighted({20, 20, 10, 40, 10}))];
    QDate on = sent;
    std::vector<QDate> dates{sent};
    for (int i = 1; i < path.size(); ++i) {
        if (!isReferralTransitionAllowed(path.at(i - 1), path.at(i)))
            return makeError(ErrorCode::Internal, QStringLiteral("referral path"));
        on = later(on, 0, 10);
        dates.push_back(on);
    }
    const QString stamp = stampOf(sent, id);
    if (auto done =
            put(SeedTable::Referral,
                {id, person.id, outgoing ? QStringLiteral("out") : QStringLiteral("in"), organisation.id,
                 outgoing ? nullText() : QVariant(organisation.kind),
                 outgoing ? QVariant(service) : nullText(), path.last(), isoDate(sent), isoDate(due), regime,
                 outOfRegime ? 1 : 0, abroad ? 1 : 0, nullText(), m_actor, stamp, stampOf(on, id)});
        !done)
        return done;
    for (int i = 0; i < path.size(); ++i) {
        if (auto done = put(SeedTable::ReferralStatus,
                            {id, i == 0 ? nullText() : QVariant(path.at(i - 1)), path.at(i),
                             isoDate(dates[static_cast<std::size_t>(i)]), m_actor,
                             stampOf(dates[static_cast<std::size_t>(i)], id + i), nullText()});
            !done)
            return done;
    }
    for (const QString& field : disclose) {
        if (auto done = put(SeedTable::ReferralDisclosure, {id, person.consentId, field}); !done)
            return done;
    }
    ++m_report.referrals;
    return {};
}

Status Seeder::activity(qint64 index) {
    static const QStringList kinds = activityKindCodes();
    static const QStringList audiences = activityAudienceCodes();
    const qint64 id = m_activityBase + index + 1;
    const QDate held = spread(index, m_options.activities).addDays(m_random.between(0, 3));
    const QString kind = kinds.at(m_random.below(static_cast<int>(kinds.size())));
    const int participants = m_random.between(10, 200);
    const QString stamp = stampOf(std::min(held, m_until), id);
    const Unit& unit = m_units[static_cast<std::size_t>(m_random.below(static_cast<int>(m_units.size())))];
    if (auto done =
            put(SeedTable::Activity,
                {id, kind, isoDate(std::min(held, m_until)),
                 QStringLiteral("Truyền thông phòng, chống mua bán người tại %1").arg(communeName(m_random)),
                 audiences.at(m_random.below(static_cast<int>(audiences.size()))), participants,
                 m_random.between(0, participants), communeName(m_random), idOrNull(unit.organisationId),
                 m_partners.empty() ? nullId() : QVariant(m_random.pick(m_partners).id), nullText(), m_actor,
                 stamp, stamp});
        !done)
        return done;
    ++m_report.activities;
    return {};
}

Result<SeedReport> Seeder::run() {
    if (m_session.user().role != Role::Admin)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Seed",
                                                     "Only an administrator may fill the database with "
                                                     "generated data."));
    m_until = m_options.until.isValid() ? m_options.until : QDate::currentDate();
    m_until = std::min(m_until, kLastDate);
    if (m_until < kFirstDate || m_options.people < 0 || m_options.cases < 0 || m_options.referrals < 0 ||
        m_options.eventsPerCase < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Seed", "Give sizes from 0 upwards and a last date from "
                                                             "2026-01-01 on."));
    if (m_options.people == 0 && (m_options.cases > 0 || m_options.referrals > 0))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Seed", "Cases and referrals need people: give --people."));
    if (m_options.activities < 0)
        m_options.activities = m_options.people > 0 ? std::max<qint64>(5, m_options.people / 100) : 0;
    m_actor = m_session.user().name;
    m_timer.start();
    const QSqlDatabase db = m_session.db();
    for (auto [base, table] :
         {std::pair{&m_personBase, QStringLiteral("people")}, std::pair{&m_caseBase, QStringLiteral("cases")},
          std::pair{&m_referralBase, QStringLiteral("referrals")},
          std::pair{&m_activityBase, QStringLiteral("activities")},
          std::pair{&m_consentBase, QStringLiteral("consents")}}) {
        auto max = m_repo.maxId(table);
        if (!max)
            return max.error();
        *base = *max;
    }
    auto counters = m_repo.registerCounters();
    if (!counters)
        return counters.error();
    m_counters = *counters;
    auto calendar = WorkingDayCalendar::load(db);
    if (!calendar)
        return calendar.error();
    m_calendar = std::move(calendar).value();

    // For the run, a larger page cache (the people and case indexes are written in no particular order, and
    // every page read back must be decrypted again; a million people need several hundred MiB) and
    // fewer WAL checkpoints (each rewrites the hot index pages into the file); the connection's own
    // settings come back afterwards. Durability is unchanged: every batch still commits with a sync.
    QSqlQuery pragma(db);
    const auto current = [&](const QString& name, qint64 fallback) {
        const qint64 value = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next()
                                 ? pragma.value(0).toLongLong()
                                 : fallback;
        pragma.finish();
        return value;
    };
    const qint64 cacheSize = current(QStringLiteral("cache_size"), -2000);
    const qint64 checkpoint = current(QStringLiteral("wal_autocheckpoint"), 1000);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576")); // 1 GiB at most, allocated as used
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    pragma.finish();
    // A seed stopped half-way left its indexes dropped: build them before anything else.
    Status result = rebuildDeferredIndexes();
    const bool defer = m_options.deferIndexes.value_or(
        m_options.people + m_options.cases + m_options.referrals >= kDeferIndexesFrom);
    if (result && defer)
        result = deferIndexes();
    if (result)
        result = generate();
    // Built again whether the load succeeded or not: the database is never left without its indexes by
    // a failed seed that is still running.
    if (defer) {
        if (const Status rebuilt = rebuildDeferredIndexes(); result && !rebuilt)
            result = rebuilt;
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpoint));
    pragma.finish();
    if (!result)
        return result.error();
    m_report.seconds = static_cast<double>(m_timer.nsecsElapsed()) / 1e9;
    return m_report;
}

Status Seeder::generate() {
    Status status = batched(QStringLiteral("directory"), 1, [&](qint64) { return directory(); }, {});
    if (status)
        status = batched(QStringLiteral("people"), m_options.people, [&](qint64 i) { return person(i); }, {});
    if (status) {
        m_caseDates.reserve(static_cast<std::size_t>(m_options.cases));
        const int span = static_cast<int>(kFirstDate.daysTo(m_until));
        for (qint64 i = 0; i < m_options.cases; ++i)
            m_caseDates.push_back(kFirstDate.addDays(m_random.between(0, span)));
        std::sort(m_caseDates.begin(), m_caseDates.end());
        status = batched(
            QStringLiteral("cases"), m_options.cases, [&](qint64 i) { return caseRecord(i); },
            [&] { return flushSearch(); });
    }
    if (status)
        status = batched(QStringLiteral("referrals"), m_options.referrals,
                         [&](qint64 i) { return referral(i); }, {});
    if (status)
        status = batched(QStringLiteral("activities"), m_options.activities,
                         [&](qint64 i) { return activity(i); }, {});
    // A bulk load leaves the search index in many segments; one merged segment makes every search read
    // one list per word (about a third faster on a million people).
    if (status && (m_options.people > 0 || m_options.cases > 0))
        status = batched(QStringLiteral("search_index"), 1,
                         [&](qint64) { return search::optimizeSearchIndex(m_session.db()); }, {});
    return status;
}

} // namespace

Result<SeedReport> seedDatabase(Session& session, const SeedOptions& options, const SeedProgress& progress) {
    return Seeder(session, options, progress).run();
}

} // namespace legalaid::seed
