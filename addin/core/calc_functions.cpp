#include "calc_functions.hpp"

#include "amount_reading.hpp"
#include "budget_layout.hpp"
#include "budget_result.hpp"
#include "equity_chain.hpp"
#include "financing_split.hpp"
#include "function_table.hpp"
#include "sum_check.hpp"

#include <cmath>
#include <new>

namespace finsam::calc {

namespace {

std::string_view param_name(std::string_view method, std::size_t i) {
    return meta::function(method).params[i].name_sv;
}

Grid message(const std::string& text) { return Grid::scalar(Cell::of(text)); }
Grid message(const Error& e) { return message(e.message); }

// The last line of defence inside the core; the UNO layer has its own.
template <class F>
Grid guarded(F&& body) {
    try {
        return body();
    } catch (const MoneyOverflow&) {
        return message("Fel: beloppen är för stora för att räknas exakt.");
    } catch (const std::bad_alloc&) {
        return message("Fel: området är för stort för minnet.");
    } catch (const std::exception& e) {
        return message(std::string("Internt fel i finsam-calc: ") + e.what());
    } catch (...) {
        return message("Internt fel i finsam-calc.");
    }
}

Grid amounts_as(const std::vector<Money>& values, bool as_row) {
    std::vector<Cell> cells;
    cells.reserve(values.size());
    for (Money m : values) cells.push_back(Cell::of(m.to_double()));
    Grid column = Grid::column(std::move(cells));
    return as_row ? column.transposed() : column;
}

// An optional whole-number choice such as 1 or 2.
Outcome<int> read_choice(const Grid& arg, std::string_view name, int fallback, std::initializer_list<int> allowed,
                         const std::string& hint) {
    auto v = read_optional_number(arg, name);
    if (!v) return v.error();
    if (!*v) return fallback;
    for (int a : allowed)
        if (**v == a) return a;
    return argument_error(name, hint);
}

}  // namespace

Grid finsam_split(const Grid& total, const Grid& key, const Grid& step, const Grid& state_lines,
                  const Grid& base) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "finsamSplit";
        SplitSpec spec;
        auto amount = read_single_amount(total, param_name(f, 0));
        if (!amount) return message(amount.error());
        spec.amount = *amount;
        auto weights = read_number_vector(key, param_name(f, 1));
        if (!weights) return message(weights.error());
        spec.key = weights->values;
        auto rounding = read_optional_amount(step, param_name(f, 2));
        if (!rounding) return message(rounding.error());
        if (*rounding) spec.step = **rounding;
        auto lines = read_choice(state_lines, param_name(f, 3), 1, {1, 2},
                                 "ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).");
        if (!lines) return message(lines.error());
        spec.state_lines = *lines;
        auto basis = read_choice(base, param_name(f, 4), 0, {0, 1},
                                 "ange 0 (beloppet är totalen) eller 1 (beloppet är statens tilldelning).");
        if (!basis) return message(basis.error());
        spec.amount_is_state_allocation = *basis == 1;
        auto parts = split_contributions(spec);
        if (!parts) return message(parts.error());
        return amounts_as(*parts, weights->is_row);
    });
}

Grid budget_result(const Grid& income, const Grid& costs) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "budgetResult";
        const auto in_name = param_name(f, 0), out_name = param_name(f, 1);
        auto in = read_layout(income, in_name, {.equity_draws_apart = true});
        if (!in) return message(in.error());
        auto out = read_layout(costs, out_name);
        if (!out) return message(out.error());
        auto results = finsam::budget_result(*in, *out, in_name, out_name);
        if (!results) return message(results.error());
        return amounts_as(*results, true);
    });
}

Grid equity_projection(const Grid& opening, const Grid& results) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "equityProjection";
        auto start = read_single_amount(opening, param_name(f, 0));
        if (!start) return message(start.error());
        auto periods = read_amount_vector(results, param_name(f, 1));
        if (!periods) return message(periods.error());
        return amounts_as(equity_chain(*start, periods->values), periods->is_row);
    });
}

Grid finsam_check(const Grid& lines, const Grid& total, const Grid& tolerance) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "finsamCheck";
        const auto lines_name = param_name(f, 0), total_name = param_name(f, 1);
        auto layout = read_layout(lines, lines_name);
        if (!layout) return message(layout.error());
        auto totals = read_amount_vector(total, total_name);
        if (!totals) return message(totals.error());
        if (totals->values.size() != layout->periods())
            return message(argument_error(total_name, "har " + std::to_string(totals->values.size()) +
                                                          " värden men " + std::string(lines_name) + " har " +
                                                          std::to_string(layout->periods()) +
                                                          " periodkolumner; ange en summa per period."));
        auto allowed = read_optional_amount(tolerance, param_name(f, 2));
        if (!allowed) return message(allowed.error());
        const Money tol = allowed->value_or(Money());
        if (tol.is_negative()) return message(argument_error(param_name(f, 2), "kan inte vara negativ."));
        return message(check_sum(*layout, totals->values, tol));
    });
}

}  // namespace finsam::calc
