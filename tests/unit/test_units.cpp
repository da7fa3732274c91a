#include "units.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

TEST_CASE("money units and unit headings", "[units]") {
    for (const char* w : {"kr", "tkr", "mnkr", "sek", "tsek"}) CHECK(is_money_unit(w));
    for (const char* w : {"", "k", "kronor!", "st", "%"}) CHECK_FALSE(is_money_unit(w));
    for (const char* h : {"tkr", "(kr)", "belopp (tkr)", "belopp kr"}) CHECK(is_unit_heading(h));
    CHECK_FALSE(is_unit_heading("belopp"));
    CHECK_FALSE(is_unit_heading("antal"));
}

TEST_CASE("column headings: a period, a unit, a year or a span of years", "[units]") {
    for (const char* h : {"2021", "budget", "budget 2021", "plan 2022-2023", "plan 2022-23", "prognos 2020", "tkr", "år"})
        CHECK(is_column_heading(h));
    for (const char* h : {"budgeten", "budget 21", "plan 2022-2", "insatser", "", "kommun"}) CHECK_FALSE(is_column_heading(h));
}

TEST_CASE("number texts as Swedish documents print them; years and lists of years are not amounts", "[units]") {
    for (const char* t : {"1 000", "-269 000", "12,50", "1 789 000", "\xE2\x88\x92" "5", "+7", "0"}) CHECK(is_number_text(t));
    for (const char* t : {"2021", "2020,2021", "1 00", "12,505", "abc", "", "-", "1 000 kr"}) CHECK_FALSE(is_number_text(t));
}

TEST_CASE("error cells: finsam's messages and Calc's error values", "[units]") {
    for (const char* t : {"Fel i Nyckel: cell 2 är tom.", "Fel: något", "Internt fel i finsam-calc", "#VALUE!", "#N/A",
                          "Err:504", "Err:502"})
        CHECK(is_error_text(t));
    for (const char* t : {"Felix", "Err:5041", "#SAKNAS", "", "OK"}) CHECK_FALSE(is_error_text(t));
}

TEST_CASE("a year is a whole number between 1990 and 2100", "[units]") {
    CHECK(is_year(2024));
    CHECK(is_year(1990));
    CHECK_FALSE(is_year(2024.5));
    CHECK_FALSE(is_year(1989));
    CHECK_FALSE(is_year(45292));  // the date 2024-01-01 as a serial number
}
