// The audit's results and equity: a result against income − costs, closing equity against the
// opening plus the result.
#include "audit_column.hpp"
#include "labels.hpp"

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

// What income − costs (plus the opening equity, for a closing-equity row) gives when the budget
// starts at `from`; nullopt when there are not both income and costs there.
std::optional<Money> ColumnAuditor::expected_result(std::size_t from, std::size_t i, bool closing) const {
    const auto split = income_end(from, i);
    if (!split) return std::nullopt;
    std::optional<Money> income, draws, costs;
    bool costs_all_negative = true, some_cost = false;
    for (std::size_t p = from; p < *split; ++p) {
        if (!is_line(rows_[p])) continue;
        auto& target = rows_[p].kind == RowKind::EquityDraw ? draws : income;
        target = target.value_or(Money()) + value(rows_[p]);
    }
    for (std::size_t p = *split + 1; p < i; ++p) {
        if (!is_line(rows_[p])) continue;
        costs = costs.value_or(Money()) + value(rows_[p]);
        if (!value(rows_[p]).is_zero()) {
            some_cost = true;
            costs_all_negative = costs_all_negative && value(rows_[p]).is_negative();
        }
    }
    if (!income || !costs) return std::nullopt;
    const Money out = some_cost && costs_all_negative ? -*costs : *costs;
    return *income + (closing ? draws.value_or(Money()) : Money()) - out;
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
    for (std::size_t s : budget_starts)
        if (auto e = expected_result(s, i, closing)) candidates.push_back(*e);
    if (candidates.empty() && closing) return check_equity_table(i);
    judge(closing ? AuditCheck::ClosingEquity : AuditCheck::Result, i, candidates);
}

// An equity table: an opening equity row (or an earlier closing), results, then the closing.
void ColumnAuditor::check_equity_table(std::size_t i) {
    std::optional<Money> results;
    for (std::size_t p = i; p-- > 0;) {
        const LayoutRow& r = rows_[p];
        if (!has_value(r)) continue;
        const bool closing = r.kind == RowKind::Result && is_closing_equity_label(r.label);
        if (r.kind == RowKind::Result && !closing) {
            results = results.value_or(Money()) + value(r);
        } else if (r.kind == RowKind::EquityDraw || closing) {
            if (results) judge(AuditCheck::EquityTable, i, {value(r) + *results});
            return;
        } else {
            return;  // lines: not an equity table
        }
    }
}

}  // namespace finsam::audit
