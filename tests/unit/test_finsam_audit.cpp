#include "finsam_audit.hpp"
#include "audit_column.hpp"
#include "budget_layout.hpp"
#include "messages.hpp"
#include "calc_functions.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace finsam;
using namespace finsam::test;

TEST_CASE("audit: the seed tables add up, and the audit says how much it checked", "[audit][seed]") {
    const AuditReport r = audit_grid(seed000_table());
    CHECK(r.findings.empty());
    CHECK(r.columns == 3);
    CHECK(r.checks == 15);  // 4 sums and 1 result in each of 3 years
}

TEST_CASE("audit: a typo in a line is named, with its right value and the slip", "[audit][diagnosis]") {
    // The group's sum and the result break; any line of the group would mend both, but only this
    // one by undoing a slip (1 100 000 typed 1 010 000): named as likely, the others as possible.
    const AuditReport r = audit_grid(seed000_table(1010000));
    REQUIRE(r.findings.size() == 1);
    const AuditFinding& f = r.findings[0];
    CHECK(f.certainty == AuditFinding::Certainty::Likely);
    CHECK(f.label == "Ny Samverkansinsats Lilla Edet");
    CHECK(f.period == "2021");
    CHECK(f.row == 7);
    CHECK(f.col == 2);
    CHECK(f.stated == kr(1010000));
    CHECK(f.computed == kr(1100000));
    CHECK(f.slip.kind == SlipKind::Transposed);
    CHECK(f.via_label == "Insatser");  // the group's unlabelled sum, named by its heading
    CHECK(messages::finding_label(f) == "Ny Samverkansinsats Lilla Edet");
    CHECK(messages::finding(f).starts_with(
        "Troligen fel: Ny Samverkansinsats Lilla Edet, 2021: anges 1 010 000, bör vara 1 100 000 för att Insatser "
        "(summa) ska stämma (skillnad -90 000). Troligen två siffror omkastade. Andra möjliga förklaringar: "));
    // The group's sum itself is no candidate: the total of all costs and the result agree with it.
    for (const AuditFinding::Candidate& c : f.candidates) CHECK(c.row != 14);
}

TEST_CASE("audit: a result that is not income − costs, equity draws apart", "[audit]") {
    const AuditReport r = audit_grid(seed000_table(1100000, -347000));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].certainty == AuditFinding::Certainty::Certain);
    CHECK(messages::finding(r.findings[0]) == "Resultat, 2022: anges -347 000, bör vara -374 000 = intäkter − kostnader "
                                              "(skillnad 27 000). Troligen två siffror omkastade.");
}

TEST_CASE("audit: totals of subtotals, labelled sums, seed 002 and 003 blocks", "[audit][seed]") {
    Grid g002 = grid({{"Intäkter", "Tkr"}, {"Staten (försäkringskassan & arbetsförmedlingen)", 2831},
                      {"Region Skåne", 1415}, {"Simrishamns kommun", 326}, {"Sjöbo kommun", 326},
                      {"Tomelilla kommun", 240}, {"Ystad kommun", 524}, {"ESF Iris", 1420},
                      {"Summa intäkter", 7082}, {"Insatser", {}}, {"Mariamottagningen", 3650}, {"Övriga insatser", 4094},
                      {"Summa insatskostnader", 7744}, {"Interna kostnader", "Tkr"}, {"Förbundschef", 400},
                      {"Övrigt", 320}, {"Summa interna kostnader", 720}, {"Totala kostnader", 8464}, {"Resultat", -1382}});
    const AuditReport r = audit_grid(g002);
    CHECK(r.findings.empty());
    CHECK(r.checks == 7);  // 3 group sums, the total, the result, state 50 %, region 25 %
    Grid broken = g002;
    broken.at(17, 1) = Cell::of(8446.0);
    const AuditReport b = audit_grid(broken);
    REQUIRE(b.findings.size() == 1);  // the lines, and so the result, are as they were
    CHECK(b.findings[0].certainty == AuditFinding::Certainty::Certain);
    CHECK(messages::finding(b.findings[0]) ==
          "Totala kostnader, Tkr: anges 8 446, bör vara 8 464 = summan av raderna (skillnad -18). Troligen två siffror "
          "omkastade.");
}

