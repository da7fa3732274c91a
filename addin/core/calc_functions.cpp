#include "calc_functions.hpp"

#include "amount_reading.hpp"
#include "budget_audit.hpp"
#include "budget_layout.hpp"
#include "budget_result.hpp"
#include "equity_ceiling.hpp"
#include "equity_chain.hpp"
#include "financing_split.hpp"
#include "function_table.hpp"
#include "sum_check.hpp"
#include "swedish_text.hpp"

#include <algorithm>
#include <cmath>
#include <new>

namespace finsam::calc {

namespace {

// "1 värde", "2 värden".
std::string count_of_values(std::size_t n) { return std::to_string(n) + (n == 1 ? " värde" : " värden"); }

// A budget range with no amount but zero is a reference to empty cells (Calc passes a single empty
// cell as 0), never a budget.
bool has_nonzero_amount(const Layout& layout) {
    for (const LayoutRow& row : layout.rows)
        for (const auto& a : row.amounts)
            if (a && !a->is_zero()) return true;
    return false;
}

Outcome<Money> read_contributions(const Grid& arg, std::string_view name) {
    auto c = read_single_amount(arg, name);
    if (c && c->ore() <= 0) return argument_error(name, "medlemsbidragen måste vara större än noll.");
    return c;
}

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

// The unit printed after amounts in messages: "kr" unless the user says otherwise.
Outcome<std::string> read_unit(const Grid& arg, std::string_view name) {
    if (arg.omitted()) return std::string("kr");
    if (!arg.is_single_cell()) return argument_error(name, "ska vara en enda cell.");
    const Cell& c = arg.at(0, 0);
    // Calc passes a reference to an empty cell as 0: no unit, as for an empty text.
    if (c.is_empty() || (c.is_number() && c.number == 0.0)) return std::string();
    if (!c.is_text() || c.text.size() > 12)
        return argument_error(name, "ange en kort text som kr eller tkr.");
    return c.text;
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
        if (!has_nonzero_amount(*in)) return message(argument_error(in_name, "området har inga belopp."));
        if (!has_nonzero_amount(*out)) return message(argument_error(out_name, "området har inga belopp."));
        auto results = finsam::budget_result(*in, *out, in_name, out_name);
        if (!results) return message(results.error());
        return amounts_as(*results, true);
    });
}

Grid equity_projection(const Grid& opening, const Grid& results, const Grid& periods) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "equityProjection";
        const auto opening_name = param_name(f, 0), results_name = param_name(f, 1), periods_name = param_name(f, 2);
        auto outcomes = read_amount_vector(results, results_name);
        if (!outcomes) return message(outcomes.error());
        const std::size_t n = outcomes->values.size();
        std::vector<EquityPeriod> chain(n);
        for (std::size_t i = 0; i < n; ++i) chain[i].result = outcomes->values[i];

        // One opening, or one per period with empty cells carried from the chain.
        if (opening.size() == 1) {
            auto start = read_single_amount(opening, opening_name);
            if (!start) return message(start.error());
            chain[0].opening = *start;
        } else {
            if (opening.rows() > 1 && opening.cols() > 1)
                return message(argument_error(opening_name, "ska vara en cell, en rad eller en kolumn."));
            if (opening.size() != n)
                return message(argument_error(opening_name, "har " + count_of_values(opening.size()) + " men " +
                                                                std::string(results_name) + " har " +
                                                                std::to_string(n) + "."));
            for (std::size_t i = 0; i < n; ++i) {
                const Cell& c = opening.cells()[i];
                if (c.is_empty()) continue;
                const std::string where = "cell " + std::to_string(i + 1);
                if (!c.is_number()) return message(argument_error(opening_name, cell_problem(c, where, {})));
                const Money::Parsed m = Money::from_double(c.number);
                if (!m.ok) return message(argument_error(opening_name, cell_problem(c, where, m.problem)));
                chain[i].opening = m.value;
            }
        }
        if (!periods.omitted()) {
            if (periods.size() != n || (periods.rows() > 1 && periods.cols() > 1))
                return message(argument_error(periods_name, "ska ha ett namn per resultat (" + std::to_string(n) +
                                                                " st) i en rad eller en kolumn."));
            for (std::size_t i = 0; i < n; ++i) {
                const Cell& c = periods.cells()[i];
                chain[i].name = c.is_text() ? c.text : c.is_number() ? std::to_string(static_cast<long long>(c.number)) : "";
            }
        }
        auto closing = finsam::equity_projection(chain, opening_name);
        if (!closing) return message(closing.error());
        return amounts_as(*closing, outcomes->is_row);
    });
}

Grid finsam_check(const Grid& lines, const Grid& total, const Grid& tolerance, const Grid& unit) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "finsamCheck";
        const auto lines_name = param_name(f, 0), total_name = param_name(f, 1);
        auto layout = read_layout(lines, lines_name);
        if (!layout) return message(layout.error());
        auto totals = read_amount_vector(total, total_name);
        if (!totals) return message(totals.error());
        if (totals->values.size() != layout->periods())
            return message(argument_error(total_name, "har " + count_of_values(totals->values.size()) +
                                                          " men " + std::string(lines_name) + " har " +
                                                          std::to_string(layout->periods()) +
                                                          " periodkolumner; ange en summa per period."));
        auto allowed = read_optional_amount(tolerance, param_name(f, 2));
        if (!allowed) return message(allowed.error());
        const Money tol = allowed->value_or(Money());
        if (tol.is_negative()) return message(argument_error(param_name(f, 2), "kan inte vara negativ."));
        auto unit_text = read_unit(unit, param_name(f, 3));
        if (!unit_text) return message(unit_text.error());
        return message(check_sum(*layout, totals->values, tol, *unit_text));
    });
}

