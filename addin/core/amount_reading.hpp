// Turning cells into money and numbers, with the Swedish message when a cell will not do.
#pragma once

#include "cells.hpp"
#include "money.hpp"
#include "outcome.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

Error argument_error(std::string_view arg_name, const std::string& what);

// "rad 2, kolumn 3 är text ("x"), inte ett belopp" and the like, for one cell.
std::string cell_problem(const Cell& cell, const std::string& where, Money::Problem problem);

// One cell holding an amount (a 1×1 range or a single value).
Outcome<Money> read_single_amount(const Grid& arg, std::string_view arg_name);

// An optional single number; nullopt when the argument was omitted.
Outcome<std::optional<double>> read_optional_number(const Grid& arg, std::string_view arg_name);

// An optional amount (whole öre); nullopt when omitted.
Outcome<std::optional<Money>> read_optional_amount(const Grid& arg, std::string_view arg_name);

// A one-column or one-row range of numbers, every cell filled.
struct NumberVector {
    std::vector<double> values;
    bool is_row;  // the range was a row
};
Outcome<NumberVector> read_number_vector(const Grid& arg, std::string_view arg_name);

// Same, as exact amounts.
struct AmountVector {
    std::vector<Money> values;
    bool is_row;
};
Outcome<AmountVector> read_amount_vector(const Grid& arg, std::string_view arg_name);

}  // namespace finsam
