#include "reports/indicator_catalogue.h"

#include "reports/report_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace legalaid::reports {

namespace {

Error catalogueError(const QString& detail) {
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("IndicatorCatalogue",
                                                 "The indicator catalogue is not valid (%1); reinstall the "
                                                 "application.")
                         .arg(detail));
}

} // namespace

const QStringList& reportSections() {
    static const QStringList sections{QStringLiteral("people_aided"), QStringLiteral("cases"),
                                      QStringLiteral("coverage"),     QStringLiteral("timeliness"),
                                      QStringLiteral("referrals"),    QStringLiteral("activities"),
                                      QStringLiteral("providers")};
    return sections;
}

QString sectionLabel(const QString& section, const QString& language) {
    const bool en = language == QLatin1String("en");
    if (section == QLatin1String("people_aided"))
        return en ? QStringLiteral("People who received legal aid")
                  : QStringLiteral("Người được trợ giúp pháp lý");
    if (section == QLatin1String("cases"))
        return en ? QStringLiteral("Legal-aid cases") : QStringLiteral("Vụ việc trợ giúp pháp lý");
    if (section == QLatin1String("coverage"))
        return en ? QStringLiteral("Coverage of victims, people being identified and accompanying minors")
                  : QStringLiteral(
                        "Tỷ lệ nạn nhân, người đang được xác định và người dưới 18 tuổi đi cùng được "
                        "trợ giúp pháp lý");
    if (section == QLatin1String("timeliness"))
        return en ? QStringLiteral("Timeliness") : QStringLiteral("Bảo đảm thời hạn");
    if (section == QLatin1String("referrals"))
        return en ? QStringLiteral("Referrals") : QStringLiteral("Chuyển gửi");
    if (section == QLatin1String("activities"))
        return en ? QStringLiteral("Outreach and training")
                  : QStringLiteral("Truyền thông, phổ biến, tập huấn");
    if (section == QLatin1String("providers"))
        return en ? QStringLiteral("Providers") : QStringLiteral("Người thực hiện trợ giúp pháp lý");
    return section;
}

Result<std::vector<Indicator>> parseIndicatorCatalogue(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return catalogueError(parseError.errorString());
    const QJsonArray entries = document.object().value(QStringLiteral("indicators")).toArray();
    if (entries.isEmpty())
        return catalogueError(QStringLiteral("no indicators"));
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    std::vector<Indicator> indicators;
    QSet<QString> codes;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        Indicator indicator;
        indicator.code = entry.value(QStringLiteral("code")).toString();
        indicator.section = entry.value(QStringLiteral("section")).toString();
        indicator.measure = entry.value(QStringLiteral("measure")).toString();
        indicator.dimension = entry.value(QStringLiteral("dimension")).toString(QStringLiteral("total"));
        indicator.labelVi = entry.value(QStringLiteral("label_vi")).toString();
        indicator.labelEn = entry.value(QStringLiteral("label_en")).toString();
        indicator.unit = entry.value(QStringLiteral("unit")).toString(QStringLiteral("count"));
        indicator.numerator = entry.value(QStringLiteral("numerator")).toString();
        indicator.denominator = entry.value(QStringLiteral("denominator")).toString();
        if (!codePattern.match(indicator.code).hasMatch() || codes.contains(indicator.code))
            return catalogueError(QStringLiteral("code \"%1\"").arg(indicator.code));
        codes.insert(indicator.code);
        if (!reportSections().contains(indicator.section) || indicator.labelVi.isEmpty() ||
            indicator.labelEn.isEmpty())
            return catalogueError(indicator.code);
        const bool valid = indicator.isRatio()
                               ? ReportRepository::supports(indicator.numerator, indicator.dimension) &&
                                     ReportRepository::supports(indicator.denominator, indicator.dimension)
                               : ReportRepository::supports(indicator.measure, indicator.dimension);
        if (!valid)
            return catalogueError(indicator.code);
        indicators.push_back(std::move(indicator));
    }
    return indicators;
}

Result<std::vector<Indicator>> indicatorCatalogue() {
    QFile file(QStringLiteral(":/reports/indicators.json"));
    if (!file.open(QIODevice::ReadOnly))
        return catalogueError(QStringLiteral("missing"));
    return parseIndicatorCatalogue(file.readAll());
}

} // namespace legalaid::reports
