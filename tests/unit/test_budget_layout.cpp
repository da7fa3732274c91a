#include "budget_layout.hpp"
#include "budget_result.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

TEST_CASE("labels say what a row is", "[layout]") {
    CHECK(classify_label("Summa intäkter") == LabelKind::Subtotal);
    CHECK(classify_label("Delsumma verksamheter") == LabelKind::Subtotal);
    CHECK(classify_label("TOTAL KOSTNAD") == LabelKind::Subtotal);
    CHECK(classify_label("Totala kostnader") == LabelKind::Subtotal);
    CHECK(classify_label("Kostnader totalt") == LabelKind::Subtotal);
    CHECK(classify_label("Insatser (summa)") == LabelKind::Subtotal);
    CHECK(classify_label("Summa: ") == LabelKind::Subtotal);
    CHECK(classify_label("Resultat") == LabelKind::Result);
    CHECK(classify_label("Prel balanserat resultat") == LabelKind::Result);
    CHECK(classify_label("Eget kapital") == LabelKind::EquityDraw);
    CHECK(classify_label("Balanserat resultat") == LabelKind::EquityDraw);
    CHECK(classify_label("Egna medel (överskott föregående år)") == LabelKind::EquityDraw);
    CHECK(classify_label("Överskott föregående år") == LabelKind::EquityDraw);
    CHECK(classify_label("Medlemsbidrag") == LabelKind::Plain);
    CHECK(classify_label("Summering av läget") == LabelKind::Plain);  // "summa" must be a word
    CHECK(classify_label("") == LabelKind::None);
}

TEST_CASE("a labelled block: headings, lines, unlabelled sums, header row", "[layout]") {
    Grid g = grid({{"", "2020", "2021"},
                   {"Insatser", {}, {}},
                   {"ALL-IN", 11800000, 11500000},
                   {"Nya insatser", 210000, 1000000},
                   {{}, 12010000, 12500000},
                   {"Kansli", {}, {}},
                   {"Revision", 50000, 50000},
                   {{}, 50000, 50000}});
    auto l = read_layout(g, kResultCosts);
    REQUIRE(l.ok());
    CHECK(l->labelled);
    CHECK(l->header_row == 0u);
    CHECK(l->period_names == std::vector<std::string>{"2020", "2021"});
    REQUIRE(l->rows.size() == 7);
    CHECK(l->rows[0].kind == RowKind::Heading);
    CHECK(l->rows[1].kind == RowKind::Line);
    CHECK(l->rows[3].kind == RowKind::Subtotal);
    CHECK(l->rows[6].kind == RowKind::Subtotal);
    CHECK(sum_of(*l, RowKind::Line, 1) == kr(12550000));
}

TEST_CASE("an unlabelled column is lines only, even where a line equals the lines above", "[layout]") {
    // Seed 003, Budget 2021 without labels: the region's 1 289 500 equals the three municipalities'
    // lines above it, as the law makes it. It is a line, not their sum.
    auto l = read_layout(column({520300, 168700, 600500, 1289500, 2579000}), kResultIncome);
    REQUIRE(l.ok());
    CHECK_FALSE(l->labelled);
    CHECK(sum_of(*l, RowKind::Line, 0) == kr(5158000));
    CHECK(sum_of(*l, RowKind::Subtotal, 0) == kr(0));
}

TEST_CASE("text in an amount cell is refused with its place", "[layout][badinput]") {
    auto l = read_layout(grid({{"ESF", 100}, {"Kansli", "tvåhundra"}}), kResultCosts);
    REQUIRE_FALSE(l.ok());
    CHECK(message(l, "budgetResult") == "Fel i Kostnader: rad 2, kolumn 2 är text (\"tvåhundra\"), inte ett tal.");
    auto f = read_layout(column({100, 0.125}), kResultIncome);
    REQUIRE_FALSE(f.ok());
    CHECK(message(f, "budgetResult") == "Fel i Intäkter: cell 2 har delar av ett öre.");
}

TEST_CASE("a dash or blank text in an amount cell is an empty cell", "[layout]") {
    auto l = read_layout(grid({{"ESF", "-"}, {"Kansli", 200}, {"Info", " "}}), kResultCosts);
    REQUIRE(l.ok());
    CHECK(sum_of(*l, RowKind::Line, 0) == kr(200));
}
