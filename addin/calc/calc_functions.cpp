#include "calc_functions.hpp"

#include "arguments.hpp"
#include "budget_result.hpp"
#include "equity_ceiling.hpp"
#include "equity_ceiling_check.hpp"
#include "equity_projection.hpp"
#include "finsam_audit.hpp"
#include "finsam_check.hpp"
#include "finsam_split.hpp"
#include "function_table.hpp"
#include "messages.hpp"

#include <algorithm>
#include <cmath>
#include <new>

namespace finsam::calc {

namespace {

// The core's argument positions are the table's: a row moved in one and not the other fails here.
constexpr bool same_param(std::string_view method, int position, std::string_view idl_name) {
    return meta::param_index(meta::function(method), idl_name) == position;
}
static_assert(same_param("finsamSplit", kSplitTotal, "total") && same_param("finsamSplit", kSplitKey, "key") &&
              same_param("finsamSplit", kSplitStep, "step") &&
              same_param("finsamSplit", kSplitStateLines, "stateLines") &&
              same_param("finsamSplit", kSplitBase, "base"));
static_assert(same_param("budgetResult", kResultIncome, "income") &&
              same_param("budgetResult", kResultCosts, "costs"));
static_assert(same_param("equityProjection", kProjectionOpening, "opening") &&
              same_param("equityProjection", kProjectionResults, "results") &&
              same_param("equityProjection", kProjectionPeriods, "periods"));
static_assert(same_param("finsamCheck", kCheckLines, "lines") && same_param("finsamCheck", kCheckTotal, "total") &&
              same_param("finsamCheck", kCheckTolerance, "tolerance") && same_param("finsamCheck", kCheckUnit, "unit"));
static_assert(same_param("equityCeiling", kCeilingContributions, "contributions") &&
              same_param("equityCeiling", kCeilingStaircase, "staircase"));
static_assert(same_param("equityCeilingCheck", kCeilingCheckEquity, "equity") &&
              same_param("equityCeilingCheck", kCeilingCheckContributions, "contributions") &&
              same_param("equityCeilingCheck", kCeilingCheckStaircase, "staircase") &&
              same_param("equityCeilingCheck", kCeilingCheckUnit, "unit"));
static_assert(same_param("finsamAudit", kAuditRange, "range"));

Grid text_cell(const std::string& text) { return Grid::scalar(Cell::of(text)); }

// The shape a function's figures would have had. An error fills it all, so that INDEX(F(…); k)
// and every cell of an array formula show the message rather than Err:504 or #N/A.
struct Shape {
    std::size_t rows = 1, cols = 1;
    static Shape vector(std::size_t n, bool as_row) { return as_row ? Shape{1, n} : Shape{n, 1}; }
};

// An error never fills more than this many cells (a whole column of results, say).
constexpr std::size_t kMaxErrorCells = 10'000;

bool is_vector(const Grid& g) { return g.rows() == 1 || g.cols() == 1; }
bool is_row(const Grid& g) { return g.rows() == 1 && g.cols() > 1; }

// A function's answer: figures, or its problem in words.
class Answer {
public:
    explicit Answer(std::string_view method, Shape shape = {}) : method_(method), shape_(shape) {}
    Grid operator()(const Problem& p) const {
        const Cell text = Cell::of(messages::problem(method_, p));
        Grid g(shape_.rows, shape_.cols);
        for (std::size_t r = 0; r < shape_.rows; ++r)
            for (std::size_t c = 0; c < shape_.cols; ++c) g.at(r, c) = text;
        return g;
    }

