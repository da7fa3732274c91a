// libFuzzer target: every Calc function (addin/calc/calc_functions.hpp) on argument ranges carved
// from a small decoded sheet, and the audit (addin/core/finsam_audit.hpp) on that sheet as
// finsam-audit runs it on a CSV sheet, with invariants that must hold whatever the cells say:
//   - nothing escapes: no exception, no "Internt fel" (an exception the maths let through);
//   - every answer has at least one cell; an error is one message "Fel i <one of the function's
//     arguments>: …" or "Fel: …" in every cell of the shape its figures would have had (a vector
//     for FINSAM_SPLIT, EQUITY_PROJECTION and BUDGET_RESULT, 2 × 6 for FINSAM_AUDIT); figures are
//     finite;
//   - FINSAM_SPLIT: as many parts as the state's lines + the region + the key, shaped like the key,
//     each a non-negative multiple of the step within one step of its quota, adding up exactly (in
//     whole öre) to the total, or to twice the state's allocation with base = 1 (the state's line
//     then being that allocation);
//   - EQUITY_PROJECTION without period names: each closing = opening (or the previous closing) +
//     result, exactly;
//   - EQUITY_CEILING: between 0 and the contributions; EQUITY_CEILING_CHECK with the same
//     contributions and staircase: an error when the ceiling is one, else OK exactly when the
//     equity is at most the ceiling;
//   - FINSAM_CHECK: "OK", a sentence per period that does not add up, or an error;
//   - FINSAM_AUDIT: six columns, a row per finding (difference = stated − computed ≠ 0), a row per
//     cell it could not read, and the summary; the same findings as the audit itself, never
//     "Allt stämmer" over unread figures (fuzz_support.hpp).
// An invariant that fails aborts (fuzz_support.hpp). Run: tests/fuzz/run_fuzz.sh grid SECONDS.
//
// The input (make_grid_seeds.py writes seeds in it; bytes past the end read as 0):
//   rows−1 (mod 16), cols−1 (mod 6), then rows × cols cells, row by row, each a tag and its payload
//   (see read_cell), then 18 arguments, each carved from the sheet or a value of its own (see
//   read_carve): FINSAM_SPLIT's 5, BUDGET_RESULT's 2, EQUITY_PROJECTION's 3, FINSAM_CHECK's 4, then
//   EQUITY_CEILING_CHECK's 4 (equity, contributions, staircase, unit; EQUITY_CEILING takes the middle
//   two); FINSAM_AUDIT audits the whole sheet. Last the flood: a byte ≥ 240 repeats one row (the
//   next byte mod rows) up to 30 000 times in the sheet that audit_grid audits as finsam-audit does.
#include "arguments.hpp"
#include "calc_functions.hpp"
#include "equity_ceiling_check.hpp"
#include "equity_projection.hpp"
#include "finsam_audit.hpp"
#include "finsam_split.hpp"
#include "function_table.hpp"
#include "fuzz_support.hpp"
#include "money.hpp"
#include "swedish_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

using namespace finsam;

namespace {

class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}
    std::uint8_t u8() { return i_ < n_ ? p_[i_++] : 0; }
    template <class T>
    T raw() {
        std::uint8_t b[sizeof(T)];
        for (auto& x : b) x = u8();
        T v;
        std::memcpy(&v, b, sizeof v);
        return v;
    }
    std::string text(std::size_t len) {
        std::string s;
        for (std::size_t i = 0; i < len && i_ < n_; ++i) s += static_cast<char>(u8());
        return s;
    }

private:
    const std::uint8_t* p_;
    std::size_t n_, i_ = 0;
};

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::array<double, 48> kSpecial = {
    std::numeric_limits<double>::quiet_NaN(), kInf, -kInf, 1e300, -1e300, -0.0,
    std::numeric_limits<double>::denorm_min(), 2.2e-310, 1e-300, 1e-293, 1e-7, 9.999e12,
    1e13, 10000000000000.01, 9999999999999.99, -9999999999999.99, 0.1, 0.1 + 0.2,
    0.005, 0.01, 0.015, 1234567.89, 2020, 2021, 2022, 0, 1, 2, 3, 0.2, 0.25, 0.5, 0.999999, -1,
    100, 1000, 1e9, 1e9 + 1, 2147483648.0, 4.5e15, 9.3e16, 1.8e19, std::numeric_limits<double>::max(),
    1789000, 7156000, 1341000, 323000, 25.5};