TEST_CASE("audit: member contributions against 50/25/25 and a share in a label", "[audit]") {
    Grid members = grid({{"Staten", 2831}, {"Region Skåne", 1500}, {"Simrishamns kommun", 326},
                         {"Ystad kommun", 1005}, {"Summa", 5662}});
    const AuditReport r = audit_grid(members);
    REQUIRE(r.findings.size() == 1);  // the state is still half of 5 662; the region is not a quarter
    CHECK(r.findings[0].check == AuditCheck::Members);
    // The region is wrong whatever else is; to keep the sum, so is one of two municipalities.
    CHECK(r.findings[0].partly);
    CHECK(messages::finding(r.findings[0]) ==
          "Region Skåne, kolumn B: anges 1 500, bör vara 1 415 = 25 % av medlemsbidragen 5 662 (skillnad 85). Det "
          "förklarar inte hela skillnaden: dessutom är någon av Simrishamns kommun och Ystad kommun fel.");

    Grid halland = grid({{"Staten", 4000000}, {"Region Halland", 2000000}, {"Halmstads kommun, 13 %", 1040000},
                         {"Kungsbacka kommun, 8 %", 660000}, {"Laholms kommun, 4 %", 300000}, {"Summa", 8000000}});
    const AuditReport h = audit_grid(halland);
    REQUIRE(h.findings.size() == 2);
    CHECK(h.findings[0].check == AuditCheck::Share);
    CHECK(messages::finding(h.findings[0]) ==
          "Kungsbacka kommun, 8 %, kolumn B: anges 660 000, bör vara 640 000 = 8 % av 8 000 000 (skillnad 20 000). "
          "Troligen en felskriven siffra. Tillsammans med Laholms kommun, 4 % förklarar det hela skillnaden.");
    CHECK(h.findings[1].label == "Laholms kommun, 4 %");
    CHECK(h.findings[1].computed == kr(320000));
}

TEST_CASE("audit: the equity chain from column to column, a forecast replacing its budget", "[audit]") {
    const auto table = [](double opening_2022) {
        return grid({{{}, "Budget 2020", "Prognos 2020", "Budget 2021", "Plan 2022"},
                     {"Intäkter", {}, {}, {}, {}},
                     {"Medlemsbidrag", 5152000, 5152000, 5158000, 5158000},
                     {"Balanserat resultat", 1409579, 1689771, 1824471, opening_2022},
                     {"Summa intäkter", 6561579, 6841771, 6982471, 5158000 + opening_2022},
                     {"Kostnader", {}, {}, {}, {}},
                     {"Insatser", 6499000, 5017300, 6932800, 5157600},
                     {"Summa kostnader", 6499000, 5017300, 6932800, 5157600},
                     {"Prel balanserat resultat", 62579, 1824471, 49671, 400 + opening_2022}});
    };
    CHECK(audit_grid(table(49671)).findings.empty());
    // 2022 is consistent in itself with the wrong opening (its sums and closing were computed from
    // it): the opening and the two figures computed from it are to be corrected, and nothing of 2021.
    const AuditReport r = audit_grid(table(50000));
    REQUIRE(r.findings.size() == 3);
    CHECK(r.findings[0].check == AuditCheck::Chain);
    CHECK(messages::finding(r.findings[0]) ==
          "Balanserat resultat, Plan 2022: anges 50 000, bör vara 49 671 = utgående eget kapital Budget 2021 (skillnad "
          "329). Tillsammans med Summa intäkter och Prel balanserat resultat förklarar det hela skillnaden.");
    CHECK(r.findings[1].computed == kr(5207671));
    CHECK(r.findings[2].computed == kr(50071));
    for (const AuditFinding& f : r.findings) CHECK(f.col == 4);
}