namespace {

// The staircase as the user keeps it: two columns (lower bound of the contributions, highest
// equity share); blank rows and a header row of text are passed over.
Outcome<std::vector<StaircaseStep>> read_staircase(const Grid& g, std::string_view name) {
    if (g.omitted() || g.size() == 0) return argument_error(name, "området saknas.");
    if (g.cols() != 2)
        return argument_error(name, "ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte " +
                                        std::to_string(g.cols()) + ".");
    std::vector<StaircaseStep> steps;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        const Cell &limit = g.at(r, 0), &share = g.at(r, 1);
        if (limit.is_empty() && share.is_empty()) continue;
        if (steps.empty() && !limit.is_number() && !share.is_number()) continue;  // header
        const std::string where = "rad " + std::to_string(r + 1);
        if (!limit.is_number()) return argument_error(name, cell_problem(limit, where + ", kolumn 1", {}));
        if (!share.is_number()) return argument_error(name, cell_problem(share, where + ", kolumn 2", {}));
        const Money::Parsed m = Money::from_double(limit.number);
        if (!m.ok) return argument_error(name, cell_problem(limit, where + ", kolumn 1", m.problem));
        if (!(share.number >= 0.0 && share.number <= 1.0))
            return argument_error(name, where + ": andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).");
        if (!steps.empty() && m.value <= steps.back().threshold)
            return argument_error(name, where + ": gränserna ska öka uppifrån och ned.");
        steps.push_back({m.value, static_cast<std::int64_t>(share.number * 1'000'000 + 0.5)});
    }
    if (steps.empty()) return argument_error(name, "trappan har inga steg.");
    return steps;
}

}  // namespace

Grid equity_ceiling(const Grid& contributions, const Grid& staircase) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "equityCeiling";
        auto c = read_contributions(contributions, param_name(f, 0));
        if (!c) return message(c.error());
        auto steps = read_staircase(staircase, param_name(f, 1));
        if (!steps) return message(steps.error());
        auto ceiling = finsam::equity_ceiling(*c, *steps, param_name(f, 0), param_name(f, 1));
        if (!ceiling) return message(ceiling.error());
        return amounts_as({ceiling->amount}, false);
    });
}

Grid equity_ceiling_check(const Grid& equity, const Grid& contributions, const Grid& staircase, const Grid& unit) {
    return guarded([&]() -> Grid {
        constexpr std::string_view f = "equityCeilingCheck";
        auto e = read_single_amount(equity, param_name(f, 0));
        if (!e) return message(e.error());
        auto c = read_contributions(contributions, param_name(f, 1));
        if (!c) return message(c.error());
        auto steps = read_staircase(staircase, param_name(f, 2));
        if (!steps) return message(steps.error());
        auto u = read_unit(unit, param_name(f, 3));
        if (!u) return message(u.error());
        auto ceiling = finsam::equity_ceiling(*c, *steps, param_name(f, 1), param_name(f, 2));
        if (!ceiling) return message(ceiling.error());
        if (*e <= ceiling->amount) return message(std::string(kCheckOk));
        const auto amount = [&](Money m) { return format_amount(m) + (u->empty() ? "" : " " + *u); };
        return message("Eget kapital " + amount(*e) + " är " + amount(*e - ceiling->amount) + " över taket " +
                       amount(ceiling->amount) + " (" + format_share(ceiling->share_ppm) + " av medlemsbidragen " +
                       amount(*c) + ").");
    });
}

Grid finsam_audit(const Grid& range) {
    return guarded([&]() -> Grid {
        constexpr std::size_t kCols = 6;
        if (range.omitted() || range.size() == 0)
            return message(argument_error(param_name("finsamAudit", 0), "området saknas."));
        const AuditReport report = audit_grid(range);
        const std::size_t n = report.findings.size();
        // A row per finding, then the summary; at least two rows, because Calc repeats a one-row
        // result down the whole array area. Cells without a figure hold an empty text.
        Grid out(std::max<std::size_t>(n + 1, 2), kCols);
        for (std::size_t r = 0; r < out.rows(); ++r)
            for (std::size_t c = 0; c < kCols; ++c) out.at(r, c) = Cell::of(std::string());
        for (std::size_t i = 0; i < n; ++i) {
            const AuditFinding& f = report.findings[i];
            out.at(i, 0) = Cell::of(f.label);
            out.at(i, 1) = Cell::of(f.period);
            out.at(i, 2) = Cell::of(f.stated.to_double());
            out.at(i, 3) = Cell::of(f.computed.to_double());
            out.at(i, 4) = Cell::of((f.stated - f.computed).to_double());
            out.at(i, 5) = Cell::of(f.explanation);
        }
        const std::string checks = std::to_string(report.checks) + " kontroller i " + std::to_string(report.columns) +
                                   (report.columns == 1 ? " kolumn." : " kolumner.");
        if (report.checks == 0)
            out.at(0, 0) = Cell::of("Kunde inte tolkas: " +
                                    (report.not_understood.empty() ? std::string("området har inga belopp")
                                                                   : report.not_understood.front()) + ".");
        else if (n == 0)
            out.at(0, 0) = Cell::of("Allt stämmer: " + checks);
        else
            out.at(n, 0) = Cell::of(std::to_string(n) + (n == 1 ? " avvikelse, " : " avvikelser, ") + checks);
        return out;
    });
}

}  // namespace finsam::calc
