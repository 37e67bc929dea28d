#include "exchange/small_cell.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstring>
#include <unordered_map>

namespace legalaid::exchange {

namespace {

// The six socio-economic regions of Viet Nam over the 34 provincial units in force since 1 July 2025
// (the merged Gia Lai, Đắk Lắk and Lâm Đồng counted with the Central Highlands).
std::string_view regionOf(std::string_view province) {
    struct Entry {
        const char* province;
        const char* region;
    };
    static const Entry entries[] = {
        {"cao_bang", "region_northern_midlands_mountains"},
        {"dien_bien", "region_northern_midlands_mountains"},
        {"lai_chau", "region_northern_midlands_mountains"},
        {"lang_son", "region_northern_midlands_mountains"},
        {"lao_cai", "region_northern_midlands_mountains"},
        {"phu_tho", "region_northern_midlands_mountains"},
        {"son_la", "region_northern_midlands_mountains"},
        {"thai_nguyen", "region_northern_midlands_mountains"},
        {"tuyen_quang", "region_northern_midlands_mountains"},
        {"ha_noi", "region_red_river_delta"},
        {"hai_phong", "region_red_river_delta"},
        {"bac_ninh", "region_red_river_delta"},
        {"hung_yen", "region_red_river_delta"},
        {"ninh_binh", "region_red_river_delta"},
        {"quang_ninh", "region_red_river_delta"},
        {"thanh_hoa", "region_north_central_coast"},
        {"nghe_an", "region_north_central_coast"},
        {"ha_tinh", "region_north_central_coast"},
        {"quang_tri", "region_north_central_coast"},
        {"hue", "region_north_central_coast"},
        {"da_nang", "region_north_central_coast"},
        {"quang_ngai", "region_north_central_coast"},
        {"khanh_hoa", "region_north_central_coast"},
        {"gia_lai", "region_central_highlands"},
        {"dak_lak", "region_central_highlands"},
        {"lam_dong", "region_central_highlands"},
        {"ho_chi_minh", "region_southeast"},
        {"dong_nai", "region_southeast"},
        {"tay_ninh", "region_southeast"},
        {"can_tho", "region_mekong_delta"},
        {"an_giang", "region_mekong_delta"},
        {"ca_mau", "region_mekong_delta"},
        {"dong_thap", "region_mekong_delta"},
        {"vinh_long", "region_mekong_delta"},
    };
    for (const Entry& entry : entries) {
        if (province == entry.province)
            return entry.region;
    }
    // A code the catalogue does not know would stay as rare as it is.
    return "region_other";
}

int levelOf(QuasiIdentifier what) {
    switch (what) {
    case QuasiIdentifier::Ethnicity:
    case QuasiIdentifier::Nationality:
        return 1;
    case QuasiIdentifier::AgeBand:
        return 2;
    case QuasiIdentifier::Province:
        return 3;
    case QuasiIdentifier::Sex:
        return 99;
    }
    return 99;
}

constexpr int kLastLevel = 3;

// Held rows are stored as one string each: per cell a 4-byte length and the bytes.
void appendHeld(std::string& out, const std::string_view* cells, int count) {
    for (int i = 0; i < count; ++i) {
        const auto length = static_cast<std::uint32_t>(cells[i].size());
        out.append(reinterpret_cast<const char*>(&length), sizeof length);
        out.append(cells[i]);
    }
}

void decodeHeld(const std::string& row, std::vector<std::string_view>& cells) {
    std::size_t at = 0;
    for (std::string_view& cell : cells) {
        std::uint32_t length = 0;
        std::memcpy(&length, row.data() + at, sizeof length);
        at += sizeof length;
        cell = std::string_view(row.data() + at, length);
        at += length;
    }
}

} // namespace

std::string generalisedValue(QuasiIdentifier what, std::string_view value, int level) {
    if (level < levelOf(what) || value.empty())
        return std::string(value);
    switch (what) {
    case QuasiIdentifier::Ethnicity:
        return value == "kinh" ? std::string("kinh") : std::string("minority");
    case QuasiIdentifier::Nationality:
        return value == "VN" ? std::string("VN") : std::string("foreign");
    case QuasiIdentifier::AgeBand:
        if (value == "under_16" || value == "16_17")
            return "under_18";
        if (value == "18_29" || value == "30_59" || value == "60_plus")
            return "18_plus";
        return std::string(value); // unknown
    case QuasiIdentifier::Province:
        return std::string(regionOf(value));
    case QuasiIdentifier::Sex:
        return std::string(value);
    }
    return std::string(value);
}

qint64 SmallCellReport::totalCellsGeneralised() const {
    qint64 total = 0;
    for (const ColumnCount& each : cellsGeneralised)
        total += each.cells;
    return total;
}

QString SmallCellReport::auditText() const {
    if (!applied)
        return QStringLiteral("small_cell=off");
    QStringList columns;
    for (const ColumnCount& each : cellsGeneralised) {
        if (each.cells > 0)
            columns << QStringLiteral("%1:%2").arg(each.column).arg(each.cells);
    }
    return QStringLiteral("k=%1 below_k=%2 generalised_cells=%3 (%4) generalised_rows=%5 suppressed_rows=%6")
        .arg(k)
        .arg(combinationsBelowK)
        .arg(totalCellsGeneralised())
        .arg(columns.join(QLatin1Char(',')))
        .arg(rowsGeneralised)
        .arg(rowsSuppressed);
}

QString SmallCellReport::sentence() const {
    if (!applied)
        return QCoreApplication::translate("SmallCell",
                                           "Small-cell protection does not apply to this export.");
    QStringList columns;
    for (const ColumnCount& each : cellsGeneralised) {
        if (each.cells > 0)
            columns << QStringLiteral("%1 %2").arg(each.column).arg(each.cells);
    }
    if (combinationsBelowK == 0)
        return QCoreApplication::translate("SmallCell",
                                           "Small-cell protection (k = %1): every combination of age band, "
                                           "sex, province, nationality and ethnicity has at least %1 rows; "
                                           "nothing was changed.")
            .arg(k);
    return QCoreApplication::translate(
               "SmallCell", "Small-cell protection (k = %1): %2 combinations had fewer than %1 rows; "
                            "%3 cells generalised (%4) in %5 rows, %6 rows suppressed.")
        .arg(k)
        .arg(combinationsBelowK)
        .arg(totalCellsGeneralised())
        .arg(columns.isEmpty() ? QStringLiteral("-") : columns.join(QStringLiteral(", ")))
        .arg(rowsGeneralised)
        .arg(rowsSuppressed);
}

struct SmallCellGuard::State {
    struct Combination {
        qint64 count = 0;
        std::vector<std::string> values; // the quasi-identifier values, in column order
        std::vector<std::string> held;   // rows not written yet
    };
    int k = 0;
    std::vector<Column> columns;
    int cellCount = 0;
    Sink sink;
    std::unordered_map<std::string, std::size_t> index; // key → position in combinations
    std::vector<Combination> combinations;              // in the order first seen
    std::string key;                                    // reused for each row
    std::vector<std::string_view> decoded;