TEST_CASE("audit: numbers without labels cannot be audited, and it says so", "[audit]") {
    const AuditReport r = audit_grid(grid({{100, 200}, {300, 400}}));
    CHECK(r.checks == 0);
    REQUIRE(r.not_understood.size() == 1);
    CHECK(text(calc::finsam_audit(grid({{100, 200}, {300, 400}})).transposed().transposed()).empty());
}

TEST_CASE("FINSAM_AUDIT: a row per finding and a summary row, padded with empty text to 20 rows", "[audit][calc]") {
    Grid ok = calc::finsam_audit(seed000_table());
    REQUIRE(ok.rows() == 20);
    CHECK(ok.at(0, 0).text == "Allt stämmer: 15 kontroller i 3 kolumner.");
    for (std::size_t r = 1; r < ok.rows(); ++r)
        for (std::size_t c = 0; c < ok.cols(); ++c) CHECK((ok.at(r, c).is_text() && ok.at(r, c).text.empty()));
    // The figure to fix, its printed and right value: the diagnosis, not the sums it broke.
    Grid bad = calc::finsam_audit(seed000_table(1010000));
    REQUIRE(bad.rows() == 20);
    REQUIRE(bad.cols() == 6);
    CHECK(bad.at(0, 0).text == "Ny Samverkansinsats Lilla Edet");
    CHECK(bad.at(0, 1).text == "2021");
    CHECK(bad.at(0, 2).number == 1010000);
    CHECK(bad.at(0, 3).number == 1100000);
    CHECK(bad.at(0, 4).number == -90000);
    CHECK(bad.at(0, 5).text.starts_with("Troligen fel: Ny Samverkansinsats Lilla Edet, 2021"));
    CHECK(bad.at(1, 0).text == "1 avvikelse, 15 kontroller i 3 kolumner.");
    CHECK(calc::finsam_audit(grid({{100, 200}, {300, 400}})).at(0, 0).text ==
          "Kunde inte tolkas: ingen kolumn med etiketter hittades.");
}

// ---- Large tables: the audit keeps its candidates in a sweep (audit_sums.cpp), not in passes.

namespace {

using finsam::audit::Column;
using finsam::audit::ColumnAuditor;

struct Rows {
    std::vector<std::pair<std::string, double>> rows;  // label, amount (NaN: empty)
    void line(const std::string& label, double v) { rows.push_back({label, v}); }
    void heading(const std::string& label) { rows.push_back({label, std::nan("")}); }
    Grid grid() const {
        Grid g(rows.size() + 1, 2);
        g.at(0, 1) = Cell::of(std::string("Budget 2021"));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (!rows[r].first.empty()) g.at(r + 1, 0) = Cell::of(rows[r].first);
            if (!std::isnan(rows[r].second)) g.at(r + 1, 1) = Cell::of(rows[r].second);
        }
        return g;
    }
};

// line, sum, line, sum, ...: `pairs` pairs, the sum of pair `wrong` stated `off` too high.
Grid alternating(std::size_t pairs, std::size_t wrong, double off) {
    Rows t;
    for (std::size_t k = 0; k < pairs; ++k) {
        const double v = 1000 + static_cast<double>(k % 97) * 10;
        t.line("Rad " + std::to_string(k), v);
        t.line("Summa", v + (k == wrong ? off : 0));
    }
    return t.grid();
}

bool same(const AuditReport& a, const AuditReport& b) {
    if (a.checks != b.checks || a.findings.size() != b.findings.size()) return false;
    for (std::size_t k = 0; k < a.findings.size(); ++k) {
        const AuditFinding &x = a.findings[k], &y = b.findings[k];
        if (x.check != y.check || x.row != y.row || x.col != y.col || x.label != y.label || x.naming != y.naming ||
            x.period != y.period || x.stated != y.stated || x.computed != y.computed || x.base != y.base ||
            x.quarters != y.quarters || x.share_text != y.share_text)
            return false;
    }
    return true;
}

