// Reading Calc's arguments (Grids of cells) into the core's figures. A cell that will not do
// becomes a typed problem naming the argument and the cell; messages.cpp says it in words.
#pragma once

#include "cells.hpp"
#include "money.hpp"
#include "problem.hpp"

#include <optional>
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

// A one-column or one-row range of numbers, every cell filled.
struct NumberVector {
    std::vector<double> values;
    bool is_row;  // the range was a row
};
Outcome<NumberVector> read_number_vector(const Grid& g, int arg);

// Same, as exact amounts.
struct AmountVector {
    std::vector<Money> values;
    bool is_row;
};
Outcome<AmountVector> read_amount_vector(const Grid& g, int arg);

}  // namespace finsam::calc