// Budget words: labels the layout engine and the audit read, headers, units, and members.
constexpr std::array<std::string_view, 64> kWords = {
    "Summa", "Delsumma", "Summa intäkter", "Summa kostnader", "Totalt", "Totala kostnader", "S:a", "Totalt (summa)",
    "Resultat", "Årets resultat", "Beräknat resultat", "Eget kapital", "Ingående eget kapital",
    "Prel balanserat resultat", "Utgående eget kapital", "Eget kapital efter året", "Balanserat resultat",
    "Egna medel", "Staten", "Försäkringskassan", "Arbetsförmedlingen", "Regionen", "Region Halland",
    "Västra Götalandsregionen", "Kommun A, 8 %", "Kommun B, 3,5%", "Trollhättans stad", "Stad", "Intäkter",
    "Kostnader", "Medlemsbidrag", "Insatser", "Personalkostnader", "Budget 2021", "Prognos 2021", "Budget 2022",
    "Utfall 2020", "Bokslut 2019", "Plan 2023", "Budget 2021-22", "tkr", "Tkr", "kr", "Belopp (tkr)", "-", "–", " ",
    "2021", "2022", "Post", "Medlem", "Period", "År", "intäkt", "kostnad", "Överskott från föregående år",
    "Kommun", "kommunerna", "Landstinget", "SUMMA", "TOTAL KOSTNAD", "Summa:", "prel.", "Fel i"};

Cell read_cell(Bytes& in) {
    switch (in.u8() % 10) {
        case 0: return Cell::empty();
        case 1: return Cell::of(kSpecial[in.u8() % kSpecial.size()]);
        case 2: return Cell::of(in.raw<std::int32_t>() / 100.0);  // money to the öre
        case 3: return Cell::of(static_cast<double>(static_cast<std::int8_t>(in.u8())));
        case 4: return Cell::of(in.raw<double>());
        case 5: return Cell::of(std::string(kWords[in.u8() % kWords.size()]));
        case 6: {  // a member with a share in its label: "Kommun 3, 8 %", "Kommun 3, 3,5%", over 100 %
            const unsigned who = in.u8(), pct = in.u8(), decimals = in.u8();
            std::string s = "Kommun " + std::to_string(who) + ", " + std::to_string(pct);
            if (decimals % 4 == 1) s += "," + std::to_string(decimals / 4);
            return Cell::of(s + (decimals % 2 ? "%" : " %"));
        }
        case 7: {  // bytes as they come; an empty text is an empty cell, as Calc passes it
            std::string s = in.text(in.u8() % 49);
            return s.empty() ? Cell::empty() : Cell::of(std::move(s));
        }
        case 8: {  // a long text: a word many times
            const std::string_view w = kWords[in.u8() % kWords.size()];
            std::string s;
            for (unsigned i = 0, n = (in.u8() + 1u) * 8u; i < n && s.size() < 4096; ++i) s += w;
            return Cell::of(s);
        }
        default: return Cell::of(static_cast<double>(in.raw<std::uint32_t>()) * 1e4);  // large kronor
    }
}

struct Sheet {
    Grid grid;
    Grid part(std::size_t r0, std::size_t c0, std::size_t h, std::size_t w) const {
        r0 %= grid.rows();
        c0 %= grid.cols();
        h = 1 + h % (grid.rows() - r0);
        w = 1 + w % (grid.cols() - c0);
        Grid g(h, w);
        for (std::size_t r = 0; r < h; ++r)
            for (std::size_t c = 0; c < w; ++c) g.at(r, c) = grid.at(r0 + r, c0 + c);
        return g;
    }
};

// An argument: omitted, the sheet, a rectangle, a cell, a column or row of it, or a value of its own.
Grid read_carve(Bytes& in, const Sheet& s) {
    switch (in.u8() % 7) {
        case 0: return Grid::omitted_argument();
        case 1: return s.grid;
        case 2: {
            const std::size_t r0 = in.u8(), c0 = in.u8(), h = in.u8(), w = in.u8();
            return s.part(r0, c0, h, w);
        }
        case 3: {
            const std::size_t r = in.u8(), c = in.u8();
            return s.part(r, c, 0, 0);
        }
        case 4: {
            const std::size_t c = in.u8(), r0 = in.u8(), h = in.u8();
            return s.part(r0, c, h, 0);
        }
        case 5: {
            const std::size_t r = in.u8(), c0 = in.u8(), w = in.u8();
            return s.part(r, c0, 0, w);
        }
        default: return Grid::scalar(read_cell(in));
    }
}