    // The last line of defence inside the add-in's own code; the UNO layer has its own.
    template <class F>
    Grid guarded(F&& body) const {
        try {
            return body();
        } catch (const MoneyOverflow&) {
            return (*this)(Problem{Fault::Overflow});
        } catch (const std::bad_alloc&) {
            return Grid::scalar(Cell::of(messages::problem(method_, Problem{Fault::OutOfMemory})));
        } catch (const std::exception& e) {
            Problem p{Fault::Internal};
            p.text = e.what();
            return (*this)(p);
        } catch (...) {
            return (*this)(Problem{Fault::Internal});
        }
    }

private:
    std::string_view method_;
    Shape shape_;
};

// FINSAM_SPLIT's parts: the state (one or two lines), the region, each municipality of the key.
Shape split_shape(const Grid& key_arg, const Grid& state_lines) {
    const Grid key = figures_of(key_arg, false).cells;
    const bool two = state_lines.is_single_cell() && state_lines.at(0, 0).is_number() && state_lines.at(0, 0).number == 2;
    const std::size_t municipalities = is_vector(key) ? std::clamp<std::size_t>(key.size(), 1, kMaxKeyCount) : 1;
    return Shape::vector((two ? 2 : 1) + 1 + municipalities, is_row(key));
}

// BUDGET_RESULT's row: one result per period column, right of a label column if there is one.
Shape result_shape(const Grid& income) {
    bool labelled = false;
    for (std::size_t r = 0; r < income.rows() && income.cols() >= 2 && !labelled; ++r) labelled = income.at(r, 0).is_text();
    return Shape::vector(std::max<std::size_t>(1, income.cols() - (labelled ? 1 : 0)), true);
}

// A budget range with no amount but zero is a reference to empty cells (Calc passes a single empty
// cell as 0), never a budget.
bool has_nonzero_amount(const Layout& layout) {
    for (const LayoutRow& row : layout.rows)
        for (const auto& a : row.amounts)
            if (a && !a->is_zero()) return true;
    return false;
}

Outcome<Money> read_contributions(const Grid& g, int arg) {
    auto c = read_single_amount(g, arg);
    if (c && c->ore() <= 0) return Problem{Fault::ContributionsNotPositive}.at(arg);
    return c;
}

Grid amounts_as(const std::vector<Money>& values, bool as_row) {
    std::vector<Cell> cells;
    cells.reserve(values.size());
    for (Money m : values) cells.push_back(Cell::of(m.to_double()));
    Grid column = Grid::column(std::move(cells));
    return as_row ? column.transposed() : column;
}

// An optional whole-number choice such as 1 or 2.
Outcome<int> read_choice(const Grid& g, int arg, int fallback, std::initializer_list<int> allowed, Fault otherwise) {
    auto v = read_optional_number(g, arg);
    if (!v) return v.problem();
    if (!*v) return fallback;
    for (int a : allowed)
        if (**v == a) return a;
    return Problem{otherwise}.at(arg);
}

// The unit printed after amounts in messages: "kr" unless the user says otherwise.
Outcome<std::string> read_unit(const Grid& g, int arg) {
    if (g.omitted()) return std::string("kr");
    if (!g.is_single_cell()) return Problem{Fault::NotSingleCellBrief}.at(arg);
    const Cell& c = g.at(0, 0);
    // Calc passes a reference to an empty cell as 0: no unit, as for an empty text.
    if (c.is_empty() || (c.is_number() && c.number == 0.0)) return std::string();
    if (!c.is_text() || c.text.size() > 12) return Problem{Fault::UnitNotShortText}.at(arg);
    return c.text;
}

// The staircase as the user keeps it: two columns (lower bound of the contributions, highest
// equity share); blank rows and a header row of text are passed over.
Outcome<std::vector<StaircaseStep>> read_staircase(const Grid& g, int arg) {
    if (g.omitted() || g.size() == 0) return Problem{Fault::RangeMissing}.at(arg);
    if (g.cols() != 2) {
        Problem p{Fault::StaircaseColumns};
        p.count = static_cast<std::int64_t>(g.cols());
        return std::move(p).at(arg);
    }
    std::vector<StaircaseStep> steps;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        const Cell &limit = g.at(r, 0), &share = g.at(r, 1);
        if (limit.is_empty() && share.is_empty()) continue;
        if (steps.empty() && !limit.is_number() && !share.is_number()) continue;  // header
        if (!limit.is_number()) return cell_fault(limit, arg, Where::row_col(r, 0));
        if (!share.is_number()) return cell_fault(share, arg, Where::row_col(r, 1));
        auto m = Money::from_double(limit.number);
        if (!m) return std::move(m.problem()).at(arg, Where::row_col(r, 0));
        if (!(share.number >= 0.0 && share.number <= 1.0)) return Problem{Fault::StaircaseShare}.at(arg, Where::row_only(r));
        if (!steps.empty() && *m <= steps.back().threshold)
            return Problem{Fault::StaircaseOrder}.at(arg, Where::row_only(r));
        steps.push_back({*m, static_cast<std::int64_t>(share.number * 1'000'000 + 0.5)});
    }
    if (steps.empty()) return Problem{Fault::StaircaseEmpty}.at(arg);
    return steps;
}

}  // namespace

