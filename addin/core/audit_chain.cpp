// The audit's chain across periods: an opening equity is the previous period's closing equity.
#include "audit_column.hpp"
#include "equity_projection.hpp"

namespace finsam::audit {

void check_chain(const std::vector<Column>& columns, AuditReport& report, RelationLog* log) {
    if (columns.size() < 2) return;
    std::vector<std::string> names;
    for (const Column& c : columns) names.push_back(c.name);
    const PeriodRoles roles = period_roles(names);
    const std::size_t n = columns[0].rows.size();
    // The first closing-equity row at or below each row (n: none), found once for every opening.
    std::vector<std::size_t> next_close(n + 1, n);
    for (std::size_t p = n; p-- > 0;) {
        const LayoutRow& r = columns[0].rows[p];
        next_close[p] = r.kind == RowKind::Result && is_closing_equity_label(r.label) ? p : next_close[p + 1];
    }
    for (std::size_t open = 0; open < n; ++open) {
        if (columns[0].rows[open].kind != RowKind::EquityDraw) continue;
        if (const std::size_t close = next_close[open + 1]; close < n) {
            std::optional<std::size_t> prev;
            for (std::size_t k = 0; k < columns.size(); ++k) {
                if (columns[k].rows.size() != n) return;
                if (is_change_column(columns[k].name)) continue;  // no period: no step of the chain
                const LayoutRow &o = columns[k].rows[open], &pc = prev ? columns[*prev].rows[close] : o;
                if (prev && has_value(o) && has_value(pc) && !roles.replaces[k]) {
                    ++report.checks;
                    AuditFinding f = make_finding(AuditCheck::Chain, o.source_row, columns[k].grid_col, o.label,
                                                  columns[k].name, value(o), value(pc));
                    f.prior_period = columns[*prev].name;
                    f.prior_col = columns[*prev].grid_col;
                    const bool broken = value(o) != value(pc);
                    if (log && !log->too_many) {
                        const CellKey opening{o.source_row, columns[k].grid_col},
                            closing{pc.source_row, columns[*prev].grid_col};
                        Relation r;
                        r.check = AuditCheck::Chain;
                        r.target = opening;
                        r.terms = {{opening, 1}, {closing, -1}};
                        if (broken) r.finding = report.findings.size();
                        AuditFinding described = f;
                        described.computed = described.stated;
                        log->cells.try_emplace(opening, described);
                        log->cells.try_emplace(closing, make_finding(AuditCheck::Chain, pc.source_row,
                                                                     columns[*prev].grid_col, pc.label,
                                                                     columns[*prev].name, value(pc), value(pc)));
                        log->add(std::move(r));
                    }
                    if (broken) report.findings.push_back(std::move(f));
                }
                if (!roles.superseded[k]) prev = k;
            }
        }
    }
}

}  // namespace finsam::audit
