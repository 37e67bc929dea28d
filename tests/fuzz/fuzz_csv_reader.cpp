// libFuzzer target: the CSV reader takes any bytes in linear time and never crashes.
#include "exchange/csv_reader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    legalaid::exchange::CsvLimits limits;
    limits.maxFields = 200;
    limits.maxFieldBytes = 4096;
    const auto records = legalaid::exchange::parseCsv(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), limits);
    (void)records;
    return 0;
}