Grid finsam_split(const Grid& total, const Grid& key, const Grid& step, const Grid& state_lines, const Grid& base) {
    const Answer fail("finsamSplit", split_shape(key, state_lines));
    return fail.guarded([&]() -> Grid {
        SplitSpec spec;
        auto amount = read_single_amount(total, kSplitTotal);
        if (!amount) return fail(amount.problem());
        spec.amount = *amount;
        // A year typed as a number above the key stays a weight: a municipality of 2 024 people
        // is as likely as a header there.
        auto weights = read_number_vector(figures_of(key, false), kSplitKey);
        if (!weights) return fail(weights.problem());
        spec.key = weights->values;
        auto rounding = read_optional_amount(step, kSplitStep);
        if (!rounding) return fail(rounding.problem());
        if (*rounding) spec.step = **rounding;
        auto lines = read_choice(state_lines, kSplitStateLines, 1, {1, 2}, Fault::StateLinesChoice);
        if (!lines) return fail(lines.problem());
        spec.state_lines = *lines;
        auto basis = read_choice(base, kSplitBase, 0, {0, 1}, Fault::BaseChoice);
        if (!basis) return fail(basis.problem());
        spec.amount_is_state_allocation = *basis == 1;
        auto parts = split_contributions(spec);
        if (!parts) return fail(parts.problem());
        return amounts_as(*parts, weights->is_row);
    });
}

Grid budget_result(const Grid& income, const Grid& costs) {
    const Answer fail("budgetResult", result_shape(income));
    return fail.guarded([&]() -> Grid {
        auto in = read_layout(income, kResultIncome, {.equity_draws_apart = true});
        if (!in) return fail(in.problem());
        auto out = read_layout(costs, kResultCosts);
        if (!out) return fail(out.problem());
        if (!has_nonzero_amount(*in)) return fail(Problem{Fault::NoAmounts}.at(kResultIncome));
        if (!has_nonzero_amount(*out)) return fail(Problem{Fault::NoAmounts}.at(kResultCosts));
        auto results = finsam::budget_result(*in, *out);
        if (!results) return fail(results.problem());
        return amounts_as(*results, true);
    });
}

