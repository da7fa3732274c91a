// The diagnosis (audit_diagnosis.cpp): the figures to fix, their right values, the slip; and no
// figure named that agrees with every relation it takes part in.
#include "audit_slips.hpp"
#include "finsam_audit.hpp"
#include "helpers.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>
#include <set>

using namespace finsam;
using namespace finsam::test;

namespace {

std::vector<std::string> labels_of(const AuditReport& r) {
    std::vector<std::string> out;
    for (const AuditFinding& f : r.findings) out.push_back(f.label);
    return out;
}

}  // namespace

TEST_CASE("slips of the digits: transposed, one digit, sign, thousandfold", "[diagnosis]") {
    CHECK(digit_slip(kr(1324), kr(1234)) == SlipKind::Transposed);
    CHECK(digit_slip(kr(620400), kr(624000)) == SlipKind::Transposed);
    CHECK(digit_slip(kr(1284), kr(1234)) == SlipKind::OneDigit);
    CHECK(digit_slip(kr(-1234), kr(1234)) == SlipKind::SignFlipped);
    CHECK(digit_slip(kr(1234000), kr(1234)) == SlipKind::Thousandfold);
    CHECK(digit_slip(kr(1234), kr(1234000)) == SlipKind::Thousandfold);
    CHECK(digit_slip(kr(4321), kr(1234)) == SlipKind::None);   // more than two digits moved
    CHECK(digit_slip(kr(12340), kr(1234)) == SlipKind::None);  // a digit added
    CHECK(digit_slip(kr(1234), kr(1234)) == SlipKind::None);
    const auto near = digit_slips_of(kr(12480000));
    CHECK(std::find(near.begin(), near.end(), std::pair(kr(12408000), SlipKind::Transposed)) != near.end());
    CHECK(std::find(near.begin(), near.end(), std::pair(kr(12481000), SlipKind::OneDigit)) != near.end());
    for (const auto& [figure, kind] : near) CHECK(figure != kr(12480000));
    // At the largest amounts: × 1 000 and a digit raised stay exact and within what the audit reads.
    const Money largest = Money::from_ore(Money::kMaxOre), near_largest = Money::from_ore(10'999'999'999'999'989);
    CHECK(digit_slip(largest, Money::from_ore(Money::kMaxOre / 1000)) == SlipKind::Thousandfold);
    CHECK(digit_slip(near_largest, Money::from_ore(near_largest.ore() / 1000)) == SlipKind::None);
    for (const auto& [figure, kind] : digit_slips_of(Money::from_ore(999'999'999'999'999'999 / 10 * 9)))
        CHECK(abs(figure).ore() <= Money::kMaxOre);
}

TEST_CASE("the issue's example: two shares of a mistyped total, and nothing else accused", "[diagnosis]") {
    const Grid g = grid({{"Medlemsavgifter", "2024"},
                         {"Staten, 50 %", 6240000},
                         {"Regionen, 25 %", 3120000},
                         {"Kommun A, 10 %", 1248000},
                         {"Kommun B, 7 %", 873600},
                         {"Kommun C, 5 %", 620400},
                         {"Kommun D, 3 %", 372240},
                         {"Summa intäkter", 12480000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(labels_of(r) == std::vector<std::string>{"Kommun C, 5 %", "Kommun D, 3 %"});
    for (const AuditFinding& f : r.findings) {
        CHECK(f.certainty == AuditFinding::Certainty::Certain);
        CHECK(f.slip.kind == SlipKind::MistypedBase);
        CHECK(f.slip.base == kr(12408000));
        CHECK(f.slip.base_slip == SlipKind::Transposed);
        CHECK(f.candidates.empty());
        CHECK_FALSE(f.partly);
    }
    CHECK(r.findings[0].computed == kr(624000));
    CHECK(r.findings[1].computed == kr(374400));
    CHECK(r.findings[0].together == std::vector<std::string>{"Kommun D, 3 %"});
    CHECK(messages::finding(r.findings[0]) ==
          "Kommun C, 5 %, 2024: anges 620 400, bör vara 624 000 = 5 % av 12 480 000 (skillnad -3 600). Troligen räknad "
          "på fel bas: 12 408 000 i stället för 12 480 000 (två siffror omkastade). Tillsammans med Kommun D, 3 % "
          "förklarar det hela skillnaden.");
    CHECK(messages::finding(r.findings[1]) ==
          "Kommun D, 3 %, 2024: anges 372 240, bör vara 374 400 = 3 % av 12 480 000 (skillnad -2 160). Troligen räknad "
          "på fel bas: 12 408 000 i stället för 12 480 000 (två siffror omkastade). Tillsammans med Kommun C, 5 % "
          "förklarar det hela skillnaden.");
}

TEST_CASE("a wrong total of right parts is named alone, whatever relations it breaks", "[diagnosis]") {
    // The total takes part in the sum and in every member's share: only it mends all of them.
    const Grid g = grid({{"Staten", 4000000}, {"Region Halland", 2000000}, {"Halmstads kommun, 13 %", 1040000},
                         {"Kungsbacka kommun, 8 %", 640000}, {"Laholms kommun, 4 %", 320000}, {"Summa", 8400000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].label == "Summa");
    CHECK(r.findings[0].certainty == AuditFinding::Certainty::Certain);
    CHECK(r.findings[0].computed == kr(8000000));
    CHECK(r.findings[0].slip.kind == SlipKind::OneDigit);
}

TEST_CASE("a sum with a line counted twice, and one with a line left out", "[diagnosis]") {
    const auto table = [](int sum) {
        return grid({{"Kostnader", "2025"}, {"Lokaler", 125000}, {"Personal", 850000}, {"Resor", 32000},
                     {"Summa kostnader", sum}});
    };
    // Over by one of its lines: that line counted twice, or a line as large left out of the table;
    // the table cannot tell, so it names the slip and accuses no figure.
    const AuditReport twice = audit_grid(table(1132000));
    REQUIRE(twice.findings.size() == 1);
    CHECK(twice.findings[0].label == "Summa kostnader");
    CHECK(twice.findings[0].certainty == AuditFinding::Certainty::Undecided);
    CHECK(twice.findings[0].computed == kr(1007000));
    CHECK(twice.findings[0].slip.kind == SlipKind::CountedTwice);
    CHECK(twice.findings[0].slip.what == "Lokaler");
    CHECK(twice.findings[0].missing_line == kr(125000));
    CHECK(messages::finding(twice.findings[0]).find("Skillnaden är lika med raden Lokaler, som kan vara medräknad två "
                                                    "gånger.") != std::string::npos);
    CHECK(messages::finding(twice.findings[0]).ends_with(" Det kan också saknas en rad på 125 000."));

    const AuditReport left = audit_grid(table(975000));
    REQUIRE(left.findings.size() == 1);
    CHECK(left.findings[0].label == "Summa kostnader");
    CHECK(left.findings[0].slip.kind == SlipKind::LeftOut);
    CHECK(left.findings[0].slip.what == "Resor");
}

TEST_CASE("a sign flipped and kronor typed for thousands", "[diagnosis]") {
    const auto table = [](int rent) {
        return grid({{"Tkr", "2025"}, {"Lokaler", rent}, {"Personal", 850}, {"Resor", 32}, {"Summa kostnader", 1007}});
    };
    const AuditReport sign = audit_grid(table(-125));
    REQUIRE(sign.findings.size() == 1);
    CHECK(sign.findings[0].label == "Lokaler");
    CHECK(sign.findings[0].computed == kr(125));
    CHECK(sign.findings[0].slip.kind == SlipKind::SignFlipped);

    const AuditReport thousand = audit_grid(table(125000));
    REQUIRE(thousand.findings.size() == 1);
    CHECK(thousand.findings[0].label == "Lokaler");
    CHECK(thousand.findings[0].slip.kind == SlipKind::Thousandfold);
}

TEST_CASE("a subtotal copied from the next period's column", "[diagnosis]") {
    const Grid g = grid({{"Kostnader", "2025", "2026"}, {"Lokaler", 125000, 130000}, {"Personal", 850000, 880000},
                         {"Summa kostnader", 1010000, 1010000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].label == "Summa kostnader");
    CHECK(r.findings[0].period == "2025");
    CHECK(r.findings[0].computed == kr(975000));
    CHECK(r.findings[0].slip.kind == SlipKind::CopiedFromNeighbour);
    CHECK(r.findings[0].slip.what == "2026");
}

TEST_CASE("when the table cannot tell which figure is wrong, it says so and accuses none", "[diagnosis]") {
    // 120 + 250 is not 470: the total or either line may be wrong, each by one digit.
    const AuditReport r = audit_grid(grid({{"Kostnader", "2025"}, {"A", 120}, {"B", 250}, {"Summa", 470}}));
    REQUIRE(r.findings.size() == 1);
    const AuditFinding& f = r.findings[0];
    CHECK(f.certainty == AuditFinding::Certainty::Undecided);
    CHECK(f.label == "Summa");
    REQUIRE(f.candidates.size() == 3);
    CHECK(messages::finding(f) ==
          "Summa, 2025: anges 470, raderna ger 370 (skillnad 100). Vilken siffra som är fel går inte att avgöra; någon "
          "av: A (bör vara 220), B (bör vara 350) och Summa (bör vara 370). Det kan också saknas en rad på 100.");
}

TEST_CASE("a figure consistent with all its relations is never named", "[diagnosis]") {
    // The 2026 column is right throughout; 2025's sum is wrong. Nothing of 2026 may be named.
    const Grid g = grid({{"Kostnader", "2025", "2026"}, {"Lokaler", 125000, 130000}, {"Personal", 850000, 880000},
                         {"Resor", 32000, 32000}, {"Summa kostnader", 1070000, 1042000}});
    const AuditReport r = audit_grid(g);
    REQUIRE_FALSE(r.findings.empty());
    for (const AuditFinding& f : r.findings) {
        CHECK(f.col == 1);
        for (const AuditFinding::Candidate& c : f.candidates) CHECK(c.col == 1);
    }
}

TEST_CASE("a line left out breaks every period alike, and no figure is named", "[diagnosis]") {
    // Printed sums that include a line the table no longer shows: in both years the lines are short
    // by that line's figures. A mistyped figure breaks one period; this is the table's rows.
    const Grid g = grid({{"Kostnader", "2025", "2026"}, {"Lokaler", 125000, 130000}, {"Resor", 32000, 33000},
                         {"Summa kostnader", 1007000, 1043000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(r.findings.size() == 2);
    for (const AuditFinding& f : r.findings) {
        CHECK(f.certainty == AuditFinding::Certainty::Undecided);
        CHECK(f.label == "Summa kostnader");
        REQUIRE(f.missing_line);
    }
    CHECK(*r.findings[0].missing_line == kr(850000));
    CHECK(*r.findings[1].missing_line == kr(880000));
    CHECK(messages::finding(r.findings[0]).ends_with("Det kan också saknas en rad på 850 000."));
}

TEST_CASE("a base mistyped under any number of lines is one slip: every line its right value", "[diagnosis]") {
    // Halland's kind of slip: the municipal lines computed on 18 624 000 instead of 18 642 000.
    const Money total = kr(18642000), wrong = kr(18624000);
    const std::vector<std::pair<std::string, int>> members{{"Falkenbergs kommun, 3 %", 3},  {"Halmstads kommun, 8 %", 8},
                                                           {"Hylte kommun, 1 %", 1},        {"Kungsbacka kommun, 6 %", 6},
                                                           {"Laholms kommun, 2 %", 2},      {"Varbergs kommun, 5 %", 5}};
    for (std::size_t k = 1; k <= members.size(); ++k) {
        std::vector<std::vector<C>> rows{{"Medlemsavgifter", "2018"}, {"Staten, 50 %", 9321000}, {"Region Halland, 25 %", 4660500}};
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Money base = i < k ? wrong : total;
            rows.push_back({C(members[i].first.c_str()), C((base.ore() / 100) * members[i].second / 100.0)});
        }
        rows.push_back({"Summa intäkter", 18642000});
        const AuditReport r = audit_grid(grid_of_rows(rows));
        INFO(k << " lines on the mistyped base");
        REQUIRE(r.findings.size() == k);
        for (std::size_t i = 0; i < k; ++i) {
            const AuditFinding& f = r.findings[i];
            CHECK(f.label == members[i].first);
            CHECK(f.certainty == AuditFinding::Certainty::Certain);
            CHECK(f.computed.ore() == total.ore() * members[i].second / 100);
            CHECK(f.slip.kind == SlipKind::MistypedBase);
            CHECK(f.slip.base == wrong);
            CHECK(f.slip.correct_base == total);
            CHECK(f.slip.base_slip == SlipKind::Transposed);
            CHECK(f.together.size() == k - 1);
            CHECK(f.candidates.empty());
        }
    }
}

TEST_CASE("a whole column with its sign flipped, or in kr inside a tkr table, is one slip", "[diagnosis]") {
    // The chain of equity ties the periods; each column's own sums hold. The middle period odd.
    const auto plan = [](double sign, double scale) {
        return grid({{"", "Budget 2024", "Budget 2025", "Plan 2026"},
                     {"Intäkter", "", "", ""},
                     {"Medlemsbidrag", 7000, 7000 * scale, 7000},
                     {"Summa intäkter", 7000, 7000 * scale, 7000},
                     {"Kostnader", "", "", ""},
                     {"Insatser", 6000, 6500 * scale * sign, 6000},
                     {"Kansli", 1500, 1200 * scale * sign, 1300},
                     {"Summa kostnader", 7500, 7700 * scale * sign, 7300},
                     {"Årets resultat", -500, -700 * scale, -300},
                     {"", "", "", ""},
                     {"Eget kapital", "", "", ""},
                     {"Ingående eget kapital", 2000, 1500 * scale, 800},
                     {"Årets resultat", -500, -700 * scale, -300},
                     {"Utgående eget kapital", 1500, 800 * scale, 500}});
    };
    REQUIRE(audit_grid(plan(1, 1)).findings.empty());
    const AuditReport thousand = audit_grid(plan(1, 1000));
    INFO(messages::audit_summary(thousand));
    REQUIRE(thousand.findings.size() == 9);  // every figure of the column
    for (const AuditFinding& f : thousand.findings) {
        INFO(messages::finding(f));
        CHECK(f.certainty == AuditFinding::Certainty::Certain);
        CHECK(f.slip.kind == SlipKind::Thousandfold);
        CHECK(f.col == 2);
        CHECK(f.computed.ore() * 1000 == f.stated.ore());
    }
    // Costs printed negative in one column is a way of printing them, not a slip: nothing to say.
    CHECK(audit_grid(plan(-1, 1)).findings.empty());
}

TEST_CASE("a population column decides which municipality's contribution is wrong", "[diagnosis]") {
    const auto table = [](double a) {
        return grid({{"Medlemsbidrag", "Invånare 1 nov 2023", "2025"},
                     {"Staten", "", 3500000},
                     {"Region", "", 1750000},
                     {"Kommun A", 41200, a},
                     {"Kommun B", 28800, 720000},
                     {"Summa", "", 7000000}});
    };
    const AuditReport right = audit_grid(table(1030000));
    CHECK(right.findings.empty());
    CHECK(right.columns == 1);  // the populations are people, not an amount column
    CHECK(right.checks == 5);   // the sum, the state, the region and each municipality's share
    const AuditReport r = audit_grid(table(1080000));
    REQUIRE(r.findings.size() == 1);
    const AuditFinding& f = r.findings[0];
    CHECK(f.label == "Kommun A");
    CHECK(f.certainty == AuditFinding::Certainty::Certain);
    CHECK(f.candidates.empty());
    CHECK(f.computed == kr(1030000));
    CHECK(f.check == AuditCheck::Population);
    CHECK(messages::finding(f) ==
          "Kommun A, 2025: anges 1 080 000, bör vara 1 030 000 = 41 200 av 70 000 invånares del av kommunernas 25 % av "
          "7 000 000 (skillnad 50 000). Troligen en felskriven siffra.");
}

TEST_CASE("the municipalities' quarter mistyped: every line its population's share of the right one", "[diagnosis]") {
    // Members 8 000 000: the municipalities
    const std::vector<std::pair<const char*, int>> towns{{"Kommun A", 41200}, {"Kommun B", 28800}, {"Kommun C", 10000}};
    const auto table = [&](std::int64_t quarter) {
        std::vector<std::vector<C>> rows{{"Medlemsbidrag", "Invånare", "2025"}, {"Staten", "", 4000000}, {"Region", "", 2000000}};
        std::int64_t given = 0;
        for (std::size_t i = 0; i < towns.size(); ++i) {
            // rounded to the krona, the last line takes what is left (the parts add up to the quarter)
            const std::int64_t part = i + 1 < towns.size() ? quarter * towns[i].second / 80000 : quarter - given;
            given += part;
            rows.push_back({C(towns[i].first), C(towns[i].second), C(static_cast<double>(part))});
        }
        rows.push_back({"Summa", "", 8000000});
        return grid_of_rows(rows);
    };
    REQUIRE(audit_grid(table(2000000)).findings.empty());
    const AuditReport r = audit_grid(table(2100000));
    REQUIRE(r.findings.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        const AuditFinding& f = r.findings[i];
        INFO(messages::finding(f));
        CHECK(f.certainty == AuditFinding::Certainty::Certain);
        CHECK(f.slip.kind == SlipKind::MistypedBase);
        CHECK(f.slip.base == kr(2100000));
        CHECK(f.slip.correct_base == kr(2000000));
        CHECK(f.slip.base_slip == SlipKind::OneDigit);
    }
    CHECK(r.findings[0].computed == kr(1030000));
    CHECK(r.findings[1].computed == kr(720000));
    CHECK(r.findings[2].computed == kr(250000));
}

namespace {

// A generated budget: income lines with the members' shares in their labels, cost lines in two
// groups with their sums, the result and the equity chain, over 1–4 periods; every relation holds.
struct Plan {
    std::vector<std::string> labels;
    std::vector<std::vector<std::int64_t>> values;  // per row, per period (kr); empty: a heading
    std::vector<bool> input;                        // per row: a figure people type (not a total)
    std::size_t periods = 0;

    Grid grid() const {
        std::vector<std::vector<C>> rows{{""}};
        for (std::size_t k = 0; k < periods; ++k) rows[0].push_back(C(("Budget " + std::to_string(2025 + k)).c_str()));
        for (std::size_t i = 0; i < labels.size(); ++i) {
            rows.push_back({C(labels[i].c_str())});
            for (std::size_t k = 0; k < periods; ++k)
                rows.back().push_back(values[i].empty() ? C("") : C(static_cast<double>(values[i][k])));
        }
        return grid_of_rows(rows);
    }
};

// The plan's (row, period) as the grid's (row, column): the header row and the label column first.
std::set<std::pair<std::size_t, std::size_t>> slipped_in_grid(const std::set<std::pair<std::size_t, std::size_t>>& cells) {
    std::set<std::pair<std::size_t, std::size_t>> out;
    for (const auto& [i, k] : cells) out.insert({i + 1, k + 1});
    return out;
}

Plan generated_plan(std::mt19937& rng) {
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    Plan p;
    p.periods = static_cast<std::size_t>(pick(1, 4));
    const auto add = [&](std::string label, std::vector<std::int64_t> v, bool input) {
        p.labels.push_back(std::move(label));
        p.values.push_back(std::move(v));
        p.input.push_back(input);
    };
    std::vector<std::int64_t> total(p.periods), costs(p.periods), result(p.periods);
    add("Intäkter", {}, false);
    const std::int64_t grain = pick(0, 1) ? 1000 : 100;
    std::vector<std::int64_t> base(p.periods);
    for (auto& b : base) b = pick(2000, 20000) * grain * 4;
    const std::vector<std::pair<std::string, int>> members{{"Försäkringskassan, 25 %", 25}, {"Arbetsförmedlingen, 25 %", 25},
                                                          {"Region Mitt, 25 %", 25}, {"Kommunerna, 25 %", 25}};
    for (const auto& [label, pct] : members) {
        std::vector<std::int64_t> v(p.periods);
        for (std::size_t k = 0; k < p.periods; ++k) total[k] += v[k] = base[k] * pct / 100;
        add(label, v, true);
    }
    add("Summa intäkter", total, false);
    add("Kostnader", {}, false);
    for (const char* group : {"Insatser", "Kansli"}) {
        add(group, {}, false);
        std::vector<std::int64_t> sum(p.periods);
        const int lines = static_cast<int>(pick(2, 4));
        for (int l = 0; l < lines; ++l) {
            std::vector<std::int64_t> v(p.periods);
            const std::int64_t first = pick(10, 3000) * grain;
            for (std::size_t k = 0; k < p.periods; ++k) sum[k] += v[k] = pick(0, 3) ? first + static_cast<std::int64_t>(k) * pick(0, 20) * grain : first;
            add(std::string(group) + " rad " + std::to_string(l + 1), v, true);
        }
        for (std::size_t k = 0; k < p.periods; ++k) costs[k] += sum[k];
        add(std::string("Summa ") + (group == std::string("Insatser") ? "insatser" : "kansli"), sum, false);
    }
    add("Summa kostnader", costs, false);
    for (std::size_t k = 0; k < p.periods; ++k) result[k] = total[k] - costs[k];
    add("Årets resultat", result, false);
    std::vector<std::int64_t> opening(p.periods), closing(p.periods);
    std::int64_t eq = pick(0, 5000) * grain;
    for (std::size_t k = 0; k < p.periods; ++k) {
        opening[k] = eq;
        closing[k] = eq += result[k];
    }
    add("Eget kapital", {}, false);
    add("Ingående eget kapital", opening, false);
    add("Årets resultat", result, false);
    add("Utgående eget kapital", closing, false);
    return p;
}

}  // namespace

TEST_CASE("generated plans: a figure named alone is never a correct one, and its value makes every relation hold",
          "[diagnosis][generated]") {
    // Each plan gets one slip of a digit (transposed, one digit, sign, thousandfold) or one wrong figure
    // copied into several cells (along its row or down its column). The properties: every figure the
    // diagnosis names alone (certain or likely), corrected with the others named, leaves no relation
    // of it broken (the corrected plan audited again breaks nowhere the diagnosis named); a certain
    // figure is a slipped one with its right value; likely ones on a correct figure stay rare.
    const unsigned seed = 20261207;
    std::mt19937 rng(seed);
    std::size_t named = 0, accused = 0, plans = 0, copied_named = 0, copied = 0;
    for (int n = 0; n < 400; ++n) {
        Plan p = generated_plan(rng);
        const Plan right = p;
        REQUIRE(audit_grid(p.grid()).findings.empty());
        const auto pick = [&](std::size_t hi) { return std::uniform_int_distribution<std::size_t>(0, hi - 1)(rng); };
        std::vector<std::size_t> inputs;
        for (std::size_t i = 0; i < p.labels.size(); ++i)
            if (!p.values[i].empty()) inputs.push_back(i);
        std::set<std::pair<std::size_t, std::size_t>> slipped;  // row in the plan, period
        const int kind = static_cast<int>(pick(5));
        if (kind < 4) {
            const std::size_t i = inputs[pick(inputs.size())], k = pick(p.periods);
            std::int64_t& v = p.values[i][k];
            std::string d = std::to_string(v < 0 ? -v : v);
            if (v == 0 || d.size() < 2) continue;
            const std::int64_t sign = v < 0 ? -1 : 1;
            if (kind == 0) {
                const std::size_t at = pick(d.size() - 1);
                if (d[at] == d[at + 1] || (at == 0 && d[1] == '0')) continue;
                std::swap(d[at], d[at + 1]);
                v = sign * std::stoll(d);
            } else if (kind == 1) {
                const std::size_t at = pick(d.size());
                d[at] = static_cast<char>('0' + (d[at] - '0' + 1 + static_cast<int>(pick(8))) % 10);
                if (d[0] == '0') continue;
                v = sign * std::stoll(d);
            } else if (kind == 2) {
                v = -v;
            } else {
                v *= 1000;
            }
            slipped.insert({i, k});
        } else {
            // One line's figure, mistyped, copied into its other periods, or into the next line.
            std::vector<std::size_t> lines;
            for (std::size_t i : inputs)
                if (p.input[i]) lines.push_back(i);
            const std::size_t i = lines[pick(lines.size())], k = pick(p.periods);
            const std::int64_t wrong = p.values[i][k] + static_cast<std::int64_t>(1 + pick(9)) * 100 * (pick(2) ? 1 : -1);
            const bool along = p.periods >= 2 && pick(2);
            if (along) {
                for (std::size_t j = 0; j < p.periods; ++j) p.values[i][j] = wrong, slipped.insert({i, j});
            } else {
                if (i + 1 >= p.labels.size() || !p.input[i + 1]) continue;
                p.values[i][k] = p.values[i + 1][k] = wrong;
                slipped.insert({i, k});
                slipped.insert({i + 1, k});
            }
            ++copied;
        }
        ++plans;
        const Grid g = p.grid();
        const AuditReport r = audit_grid(g);
        INFO("plan " << n << " of seed " << seed << ": " << messages::audit_summary(r));
        CHECK_FALSE(r.findings.empty());
        Grid fixed = g;
        std::set<std::pair<std::size_t, std::size_t>> named_cells;
        bool all_named = !r.findings.empty();
        const std::size_t accused_before = accused;
        for (const AuditFinding& f : r.findings) {
            INFO(messages::finding(f));
            if (f.certainty == AuditFinding::Certainty::Undecided || f.partly) {
                all_named = false;
                continue;
            }
            ++named;
            named_cells.insert({f.row, f.col});
            fixed.at(f.row, f.col) = Cell::of(f.computed.ore() / 100.0);
            const std::pair<std::size_t, std::size_t> at{f.row - 1, f.col - 1};
            const bool right_one = slipped.count(at) && f.computed == kr(right.values[at.first][at.second]);
            if (!right_one) ++accused;
            if (f.certainty == AuditFinding::Certainty::Certain) CHECK(right_one);
        }
        if (kind == 4 && all_named && named_cells == slipped_in_grid(slipped) && accused == accused_before) ++copied_named;
        // The corrections made: nothing named breaks any more.
        for (const AuditFinding& f : audit_grid(fixed).findings) {
            INFO("after the corrections: " << messages::finding(f));
            CHECK_FALSE(named_cells.count({f.row, f.col}));
            for (const AuditFinding::Candidate& c : f.candidates) CHECK_FALSE(named_cells.count({c.row, c.col}));
            if (all_named) CHECK(false);  // every break was explained: the corrected plan holds throughout
        }
    }
    INFO(plans << " plans, " << named << " figures named alone, " << accused << " of them correct or with a wrong value; "
               << copied_named << " of " << copied << " copied figures named alone");
    CHECK(plans > 300);
    CHECK(accused * 200 <= named);  // at most 0.5 %
    WARN(plans << " plans, " << named << " named, " << accused << " accused; copied " << copied_named << "/" << copied);
}

TEST_CASE("one wrong figure copied into several lines is one slip: each its right value", "[diagnosis]") {
    // Falkenberg's 3 % typed as 595 260 (for 559 260) and copied into Hylte's 1 % line (186 420):
    // two lines wrong, one slip. Each line's right value is its share of the total.
    const Grid g = grid({{"Medlemsavgifter", "2018"},
                         {"Staten, 50 %", 9321000},
                         {"Region Halland, 25 %", 4660500},
                         {"Falkenbergs kommun, 3 %", 595260},
                         {"Halmstads kommun, 8 %", 1491360},
                         {"Hylte kommun, 1 %", 595260},
                         {"Kungsbacka kommun, 6 %", 1118520},
                         {"Laholms kommun, 2 %", 372840},
                         {"Varbergs kommun, 5 %", 932100},
                         {"Summa intäkter", 18642000}});
    const AuditReport r = audit_grid(g);
    INFO(messages::audit_summary(r));
    REQUIRE(r.findings.size() == 2);
    const std::pair<const char*, std::int64_t> right[] = {{"Falkenbergs kommun, 3 %", 559260}, {"Hylte kommun, 1 %", 186420}};
    for (std::size_t k = 0; k < 2; ++k) {
        const AuditFinding& f = r.findings[k];
        INFO(messages::finding(f));
        CHECK(f.label == right[k].first);
        CHECK(f.certainty == AuditFinding::Certainty::Certain);
        CHECK(f.computed == kr(right[k].second));
        CHECK(f.slip.kind == SlipKind::CopiedFromCell);
        CHECK(f.slip.base == kr(595260));
        CHECK(f.together.size() == 1);
        CHECK(messages::finding(f).find("kopierad till flera celler") != std::string::npos);
    }
}

TEST_CASE("a figure printed alike along its row, with every period's sum short: no figure named", "[diagnosis]") {
    // One wrong figure copied along its row, or a row left out beside a line printed alike in every
    // period: both explain it, so nothing is named (the rows are said, with the candidates).
    const Grid g = grid({{"Kostnader", "2025", "2026", "2027"},
                         {"Lokaler", 152000, 152000, 152000},
                         {"Personal", 850000, 880000, 900000},
                         {"Summa kostnader", 975000, 1010000, 1035000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(r.findings.size() == 3);
    for (const AuditFinding& f : r.findings) CHECK(f.certainty == AuditFinding::Certainty::Undecided);
}

TEST_CASE("municipalities on a mistyped region amount, no total of their own: none named wrongly",
          "[diagnosis][mistyped]") {
    // The municipalities listed straight under Summa intäkter, each its share of the region's 25 %
    // (by law their total) with two of its digits transposed: every municipality is wrong by its share
    // of the slip. One of them alone with its own digits transposed may explain the sum as well, by
    // chance; it must not be named with that value (issue 20: a wrong right value).
    std::mt19937 rng(4343);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    int plans = 0;
    for (int n = 0; n < 400; ++n) {
        const std::int64_t region = pick(500, 30000) * 100;
        // The region's amount with two adjacent different digits transposed (in the hundreds and up).
        std::string d = std::to_string(region / 100);
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i + 1 < d.size(); ++i)
            if (d[i] != d[i + 1] && !(i == 0 && d[i + 1] == '0')) at.push_back(i);
        if (at.empty()) continue;
        const std::size_t i = at[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(at.size()) - 1))];
        std::swap(d[i], d[i + 1]);
        const std::int64_t mistyped = std::stoll(d) * 100;
        if (mistyped == region) continue;
        // Populations, and each municipality's amount on a base, in hundreds by largest remainder.
        const std::size_t count = static_cast<std::size_t>(pick(3, 12));
        std::vector<std::int64_t> people(count);
        std::int64_t all = 0;
        for (auto& p : people) all += p = pick(2000, 90000);
        const auto shares_of = [&](std::int64_t base) {
            std::vector<std::int64_t> out(count);
            std::vector<std::pair<std::int64_t, std::size_t>> rest;
            std::int64_t given = 0;
            for (std::size_t i = 0; i < count; ++i) {
                const std::int64_t exact = base / 100 * people[i];
                out[i] = exact / all * 100;
                given += out[i];
                rest.push_back({exact % all, i});
            }
            std::sort(rest.rbegin(), rest.rend());
            for (std::size_t k = 0; given < base; ++k, given += 100) out[rest[k % count].second] += 100;
            return out;
        };
        const std::vector<std::int64_t> right = shares_of(region), printed = shares_of(mistyped);
        Grid g(count + 4, 2);
        g.at(0, 0) = Cell::of(std::string("Intäkter"));
        g.at(0, 1) = Cell::of(std::string("Budget 2026"));
        g.at(1, 0) = Cell::of(std::string("Staten gm Försäkringskassan"));
        g.at(1, 1) = Cell::of(static_cast<double>(2 * region));
        g.at(2, 0) = Cell::of(std::string("Region Mitt"));
        g.at(2, 1) = Cell::of(static_cast<double>(region));
        for (std::size_t i = 0; i < count; ++i) {
            g.at(3 + i, 0) = Cell::of("Ort" + std::string(1, static_cast<char>('A' + i)) + " kommun");
            g.at(3 + i, 1) = Cell::of(static_cast<double>(printed[i]));
        }
        g.at(count + 3, 0) = Cell::of(std::string("Summa intäkter"));
        g.at(count + 3, 1) = Cell::of(static_cast<double>(4 * region));
        const AuditReport r = audit_grid(g);
        ++plans;
        CHECK_FALSE(r.findings.empty());
        for (const AuditFinding& f : r.findings) {
            if (f.certainty == AuditFinding::Certainty::Undecided || f.row < 3 || f.row >= count + 3) continue;
            INFO(f.label << " " << f.stated.ore() << " -> " << f.computed.ore() << "; region " << region << " typed " << mistyped);
            CHECK(f.computed == Money::kronor(right[f.row - 3]));
        }
    }
    CHECK(plans > 300);
}

TEST_CASE("costs printed negative, one line's sign slipped: that line named, never the result", "[diagnosis][sign]") {
    // The budget's convention is what most cost lines print; one line flipped to positive does not
    // turn it, so the result (right as printed) agrees and is not named (issue 20).
    std::mt19937 rng(5151);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    for (int n = 0; n < 300; ++n) {
        const std::size_t lines = static_cast<std::size_t>(pick(3, 8));
        std::vector<std::int64_t> cost(lines);
        std::int64_t costs = 0;
        for (auto& c : cost) costs += c = -pick(50, 9000) * 1000;
        const std::int64_t fk = pick(1000, 9000) * 1000, other = pick(1000, 9000) * 1000, income = fk + other;
        const std::size_t flipped = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(lines) - 1));
        Grid g(lines + 7, 2);
        const auto put = [&](std::size_t r, std::string label, std::optional<std::int64_t> v) {
            g.at(r, 0) = Cell::of(std::move(label));
            if (v) g.at(r, 1) = Cell::of(static_cast<double>(*v));
        };
        put(0, "Belopp i kr", std::nullopt);
        g.at(0, 1) = Cell::of(std::string("Budget 2026"));
        put(1, "Intäkter", std::nullopt);
        put(2, "Försäkringskassan", fk);
        put(3, "Övriga intäkter", other);
        put(4, "Summa intäkter", income);
        put(5, "Kostnader", std::nullopt);
        for (std::size_t k = 0; k < lines; ++k)
            put(6 + k, "Insats " + std::to_string(k + 1), k == flipped ? -cost[k] : cost[k]);
        put(6 + lines, "Summa kostnader", costs);
        // The result as printed: right.
        Grid h(g.rows() + 1, 2);
        for (std::size_t r = 0; r < g.rows(); ++r)
            for (std::size_t c = 0; c < 2; ++c) h.at(r, c) = g.at(r, c);
        h.at(g.rows(), 0) = Cell::of(std::string("Årets resultat"));
        h.at(g.rows(), 1) = Cell::of(static_cast<double>(income + costs));
        const AuditReport r = audit_grid(h);
        INFO("flipped line " << flipped + 1 << " of " << lines);
        REQUIRE_FALSE(r.findings.empty());
        for (const AuditFinding& f : r.findings) {
            CHECK(f.label != "Årets resultat");
            if (f.certainty != AuditFinding::Certainty::Undecided && f.label.starts_with("Insats"))
                CHECK(f.computed == Money::kronor(cost[flipped]));
        }
        CHECK(std::any_of(r.findings.begin(), r.findings.end(), [&](const AuditFinding& f) {
            return f.label == "Insats " + std::to_string(flipped + 1) && f.certainty != AuditFinding::Certainty::Undecided;
        }));
    }
}

namespace {

// Shares of `total` steps by `weights`, by largest remainder (ties to the first), as plans round them.
std::vector<std::int64_t> largest_remainder(std::int64_t total, const std::vector<std::int64_t>& weights) {
    const std::int64_t all = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    std::vector<std::int64_t> out(weights.size());
    std::vector<std::pair<std::int64_t, std::size_t>> rest;
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const __int128 exact = static_cast<__int128>(total) * weights[i];
        out[i] = static_cast<std::int64_t>(exact / all);
        given += out[i];
        rest.push_back({static_cast<std::int64_t>(exact % all), i});
    }
    std::stable_sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t u = 0; given < total; ++u, ++given) ++out[rest[u].second];
    return out;
}

}  // namespace

TEST_CASE("municipal lines on a mistyped quarter, told by the other periods: each line named alone, its right value",
          "[diagnosis][mistyped]") {
    // Issue 21: the municipalities' lines of one period computed on their quarter with two digits
    // transposed (or one digit wrong), with no share of their own printed; the table's other periods
    // print the same municipalities on their own quarters by the same key (population or fixed shares).
    // Where another period's quarter is the same, the right values are certain: every line that
    // differs is named alone with it, the slip once as mistyped_base, and no other figure is named.
    // Where none is, a value named is still always the right one (never a near one).
    const unsigned seed = 2121;
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    int named_alone = 0, cases = 0, unseen_cases = 0, unseen_named = 0;
    for (int n = 0; n < 1200; ++n) {
        const std::size_t k = static_cast<std::size_t>(1 + n % 20);
        const bool by_population = n % 3 != 0, subtotal = n % 4 == 1, one_digit = n % 5 == 4;
        const bool same_quarter = n % 6 != 5;  // a period with the slipped period's very quarter
        const std::int64_t step = std::vector<std::int64_t>{1, 100, 1000}[static_cast<std::size_t>(pick(0, 2))];
        std::vector<std::int64_t> weights(k);
        if (by_population) {
            for (auto& w : weights) w = pick(2500, 90000);
        } else {  // fixed shares in tenths of a percent, 25 % together
            std::int64_t left = 250;
            for (std::size_t i = 0; i < k; ++i) {
                weights[i] = i + 1 == k ? left : pick(1, std::max<std::int64_t>(1, left - static_cast<std::int64_t>(k - i - 1)) / 2 + 1);
                left -= weights[i];
            }
            if (left != 0 || weights.back() <= 0) continue;
        }
        const std::int64_t quarter = pick(300, 4000) * 1000 / step;  // in steps
        // The slip: two neighbouring different digits transposed, or one digit changed.
        std::string d = std::to_string(quarter);
        std::int64_t typed = quarter;
        if (one_digit) {
            const std::size_t i = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(d.size()) - 1));
            const char c = static_cast<char>('0' + pick(i == 0 ? 1 : 0, 9));
            d[i] = c;
        } else {
            std::vector<std::size_t> at;
            for (std::size_t i = 0; i + 1 < d.size(); ++i)
                if (d[i] != d[i + 1] && !(i == 0 && d[i + 1] == '0')) at.push_back(i);
            if (at.empty()) continue;
            const std::size_t i = at[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(at.size()) - 1))];
            std::swap(d[i], d[i + 1]);
        }
        typed = std::stoll(d);
        if (typed == quarter || typed < static_cast<std::int64_t>(k)) continue;
        // Three periods: the slipped one (the middle), one with its quarter (or not), one with another.
        const std::vector<std::int64_t> quarters{same_quarter ? quarter : quarter + pick(1, 3), quarter, quarter + pick(1, 3)};
        const std::vector<std::int64_t> right = largest_remainder(quarter, weights), printed = largest_remainder(typed, weights);
        if (right == printed) continue;
        const std::size_t first_line = subtotal ? 5 : 4, rows = first_line + k + 1;
        Grid g(rows, 4);
        g.at(0, 0) = Cell::of(std::string("Intäkter"));
        for (std::size_t c = 0; c < 3; ++c) g.at(0, c + 1) = Cell::of("Budget " + std::to_string(2026 + c));
        const auto kronor = [&](std::int64_t steps) { return Cell::of(static_cast<double>(steps * step)); };
        g.at(1, 0) = Cell::of(std::string("Försäkringskassan"));
        g.at(2, 0) = Cell::of(std::string("Arbetsförmedlingen"));
        g.at(3, 0) = Cell::of(std::string("Region Halland"));
        if (subtotal) g.at(4, 0) = Cell::of(std::string("Kommunerna (25 %)"));
        for (std::size_t i = 0; i < k; ++i) g.at(first_line + i, 0) = Cell::of("Ort" + std::to_string(i) + " kommun");
        g.at(rows - 1, 0) = Cell::of(std::string("Summa intäkter"));
        for (std::size_t c = 0; c < 3; ++c) {
            const std::vector<std::int64_t> lines = c == 1 ? printed : largest_remainder(quarters[c], weights);
            for (std::size_t r = 1; r < first_line; ++r) g.at(r, c + 1) = kronor(quarters[c]);
            for (std::size_t i = 0; i < k; ++i) g.at(first_line + i, c + 1) = kronor(lines[i]);
            g.at(rows - 1, c + 1) = kronor(4 * quarters[c]);
        }
        const AuditReport r = audit_grid(g);
        INFO("case " << n << ": " << k << " lines, quarter " << quarter * step << " typed " << typed * step
                     << (by_population ? ", by population" : ", fixed shares") << (subtotal ? ", subtotal" : "")
                     << (same_quarter ? ", a period of the same quarter" : ", no period of the same quarter"));
        REQUIRE_FALSE(r.findings.empty());
        std::size_t wrong_lines = 0, named = 0;
        for (std::size_t i = 0; i < k; ++i) wrong_lines += printed[i] != right[i];
        for (const AuditFinding& f : r.findings) {
            if (f.certainty == AuditFinding::Certainty::Undecided) continue;
            // Never a correct figure, never a near value: a line of the slipped period, its right value.
            REQUIRE(f.col == 2);
            REQUIRE(f.row >= first_line);
            REQUIRE(f.row < first_line + k);
            const std::size_t i = f.row - first_line;
            CHECK(printed[i] != right[i]);
            CHECK(f.computed == Money::kronor(right[i] * step));
            if (wrong_lines >= 2) {
                CHECK(f.slip.kind == SlipKind::MistypedBase);
                CHECK(f.slip.base == Money::kronor(typed * step));
                CHECK(f.slip.correct_base == Money::kronor(quarter * step));
                CHECK(f.slip.base_slip == (one_digit ? SlipKind::OneDigit : SlipKind::Transposed));
                CHECK(f.together.size() == wrong_lines - 1);
            }
            ++named;
        }
        if (same_quarter) {
            ++cases;
            CHECK(named == wrong_lines);
            named_alone += named == wrong_lines;
        } else {
            ++unseen_cases;
            unseen_named += named == wrong_lines;
        }
    }
    INFO(named_alone << " of " << cases << " named alone; without a period of the same quarter " << unseen_named << " of "
                     << unseen_cases);
    CHECK(cases > 600);
    CHECK(named_alone == cases);
}
