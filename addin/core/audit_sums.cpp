// The audit's sums: subtotals against their group's lines, totals against their subtotals.
#include "audit_column.hpp"
#include "labels.hpp"
#include "units.hpp"

namespace finsam::audit {

// Where a run of lines may start: the top, and after every heading, blank row, the table's own
// header, subtotal or result.
std::vector<std::size_t> ColumnAuditor::starts(std::size_t from, std::size_t to) const {
    std::vector<std::size_t> s{from};
    for (std::size_t p = from; p < to; ++p) {
        const RowKind k = rows_[p].kind;
        if (k != RowKind::Line && k != RowKind::EquityDraw) s.push_back(p + 1);
    }
    return s;
}

std::optional<Money> ColumnAuditor::lines_sum(std::size_t from, std::size_t to) const {
    std::optional<Money> sum;
    for (std::size_t p = from; p < to; ++p)
        if (is_line(rows_[p])) sum = sum.value_or(Money()) + value(rows_[p]);
    return sum;
}

// The printed subtotals in [from, to) plus the lines after the last of them.
std::optional<Money> ColumnAuditor::structure_sum(std::size_t from, std::size_t to) const {
    std::optional<Money> sum;
    std::size_t after = from;
    for (std::size_t p = from; p < to; ++p)
        if (is_subtotal(rows_[p])) {
            sum = sum.value_or(Money()) + value(rows_[p]);
            after = p + 1;
        }
    if (!sum) return std::nullopt;
    if (auto tail = lines_sum(after, to)) *sum += *tail;
    return sum;
}

void ColumnAuditor::check_subtotal(std::size_t i) {
    // Totals may reach over sub-headings that repeat the unit ("Interna kostnader | Tkr"), not
    // over a header naming periods ("Medlem | 2020"): a new table starts there.
    std::size_t top = 0;
    for (std::size_t p = i; p-- > 0;)
        if (rows_[p].kind == RowKind::ColumnText && !is_unit_heading(normalize_label(rows_[p].column_text))) {
            top = p + 1;
            break;
        }
    std::optional<std::size_t> prev_sub;
    for (std::size_t p = i; p-- > top;)
        if (is_subtotal(rows_[p])) {
            prev_sub = p;
            break;
        }
    std::size_t group_from = prev_sub ? *prev_sub + 1 : top;
    // A group's lines never reach over a header in their column (a new table starts there).
    for (std::size_t p = i; p-- > group_from;)
        if (rows_[p].kind == RowKind::ColumnText) {
            group_from = p + 1;
            break;
        }
    std::vector<Money> candidates;
    for (std::size_t b : starts(top, i)) {
        if (auto s = lines_sum(b, i)) candidates.push_back(*s);
        if (b < group_from)  // a total reaching over earlier subtotals
            if (auto s = structure_sum(b, i)) candidates.push_back(*s);
    }
    judge(AuditCheck::SumOfLines, i, candidates);
}

// A total over printed subtotals alone, from some start above: the only sum a column of printed
// totals can be checked for.
void ColumnAuditor::check_total_of_subtotals(std::size_t i) {
    // A group's own subtotal (lines of the table between it and the subtotal before it) has
    // nothing to be checked against here.
    for (std::size_t p = i; p-- > 0 && !is_subtotal(rows_[p]);)
        if (row_has_amount_[rows_[p].source_row] && rows_[p].kind != RowKind::Subtotal) return;
    std::vector<Money> candidates;
    for (std::size_t b : starts(0, i)) {
        std::size_t count = 0;
        bool lines = false;
        for (std::size_t p = b; p < i; ++p) {
            count += is_subtotal(rows_[p]);
            lines = lines || is_line(rows_[p]);
        }
        if (count >= 2 && !lines) candidates.push_back(*structure_sum(b, i));
    }
    judge(AuditCheck::TotalOfSubtotals, i, candidates);
}

}  // namespace finsam::audit