// One period column of `g` (label column 0, amounts in column 1) audited by the sweep and by
// definition, as a period column and as a column of printed totals: the reports must be the same.
void check_same_by_definition(const Grid& g) {
    auto layout = read_layout(g, kAuditRange, {.equity_draws_apart = true, .lenient = true});
    REQUIRE(layout.ok());
    std::vector<bool> row_has_amount(g.rows(), false);
    for (const LayoutRow& r : layout->rows)
        row_has_amount[r.source_row] = r.amounts.size() == 1 && r.amounts[0].has_value();
    for (bool totals_only : {false, true}) {
        const Column c{1, "Budget 2021", layout->rows, totals_only};
        AuditReport fast, reference;
        ColumnAuditor(c, row_has_amount, fast).run();
        ColumnAuditor(c, row_has_amount, reference, true).run();
        INFO("totals only: " << totals_only << ", rows: " << g.rows());
        REQUIRE(same(fast, reference));
    }
}

// A random column: small amounts (so that many candidates tie), sums right and wrong, headings,
// blank rows, sub-headings repeating the unit or naming a period, results, equity.
Grid random_column(std::mt19937& rng) {
    const char* lines[] = {"Rad", "Medlemsbidrag", "Eget kapital", "Personal", "Kostnad x", "Intäkt y"};
    const char* sums[] = {"Summa", "", "Summa intäkter", "Summa kostnader", "Totalt", "Delsumma"};
    const char* results[] = {"Resultat", "Prel balanserat resultat", "Årets resultat"};
    const char* headings[] = {"Intäkter", "Kostnader", "Insatser"};
    const char* texts[] = {"Tkr", "Budget 2022", "kr"};
    std::uniform_int_distribution<int> small(-3, 6), kind(0, 99), len(1, 60);
    const auto pick = [&](const auto& words) { return words[rng() % std::size(words)]; };
    Grid g(static_cast<std::size_t>(len(rng)) + 1, 2);
    g.at(0, 1) = Cell::of(std::string("Budget 2021"));
    std::vector<double> above;  // amounts so far, for sums that are right
    for (std::size_t r = 1; r < g.rows(); ++r) {
        const int k = kind(rng);
        double v = small(rng);
        if (k < 45) {
            g.at(r, 0) = Cell::of(std::string(pick(lines)));
        } else if (k < 75) {
            g.at(r, 0) = Cell::of(std::string(pick(sums)));
            if (!above.empty() && rng() % 2) {
                const std::size_t back = 1 + rng() % std::min<std::size_t>(above.size(), 8);
                v = 0;
                for (std::size_t q = above.size() - back; q < above.size(); ++q) v += above[q];
            }
        } else if (k < 82) {
            g.at(r, 0) = Cell::of(std::string(pick(results)));
        } else if (k < 88) {
            g.at(r, 0) = Cell::of(std::string(pick(headings)));
            continue;
        } else if (k < 93) {
            if (rng() % 2) g.at(r, 0) = Cell::of(std::string(pick(headings)));
            g.at(r, 1) = Cell::of(std::string(pick(texts)));
            continue;
        } else {
            continue;  // blank
        }
        if (rng() % 10 == 0) continue;  // no amount in this column
        g.at(r, 1) = Cell::of(v);
        above.push_back(v);
    }
    return g;
}

}  // namespace

TEST_CASE("audit: the sweep gives exactly what the sums by definition give", "[audit]") {
    std::mt19937 rng(1210);
    for (int n = 0; n < 3000; ++n) check_same_by_definition(random_column(rng));
    check_same_by_definition(alternating(300, 100, 7));
    check_same_by_definition(seed000_table());
}

TEST_CASE("property: the sweep and the sums by definition agree on many random columns", "[property][audit][.]") {
    std::mt19937 rng(20261124);
    for (int n = 0; n < 100000; ++n) check_same_by_definition(random_column(rng));
}

