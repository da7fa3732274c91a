// The audit's sums: subtotals against their group's lines, totals against their subtotals.
//
// A subtotal is right when it equals any of its candidates: the lines from some start above it, or
// (reaching over earlier subtotals) those subtotals plus the lines after the last of them. There are
// as many candidates as starts, so the checks keep them in a sweep down the column: prefix sums give
// each candidate as a difference, CandidateSums finds the figure among them or the closest one, and
// each row is taken in once. The same checks by definition (every candidate summed row by row) are
// kept for columns whose sums could overflow, and as the reference the unit tests compare with.
#include "audit_column.hpp"
#include "labels.hpp"
#include "units.hpp"

#include <cstdint>
#include <iterator>
#include <limits>

namespace finsam::audit {

namespace {

__extension__ typedef __int128 Wide;

// A header naming periods ("Medlem | 2020") starts a new table; one repeating the unit
// ("Interna kostnader | Tkr") does not.
bool starts_table(const LayoutRow& r) {
    return r.kind == RowKind::ColumnText && !is_unit_heading(normalize_label(r.column_text));
}

bool is_line_kind(RowKind k) { return k == RowKind::Line || k == RowKind::EquityDraw; }

}  // namespace

ColumnAuditor::ColumnAuditor(const Column& c, const std::vector<bool>& row_has_amount, AuditReport& report,
                             bool by_definition)
    : c_(c), rows_(c.rows), row_has_amount_(row_has_amount), report_(report), by_definition_(by_definition) {
    if (by_definition_) return;
    Wide magnitude = 0;
    for (const LayoutRow& r : rows_)
        if (has_value(r)) magnitude += value(r).is_negative() ? -static_cast<Wide>(value(r).ore()) : value(r).ore();
    if (magnitude > std::numeric_limits<std::int64_t>::max()) {
        by_definition_ = true;
        return;
    }
    line_prefix_.assign(rows_.size() + 1, 0);
    sub_prefix_.assign(rows_.size() + 1, 0);
    line_count_.assign(rows_.size() + 1, 0);
    sub_count_.assign(rows_.size() + 1, 0);
    for (std::size_t p = 0; p < rows_.size(); ++p) {
        line_prefix_[p + 1] = line_prefix_[p] + (is_line(rows_[p]) ? value(rows_[p]).ore() : 0);
        sub_prefix_[p + 1] = sub_prefix_[p] + (is_subtotal(rows_[p]) ? value(rows_[p]).ore() : 0);
        line_count_[p + 1] = line_count_[p] + is_line(rows_[p]);
        sub_count_[p + 1] = sub_count_[p] + is_subtotal(rows_[p]);
    }
}

std::optional<CandidateSums::Closest> CandidateSums::closest(std::int64_t base, std::int64_t stated) const {
    if (first_.empty()) return std::nullopt;
    // A candidate base − key is as far from `stated` as the key is from base − stated.
    const Wide target = static_cast<Wide>(base) - stated;
    std::optional<Closest> best;
    const auto consider = [&](std::map<std::int64_t, std::size_t>::const_iterator it) {
        const Wide d = it->first - target;
        const Closest c{static_cast<std::int64_t>(base - static_cast<Wide>(it->first)),
                        static_cast<std::uint64_t>(d < 0 ? -d : d), it->second};
        best = better(best, c);
    };
    // The keys nearest the target: the first at or above it, and the last below it.
    const auto it = first_.lower_bound(static_cast<std::int64_t>(target));
    if (it != first_.end()) consider(it);
    if (it != first_.begin()) consider(std::prev(it));
    return best;
}

const std::optional<CandidateSums::Closest>& CandidateSums::better(const std::optional<Closest>& a,
                                                                 const std::optional<Closest>& b) {
    if (!a) return b;
    if (!b) return a;
    if (a->distance != b->distance) return a->distance < b->distance ? a : b;
    return a->order <= b->order ? a : b;
}

void ColumnAuditor::judge(AuditCheck check, std::size_t i, const std::optional<CandidateSums::Closest>& closest,
                          const SpanOf& span_of) {
    if (!closest) return;
    ++report_.checks;
    const bool broken = closest->distance != 0;
    if (broken) find(check, i, Money::from_ore(closest->value));
    if (!log_ && !broken && spans_ && !line_count_.empty()) {
        const auto [b, structure] = span_of(closest->order);
        spans_->emplace(rows_[i].source_row, Span{b < rows_.size() ? rows_[b].source_row : rows_[i].source_row, structure,
                                                  line_count_[i] - line_count_[b], sub_count_[i] - sub_count_[b]});
    }
    if (recording()) record(check, i, sum_relation(i, broken, span_of(closest->order)), 0, broken);
}

ColumnAuditor::RowTerms ColumnAuditor::sum_relation(std::size_t i, bool broken, std::pair<std::size_t, bool> candidate) {
    if (broken && spans_) {
        if (const auto it = spans_->find(rows_[i].source_row); it != spans_->end()) {
            // The first row of this column at or below the start row.
            const Span& span = it->second;
            std::size_t b = i, lines = 0, subtotals = 0;
            for (std::size_t p = 0; p < i; ++p)
                if (rows_[p].source_row >= span.start_row) {
                    b = p;
                    break;
                }
            for (std::size_t p = b; p < i; ++p) {
                lines += is_line(rows_[p]);
                subtotals += is_subtotal(rows_[p]);
            }
            RowTerms t = sum_terms(i, b, span.structure);
            // Only where this period has the same figures there as the period where it holds.
            if (t.size() > 1 && lines == span.lines && subtotals == span.subtotals) {
                Money sum;
                for (std::size_t k = 1; k < t.size(); ++k) sum += value(rows_[t[k].first]);
                if (sum != value(rows_[i])) {  // a span giving the printed figure would have held: not this one
                    report_.findings.back().computed = sum;
                    return t;
                }
            }
        }
    }
    return sum_terms(i, candidate.first, candidate.second);
}

ColumnAuditor::RowTerms ColumnAuditor::sum_terms(std::size_t i, std::size_t b, bool structure) const {
    RowTerms t{{i, 1}};
    std::size_t after = b;
    if (structure)
        for (std::size_t p = b; p < i; ++p)
            if (is_subtotal(rows_[p])) {
                t.emplace_back(p, -1);
                after = p + 1;
            }
    for (std::size_t p = after; p < i; ++p)
        if (is_line(rows_[p])) t.emplace_back(p, -1);
    return t;
}

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

// Candidates of a subtotal at row i, in order: for every start b of a run of lines from the top of
// its table (after the last header naming periods) down to i, the lines from b (if any), then, if b
// is above the group's first line, the subtotals from b plus the lines after the last of them (if
// any subtotal: that is when b is at or above the previous subtotal, since a group begins after it
// or further down, after a header in the column).
void ColumnAuditor::check_subtotal(std::size_t i) {
    if (by_definition_) return check_subtotal_by_definition(i);
    sweep_to(i);
    const Sweep& s = sweep_;
    const std::int64_t stated = value(rows_[i]).ore();
    // The candidate closest to `figure`: lines from a start, or subtotals and the lines after them.
    const auto closest_to = [&](std::int64_t figure) {
        std::optional<CandidateSums::Closest> structure;
        if (s.last_sub) {
            const std::int64_t tail = line_prefix_[i] - line_prefix_[*s.last_sub + 1];
            structure = s.structure.closest(sub_prefix_[i] + tail, figure);
        }
        return CandidateSums::better(s.lines.closest(line_prefix_[i], figure), structure);
    };
    const auto span_of = [](std::size_t order) { return std::pair(order / 2, order % 2 == 1); };
    const auto closest = closest_to(stated);
    // For the diagnosis: a broken sum whose figure, with its sign turned, is one of its candidates
    // is read over that candidate's rows (a sign slip), not the rows that merely come closest.
    if (recording() && closest && closest->distance != 0 && stated != 0) {
        if (const auto flipped = closest_to(-stated); flipped && flipped->distance == 0) {
            const std::size_t order = flipped->order;
            return judge(AuditCheck::SumOfLines, i, closest, [&](std::size_t) { return span_of(order); });
        }
        // The run of lines right above it, when one slip in it (or in the sum) explains the
        // difference there: a group's own lines before rows that merely come closer.
        const std::size_t start = s.starts.back();
        if (start < i) {
            // No overflow: below by_definition_'s bound every figure and partial sum here fits, and so
            // does their difference; a line corrected by it is checked in 128 bits first.
            const std::int64_t natural = line_prefix_[i] - line_prefix_[start], diff = stated - natural;
            bool slip = digit_slip(Money::from_ore(stated), Money::from_ore(natural)) != SlipKind::None;
            for (std::size_t p = start; p < i && !slip; ++p) {
                const WideInt corrected = static_cast<WideInt>(value(rows_[p]).ore()) + diff;
                slip = is_line(rows_[p]) && corrected <= Money::kMaxOre && corrected >= -Money::kMaxOre &&
                       digit_slip(value(rows_[p]), Money::from_ore(static_cast<std::int64_t>(corrected))) !=
                           SlipKind::None;
            }
            if (slip && diff != 0 && static_cast<std::uint64_t>(diff < 0 ? -diff : diff) != closest->distance)
                return judge(AuditCheck::SumOfLines, i, closest, [&](std::size_t) { return std::pair(start, false); });
        }
    }
    judge(AuditCheck::SumOfLines, i, closest, span_of);
}

// Takes in the rows above i: the starts of runs, and as lines and subtotals come, the starts above
// them become candidates (in order: key line_prefix_[b] or sub_prefix_[b], place 2b or 2b + 1).
void ColumnAuditor::sweep_to(std::size_t i) {
    Sweep& s = sweep_;
    for (; s.next < i; ++s.next) {
        const std::size_t p = s.next;
        const LayoutRow& r = rows_[p];
        if (starts_table(r)) {
            s.starts.assign(1, p + 1);
            s.in_lines = s.in_structure = 0;
            s.last_sub.reset();
            s.lines.clear();
            s.structure.clear();
            continue;
        }
        if (!is_line_kind(r.kind)) s.starts.push_back(p + 1);
        if (is_line(r)) {
            for (; s.in_lines < s.starts.size() && s.starts[s.in_lines] <= p; ++s.in_lines)
                s.lines.add(line_prefix_[s.starts[s.in_lines]], 2 * s.starts[s.in_lines]);
        }
        if (is_subtotal(r)) {
            s.last_sub = p;
            for (; s.in_structure < s.starts.size() && s.starts[s.in_structure] <= p; ++s.in_structure)
                s.structure.add(sub_prefix_[s.starts[s.in_structure]], 2 * s.starts[s.in_structure] + 1);
        }
    }
}

void ColumnAuditor::check_subtotal_by_definition(std::size_t i) {
    // Totals may reach over sub-headings that repeat the unit ("Interna kostnader | Tkr"), not
    // over a header naming periods ("Medlem | 2020"): a new table starts there.
    std::size_t top = 0;
    for (std::size_t p = i; p-- > 0;)
        if (starts_table(rows_[p])) {
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
    std::vector<std::pair<std::size_t, bool>> spans;  // each candidate's start, and whether over subtotals
    for (std::size_t b : starts(top, i)) {
        if (auto s = lines_sum(b, i)) {
            candidates.push_back(*s);
            spans.emplace_back(b, false);
        }
        if (b < group_from)  // a total reaching over earlier subtotals
            if (auto s = structure_sum(b, i)) {
                candidates.push_back(*s);
                spans.emplace_back(b, true);
            }
    }
    judge(AuditCheck::SumOfLines, i, candidates,
          [&](std::size_t k) { return sum_terms(i, spans[k].first, spans[k].second); });
}

// A total over printed subtotals alone, from some start above: the only sum a column of printed
// totals can be checked for. Candidates, in order: for every start b (from the top) with two or
// more subtotals and no line between it and i, those subtotals.
void ColumnAuditor::check_total_of_subtotals(std::size_t i) {
    // A group's own subtotal (lines of the table between it and the subtotal before it) has
    // nothing to be checked against here.
    for (std::size_t p = i; p-- > 0 && !is_subtotal(rows_[p]);)
        if (row_has_amount_[rows_[p].source_row] && rows_[p].kind != RowKind::Subtotal) return;
    if (by_definition_) return check_total_of_subtotals_by_definition(i);
    sweep_totals_to(i);
    judge(AuditCheck::TotalOfSubtotals, i, sweep_.structure.closest(sub_prefix_[i], value(rows_[i]).ore()),
          [](std::size_t b) { return std::pair(b, true); });
}

// Takes in the rows above i for check_total_of_subtotals: a start becomes a candidate (key
// sub_prefix_[b], place b) once two subtotals stand below it, and no candidate outlives a line.
void ColumnAuditor::sweep_totals_to(std::size_t i) {
    Sweep& s = sweep_;
    for (; s.next < i; ++s.next) {
        const std::size_t p = s.next;
        const LayoutRow& r = rows_[p];
        if (!is_line_kind(r.kind)) s.starts.push_back(p + 1);
        if (is_line(r)) {  // every start so far is above it
            s.structure.clear();
            s.in_structure = s.starts.size();
        }
        if (is_subtotal(r)) {
            s.sub_before = s.last_sub;
            s.last_sub = p;
            if (!s.sub_before) continue;
            for (; s.in_structure < s.starts.size() && s.starts[s.in_structure] <= *s.sub_before; ++s.in_structure)
                s.structure.add(sub_prefix_[s.starts[s.in_structure]], s.starts[s.in_structure]);
        }
    }
}

void ColumnAuditor::check_total_of_subtotals_by_definition(std::size_t i) {
    std::vector<Money> candidates;
    std::vector<std::size_t> from;
    for (std::size_t b : starts(0, i)) {
        std::size_t count = 0;
        bool lines = false;
        for (std::size_t p = b; p < i; ++p) {
            count += is_subtotal(rows_[p]);
            lines = lines || is_line(rows_[p]);
        }
        if (count >= 2 && !lines) {
            candidates.push_back(*structure_sum(b, i));
            from.push_back(b);
        }
    }
    judge(AuditCheck::TotalOfSubtotals, i, candidates, [&](std::size_t k) { return sum_terms(i, from[k], true); });
}

}  // namespace finsam::audit
