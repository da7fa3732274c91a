// Reading Calc's arguments (Grids of cells) into the core's figures. A cell that will not do
// becomes a typed problem naming the argument and the cell; messages.cpp says it in words.
#pragma once

#include "cells.hpp"
#include "money.hpp"
#include "problem.hpp"

#include <optional>
#include <string>
#include <vector>

namespace finsam::calc {

// The problem with a cell that should hold a number: text, empty, or (for a number) `number_fault`.
Problem cell_fault(const Cell& cell, int arg, Where where, Fault number_fault = Fault::CellNotFinite);

// One cell holding an amount (a 1×1 range or a single value).
Outcome<Money> read_single_amount(const Grid& g, int arg);

// An optional single number; nullopt when the argument was omitted.
Outcome<std::optional<double>> read_optional_number(const Grid& g, int arg);

// An optional amount (whole öre); nullopt when omitted.
Outcome<std::optional<Money>> read_optional_amount(const Grid& g, int arg);

// A row or a column of figures as people select it, a period header left out (issue 19: a header
// is never an amount):
//  - a block of two lines (2 × n or n × 2, n ≥ 2) whose first line is a period header (every cell
//    empty, where the header is merged, or a header cell: "Budget 2025", "2 024", a year, a date;
//    numbers, if more than one, increasing): the second line, each figure named by its period;
//  - a row or column that starts with header cells (texts naming a period or the column, empty
//    cells among them; with `leading_year` also a year typed as a number, as BUDGET_RESULT reads an
//    unlabelled column): the cells after them.
// Anything else is the argument as given (read_number_vector then says what is wrong with it). A
// date typed as a number at the head of a single row or column cannot be told from an amount
// (45 292 for 2024-01-01): only a two-line block shows it is a header.
struct Figures {
    Grid cells;
    std::vector<std::string> names;  // each figure's period from a header line, else empty
    std::size_t first_row = 0, first_col = 0;  // where the figures start in the argument
    bool from_block = false;                   // a line of a two-line block
    bool along_row = false;                    // the figures stand in a row
    Where where(std::size_t i) const;          // figure i's place, as the user selected it
};
Figures figures_of(const Grid& g, bool leading_year);

// A one-column or one-row range of numbers, every cell filled.
struct NumberVector {
    std::vector<double> values;
    bool is_row;  // the range was a row
};
Outcome<NumberVector> read_number_vector(const Grid& g, int arg);
Outcome<NumberVector> read_number_vector(const Figures& f, int arg);

// Same, as exact amounts.
struct AmountVector {
    std::vector<Money> values;
    bool is_row;
};
Outcome<AmountVector> read_amount_vector(const Grid& g, int arg);
Outcome<AmountVector> read_amount_vector(const Figures& f, int arg);

}  // namespace finsam::calc