TEST_CASE("audit: 10 000 rows of line, sum, line, sum: the one wrong sum and what it should be", "[audit][large]") {
    const AuditReport ok = audit_grid(alternating(5000, 5000, 0));
    CHECK(ok.findings.empty());
    CHECK(ok.checks == 5000);
    const AuditReport r = audit_grid(alternating(5000, 4321, 250));
    CHECK(r.checks == 5000);
    REQUIRE(r.findings.size() == 1);
    const AuditFinding& f = r.findings[0];
    CHECK(f.check == AuditCheck::SumOfLines);
    CHECK(f.row == 1 + 2 * 4321 + 1);
    const double v = 1000 + (4321 % 97) * 10;
    CHECK(f.stated == Money::kronor(static_cast<std::int64_t>(v) + 250));
    CHECK(f.computed == Money::kronor(static_cast<std::int64_t>(v)));
}

TEST_CASE("audit: a 10 000-row ledger: groups, a total over their sums, a wrong line", "[audit][large]") {
    // 1 000 groups of a heading, 8 lines and their sum; the total of all sums; the result.
    Rows t;
    t.heading("Intäkter");
    t.line("Medlemsbidrag", 90000000);
    t.line("Summa intäkter", 90000000);
    t.heading("Kostnader");
    double total = 0;
    for (int g = 0; g < 1000; ++g) {
        t.heading("Grupp " + std::to_string(g));
        double sum = 0;
        for (int l = 0; l < 8; ++l) {
            const double v = 100 * (1 + (g * 8 + l) % 50);
            t.line("Konto " + std::to_string(l), v);
            sum += v;
        }
        t.line("Summa grupp " + std::to_string(g), sum);
        total += sum;
    }
    t.line("Summa kostnader", total);
    t.line("Resultat", 90000000 - total);
    CHECK(t.rows.size() >= 10000);
    const AuditReport ok = audit_grid(t.grid());
    CHECK(ok.findings.empty());
    CHECK(ok.checks == 1000 + 3);  // every group, the income and cost totals, the result

    Rows bad = t;
    bad.rows[4 + 10 * 617 + 1 + 3].second += 1000;  // group 617's fourth line
    const AuditReport r = audit_grid(bad.grid());
    // The group's sum and the result; the total of the costs still equals the printed group sums.
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].label == "Summa grupp 617");
    CHECK(r.findings[0].computed == r.findings[0].stated + Money::kronor(1000));
    CHECK(r.findings[1].check == AuditCheck::Result);
    CHECK(r.findings[1].computed == r.findings[1].stated - Money::kronor(1000));
}

TEST_CASE("audit: a column of amounts too large for the sweep is audited by definition", "[audit][large]") {
    // 9 400 lines of ±10^13 kr: together beyond int64 öre, though no sum of them overflows.
    Rows t;
    for (int k = 0; k < 9400; ++k) t.line("Rad", k % 2 ? -1e13 : 1e13);
    t.line("Summa", 0);
    t.line("Rad", 5);
    t.line("Summa", 7);
    const AuditReport r = audit_grid(t.grid());
    CHECK(r.checks == 2);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].stated == kr(7));
    CHECK(r.findings[0].computed == kr(5));
}

TEST_CASE("audit: 10 000 rows of small groups and a grand total over their sums", "[audit][large]") {
    Rows t;
    double total = 0;
    for (int g = 0; g < 2500; ++g) {
        double sum = 0;
        for (int l = 0; l < 3; ++l) {
            const double v = 10 + (g * 3 + l) % 17;
            t.line("Rad", v);
            sum += v;
        }
        t.line("Summa", sum);
        total += sum;
    }
    t.line("Totalt", total);
    CHECK(audit_grid(t.grid()).findings.empty());
    t.rows.back().second = total - 3;
    const AuditReport r = audit_grid(t.grid());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].label == "Totalt");
    CHECK(r.findings[0].computed == Money::kronor(static_cast<std::int64_t>(total)));
}

