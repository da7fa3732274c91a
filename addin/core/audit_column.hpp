// Inside the audit (finsam_audit.hpp): one period column read through the layout engine, and the
// auditor that checks it. Its checks are defined by kind in audit_sums.cpp, audit_results.cpp and
// audit_members.cpp; the chain across columns in audit_chain.cpp.
#pragma once

#include "budget_layout.hpp"
#include "finsam_audit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace finsam::audit {

inline bool has_value(const LayoutRow& r) { return r.amounts.size() == 1 && r.amounts[0].has_value(); }
inline Money value(const LayoutRow& r) { return *r.amounts[0]; }
inline bool is_line(const LayoutRow& r) {
    return (r.kind == RowKind::Line || r.kind == RowKind::EquityDraw) && has_value(r);
}
inline bool is_subtotal(const LayoutRow& r) { return r.kind == RowKind::Subtotal && has_value(r); }

// One period column of the grid, read through the layout engine with the shared label column.
struct Column {
    std::size_t grid_col;
    std::string name;  // its header, or empty
    std::vector<LayoutRow> rows;
    // A column of printed totals only (no lines): only totals over two or more of its own
    // subtotals can be checked there.
    bool totals_only = false;
};

class ColumnAuditor {
public:
    // `row_has_amount`: per grid row, whether any period column has an amount there; a heading
    // is a label with no amount anywhere, not merely none in this column.
    ColumnAuditor(const Column& c, const std::vector<bool>& row_has_amount, AuditReport& report)
        : c_(c), rows_(c.rows), row_has_amount_(row_has_amount), report_(report) {}

    void run();

private:
    const Column& c_;
    const std::vector<LayoutRow>& rows_;
    const std::vector<bool>& row_has_amount_;
    AuditReport& report_;

    // Shared by every check (finsam_audit.cpp).
    AuditFinding& find(AuditCheck check, std::size_t i, Money computed);
    // One check of row i: it holds when its figure is one of the candidates; otherwise the closest
    // candidate is what it should have been. Nothing to compare with: no check.
    void judge(AuditCheck check, std::size_t i, const std::vector<Money>& candidates);

    // audit_sums.cpp
    void check_subtotal(std::size_t i);
    void check_total_of_subtotals(std::size_t i);
    std::vector<std::size_t> starts(std::size_t from, std::size_t to) const;
    std::optional<Money> lines_sum(std::size_t from, std::size_t to) const;
    std::optional<Money> structure_sum(std::size_t from, std::size_t to) const;

    // audit_results.cpp
    void check_result(std::size_t i);
    void check_equity_table(std::size_t i);
    std::optional<std::size_t> income_end(std::size_t from, std::size_t to) const;
    std::optional<Money> expected_result(std::size_t from, std::size_t i, bool closing) const;

    // audit_members.cpp
    void check_members();
    void check_member_run(std::size_t from, std::size_t to);
};

// audit_chain.cpp: from column to column, the opening equity of a period is the closing equity of
// the period before it in the chain (a budget superseded by its year's forecast is passed over).
void check_chain(const std::vector<Column>& columns, AuditReport& report);

}  // namespace finsam::audit
