// What a table says beyond its checks, as evidence for the diagnosis (Relation::evidence): no finding
// is made of it, but it tells which of several figures that would each mend the broken checks is the
// wrong one.
//
// A column of changes (Förändring, Avvikelse) prints, row by row, one period's figure minus another's.
// It is no check of its own (a change computed from a figure's slip agrees with the slip), but where
// it agrees with every row but one it tells which line of that row's periods changed.
#include "audit_column.hpp"
#include "labels.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace finsam::audit {

void record_changes(const std::vector<Column>& columns, RelationLog* log) {
    if (!log || log->too_many) return;
    constexpr std::size_t kMinAgreeing = 3;  // rows that must agree before a change column says anything
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (!is_change_column(columns[k].name)) continue;
        const std::size_t n = columns[k].rows.size();
        // Which periods before it it is the difference of, and in which order: the reading that
        // agrees with the most rows, all of them but one at most, and no other reading as well.
        struct Reading {
            std::size_t from, to;
            int sign;
            std::size_t agree = 0, disagree = 0;
        };
        std::vector<Reading> readings;
        for (std::size_t a = 0; a < k; ++a)
            for (std::size_t b = a + 1; b < k; ++b) {
                if (is_change_column(columns[a].name) || is_change_column(columns[b].name)) continue;
                if (columns[a].rows.size() != n || columns[b].rows.size() != n) continue;
                for (const int sign : {1, -1}) {
                    Reading r{a, b, sign};
                    for (std::size_t p = 0; p < n; ++p) {
                        const LayoutRow &c = columns[k].rows[p], &x = columns[a].rows[p], &y = columns[b].rows[p];
                        if (!has_value(c) || !has_value(x) || !has_value(y)) continue;
                        const Money d = sign > 0 ? value(y) - value(x) : value(x) - value(y);
                        (d == value(c) ? r.agree : r.disagree) += 1;
                    }
                    readings.push_back(r);
                }
            }
        const Reading* best = nullptr;
        bool tie = false;
        for (const Reading& r : readings) {
            if (r.agree < kMinAgreeing || r.disagree > 1) continue;
            if (best && best->agree == r.agree && best->disagree == r.disagree) tie = true;
            if (!best || r.agree > best->agree || (r.agree == best->agree && r.disagree < best->disagree)) {
                best = &r;
                tie = false;
            }
        }
        if (!best || tie) continue;
        const Column &a = columns[best->from], &b = columns[best->to];
        for (std::size_t p = 0; p < n; ++p) {
            const LayoutRow &c = columns[k].rows[p], &x = a.rows[p], &y = b.rows[p];
            if (!has_value(c) || !has_value(x) || !has_value(y)) continue;
            const CellKey change{c.source_row, columns[k].grid_col}, from{x.source_row, a.grid_col}, to{y.source_row, b.grid_col};
            Relation r;
            r.target = change;
            r.evidence = true;
            r.terms = {{change, 1}, {to, -best->sign}, {from, best->sign}};
            log->cells.try_emplace(change, make_finding(AuditCheck::SumOfLines, c.source_row, columns[k].grid_col, c.label,
                                                        columns[k].name, value(c), value(c)));
            log->cells.try_emplace(from, make_finding(AuditCheck::SumOfLines, x.source_row, a.grid_col, x.label, a.name,
                                                      value(x), value(x)));
            log->cells.try_emplace(to, make_finding(AuditCheck::SumOfLines, y.source_row, b.grid_col, y.label, b.name,
                                                    value(y), value(y)));
            log->add(std::move(r));
        }
    }
}

// The members' parts by law are equal: Försäkringskassan and Arbetsförmedlingen a quarter each (when
// printed as two lines), the region a quarter, the municipalities together a quarter. A column that
// prints them as lines of their own (under "Staten (50 %)", say, where no check of the members'
// parts is made) says which of them slipped: the one unlike the others.
void record_equal_parts(const Column& column, RelationLog* log) {
    if (!log || log->too_many) return;
    enum Part { Fk, Af, Region, Municipalities, kParts };
    std::array<std::optional<std::size_t>, kParts> at;
    std::array<int, kParts> seen{};
    for (std::size_t p = 0; p < column.rows.size(); ++p) {
        const LayoutRow& r = column.rows[p];
        if (!has_value(r) || value(r).is_zero()) continue;
        const std::string l = normalize_label(r.label);
        const auto has = [&](std::string_view w) { return l.find(w) != std::string::npos; };
        std::optional<Part> part;
        if (has("försäkringskassan") && !has("arbetsförmedlingen") && !has("staten")) part = Fk;
        else if (has("arbetsförmedlingen") && !has("försäkringskassan") && !has("staten")) part = Af;
        else if ((has("region") || has("landsting")) && !has("kommun")) part = Region;
        else if (l.starts_with("kommunerna")) part = Municipalities;
        if (!part) continue;
        ++seen[*part];
        at[*part] = p;
    }
    // The rounding step the document used: the largest of 1 000, 100, 10, 1 kr dividing them all.
    std::vector<std::size_t> rows;
    for (int k = 0; k < kParts; ++k)
        if (seen[k] == 1) rows.push_back(*at[k]);
    if (rows.size() < 2) return;
    std::int64_t step = 100;
    for (std::int64_t s : {100000, 10000, 1000}) {
        if (std::all_of(rows.begin(), rows.end(), [&](std::size_t p) { return value(column.rows[p]).ore() % s == 0; })) {
            step = s;
            break;
        }
    }
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
        const LayoutRow &a = column.rows[rows[i]], &b = column.rows[rows[i + 1]];
        const CellKey ka{a.source_row, column.grid_col}, kb{b.source_row, column.grid_col};
        Relation r;
        r.target = kb;
        r.evidence = true;
        r.tolerance = step;
        r.terms = {{ka, 1}, {kb, -1}};
        log->cells.try_emplace(ka, make_finding(AuditCheck::Members, a.source_row, column.grid_col, a.label, column.name,
                                                value(a), value(a)));
        log->cells.try_emplace(kb, make_finding(AuditCheck::Members, b.source_row, column.grid_col, b.label, column.name,
                                                value(b), value(b)));
        log->add(std::move(r));
    }
}

}  // namespace finsam::audit