TEST_CASE("audit: varav rows are parts of the line above, never more lines of its sum (issue 20)", "[audit][varav]") {
    // Full breakdown (IT 2 044 = 995 + 1 049) and a partial one (Lokaler 500, varav hyra 300).
    const auto table = [](double part, double sum) {
        return grid({{"Tkr", "Budget 2023"},
                     {"Personal", 2517.0},
                     {"IT och telefoni", 2044.0},
                     {"varav lokaler", part},
                     {"- därav köpta tjänster", 1049.0},
                     {"Lokaler", 500.0},
                     {"varav hyra", 300.0},
                     {"Summa kostnader", sum}});
    };
    const AuditReport ok = audit_grid(table(995, 5061));
    CHECK(ok.findings.empty());
    CHECK(ok.checks == 2);  // the sum, and IT's full breakdown; the partial one checks nothing
    CHECK(classify_label("varav lokaler") == LabelKind::Part);
    CHECK(classify_label("• Därav: projekt A") == LabelKind::Part);
    CHECK(classify_label("Kostnader varav personal") == LabelKind::Plain);

    // A part typed too large: its parts exceed the line, and that is said; the sum still holds.
    const AuditReport big = audit_grid(table(1995, 5061));
    REQUIRE(big.findings.size() == 1);
    CHECK(big.findings[0].stated != big.findings[0].computed);
    // The sum is checked against the lines only: counting the varav rows in would give 7 105.
    const AuditReport sum = audit_grid(table(995, 7105));
    REQUIRE(sum.findings.size() == 1);
    CHECK(sum.findings[0].label == "Summa kostnader");
    CHECK(sum.findings[0].computed == kr(5061));
}

TEST_CASE("audit: equity tables under any name are checked, period by period and as a chain (issue 20)",
          "[audit][equity]") {
    const char* names[][3] = {{"Eget kapital vid årets början", "Årets resultat", "Eget kapital vid årets slut"},
                              {"Ingående balans", "Årets resultat", "Utgående balans"},
                              {"Eget kapital 1 januari", "Resultat", "Eget kapital 31 december"},
                              {"Eget kapital vid periodens början", "Periodens resultat", "Eget kapital vid periodens slut"}};
    for (const auto& n : names) {
        INFO(n[0]);
        CHECK(is_closing_equity_label(n[2]));
        CHECK_FALSE(is_closing_equity_label(n[0]));
        const auto table = [&](double closing_2025) {
            return grid({{"Tkr", "Budget 2024", "Plan 2025"},
                         {n[0], 1352.0, 727.0},
                         {n[1], -625.0, -124.0},
                         {n[2], 727.0, closing_2025}});
        };
        const AuditReport ok = audit_grid(table(603));
        CHECK(ok.findings.empty());
        CHECK(ok.checks == 3);  // each period's closing, and 2025's opening against 2024's closing
        const AuditReport sign = audit_grid(table(-603));
        REQUIRE(sign.findings.size() == 1);
        CHECK(sign.findings[0].label == n[2]);
        CHECK(sign.findings[0].computed == kr(603));
    }
}

