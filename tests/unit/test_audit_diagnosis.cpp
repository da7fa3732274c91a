// The diagnosis (audit_diagnosis.cpp): the figures to fix, their right values, the slip; and no
// figure named that agrees with every relation it takes part in.
#include "audit_slips.hpp"
#include "finsam_audit.hpp"
#include "helpers.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

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
