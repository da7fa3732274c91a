// The audit's sums: subtotals against their group's lines, totals against their subtotals.
//
// A subtotal is right when it equals one of its candidates: the lines from a start of its own block
// (sum_starts: issue 20, what a sum covers), or (reaching over earlier subtotals) those subtotals
// plus the lines after the last of them. Prefix sums give each candidate as a difference; columns
// whose sums could overflow, and the unit tests' reference, sum every candidate row by row. Totals
// in a column of printed totals are kept in a sweep down the column (CandidateSums).
#include "audit_column.hpp"
#include "labels.hpp"
#include "units.hpp"

#include <algorithm>
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
    for (std::size_t p = 0; p < rows_.size(); ++p) {
        if (is_line(rows_[p])) line_rows_.push_back(p);
        if (is_subtotal(rows_[p])) sub_rows_.push_back(p);
    }
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
            // (Rows are in the order of the grid's rows.)
            std::size_t b = static_cast<std::size_t>(
                std::partition_point(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(i),
                                     [&](const LayoutRow& r) { return r.source_row < span.start_row; }) -
                rows_.begin());
            const auto [l0, l1] = within(line_rows_, b, i);
            const auto [s0, s1] = within(sub_rows_, b, i);
            const std::size_t lines = static_cast<std::size_t>(l1 - l0), subtotals = static_cast<std::size_t>(s1 - s0);
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

std::pair<std::vector<std::size_t>::const_iterator, std::vector<std::size_t>::const_iterator>
ColumnAuditor::within(const std::vector<std::size_t>& rows, std::size_t from, std::size_t to) {
    const auto first = std::lower_bound(rows.begin(), rows.end(), from);
    return {first, std::lower_bound(first, rows.end(), std::max(from, to))};
}