// The sheet with one row repeated `times` more times below itself: large sheets from small inputs,
// up to about 4 MB of text (beyond that every reader is slow, and a slow run proves nothing).
Grid flooded(const Grid& g, std::size_t row, std::size_t times) {
    std::size_t bytes = 16 * g.cols();
    for (std::size_t c = 0; c < g.cols(); ++c) bytes += g.at(row, c).text.size();
    times = std::min(times, 4'000'000 / bytes);
    Grid out(g.rows() + times, g.cols());
    for (std::size_t r = 0; r < out.rows(); ++r) {
        const std::size_t from = r <= row ? r : r <= row + times ? row : r - times;
        for (std::size_t c = 0; c < g.cols(); ++c) out.at(r, c) = g.at(from, c);
    }
    return out;
}

// FINSAM_FUZZ_VERBOSE=1 fuzz_grid INPUT: the decoded sheet, each argument and each answer.
const bool kVerbose = std::getenv("FINSAM_FUZZ_VERBOSE") != nullptr;

std::string show(const Cell& c) {
    if (c.is_empty()) return "·";
    if (c.is_text()) return "\"" + c.text + "\"";
    char number[32];
    std::snprintf(number, sizeof number, "%.17g", c.number);
    return number;
}

void print(const char* what, const Grid& g) {
    if (!kVerbose) return;
    const std::string shape = g.omitted() ? "omitted" : std::to_string(g.rows()) + "x" + std::to_string(g.cols());
    std::fprintf(stderr, "%s: %s\n", what, shape.c_str());
    for (std::size_t r = 0; r < g.rows() && r < 20; ++r) {
        std::string line = "   ";
        for (std::size_t c = 0; c < g.cols(); ++c) line += " | " + show(g.at(r, c));
        std::fprintf(stderr, "%s\n", line.c_str());
    }
}

// --- Invariants ---------------------------------------------------------------------------------

std::string describe(const Grid& g) {
    std::string s = std::to_string(g.rows()) + "x" + std::to_string(g.cols());
    if (g.is_single_cell()) s += " " + show(g.at(0, 0));
    return s;
}

bool is_text_answer(const Grid& g) { return g.is_single_cell() && g.at(0, 0).is_text(); }

// An error: one message filling the answer's shape (a function that answers with figures and
// half-fills its shape with a message fails in check_figures, which then wants only figures).
bool is_error(const Grid& g) {
    if (g.size() == 0 || !g.at(0, 0).is_text()) return false;
    const std::string& t = g.at(0, 0).text;
    if (!t.starts_with("Fel") && !t.starts_with("Internt fel")) return false;
    for (const Cell& c : g.cells())
        if (!c.is_text() || c.text != t) return false;
    return true;
}

// Every answer: at least one cell; an error is a sentence naming one of the function's arguments.
void check_answer(std::string_view method, const Grid& g) {
    FUZZ_REQUIRE(!g.omitted() && g.rows() >= 1 && g.cols() >= 1 && g.size() == g.rows() * g.cols(),
                 std::string(method) + ": no answer");
    if (!is_error(g)) return;
    const std::string& t = g.at(0, 0).text;
    FUZZ_REQUIRE(!t.starts_with("Internt fel"), std::string(method) + ": " + t);
    if (!t.starts_with("Fel")) return;
    if (t.starts_with("Fel: ")) {
        FUZZ_REQUIRE(t == "Fel: beloppen är för stora för att räknas exakt." ||
                         t == "Fel: området är för stort för minnet.",
                     std::string(method) + ": " + t);
        return;
    }
    const meta::Function* f = meta::find_function(method);
    bool named = false;
    for (const meta::Param& p : f->params) named = named || t.starts_with("Fel i " + std::string(p.name_sv) + ": ");
    FUZZ_REQUIRE(named && t.back() == '.', std::string(method) + ": " + t);
}