    Status flushHeld(Combination& combination) {
        for (const std::string& row : combination.held) {
            decodeHeld(row, decoded);
            if (auto written = sink(decoded.data()); !written)
                return written;
        }
        combination.held.clear();
        combination.held.shrink_to_fit();
        return {};
    }
};

SmallCellGuard::SmallCellGuard(int k, std::vector<Column> columns, int cellCount, Sink sink)
    : m_state(std::make_unique<State>()) {
    m_state->k = k;
    m_state->columns = std::move(columns);
    m_state->cellCount = cellCount;
    m_state->sink = std::move(sink);
    m_state->decoded.resize(static_cast<std::size_t>(cellCount));
    m_report.applied = true;
    m_report.k = k;
    for (const Column& column : m_state->columns)
        m_report.cellsGeneralised.push_back({column.code, 0});
}

SmallCellGuard::~SmallCellGuard() = default;

Status SmallCellGuard::add(const std::string_view* cells) {
    State& s = *m_state;
    s.key.clear();
    for (const Column& column : s.columns) {
        s.key.append(cells[column.cell]);
        s.key.push_back('\x1f');
    }
    auto found = s.index.find(s.key);
    if (found == s.index.end()) {
        State::Combination fresh;
        for (const Column& column : s.columns)
            fresh.values.emplace_back(cells[column.cell]);
        s.combinations.push_back(std::move(fresh));
        found = s.index.emplace(s.key, s.combinations.size() - 1).first;
    }
    State::Combination& combination = s.combinations[found->second];
    ++combination.count;
    if (combination.count < s.k) {
        std::string row;
        appendHeld(row, cells, s.cellCount);
        combination.held.push_back(std::move(row));
        return {};
    }
    if (!combination.held.empty()) {
        if (auto flushed = s.flushHeld(combination); !flushed)
            return flushed;
    }
    return s.sink(cells);
}

Status SmallCellGuard::finish() {
    State& s = *m_state;
    std::vector<std::size_t> rare;
    for (std::size_t i = 0; i < s.combinations.size(); ++i) {
        if (s.combinations[i].count < s.k)
            rare.push_back(i);
    }
    m_report.combinationsBelowK = static_cast<qint64>(rare.size());
    std::vector<int> levelOfCombination(s.combinations.size(), 0);
    std::vector<std::vector<std::string>> generalised(s.combinations.size());
    for (int level = 1; level <= kLastLevel && !rare.empty(); ++level) {
        // Group the still-rare combinations by their values at this level.
        std::unordered_map<std::string, qint64> totals;
        std::vector<std::string> keys(rare.size());
        for (std::size_t r = 0; r < rare.size(); ++r) {
            const State::Combination& combination = s.combinations[rare[r]];
            std::vector<std::string>& values = generalised[rare[r]];
            values.clear();
            std::string& key = keys[r];
            for (std::size_t c = 0; c < s.columns.size(); ++c) {
                values.push_back(generalisedValue(s.columns[c].what, combination.values[c], level));
                key.append(values.back());
                key.push_back('\x1f');
            }
            totals[key] += combination.count;
        }
        std::vector<std::size_t> stillRare;
        for (std::size_t r = 0; r < rare.size(); ++r) {
            if (totals[keys[r]] >= s.k)
                levelOfCombination[rare[r]] = level;
            else
                stillRare.push_back(rare[r]);
        }
        rare = std::move(stillRare);
    }
    for (const std::size_t suppressed : rare)
        m_report.rowsSuppressed += s.combinations[suppressed].count;

    // Write the generalised rows, combinations in the order they were first seen.
    for (std::size_t i = 0; i < s.combinations.size(); ++i) {
        State::Combination& combination = s.combinations[i];
        if (levelOfCombination[i] == 0) {
            combination.held.clear();
            continue;
        }
        const std::vector<std::string>& values = generalised[i];
        bool changed = false;
        for (std::size_t c = 0; c < s.columns.size(); ++c) {
            if (values[c] != combination.values[c]) {
                m_report.cellsGeneralised[c].cells += combination.count;
                changed = true;
            }
        }
        if (changed)
            m_report.rowsGeneralised += combination.count;
        for (const std::string& row : combination.held) {
            decodeHeld(row, s.decoded);
            for (std::size_t c = 0; c < s.columns.size(); ++c)
                s.decoded[static_cast<std::size_t>(s.columns[c].cell)] = values[c];
            if (auto written = s.sink(s.decoded.data()); !written)
                return written;
        }
        combination.held.clear();
    }
    return {};
}

} // namespace legalaid::exchange
