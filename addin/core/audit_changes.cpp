// The audit's change columns as evidence: a column of changes (Förändring, Avvikelse) prints, row by
// row, one period's figure minus another's. It is no check of its own (a change computed from a
// figure's slip agrees with the slip), but where it agrees with every row but one it tells the
// diagnosis which line of that row's periods changed: the evidence of the table's other columns.
#include "audit_column.hpp"

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

}  // namespace finsam::audit