// A function that answers with figures: figures, all finite, or an error in the figures' shape (a
// row or a column; a single cell when out of memory).
void check_figures(std::string_view method, const Grid& g, bool vector) {
    check_answer(method, g);
    if (is_error(g)) {
        if (vector)
            FUZZ_REQUIRE(g.rows() == 1 || g.cols() == 1, std::string(method) + ": an error not shaped as figures");
        else FUZZ_REQUIRE(g.is_single_cell(), std::string(method) + ": an error of more than one cell");
        return;
    }
    for (const Cell& c : g.cells())
        FUZZ_REQUIRE(c.is_number() && std::isfinite(c.number), std::string(method) + ": " + describe(g));
}

std::int64_t ore_of(double kronor) { return std::llround(kronor * 100.0); }  // exact up to Money::kMaxOre

__extension__ typedef __int128 i128;
i128 abs128(i128 v) { return v < 0 ? -v : v; }

void check_split(const Grid& total, const Grid& key_arg, const Grid& step, const Grid& lines, const Grid& base) {
    const Grid out = calc::finsam_split(total, key_arg, step, lines, base);
    // The key as the function reads it: a period header above or before the weights left out.
    const Grid key = calc::figures_of(key_arg, false).cells;
    print("FINSAM_SPLIT", out);
    check_figures("finsamSplit", out, true);
    if (is_error(out)) {
        // The parts' shape: the state's line or lines, the region, one per cell of a key in a vector.
        const bool two = lines.is_single_cell() && lines.at(0, 0).is_number() && lines.at(0, 0).number == 2;
        const bool vector_key = key.rows() == 1 || key.cols() == 1;
        const std::size_t municipalities = vector_key ? std::clamp<std::size_t>(key.size(), 1, kMaxKeyCount) : 1;
        if (out.size() > 1 || out.at(0, 0).text.find("minnet") == std::string::npos)
            FUZZ_REQUIRE(out.size() == (two ? 2u : 1u) + 1 + municipalities &&
                             (key.rows() == 1 && key.cols() > 1 ? out.rows() == 1 : out.cols() == 1),
                         "FINSAM_SPLIT: an error not in the parts' shape");
        return;
    }
    // It answered: its arguments were read, so they read here too.
    const Money amount = *calc::read_single_amount(total, kSplitTotal);
    const auto keys = *calc::read_number_vector(key, kSplitKey);
    const std::int64_t unit = calc::read_optional_amount(step, kSplitStep)->value_or(Money::kronor(1)).ore();
    const int state_lines = static_cast<int>(calc::read_optional_number(lines, kSplitStateLines)->value_or(1));
    const bool of_state = calc::read_optional_number(base, kSplitBase)->value_or(0) == 1;
    const std::size_t n = static_cast<std::size_t>(state_lines) + 1 + keys.values.size();
    const std::string what = "FINSAM_SPLIT(" + describe(total) + "; " + describe(key_arg) + "; " + describe(step) + "; " +
                             describe(lines) + "; " + describe(base) + ")";
    FUZZ_REQUIRE(out.size() == n, what + ": " + std::to_string(out.size()) + " parts");
    FUZZ_REQUIRE(keys.is_row ? out.rows() == 1 : out.cols() == 1, what + ": not shaped as the key");
    std::vector<std::int64_t> parts;
    i128 sum = 0;
    for (const Cell& c : out.cells()) {
        parts.push_back(ore_of(c.number));
        FUZZ_REQUIRE(parts.back() >= 0 && parts.back() % unit == 0, what + ": a part " + std::to_string(c.number));
        sum += parts.back();
    }
    const i128 t = static_cast<i128>(amount.ore()) * (of_state ? 2 : 1);
    FUZZ_REQUIRE(sum == t, what + ": parts add up to " + std::to_string(static_cast<long long>(sum)) + " öre");
    if (of_state && state_lines == 1) FUZZ_REQUIRE(parts[0] == amount.ore(), what + ": the state's line");
    // Within one step of the quota: 2/4 (or 1/4 and 1/4) to the state, 1/4 to the region, ...
    const auto near = [&](std::int64_t part, int quarters) {
        return abs128(4 * static_cast<i128>(part) - quarters * t) < 4 * static_cast<i128>(unit);
    };
    std::size_t i = 0;
    if (state_lines == 1) {
        FUZZ_REQUIRE(near(parts[i++], 2), what + ": the state's part");
    } else {
        FUZZ_REQUIRE(near(parts[i++], 1), what + ": FK's part");
        FUZZ_REQUIRE(near(parts[i++], 1), what + ": AF's part");
    }
    FUZZ_REQUIRE(near(parts[i++], 1), what + ": the region's part");
    // ... and each municipality its key's share of the last quarter (keys are weighed to ~2^-50).
    long double key_sum = 0;
    for (double k : keys.values) key_sum += k;
    for (double k : keys.values) {
        const long double quota = static_cast<long double>(t) / 4 * (k / key_sum);
        const long double slack = unit + static_cast<long double>(t) * 1e-12L + 1;
        FUZZ_REQUIRE(std::fabs(static_cast<long double>(parts[i]) - quota) < slack,
                     what + ": a municipality's part " + std::to_string(parts[i]));
        ++i;
    }
}