Grid equity_projection(const Grid& opening_arg, const Grid& results_arg, const Grid& periods) {
    // A header above (or beside) the results or the openings is no amount; it names the periods.
    const Figures results = figures_of(results_arg, true), opening = figures_of(opening_arg, true);
    const Grid& r = results.cells;
    const Answer fail("equityProjection", is_vector(r) && r.size() > 0 ? Shape::vector(std::min<std::size_t>(r.size(), kMaxErrorCells), is_row(r)) : Shape{});
    return fail.guarded([&]() -> Grid {
        auto outcomes = read_amount_vector(results, kProjectionResults);
        if (!outcomes) return fail(outcomes.problem());
        const std::size_t n = outcomes->values.size();
        std::vector<EquityPeriod> chain(n);
        for (std::size_t i = 0; i < n; ++i) chain[i].result = outcomes->values[i];
        const std::vector<std::string>& names = !results.names.empty() ? results.names : opening.names;
        if (names.size() == n)
            for (std::size_t i = 0; i < n; ++i) chain[i].name = names[i];

        // One opening, or one per period with empty cells carried from the chain.
        if (opening.cells.size() == 1) {
            auto start = read_single_amount(opening.cells, kProjectionOpening);
            if (!start) return fail(start.problem());
            chain[0].opening = *start;
        } else {
            const Grid& o = opening.cells;
            if (o.rows() > 1 && o.cols() > 1)
                return fail(Problem{Fault::NotVectorOrCell}.at(kProjectionOpening));
            if (o.size() != n) {
                Problem p{Fault::CountMismatch};
                p.count = static_cast<std::int64_t>(o.size());
                p.other_count = static_cast<std::int64_t>(n);
                p.other_arg = kProjectionResults;
                return fail(std::move(p).at(kProjectionOpening));
            }
            for (std::size_t i = 0; i < n; ++i) {
                const Cell& c = o.cells()[i];
                if (c.is_empty()) continue;
                if (!c.is_number()) return fail(cell_fault(c, kProjectionOpening, opening.where(i)));
                auto m = Money::from_double(c.number);
                if (!m) return fail(std::move(m.problem()).at(kProjectionOpening, opening.where(i)));
                chain[i].opening = *m;
            }
        }
        if (!periods.omitted()) {
            if (periods.size() != n || (periods.rows() > 1 && periods.cols() > 1)) {
                Problem p{Fault::NamePerResult};
                p.count = static_cast<std::int64_t>(n);
                return fail(std::move(p).at(kProjectionPeriods));
            }
            for (std::size_t i = 0; i < n; ++i) {
                const Cell& c = periods.cells()[i];
                // A year typed as a number names its period; any other number names none.
                chain[i].name = c.is_text() ? c.text
                                : c.is_number() && std::isfinite(c.number) && std::fabs(c.number) < 1e15
                                    ? std::to_string(static_cast<long long>(c.number))
                                    : "";
            }
        }
        auto closing = finsam::equity_projection(chain);
        if (!closing) return fail(closing.problem());
        return amounts_as(*closing, outcomes->is_row);
    });
}

Grid finsam_check(const Grid& lines, const Grid& total, const Grid& tolerance, const Grid& unit) {
    const Answer fail("finsamCheck");
    return fail.guarded([&]() -> Grid {
        auto layout = read_layout(lines, kCheckLines);
        if (!layout) return fail(layout.problem());
        auto totals = read_amount_vector(total, kCheckTotal);
        if (!totals) return fail(totals.problem());
        if (totals->values.size() != layout->periods()) {
            Problem p{Fault::TotalPerPeriod};
            p.count = static_cast<std::int64_t>(totals->values.size());
            p.other_count = static_cast<std::int64_t>(layout->periods());
            p.other_arg = kCheckLines;
            return fail(std::move(p).at(kCheckTotal));
        }
        auto allowed = read_optional_amount(tolerance, kCheckTolerance);
        if (!allowed) return fail(allowed.problem());
        const Money tol = allowed->value_or(Money());
        if (tol.is_negative()) return fail(Problem{Fault::NegativeTolerance}.at(kCheckTolerance));
        auto unit_text = read_unit(unit, kCheckUnit);
        if (!unit_text) return fail(unit_text.problem());
        return text_cell(messages::sum_check(check_sum(*layout, totals->values, tol), layout->periods(), *unit_text));
    });
}

Grid equity_ceiling(const Grid& contributions, const Grid& staircase) {
    const Answer fail("equityCeiling");
    return fail.guarded([&]() -> Grid {
        auto c = read_contributions(contributions, kCeilingContributions);
        if (!c) return fail(c.problem());
        auto steps = read_staircase(staircase, kCeilingStaircase);
        if (!steps) return fail(steps.problem());
        auto ceiling = finsam::equity_ceiling(*c, *steps);
        if (!ceiling) return fail(ceiling.problem());
        return amounts_as({ceiling->amount}, false);
    });
}

