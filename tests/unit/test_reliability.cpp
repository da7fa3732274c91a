// What a user can type must never crash, freeze or give a silent wrong number (issue 10): each case
// here failed before it was fixed.
#include "calc_functions.hpp"
#include "finsam_audit.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace finsam;
using namespace finsam::test;

namespace {

std::size_t unread(const AuditReport& r, NotUnderstood::Why why) {
    std::size_t n = 0;
    for (const NotUnderstood& u : r.not_understood) n += u.why == why;
    return n;
}

}  // namespace

TEST_CASE("a year typed as a number over a labelled column names the period, it is no amount", "[reliability]") {
    const Grid income = grid({{"Intäkter", 2021}, {"Medlemsbidrag", 1000}, {"ESF", 500}});
    CHECK(numbers(calc::budget_result(income, grid({{"Kansli", 1200}}))) == std::vector<double>{300});
    // Two or more years in order are a header whatever the label.
    const Grid two = grid({{"Medel", 2021, 2022}, {"Medlemsbidrag", 1000, 1100}});
    CHECK(numbers(calc::budget_result(two, grid({{"Kansli", 100, 100}}))) == std::vector<double>{900, 1000});
    // Under a line's own label the same figure is an amount of 2 021 kr.
    const Grid line = grid({{"Medlemsbidrag", 2021}, {"ESF", 500}});
    CHECK(numbers(calc::budget_result(line, grid({{"Kansli", 21}}))) == std::vector<double>{2500});
    // The audit reads "| Post | 2021 |" as a header, not as a line that breaks the sum.
    const AuditReport r = audit_grid(grid({{"Post", 2021}, {"Staten", 500}, {"Regionen", 250}, {"Kommun A", 250},
                                           {"Summa medlemsbidrag", 1000}}));
    CHECK(r.findings.empty());
    CHECK(r.checks >= 1);
}

TEST_CASE("a number typed as text is never a heading: it is refused, or said", "[reliability]") {
    CHECK(text(calc::budget_result(column({1, 2}), column({"1 000", 3}))) ==
          "Fel i Kostnader: cell 1 är text (\"1 000\"), inte ett tal.");
    const AuditReport r = audit_grid(grid({{"Kansli", "1 000"}, {"Lokaler", 500}, {"Summa kostnader", 1500}}));
    CHECK(unread(r, NotUnderstood::Why::NumberAsText) == 1);
    const Grid out = calc::finsam_audit(grid({{"Kansli", "1 000"}, {"Lokaler", 500}, {"Summa kostnader", 1500}}));
    CHECK(out.at(out.rows() - 1, 0).text.find("Allt stämmer") == std::string::npos);
}

TEST_CASE("amounts beyond exact money are said by the audit, not skipped", "[reliability]") {
    const AuditReport big = audit_grid(grid({{"Kansli", 1e14}, {"Lokaler", 500}, {"Summa kostnader", 500}}));
    CHECK(unread(big, NotUnderstood::Why::TooLarge) == 1);
    const Grid out = calc::finsam_audit(grid({{"Kansli", 1e14}, {"Lokaler", 500}, {"Summa kostnader", 500}}));
    CHECK(out.at(out.rows() - 1, 0).text.find("Allt stämmer") == std::string::npos);
    // Ten thousand lines of 9 999 999 999 999 cannot be added up exactly: said for the column.
    Grid huge(10001, 2);
    for (std::size_t r = 0; r < 10000; ++r) huge.at(r, 0) = Cell::of("Rad"), huge.at(r, 1) = Cell::of(9999999999999.0);
    huge.at(10000, 0) = Cell::of("Summa");
    huge.at(10000, 1) = Cell::of(1.0);
    const AuditReport o = audit_grid(huge);
    CHECK(unread(o, NotUnderstood::Why::TooLargeToAdd) == 1);
}

TEST_CASE("a cell showing an error is an error, never a missing 0", "[reliability]") {
    const Grid lines = column({100, "Fel i Nyckel: cell 2 är tom.", 200});
    CHECK(text(calc::finsam_check(lines, one(300), none(), none())) ==
          "Fel i Rader: cell 2 visar ett fel (\"Fel i Nyckel: cell 2 är tom.\") i stället för ett belopp; rätta det "
          "först.");
    const AuditReport r =
        audit_grid(grid({{"Staten", "Fel i Belopp: värdet är tomt."}, {"Regionen", 250}, {"Summa", 250}}));
    CHECK(unread(r, NotUnderstood::Why::ShowsError) == 1);
    const AuditReport calc_error = audit_grid(grid({{"Kansli", "#VALUE!"}, {"Lokaler", 5}, {"Summa", 5}}));
    CHECK(unread(calc_error, NotUnderstood::Why::ShowsError) == 1);
}

TEST_CASE("an error fills the whole result, so INDEX shows the message", "[reliability]") {
    const Grid split = calc::finsam_split(one("x"), column({1, 2, 3}), none(), one(2), none());
    CHECK(split.rows() == 6);
    CHECK(split.cols() == 1);
    CHECK(text(split) == "Fel i Belopp: värdet är text (\"x\"), inte ett tal.");
    const Grid as_row = calc::finsam_split(one(0), row({1, 2}), none(), none(), none());
    CHECK((as_row.rows() == 1 && as_row.cols() == 4));
    const Grid result = calc::budget_result(grid({{"A", 1, "x"}}), grid({{"B", 1, 2}}));
    CHECK((result.rows() == 1 && result.cols() == 2));
    CHECK(text(calc::equity_projection(one("x"), row({1, 2, 3}), none())).starts_with("Fel i Ingående"));
    CHECK(calc::equity_projection(one("x"), row({1, 2, 3}), none()).cols() == 3);
}

TEST_CASE("texts of any length go through every reader without a deep stack", "[reliability]") {
    const std::string long_text = "Budget " + std::string(50000, 'x');
    CHECK(numbers(calc::equity_projection(one(100), row({1, 2}), row({long_text.c_str(), "Plan 2022"}))) ==
          std::vector<double>{101, 103});
    const std::string digits = "Halmstads kommun " + std::string(50000, '1') + " %";
    const std::string percent = "Kommun, 1" + std::string(400, '0') + " %";
    const Grid members = grid({{"Staten", 500}, {"Regionen", 250}, {digits.c_str(), 125}, {percent.c_str(), 125},
                               {"Summa", 1000}});
    const AuditReport r = audit_grid(members);
    CHECK(r.findings.empty());
    const Grid header = grid({{"", long_text.c_str(), long_text.c_str()}, {"Intäkter", 1, 2}, {"Summa", 1, 2}});
    CHECK(audit_grid(header).findings.empty());
}