TEST_CASE("audit: a member group over its members, and a sum at the top of its block (issue 20)", "[audit][blocks]") {
    // "Staten (50 %)" over FK and AF, "Kommunerna (25 %)" over each municipality: parts, not lines.
    const auto members = [](double af, double kommun_b) {
        return grid({{"Kr", "Budget 2025", "Plan 2026"},
                     {"Intäkter", {}, {}},
                     {"Staten (50 %)", 2000000.0, 2000000.0},
                     {"Försäkringskassan", 1000000.0, 1000000.0},
                     {"Arbetsförmedlingen", af, 1000000.0},
                     {"Region Skåne", 1000000.0, 1000000.0},
                     {"Kommunerna (25 %)", 1000000.0, 1000000.0},
                     {"Ystads kommun", 600000.0, 600000.0},
                     {"Sjöbo kommun", kommun_b, 400000.0},
                     {"Summa intäkter", 4000000.0, 4000000.0}});
    };
    const AuditReport ok = audit_grid(members(1000000, 400000));
    CHECK(ok.findings.empty());
    // A sign slip in AF: the state stays their group, and its parts no longer give it.
    const AuditReport sign = audit_grid(members(-1000000, 400000));
    REQUIRE_FALSE(sign.findings.empty());
    CHECK(std::any_of(sign.findings.begin(), sign.findings.end(), [](const AuditFinding& f) {
        return f.label == "Arbetsförmedlingen" && f.computed == kr(1000000);
    }));
    // The region is no municipality: "Staten 2 000 000" over region and municipalities is no group.
    const AuditReport trap = audit_grid(grid({{"Kr", "Budget 2025"},
                                              {"Staten", 2000000.0},
                                              {"Region Skåne", 1000000.0},
                                              {"Ystads kommun", 600000.0},
                                              {"Sjöbo kommun", 400000.0},
                                              {"Summa intäkter", 4000000.0}}));
    CHECK(trap.findings.empty());

    // "Summa kansli" under its heading, its lines below; the total of costs after the blocks.
    const auto top = [](double personal) {
        return grid({{"Tkr", "Budget 2025", "Plan 2026"},
                     {"Kansli", {}, {}},
                     {"Summa kansli", 900.0, 950.0},
                     {"Personal", personal, 650.0},
                     {"Lokaler", 300.0, 300.0},
                     {"Insatser", {}, {}},
                     {"Summa insatser", 1100.0, 1000.0},
                     {"Projekt A", 700.0, 500.0},
                     {"Projekt B", 400.0, 500.0},
                     {"Summa kostnader", 2000.0, 1950.0}});
    };
    const AuditReport held = audit_grid(top(600));
    CHECK(held.findings.empty());
    CHECK(held.checks >= 6);
    const AuditReport slip = audit_grid(top(660));  // 600 typed 660 in 2025
    REQUIRE_FALSE(slip.findings.empty());
    // Named, or among the candidates (Personal or Lokaler may be the one): never the moved sum
    // read as a sum of the rows above it.
    for (const AuditFinding& f : slip.findings) CHECK(f.period == "Budget 2025");
    CHECK(std::any_of(slip.findings.begin(), slip.findings.end(), [](const AuditFinding& f) {
        return (f.label == "Personal" && f.computed == kr(600)) ||
               std::any_of(f.candidates.begin(), f.candidates.end(),
                           [](const AuditFinding::Candidate& c) { return c.label == "Personal"; });
    }));
}

TEST_CASE("audit: a change column's sums are checked, its result is not read as income − costs (issue 20)",
          "[audit][change]") {
    // Costs printed negative; the change of the result (−83 − (−419) = 336) is a difference, whose
    // costs may turn either way.
    const auto table = [](double change_sum) {
        return grid({{"Tkr", "Budget 2024", "Plan 2025", "Förändring"},
                     {"Intäkter", {}, {}, {}},
                     {"Medlemsbidrag", 4000.0, 4100.0, 100.0},
                     {"Summa intäkter", 4000.0, 4100.0, 100.0},
                     {"Kostnader", {}, {}, {}},
                     {"Insatser", -3419.0, -3083.0, 336.0},
                     {"Kansli", -1000.0, -1100.0, -100.0},
                     {"Summa kostnader", -4419.0, -4183.0, change_sum},
                     {"Årets resultat", -419.0, -83.0, 336.0}});
    };
    const AuditReport ok = audit_grid(table(236));
    CHECK(ok.findings.empty());
    const AuditReport slip = audit_grid(table(263));
    REQUIRE(slip.findings.size() == 1);
    CHECK(slip.findings[0].period == "Förändring");
}

TEST_CASE("audit: a varav breakdown that gives its line in one period is whole in every period (issue 20)",
          "[audit][varav]") {
    const auto table = [](double part_2025) {
        return grid({{"Kr", "Budget 2025", "Plan 2026"},
                     {"Insatser", 6000000.0, 6500000.0},
                     {"varav individinriktade insatser", part_2025, 4500000.0},
                     {"varav strukturinsatser", 1900000.0, 2000000.0},
                     {"Kansli", 1000000.0, 1000000.0},
                     {"Summa kostnader", 7000000.0, 7500000.0}});
    };
    CHECK(audit_grid(table(4100000)).findings.empty());
    // 4 100 000 typed 4 010 000: the parts now give less than the line, and that is said.
    const AuditReport r = audit_grid(table(4010000));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].period == "Budget 2025");
}