Grid equity_ceiling_check(const Grid& equity, const Grid& contributions, const Grid& staircase, const Grid& unit) {
    const Answer fail("equityCeilingCheck");
    return fail.guarded([&]() -> Grid {
        auto e = read_single_amount(equity, kCeilingCheckEquity);
        if (!e) return fail(e.problem());
        auto c = read_contributions(contributions, kCeilingCheckContributions);
        if (!c) return fail(c.problem());
        auto steps = read_staircase(staircase, kCeilingCheckStaircase);
        if (!steps) return fail(steps.problem());
        auto u = read_unit(unit, kCeilingCheckUnit);
        if (!u) return fail(u.problem());
        auto excess = finsam::equity_ceiling_check(*e, *c, *steps);
        if (!excess) return fail(excess.problem());
        return text_cell(*excess ? messages::ceiling_excess(**excess, *u) : std::string(messages::kOk));
    });
}

namespace {

// FINSAM_AUDIT's cells for a report whose places are the range's (from its top-left cell).
Grid audit_answer(const AuditReport& report) {
    constexpr std::size_t kCols = 6;
    std::vector<const NotUnderstood*> cells;
    for (const NotUnderstood& u : report.not_understood)
        if (u.at_cell) cells.push_back(&u);
    const std::size_t n = report.findings.size() + cells.size();
    // A row per finding, a row per cell that could not be read, then the summary; at least
    // kAuditMinRows rows, so that a selection of up to that many rows shows empty cells below the
    // answer instead of #N/A (Calc fills what an array result leaves uncovered with #N/A, and
    // repeats a one-row result down the whole area). Cells without a figure hold an empty text.
    Grid out(std::max<std::size_t>(n + 1, kAuditMinRows), kCols);
    for (std::size_t r = 0; r < out.rows(); ++r)
        for (std::size_t c = 0; c < kCols; ++c) out.at(r, c) = Cell::of(std::string());
    std::size_t row = 0;
    for (const AuditFinding& f : report.findings) {
        out.at(row, 0) = Cell::of(messages::finding_label(f));
        out.at(row, 1) = Cell::of(messages::finding_period(f));
        out.at(row, 2) = Cell::of(f.stated.to_double());
        out.at(row, 3) = Cell::of(f.computed.to_double());
        out.at(row, 4) = Cell::of((f.stated - f.computed).to_double());
        out.at(row, 5) = Cell::of(messages::finding(f));
        ++row;
    }
    for (const NotUnderstood* u : cells) {
        out.at(row, 0) = Cell::of(u->label);
        out.at(row, 1) = Cell::of("kolumn " + messages::column_letters(u->col));
        out.at(row, 5) = Cell::of(messages::not_understood_place(*u) + ": " + messages::not_understood(*u) + ".");
        ++row;
    }
    // The summary stands under the findings, or alone in the first row.
    out.at(n == 0 ? 0 : n, 0) = Cell::of(messages::audit_summary(report));
    return out;
}

}  // namespace

Grid finsam_audit(const Grid& range) {
    const Answer fail("finsamAudit", Shape{2, 6});
    return fail.guarded([&]() -> Grid {
        if (range.omitted() || range.size() == 0) return fail(Problem{Fault::RangeMissing}.at(kAuditRange));
        return audit_answer(audit_grid(range));
    });
}

Grid finsam_audit(const std::optional<CompactSheet>& range) {
    const Answer fail("finsamAudit", Shape{2, 6});
    return fail.guarded([&]() -> Grid {
        if (!range) return fail(Problem{Fault::OutOfMemory});
        if (range->grid.size() == 0) return audit_answer(audit_grid(Grid(1, 1)));
        AuditReport report = audit_grid(range->grid);
        to_sheet_positions(report, *range);
        return audit_answer(report);
    });
}

}  // namespace finsam::calc