void check_projection(const Grid& opening_arg, const Grid& results_arg, const Grid& periods) {
    const Grid out = calc::equity_projection(opening_arg, results_arg, periods);
    // The figures as the function reads them: period headers left out.
    const Grid opening = calc::figures_of(opening_arg, true).cells, results = calc::figures_of(results_arg, true).cells;
    print("EQUITY_PROJECTION", out);
    check_figures("equityProjection", out, true);
    if (is_error(out)) return;
    const auto r = *calc::read_amount_vector(results, kProjectionResults);
    FUZZ_REQUIRE(out.size() == r.values.size() && (r.is_row ? out.rows() == 1 : out.cols() == 1),
                 "EQUITY_PROJECTION: not one closing per result");
    if (!periods.omitted()) return;  // names make budgets and forecasts of a year: not a plain chain
    i128 closing = 0;
    for (std::size_t i = 0; i < r.values.size(); ++i) {
        const Cell* o = opening.size() == 1 ? (i == 0 ? &opening.cells()[0] : nullptr) : &opening.cells()[i];
        if (o && o->is_number()) closing = Money::from_double(o->number)->ore();
        closing += r.values[i].ore();
        FUZZ_REQUIRE(out.cells()[i].number == static_cast<double>(closing) / 100.0,
                     "EQUITY_PROJECTION: closing " + std::to_string(i + 1) + " is " +
                         std::to_string(out.cells()[i].number));
    }
}

void check_ceiling(const Grid& equity, const Grid& contributions, const Grid& staircase, const Grid& unit) {
    const Grid ceiling = calc::equity_ceiling(contributions, staircase);
    print("EQUITY_CEILING", ceiling);
    check_figures("equityCeiling", ceiling, false);
    const Grid check = calc::equity_ceiling_check(equity, contributions, staircase, unit);
    print("EQUITY_CEILING_CHECK", check);
    check_answer("equityCeilingCheck", check);
    FUZZ_REQUIRE(is_text_answer(check), "EQUITY_CEILING_CHECK: not a text");
    const std::string& t = check.at(0, 0).text;
    FUZZ_REQUIRE(is_error(check) || t == messages::kOk || t.starts_with("Eget kapital "), "EQUITY_CEILING_CHECK: " + t);
    if (is_error(ceiling)) {
        FUZZ_REQUIRE(is_error(check), "EQUITY_CEILING fails but its check does not: " + t);
        return;
    }
    FUZZ_REQUIRE(ceiling.is_single_cell(), "EQUITY_CEILING: more than one cell");
    const Money c = *calc::read_single_amount(contributions, kCeilingContributions);
    const std::int64_t top = ore_of(ceiling.at(0, 0).number);
    FUZZ_REQUIRE(top >= 0 && top <= c.ore(), "EQUITY_CEILING: " + std::to_string(top) + " öre");
    if (is_error(check)) return;
    const Money e = *calc::read_single_amount(equity, kCeilingCheckEquity);
    FUZZ_REQUIRE((t == messages::kOk) == (e.ore() <= top), "EQUITY_CEILING_CHECK against EQUITY_CEILING: " + t);
    if (t != messages::kOk)
        FUZZ_REQUIRE(t.find("över taket " + format_amount(Money::from_ore(top))) != std::string::npos, t);
}

void check_sum_check(const Grid& lines, const Grid& total, const Grid& tolerance, const Grid& unit) {
    const Grid out = calc::finsam_check(lines, total, tolerance, unit);
    print("FINSAM_CHECK", out);
    check_answer("finsamCheck", out);
    FUZZ_REQUIRE(is_text_answer(out), "FINSAM_CHECK: not a text");
    const std::string& t = out.at(0, 0).text;
    FUZZ_REQUIRE(is_error(out) || t == messages::kOk || t.find("Raderna summerar till ") != std::string::npos,
                 "FINSAM_CHECK: " + t);
}