ColumnAuditor::RowTerms ColumnAuditor::sum_terms(std::size_t i, std::size_t b, bool structure) const {
    RowTerms t{{i, 1}};
    std::size_t after = b;
    if (structure)
        for (auto [p, end] = within(sub_rows_, b, i); p != end; ++p) {
            t.emplace_back(*p, -1);
            after = *p + 1;
        }
    for (auto [p, end] = within(line_rows_, after, i); p != end; ++p) t.emplace_back(*p, -1);
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

// The kind of money a label names: costs ("Summa kostnader", "Personalkostnader") or income
// ("Summa intäkter", "Ränteintäkter", "Summa medlemsbidrag"); a label naming both names neither.
ColumnAuditor::MoneyKind ColumnAuditor::kind_of(const std::string& raw) {
    const std::string l = normalize_label(raw);
    const bool cost = l.find("kostnad") != std::string::npos;
    const bool income = l.find("intäkt") != std::string::npos || l.find("medlemsbidrag") != std::string::npos ||
                        l.find("finansiering") != std::string::npos;
    if (cost == income) return MoneyKind::None;
    return cost ? MoneyKind::Costs : MoneyKind::Income;
}

// Where the lines of a sum at row i may start (issue 20, what a sum covers). A sum covers its own
// block: never above the table's header, a result, a heading of its own name ("Kostnader" for
// "Summa kostnader"), nor a row naming the other kind of money (a cost sum never takes in income).
// Inside the block the lines may start at its top, right after the previous sum (a group's own
// lines), or after a heading or blank row that opens what follows it; not after a heading whose
// group is closed by a sum before i, nor after an earlier sum, nor after a varav row (a part of the
// line above): starting there would leave a whole group out, and a sum that left out a group would
// agree with the rest.
std::vector<std::size_t> ColumnAuditor::sum_starts(std::size_t i) const {
    return sum_starts(i, kind_of(rows_[i].label), summed_name(rows_[i].label));
}

// What sum_starts needs of the column, built once (linear): each row's kind of money, the nearest
// barriers above each row, the headings by name, and the starts after open headings.
const ColumnAuditor::BlockIndex& ColumnAuditor::block_index() const {
    if (block_index_) return *block_index_;
    BlockIndex x;
    const std::size_t n = rows_.size();
    x.barrier.assign(n + 1, 0);
    x.after_income.assign(n + 1, 0);
    x.after_costs.assign(n + 1, 0);
    x.last_sum.assign(n + 1, BlockIndex::kNone);
    for (std::size_t p = 0; p < n; ++p) {
        const LayoutRow& r = rows_[p];
        const MoneyKind k = r.label.empty() ? MoneyKind::None : kind_of(r.label);
        x.barrier[p + 1] = starts_table(r) || r.kind == RowKind::Result ? p + 1 : x.barrier[p];
        x.after_income[p + 1] = k == MoneyKind::Income ? p + 1 : x.after_income[p];
        x.after_costs[p + 1] = k == MoneyKind::Costs ? p + 1 : x.after_costs[p];
        x.last_sum[p + 1] = is_subtotal(r) ? p : x.last_sum[p];
        if (r.kind == RowKind::Heading) x.headings[normalize_label(r.label)].push_back(p);
    }
    // A heading (or blank row) is closed when the lines under it end at a sum: run_end[p] is that
    // sum's row (kNone: open).
    x.run_end.assign(n, BlockIndex::kNone);
    for (std::size_t p = n; p-- > 0;) {
        const RowKind k = rows_[p].kind;
        if (is_line_kind(k) || k == RowKind::Part || k == RowKind::Subtotal) continue;
        std::size_t q = p + 1;
        while (q < n && (is_line_kind(rows_[q].kind) || rows_[q].kind == RowKind::Part)) ++q;
        if (q > p + 1 && q < n && rows_[q].kind == RowKind::Subtotal) x.run_end[p] = q;
        else x.open_starts.push_back(p + 1);
    }
    std::reverse(x.open_starts.begin(), x.open_starts.end());
    block_index_ = std::move(x);
    return *block_index_;
}

std::vector<std::size_t> ColumnAuditor::sum_starts(std::size_t i, MoneyKind kind, const std::string& name) const {
    const BlockIndex& x = block_index();
    std::size_t from = x.barrier[i];
    if (kind == MoneyKind::Costs) from = std::max(from, x.after_income[i]);
    if (kind == MoneyKind::Income) from = std::max(from, x.after_costs[i]);
    if (!name.empty())
        if (const auto it = x.headings.find(name); it != x.headings.end()) {
            const auto above = std::lower_bound(it->second.begin(), it->second.end(), i);
            if (above != it->second.begin()) from = std::max(from, *std::prev(above) + 1);
        }
    std::vector<std::size_t> s{from};
    // After the previous sum: a group's own lines.
    if (x.last_sum[i] != BlockIndex::kNone && x.last_sum[i] >= from) s.push_back(x.last_sum[i] + 1);
    // After the heading right above i's own lines, open or closed by i itself.
    std::size_t h = i;
    while (h > from && (is_line_kind(rows_[h - 1].kind) || rows_[h - 1].kind == RowKind::Part)) --h;
    if (h > from && rows_[h - 1].kind != RowKind::Subtotal) s.push_back(h);
    // After the open headings in the block: the nearest kOpenStarts of them (a column of thousands
    // of blank rows must not make every sum quadratic; the widest reach is `from` anyway).
    const auto lo = std::upper_bound(x.open_starts.begin(), x.open_starts.end(), from);
    auto hi = std::upper_bound(x.open_starts.begin(), x.open_starts.end(), i);
    for (std::size_t taken = 0; hi != lo && taken < BlockIndex::kOpenStarts; ++taken) s.push_back(*--hi);
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
}

// The candidates of a subtotal at row i, in order: for every start b of sum_starts(i), the lines
// from b (if any), then the subtotals from b plus the lines after the last of them (if any
// subtotal).
std::vector<ColumnAuditor::SumCandidate> ColumnAuditor::sum_candidates(std::size_t i) const {
    return sum_candidates(i, sum_starts(i));
}

std::vector<ColumnAuditor::SumCandidate> ColumnAuditor::sum_candidates(std::size_t i,
                                                                       const std::vector<std::size_t>& starts) const {
    std::vector<SumCandidate> out;
    for (std::size_t b : starts) {
        if (by_definition_) {
            if (auto s = lines_sum(b, i)) out.push_back({*s, b, false});
            if (auto s = structure_sum(b, i)) out.push_back({*s, b, true});
            continue;
        }
        if (line_count_[i] > line_count_[b]) out.push_back({Money::from_ore(line_prefix_[i] - line_prefix_[b]), b, false});
        if (sub_count_[i] > sub_count_[b]) {
            const std::size_t last = block_index().last_sum[i] + 1;
            out.push_back({Money::from_ore(sub_prefix_[i] - sub_prefix_[b] + line_prefix_[i] - line_prefix_[last]), b,
                           true});
        }
    }
    return out;
}

// A total printed right under a negative cost sum with a figure of the other sign ("Summa
// kostnader -9 850", "Total budget 9 850"), or named the budget's total right under the costs' sum,
// is no sum of the costs: it sums the income block above them, as a sum standing where the cost
// block begins would. That row; nullopt for any other sum.
std::optional<std::size_t> ColumnAuditor::income_block_end(std::size_t i) const {
    if (kind_of(rows_[i].label) != MoneyKind::None) return std::nullopt;
    std::size_t c = i;
    while (c > 0 && rows_[c - 1].kind == RowKind::Blank) --c;
    if (c == 0 || !is_subtotal(rows_[c - 1]) || kind_of(rows_[c - 1].label) != MoneyKind::Costs) return std::nullopt;
    // By its name ("Total budget", "Budget totalt", "Total omslutning"): in every column, a change
    // column too; else by its sign against the costs'.
    const std::string label = normalize_label(rows_[i].label);
    const bool named = label.find("budget") != std::string::npos || label.find("omslutning") != std::string::npos;
    if (!named && (value(rows_[i]).is_negative() || value(rows_[i]).is_zero() || !value(rows_[c - 1]).is_negative()))
        return std::nullopt;
    std::size_t begin = sum_starts(c - 1).front();
    // The heading that opens the costs ("Kostnader") belongs to them.
    while (begin > 0 && (rows_[begin - 1].kind == RowKind::Heading || rows_[begin - 1].kind == RowKind::Blank)) --begin;
    return begin;
}

void ColumnAuditor::check_subtotal(std::size_t i) {
    if (const auto end = income_block_end(i)) {
        const std::vector<SumCandidate> income = sum_candidates(*end, sum_starts(*end, MoneyKind::Income, {}));
        std::vector<Money> sums;
        for (const SumCandidate& c : income) sums.push_back(c.sum);
        return judge(AuditCheck::SumOfLines, i, sums, [&](std::size_t k) {
            RowTerms t = sum_terms(*end, income[k].start, income[k].structure);
            t.front().first = i;
            return t;
        });
    }
    const std::vector<SumCandidate> candidates = sum_candidates(i);
    const std::int64_t stated = value(rows_[i]).ore();
    // The candidate closest to `figure`, ties to the first listed.
    const auto closest_to = [&](std::int64_t figure) {
        std::optional<CandidateSums::Closest> best;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            const WideInt d = static_cast<WideInt>(candidates[k].sum.ore()) - figure;
            const CandidateSums::Closest c{candidates[k].sum.ore(), static_cast<std::uint64_t>(d < 0 ? -d : d), k};
            best = CandidateSums::better(best, c);
        }
        return best;
    };
    const auto span_of = [&](std::size_t k) { return std::pair(candidates[k].start, candidates[k].structure); };
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
        std::size_t start = i;
        for (const SumCandidate& c : candidates)
            if (!c.structure) start = c.start;
        if (start < i && !by_definition_) {
            // No overflow: below by_definition_'s bound every figure and partial sum here fits, and so
            // does their difference; a line corrected by it is checked in 128 bits first.
            const std::int64_t natural = line_prefix_[i] - line_prefix_[start], diff = stated - natural;
            bool slip = digit_slip(Money::from_ore(stated), Money::from_ore(natural)) != SlipKind::None;
            for (auto [it, end] = within(line_rows_, start, i); it != end && !slip; ++it) {
                const std::size_t p = *it;
                const WideInt corrected = static_cast<WideInt>(value(rows_[p]).ore()) + diff;
                slip = corrected <= Money::kMaxOre && corrected >= -Money::kMaxOre &&
                       digit_slip(value(rows_[p]), Money::from_ore(static_cast<std::int64_t>(corrected))) !=
                           SlipKind::None;
            }
            if (slip && diff != 0 && static_cast<std::uint64_t>(diff < 0 ? -diff : diff) != closest->distance)
                return judge(AuditCheck::SumOfLines, i, closest, [&](std::size_t) { return std::pair(start, false); });
        }
    }
    judge(AuditCheck::SumOfLines, i, closest, span_of);
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
