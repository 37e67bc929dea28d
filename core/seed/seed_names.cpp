#include "seed/seed_names.h"

#include <vector>

namespace legalaid::seed {

namespace {

struct Weighted {
    std::vector<QString> names;
    std::vector<double> weights;
};

const Weighted& surnames() {
    static const Weighted table = [] {
        const std::vector<std::pair<const char16_t*, double>> rows = {
            {u"Nguyễn", 38.0}, {u"Trần", 11.0}, {u"Lê", 9.5},     {u"Phạm", 7.0}, {u"Hoàng", 3.0},
            {u"Huỳnh", 2.0},   {u"Phan", 4.5},  {u"Vũ", 2.5},     {u"Võ", 1.5},   {u"Đặng", 2.0},
            {u"Bùi", 2.0},     {u"Đỗ", 1.4},    {u"Hồ", 1.3},     {u"Ngô", 1.3},  {u"Dương", 1.0},
            {u"Lý", 0.5},      {u"Đinh", 0.8},  {u"Trương", 0.8}, {u"Đoàn", 0.6}, {u"Lương", 0.5},
            {u"Mai", 0.5},     {u"Cao", 0.4},   {u"Lò", 0.4},     {u"Hà", 0.5},   {u"Giàng", 0.4},
            {u"Vàng", 0.3},    {u"Sùng", 0.3},  {u"Triệu", 0.3},  {u"Tô", 0.3},   {u"Lâm", 0.4}};
        Weighted w;
        for (const auto& [name, weight] : rows) {
            w.names.push_back(QString::fromUtf16(name));
            w.weights.push_back(weight);
        }
        return w;
    }();
    return table;
}

std::vector<QString> list(std::initializer_list<const char16_t*> items) {
    std::vector<QString> out;
    for (const char16_t* item : items)
        out.push_back(QString::fromUtf16(item));
    return out;
}

const std::vector<QString>& femaleMiddle() {
    static const auto names = list({u"Thị", u"Thị", u"Thị", u"Thị", u"Thị Ngọc", u"Thu", u"Thanh", u"Ngọc",
                                    u"Thị Thu", u"Thị Kim", u"Mỹ", u"Thùy", u"Hồng", u"Diệu", u"Kim"});
    return names;
}

const std::vector<QString>& maleMiddle() {
    static const auto names = list({u"Văn", u"Văn", u"Văn", u"Văn Minh", u"Hữu", u"Đức", u"Minh", u"Quốc",
                                    u"Thanh", u"Công", u"Xuân", u"Đình", u"Ngọc", u"Trọng", u"Gia"});
    return names;
}

const std::vector<QString>& femaleGiven() {
    static const auto names =
        list({u"Anh",   u"Ánh Tuyết", u"Hoa",   u"Hương", u"Lan",   u"Linh",   u"Mai",   u"Ngọc",
              u"Nhung", u"Phương",    u"Quỳnh", u"Thảo",  u"Trang", u"Tuyết",  u"Vân",   u"Yến",
              u"Hằng",  u"Huyền",     u"Loan",  u"Nga",   u"Oanh",  u"Thủy",   u"Xuân",  u"Dung",
              u"Giang", u"Hạnh",      u"Hiền",  u"Lệ",    u"My",    u"Nguyệt", u"Sương", u"Tâm",
              u"Thơm",  u"Vy",        u"Chi",   u"Dịu",   u"Mỷ",    u"Pà",     u"Sinh",  u"Lự"});
    return names;
}

const std::vector<QString>& maleGiven() {
    static const auto names =
        list({u"An",    u"Bình", u"Cường", u"Dũng",  u"Đạt",   u"Hải",   u"Hiếu", u"Hùng",  u"Huy",
              u"Khánh", u"Long", u"Minh",  u"Nam",   u"Phong", u"Quang", u"Sơn",  u"Thắng", u"Trung",
              u"Tuấn",  u"Việt", u"Vinh",  u"Chiến", u"Đức",   u"Giang", u"Hào",  u"Kiên",  u"Lộc",
              u"Mạnh",  u"Phúc", u"Tài",   u"Thành", u"Tú",    u"Vàng",  u"Chứ",  u"Páo"});
    return names;
}

} // namespace

QString vietnameseName(Random& random, bool female) {
    const Weighted& table = surnames();
    const QString& surname = table.names[static_cast<std::size_t>(random.weighted(table.weights))];
    const QString& middle = random.pick(female ? femaleMiddle() : maleMiddle());
    const QString& given = random.pick(female ? femaleGiven() : maleGiven());
    return surname + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

QString communeName(Random& random) {
    static const auto prefixes = list({u"Xã", u"Xã", u"Phường"});
    static const auto names =
        list({u"Tân Lập",     u"Hòa Bình", u"Quang Trung", u"Mường Khương", u"Bản Lầu",
              u"Sa Pa",       u"Đồng Văn", u"Mèo Vạc",     u"Kỳ Sơn",       u"Tương Dương",
              u"Quế Phong",   u"Bát Xát",  u"Phong Thổ",   u"Sìn Hồ",       u"Thạch An",
              u"Trùng Khánh", u"Lê Chân",  u"Ngô Quyền",   u"Hồng Bàng",    u"An Dương"});
    return random.pick(prefixes) + QLatin1Char(' ') + random.pick(names);
}

} // namespace legalaid::seed
