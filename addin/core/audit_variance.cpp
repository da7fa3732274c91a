// The audit's change and variance columns (issue 20, point 7): "Avvikelse" beside "Budget 2025" and
// "Prognos helår", "Förändring" beside two periods. Each row's figure there is the difference of two
// of the table's period columns, one way or the other. Which two, and which way, the table does not
// say in words; its own rows show it: the reading that all rows but at most one follow, two rows or
// more bearing it out, and no other reading as good that would judge a row otherwise. Costs may go
// the other way from income ("Budget − Prognos" for costs, "Prognos − Budget" for income, so that a
// positive variance is good news): such a reading is one more the rows may show. Where they show
// none, nothing is checked: a column of differences whose relation is not seen is not forced into one.
#include "audit_column.hpp"
#include "labels.hpp"

#include <array>

namespace finsam::audit {

namespace {

// Rows of income or of a result, against rows of costs: a variance convention may treat them apart.
std::vector<bool> income_rows(const std::vector<LayoutRow>& rows) {
    std::vector<bool> income(rows.size(), false);
    bool in_income = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string l = normalize_label(rows[i].label);
        const bool names_income = l.find("intäkt") != std::string::npos || l.find("inkomst") != std::string::npos;
        const bool names_costs = l.find("kostnad") != std::string::npos || l.find("utgift") != std::string::npos;
        if (rows[i].kind == RowKind::Heading) {
            if (names_income) in_income = true;
            if (names_costs) in_income = false;
        }
        income[i] = rows[i].kind == RowKind::Result || names_income || (in_income && !names_costs);
        if (rows[i].kind != RowKind::Heading && names_costs) in_income = false;
    }
    return income;
}

struct Reading {
    std::size_t minuend, subtrahend;  // columns: the difference minuend − subtrahend …
    std::array<int, 2> sign;          // … times sign[0] on cost rows, sign[1] on income rows
};

}  // namespace

void check_variance(const std::vector<Column>& columns, AuditReport& report, RelationLog* log) {
    if (columns.size() < 3) return;
    const std::size_t n = columns[0].rows.size();
    for (const Column& c : columns)
        if (c.rows.size() != n || c.totals_only) return;
    const std::vector<bool> income = income_rows(columns[0].rows);
    std::vector<std::size_t> periods;
    for (std::size_t k = 0; k < columns.size(); ++k)
        if (!is_change_column(columns[k].name)) periods.push_back(k);
    for (std::size_t v = 0; v < columns.size(); ++v) {
        if (!is_change_column(columns[v].name)) continue;
        const auto expected = [&](const Reading& r, std::size_t i) -> std::optional<Money> {
            const LayoutRow &a = columns[r.minuend].rows[i], &b = columns[r.subtrahend].rows[i];
            if (!has_value(a) || !has_value(b) || !has_value(columns[v].rows[i])) return std::nullopt;
            const Money d = value(a) - value(b);
            return r.sign[income[i] ? 1 : 0] > 0 ? d : -d;
        };
        // Every reading the rows may show, with how many rows bear it out (a row where both periods
        // are equal bears out none: its difference is 0 either way) and how many break it.
        struct Tally {
            Reading reading;
            std::size_t holds = 0, breaks = 0;
        };
        std::vector<Tally> tallies;
        for (std::size_t x : periods)
            for (std::size_t y : periods) {
                if (x >= y) continue;
                for (int s0 : {1, -1})
                    for (int s1 : {1, -1}) {
                        Tally t{{x, y, {s0, s1}}};
                        for (std::size_t i = 0; i < n; ++i) {
                            const auto e = expected(t.reading, i);
                            if (!e) continue;
                            if (*e != value(columns[v].rows[i])) ++t.breaks;
                            else if (value(columns[x].rows[i]) != value(columns[y].rows[i])) ++t.holds;
                        }
                        tallies.push_back(t);
                    }
            }
        const Tally* best = nullptr;
        for (const Tally& t : tallies)
            if (t.breaks <= 1 && t.holds >= 2 && t.holds > t.breaks && (!best || t.holds > best->holds)) best = &t;
        if (!best) continue;
        // Another reading as well borne out that would judge some row otherwise: not seen which.
        bool unsure = false;
        for (const Tally& t : tallies) {
            if (&t == best || t.holds != best->holds || t.breaks > 1) continue;
            for (std::size_t i = 0; i < n && !unsure; ++i) unsure = expected(t.reading, i) != expected(best->reading, i);
        }
        if (unsure) continue;
        const Reading r = best->reading;
        for (std::size_t i = 0; i < n; ++i) {
            const auto e = expected(r, i);
            if (!e) continue;
            const LayoutRow& row = columns[v].rows[i];
            const bool flip = r.sign[income[i] ? 1 : 0] < 0;
            const std::string row_text = flip ? columns[r.subtrahend].name + " − " + columns[r.minuend].name
                                              : columns[r.minuend].name + " − " + columns[r.subtrahend].name;
            ++report.checks;
            AuditFinding f = make_finding(AuditCheck::Variance, row.source_row, columns[v].grid_col, row.label,
                                          columns[v].name, value(row), *e);
            f.share_text = row_text;
            const bool broken = *e != value(row);
            if (log && !log->too_many) {
                const CellKey target{row.source_row, columns[v].grid_col},
                    a{row.source_row, columns[r.minuend].grid_col}, b{row.source_row, columns[r.subtrahend].grid_col};
                Relation rel;
                rel.check = AuditCheck::Variance;
                rel.target = target;
                rel.share_text = row_text;
                const std::int64_t s = flip ? -1 : 1;
                rel.terms = {{target, 1}, {a, -s}, {b, s}};
                if (broken) rel.finding = report.findings.size();
                AuditFinding described = f;
                described.computed = described.stated;
                log->cells.try_emplace(target, described);
                for (const auto& [key, k] : {std::pair{a, r.minuend}, std::pair{b, r.subtrahend}}) {
                    const LayoutRow& p = columns[k].rows[i];
                    log->cells.try_emplace(key, make_finding(AuditCheck::Variance, p.source_row, columns[k].grid_col,
                                                             p.label, columns[k].name, value(p), value(p)));
                }
                log->add(std::move(rel));
            }
            if (broken) report.findings.push_back(std::move(f));
        }
    }
}

}  // namespace finsam::audit