void check_result(const Grid& income, const Grid& costs) {
    const Grid out = calc::budget_result(income, costs);
    print("BUDGET_RESULT", out);
    check_figures("budgetResult", out, true);
    FUZZ_REQUIRE(out.rows() == 1, "BUDGET_RESULT: not a row");
}

void check_audit_function(const Grid& range) {
    const Grid out = calc::finsam_audit(range);
    print("FINSAM_AUDIT", out);
    check_answer("finsamAudit", out);
    if (is_error(out)) {
        FUZZ_REQUIRE(out.cols() == 6 && out.rows() == 2, "FINSAM_AUDIT: an error not in 2 x 6");
        return;
    }
    const AuditReport report = audit_grid(range);
    std::size_t unread_cells = 0;
    for (const NotUnderstood& u : report.not_understood) unread_cells += u.at_cell;
    const std::size_t n = report.findings.size() + unread_cells;
    FUZZ_REQUIRE(out.cols() == 6 && out.rows() == std::max<std::size_t>(n + 1, calc::kAuditMinRows),
                 "FINSAM_AUDIT: shape");
    for (std::size_t i = report.findings.size(); i < n; ++i)
        FUZZ_REQUIRE(out.at(i, 5).is_text() && !out.at(i, 5).text.empty(), "FINSAM_AUDIT: an unread cell unsaid");
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const AuditFinding& f = report.findings[i];
        FUZZ_REQUIRE(out.at(i, 2).is_number() && out.at(i, 2).number == f.stated.to_double(), "FINSAM_AUDIT: stated");
        FUZZ_REQUIRE(out.at(i, 3).is_number() && out.at(i, 3).number == f.computed.to_double(),
                     "FINSAM_AUDIT: computed");
        FUZZ_REQUIRE(out.at(i, 4).is_number() && out.at(i, 4).number != 0 &&
                         out.at(i, 4).number == (f.stated - f.computed).to_double(),
                     "FINSAM_AUDIT: difference");
        FUZZ_REQUIRE(out.at(i, 5).is_text() && out.at(i, 5).text == messages::finding(f), "FINSAM_AUDIT: sentence");
    }
    FUZZ_REQUIRE(out.at(n, 0).is_text() && out.at(n, 0).text == messages::audit_summary(report),
                 "FINSAM_AUDIT: summary");
    fuzz::check_report(report, range);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bytes in(data, size);
    const std::size_t rows = 1 + in.u8() % 16, cols = 1 + in.u8() % 6;
    Sheet s{Grid(rows, cols)};
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) s.grid.at(r, c) = read_cell(in);

    // The arguments (see the top of this file); EQUITY_CEILING_CHECK shares EQUITY_CEILING's.
    print("sheet", s.grid);
    std::array<Grid, 18> a;
    for (std::size_t i = 0; i < a.size(); ++i) {
        a[i] = read_carve(in, s);
        print(("argument " + std::to_string(i + 1)).c_str(), a[i]);
    }
    check_split(a[0], a[1], a[2], a[3], a[4]);
    check_result(a[5], a[6]);
    check_projection(a[7], a[8], a[9]);
    check_sum_check(a[10], a[11], a[12], a[13]);
    check_ceiling(a[14], a[15], a[16], a[17]);
    check_audit_function(s.grid);

    // The audit as finsam-audit runs it on a sheet (no guard around it), on the sheet made large
    // (without a flood, check_audit_function has audited the sheet itself).
    const std::uint8_t flood = in.u8();
    if (flood < 240) return 0;
    constexpr std::array<std::size_t, 16> kTimes = {1,    2,    3,    10,   50,    100,   500,   1000,
                                                    2000, 5000, 9000, 9500, 10000, 10000, 20000, 30000};
    const std::size_t row = in.u8() % rows;
    const Grid big = flooded(s.grid, row, kTimes[flood - 240]);
    const AuditReport report = audit_grid(big);
    if (kVerbose)
        std::fprintf(stderr, "audit of %zu rows (row %zu repeated): %s\n", big.rows(), row + 1,
                     messages::audit_summary(report).c_str());
    fuzz::check_report(report, big);
    return 0;
}
