// The audit's results and equity: a result against income − costs, closing equity against the
// opening plus the result.
#include "audit_column.hpp"
#include "labels.hpp"

#include <cstdint>
#include <string>

namespace finsam::audit {

namespace {

bool label_has(const LayoutRow& r, std::string_view word) {
    return normalize_label(r.label).find(word) != std::string::npos;
}

}  // namespace

// Income ends at the income total, or where costs begin, or at the first subtotal.
std::optional<std::size_t> ColumnAuditor::income_end(std::size_t from, std::size_t to) const {
    for (std::size_t p = from; p < to; ++p)
        if (rows_[p].kind == RowKind::Subtotal && label_has(rows_[p], "intäkt")) return p;
    for (std::size_t p = from; p < to; ++p)
        if (rows_[p].kind != RowKind::Line && label_has(rows_[p], "kostnad")) return p;
    for (std::size_t p = from; p < to; ++p)
        if (is_subtotal(rows_[p])) return p;
    return std::nullopt;
}

// Costs are printed negative when most of their lines are: one line whose sign was slipped does not
// turn the whole budget's convention (it made the result look wrong beside the line, issue 20).
namespace {
bool costs_printed_negative(std::size_t nonzero, std::size_t negative) { return 2 * negative > nonzero; }
}  // namespace

// What income − costs (plus the opening equity, for a closing-equity row) gives when the budget
// starts at `from`; nullopt when there are not both income and costs there.
std::optional<Money> ColumnAuditor::expected_result(std::size_t from, std::size_t i, bool closing) const {
    const auto split = income_end(from, i);
    if (!split) return std::nullopt;
    std::optional<Money> income, draws, costs;
    std::size_t nonzero = 0, negative = 0;
    for (std::size_t p = from; p < *split; ++p) {
        if (!is_line(rows_[p])) continue;
        auto& target = rows_[p].kind == RowKind::EquityDraw ? draws : income;
        target = target.value_or(Money()) + value(rows_[p]);
    }
    for (std::size_t p = *split + 1; p < i; ++p) {
        if (!is_line(rows_[p])) continue;
        costs = costs.value_or(Money()) + value(rows_[p]);
        nonzero += !value(rows_[p]).is_zero();
        negative += value(rows_[p]).is_negative();
    }
    if (!income || !costs) return std::nullopt;
    const Money out = costs_printed_negative(nonzero, negative) ? -*costs : *costs;
    return *income + (closing ? draws.value_or(Money()) : Money()) - out;
}

// expected_result from prefix sums and counts: the same sums and the same conditions, in constant
// time per budget start.
std::optional<Money> ColumnAuditor::expected_result_fast(std::size_t from, std::size_t i, bool closing) {
    const std::size_t n = rows_.size();
    if (!result_tables_) {
        ResultTables t;
        t.next_income_total.assign(n + 1, n);
        t.next_cost_heading.assign(n + 1, n);
        t.next_subtotal.assign(n + 1, n);
        for (std::size_t p = n; p-- > 0;) {
            const LayoutRow& r = rows_[p];
            bool income_total = false, cost_heading = false;  // a line is neither
            if (r.kind != RowKind::Line) {
                const std::string label = normalize_label(r.label);
                income_total = r.kind == RowKind::Subtotal && label.find("intäkt") != std::string::npos;
                cost_heading = label.find("kostnad") != std::string::npos;
            }
            t.next_income_total[p] = income_total ? p : t.next_income_total[p + 1];
            t.next_cost_heading[p] = cost_heading ? p : t.next_cost_heading[p + 1];
            t.next_subtotal[p] = is_subtotal(r) ? p : t.next_subtotal[p + 1];
        }
        t.income.assign(n + 1, 0);
        t.draws.assign(n + 1, 0);
        t.incomes.assign(n + 1, 0);
        t.costs.assign(n + 1, 0);
        t.nonzero.assign(n + 1, 0);
        t.negative.assign(n + 1, 0);
        for (std::size_t p = 0; p < n; ++p) {
            const LayoutRow& r = rows_[p];
            const bool line = is_line(r), draw = line && r.kind == RowKind::EquityDraw;
            const std::int64_t v = line ? value(r).ore() : 0;
            t.income[p + 1] = t.income[p] + (line && !draw ? v : 0);
            t.draws[p + 1] = t.draws[p] + (draw ? v : 0);
            t.incomes[p + 1] = t.incomes[p] + (line && !draw);
            t.costs[p + 1] = t.costs[p] + line;
            t.nonzero[p + 1] = t.nonzero[p] + (v != 0);
            t.negative[p + 1] = t.negative[p] + (v < 0);
        }
        result_tables_ = std::move(t);
    }
    const ResultTables& t = *result_tables_;
    // income_end(from, i)
    std::size_t split = t.next_income_total[from];
    if (split >= i) split = t.next_cost_heading[from];
    if (split >= i) split = t.next_subtotal[from];
    if (split >= i) return std::nullopt;
    // Income and draws in [from, split), costs in (split, i).
    const std::size_t c = split + 1;
    if (t.incomes[split] == t.incomes[from] || t.costs[i] == t.costs[c]) return std::nullopt;
    const Money income = Money::from_ore(t.income[split] - t.income[from]);
    const Money draws = Money::from_ore(t.draws[split] - t.draws[from]);
    const Money costs = Money::from_ore(line_prefix_[i] - line_prefix_[c]);
    const std::size_t nonzero = t.nonzero[i] - t.nonzero[c], negative = t.negative[i] - t.negative[c];
    const Money out = costs_printed_negative(nonzero, negative) ? -costs : costs;
    return income + (closing ? draws : Money()) - out;
}

void ColumnAuditor::check_result(std::size_t i) {
    // The budget a result closes starts after the previous result, or at one of the header rows in
    // between (a document may print the member table just above its budget).
    std::size_t from = 0;
    for (std::size_t p = i; p-- > 0;)
        if (rows_[p].kind == RowKind::Result) {
            from = p + 1;
            break;
        }
    std::vector<std::size_t> budget_starts{from};
    for (std::size_t p = from; p < i; ++p)
        if (rows_[p].kind == RowKind::ColumnText && rows_[p].label.empty()) budget_starts.push_back(p + 1);
    const bool closing = is_closing_equity_label(rows_[i].label);
    std::vector<Money> candidates;
    std::vector<std::size_t> begins;
    for (std::size_t s : budget_starts)
        if (auto e = by_definition_ ? expected_result(s, i, closing) : expected_result_fast(s, i, closing)) {
            candidates.push_back(*e);
            begins.push_back(s);
        }
    if (candidates.empty() && !closing) return check_result_of_sums(from, i);
    if (candidates.empty() && closing) return check_equity_table(i);
    judge(closing ? AuditCheck::ClosingEquity : AuditCheck::Result, i, candidates,
          [&](std::size_t k) { return result_terms(begins[k], i, closing); });
}

// The relation expected_result checks: the result (+1) against income (−1), equity drawn (−1, for
// closing equity) and costs (+1, or −1 where costs are printed negative).
ColumnAuditor::RowTerms ColumnAuditor::result_terms(std::size_t from, std::size_t i, bool closing) const {
    RowTerms t{{i, 1}};
    const auto split = income_end(from, i);
    if (!split) return t;
    std::size_t nonzero = 0, negative = 0;
    for (std::size_t p = *split + 1; p < i; ++p)
        if (is_line(rows_[p])) {
            nonzero += !value(rows_[p]).is_zero();
            negative += value(rows_[p]).is_negative();
        }
    const std::int64_t cost_sign = costs_printed_negative(nonzero, negative) ? -1 : 1;
    for (std::size_t p = from; p < *split; ++p)
        if (is_line(rows_[p]) && (rows_[p].kind != RowKind::EquityDraw || closing)) t.emplace_back(p, -1);
    for (std::size_t p = *split + 1; p < i; ++p)
        if (is_line(rows_[p])) t.emplace_back(p, cost_sign);
    return t;
}

// A result under a summary of sums ("Summa intäkter", "Summa kostnader", "Årets resultat") with
// no lines above it: income's sum less costs' (added when printed negative). The sums of each kind
// closest above it, with no line between them and the result.
void ColumnAuditor::check_result_of_sums(std::size_t from, std::size_t i) {
    std::optional<std::size_t> income, costs;
    for (std::size_t p = i; p-- > from;) {
        const LayoutRow& r = rows_[p];
        if (is_line(r)) return;
        if (!is_subtotal(r)) continue;
        const MoneyKind k = kind_of(r.label);
        if (k == MoneyKind::Income && !income) income = p;
        if (k == MoneyKind::Costs && !costs) costs = p;
    }
    if (!income || !costs) return;
    const std::int64_t cost_sign = value(rows_[*costs]).is_negative() ? 1 : -1;
    const Money expected = value(rows_[*income]) + (cost_sign > 0 ? value(rows_[*costs]) : -value(rows_[*costs]));
    judge(AuditCheck::Result, i, {expected}, [&](std::size_t) {
        return RowTerms{{i, 1}, {*income, -1}, {*costs, -cost_sign}};
    });
}

// An equity table: an opening equity row (or an earlier closing), results, then the closing; or
// the result printed first ("Årets resultat", "Eget kapital 1 januari", "Eget kapital 31
// december"): the results right above the opening row.
void ColumnAuditor::check_equity_table(std::size_t i) {
    std::optional<Money> results;
    const auto is_result = [&](std::size_t q) {
        return rows_[q].kind == RowKind::Result && has_value(rows_[q]) && !is_closing_equity_label(rows_[q].label);
    };
    for (std::size_t p = i; p-- > 0;) {
        const LayoutRow& r = rows_[p];
        if (!has_value(r)) continue;
        const bool closing = r.kind == RowKind::Result && is_closing_equity_label(r.label);
        if (r.kind == RowKind::Result && !closing) {
            results = results.value_or(Money()) + value(r);
        } else if (r.kind == RowKind::EquityDraw || closing) {
            std::size_t first = p + 1;  // the results taken in: [first, i) or [first, p)
            if (!results && r.kind == RowKind::EquityDraw)
                for (std::size_t q = p; q-- > 0 && is_result(q);) {
                    results = results.value_or(Money()) + value(rows_[q]);
                    first = q;
                }
            if (results)
                judge(AuditCheck::EquityTable, i, {value(r) + *results}, [&](std::size_t) {
                    RowTerms t{{i, 1}, {p, -1}};
                    for (std::size_t q = first; q < i; ++q)
                        if (q != p && is_result(q)) t.emplace_back(q, -1);
                    return t;
                });
            return;
        } else {
            return;  // lines: not an equity table
        }
    }
}

}  // namespace finsam::audit
