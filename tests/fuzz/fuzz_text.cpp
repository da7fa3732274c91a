// libFuzzer target: the readers of finsam-audit (addin/readers/document_tables.hpp) and the audit on
// what they read, as `finsam-audit FILE.txt` and `finsam-audit FILE.csv` do it:
//   bytes → read_text_tables → audit_grid on every table → every sentence of the report,
//   bytes → parse_swedish_amount on every line,
//   bytes → read_csv → audit_grid → every sentence,
// and an amount written as the messages write it reads back as the same amount.
// An invariant that fails aborts (fuzz_support.hpp). Run: tests/fuzz/run_fuzz.sh text SECONDS.
#include "document_tables.hpp"
#include "finsam_audit.hpp"
#include "fuzz_support.hpp"
#include "money.hpp"
#include "swedish_format.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using namespace finsam;

namespace {

void check_tables(std::string_view doc) {
    std::size_t lines = 1;
    for (char c : doc) lines += c == '\n';
    for (const TextTable& t : read_text_tables(doc)) {
        FUZZ_REQUIRE(t.grid.rows() > 0 && t.grid.cols() > 0, "an empty table");
        FUZZ_REQUIRE(t.line_of_row.size() == t.grid.rows(), "a row without its line");
        for (std::size_t r = 0; r < t.line_of_row.size(); ++r) {
            FUZZ_REQUIRE(t.line_of_row[r] >= 1 && t.line_of_row[r] <= lines, "a line number outside the text");
            if (r > 0) FUZZ_REQUIRE(t.line_of_row[r] > t.line_of_row[r - 1], "lines out of order");
        }
        for (const Cell& c : t.grid.cells())
            if (c.is_text()) FUZZ_REQUIRE(!c.text.empty(), "an empty text cell (should be an empty cell)");
        fuzz::check_report(audit_grid(t.grid), t.grid);
    }
}

void check_amounts(std::string_view doc) {
    std::size_t from = 0;
    while (from <= doc.size()) {
        std::size_t to = doc.find('\n', from);
        if (to == std::string_view::npos) to = doc.size();
        if (auto v = parse_swedish_amount(doc.substr(from, to - from))) FUZZ_REQUIRE(!std::isnan(*v), "NaN amount");
        from = to + 1;
    }
}

void check_csv(std::string_view doc) {
    const Grid g = read_csv(doc);
    for (const Cell& c : g.cells())
        if (c.is_text()) FUZZ_REQUIRE(!c.text.empty(), "an empty text cell (should be an empty cell)");
    fuzz::check_report(audit_grid(g), g);
}

// An amount as the messages write it ("-1 234 567,89") reads back as that amount.
void check_round_trip(const std::uint8_t* data, std::size_t size) {
    if (size < 8) return;
    std::int64_t ore;
    std::memcpy(&ore, data, sizeof ore);
    ore %= Money::kMaxOre + 1;
    const Money m = Money::from_ore(ore);
    const std::string text = format_amount(m);
    const auto back = parse_swedish_amount(text);
    FUZZ_REQUIRE(back && *back == m.to_double(), "format_amount does not read back: " + text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view doc(reinterpret_cast<const char*>(data), size);
    check_tables(doc);
    check_amounts(doc);
    check_csv(doc);
    check_round_trip(data, size);
    return 0;
}
