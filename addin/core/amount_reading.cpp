#include "amount_reading.hpp"

#include "swedish_text.hpp"

#include <cmath>

namespace finsam {

Error argument_error(std::string_view arg_name, const std::string& what) {
    return {"Fel i " + std::string(arg_name) + ": " + what};
}

std::string cell_problem(const Cell& cell, const std::string& where, Money::Problem problem) {
    // "värdet" is neuter, "cell 2" and "rad 2, kolumn 3" are not: the adjective agrees.
    const bool neuter = where.starts_with("värdet");
    if (cell.is_text()) return where + " är text (" + quote_text(cell.text) + "), inte ett tal.";
    if (cell.is_empty()) return where + (neuter ? " är tomt." : " är tom.");
    switch (problem) {
        case Money::Problem::NotFinite: return where + " är inte ett ändligt tal.";
        case Money::Problem::TooLarge:
            return where + (neuter ? " är orimligt stort" : " är orimligt stor") + " (över 10 000 miljarder).";
        case Money::Problem::FractionOfOre: return where + " har delar av ett öre.";
    }
    return where + " kan inte läsas.";
}

namespace {

Outcome<const Cell*> single_cell(const Grid& arg, std::string_view arg_name) {
    if (arg.omitted() || arg.size() == 0) return argument_error(arg_name, "värde saknas.");
    if (!arg.is_single_cell())
        return argument_error(arg_name, "ska vara en enda cell, inte ett område med " +
                                            std::to_string(arg.rows()) + " × " + std::to_string(arg.cols()) +
                                            " celler.");
    return &arg.at(0, 0);
}

Outcome<Money> cell_amount(const Cell& c, std::string_view arg_name, const std::string& where) {
    if (!c.is_number()) return argument_error(arg_name, cell_problem(c, where, {}));
    const Money::Parsed p = Money::from_double(c.number);
    if (!p.ok) return argument_error(arg_name, cell_problem(c, where, p.problem));
    return p.value;
}

}  // namespace

Outcome<Money> read_single_amount(const Grid& arg, std::string_view arg_name) {
    auto cell = single_cell(arg, arg_name);
    if (!cell) return cell.error();
    return cell_amount(**cell, arg_name, "värdet");
}

Outcome<std::optional<double>> read_optional_number(const Grid& arg, std::string_view arg_name) {
    if (arg.omitted()) return std::optional<double>{};
    auto cell = single_cell(arg, arg_name);
    if (!cell) return cell.error();
    const Cell& c = **cell;
    if (!c.is_number() || !std::isfinite(c.number))
        return argument_error(arg_name, cell_problem(c, "värdet", Money::Problem::NotFinite));
    return std::optional<double>{c.number};
}

Outcome<std::optional<Money>> read_optional_amount(const Grid& arg, std::string_view arg_name) {
    if (arg.omitted()) return std::optional<Money>{};
    auto m = read_single_amount(arg, arg_name);
    if (!m) return m.error();
    return std::optional<Money>{*m};
}

Outcome<NumberVector> read_number_vector(const Grid& arg, std::string_view arg_name) {
    if (arg.omitted() || arg.size() == 0) return argument_error(arg_name, "värden saknas.");
    if (arg.rows() > 1 && arg.cols() > 1)
        return argument_error(arg_name, "ska vara en kolumn eller en rad, inte ett område med " +
                                            std::to_string(arg.rows()) + " rader och " +
                                            std::to_string(arg.cols()) + " kolumner.");
    NumberVector v{{}, arg.rows() == 1 && arg.cols() > 1};
    v.values.reserve(arg.size());
    for (std::size_t i = 0; i < arg.size(); ++i) {
        const Cell& c = arg.cells()[i];
        if (!c.is_number()) return argument_error(arg_name, cell_problem(c, "cell " + std::to_string(i + 1), {}));
        v.values.push_back(c.number);
    }
    return v;
}

Outcome<AmountVector> read_amount_vector(const Grid& arg, std::string_view arg_name) {
    auto numbers = read_number_vector(arg, arg_name);
    if (!numbers) return numbers.error();
    AmountVector v{{}, numbers->is_row};
    for (std::size_t i = 0; i < arg.size(); ++i) {
        auto m = cell_amount(arg.cells()[i], arg_name, "cell " + std::to_string(i + 1));
        if (!m) return m.error();
        v.values.push_back(*m);
    }
    return v;
}

}  // namespace finsam
