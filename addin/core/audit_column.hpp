// Inside the audit (finsam_audit.hpp): one period column read through the layout engine, and the
// auditor that checks it. Its checks are defined by kind in audit_sums.cpp, audit_results.cpp and
// audit_members.cpp; the chain across columns in audit_chain.cpp.
#pragma once

#include "audit_relations.hpp"
#include "budget_layout.hpp"
#include "finsam_audit.hpp"

#include <cstdint>
#include <functional>
#include <map>
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

// A change or variance column (Förändring, Avvikelse, Differens, +/-): differences between periods,
// not a period. Its sums are sums; its result and equity are no income − costs nor a chain's step.
bool is_change_column(const std::string& name);

// One period column of the grid, read through the layout engine with the shared label column.
struct Column {
    std::size_t grid_col;
    std::string name;  // its header, or empty
    std::vector<LayoutRow> rows;
    // A column of printed totals only (no lines): only totals over two or more of its own
    // subtotals can be checked there.
    bool totals_only = false;
};

// Candidate sums of one kind, `base − key` for every key added, each key with the first place it
// has in the list of candidates: whether a figure is one of them, and which is closest (ties to the
// first listed), in a logarithm of their number rather than a pass over them. Used only in columns
// where no sum can overflow (not ColumnAuditor::by_definition_), so keys and bases are plain öre.
class CandidateSums {
public:
    struct Closest {
        std::int64_t value;     // the candidate: base − key
        std::uint64_t distance; // |value − stated|; 0: the figure is a candidate
        std::size_t order;      // its first place among the candidates
    };
    void add(std::int64_t key, std::size_t order) { first_.emplace(key, order); }  // keeps the first
    void clear() { first_.clear(); }
    bool empty() const { return first_.empty(); }
    std::optional<Closest> closest(std::int64_t base, std::int64_t stated) const;
    // The closer of two, ties to the one listed first.
    static const std::optional<Closest>& better(const std::optional<Closest>& a, const std::optional<Closest>& b);

private:
    std::map<std::int64_t, std::size_t> first_;
};

class ColumnAuditor {
public:
    // `row_has_amount`: per grid row, whether any period column has an amount there; a heading
    // is a label with no amount anywhere, not merely none in this column. `by_definition`: compute
    // every candidate sum as the sum of its rows, one by one (the reference the unit tests compare
    // with); a column whose amounts could overflow a sum is always audited so, for its
    // MoneyOverflow to come exactly where it did.
    ColumnAuditor(const Column& c, const std::vector<bool>& row_has_amount, AuditReport& report,
                  bool by_definition = false);

    void run();
    // Also write every check as a relation between cells, for the diagnosis.
    void record_into(RelationLog* log) { log_ = log; }
    // Where each sum that holds starts (by grid rows), kept by the first run and used by the one that
    // records: a sum broken in one period is read as spanning the rows it spans where it holds,
    // rather than the rows that come closest to its wrong figure.
    struct Span {
        std::size_t start_row;          // grid row
        bool structure;                 // over subtotals
        std::size_t lines, subtotals;   // figures in it
    };
    using Spans = std::map<std::size_t, Span>;  // by the sum's grid row
    void share_spans(Spans* spans) { spans_ = spans; }
    // The table's population column, by grid row (0: none there): each municipality's contribution
    // is then also its population's share of the municipalities' quarter.
    void use_populations(const std::vector<std::int64_t>* populations) { populations_ = populations; }

private:
    const Column& c_;
    const std::vector<LayoutRow>& rows_;
    const std::vector<bool>& row_has_amount_;
    AuditReport& report_;
    // True when asked, or when the column's amounts together (in absolute value) exceed int64:
    // below that no sum, partial sum or difference the checks form can overflow, so prefix sums
    // and sweeps give exactly what the sums by definition give, without MoneyOverflow.
    bool by_definition_;

    // The positions of the lines and of the subtotals, in order: a sum's terms and the lines a slip
    // may be in are found between two positions, not by a pass over every row (a sheet of thousands
    // of sums would be quadratic).
    std::vector<std::size_t> line_rows_, sub_rows_;
    // The positions in `rows` (line_rows_ or sub_rows_) within [from, to).
    static std::pair<std::vector<std::size_t>::const_iterator, std::vector<std::size_t>::const_iterator>
    within(const std::vector<std::size_t>& rows, std::size_t from, std::size_t to);

    RelationLog* log_ = nullptr;
    // Relations are still written: a log, not yet over its bound (terms are not even built then).
    bool recording() const { return log_ && !log_->too_many; }
    Spans* spans_ = nullptr;
    const std::vector<std::int64_t>* populations_ = nullptr;
    using SpanOf = std::function<std::pair<std::size_t, bool>(std::size_t)>;  // a candidate's start and kind
    // A relation's terms while it is built: a row of this column and its coefficient.
    using RowTerms = std::vector<std::pair<std::size_t, std::int64_t>>;
    using TermsOf = std::function<RowTerms(std::size_t)>;  // the terms of candidate k

    // Shared by every check (finsam_audit.cpp).
    AuditFinding describe(std::size_t i) const;  // row i's figure: label, period, value
    AuditFinding& find(AuditCheck check, std::size_t i, Money computed);
    // Row i's check as a relation (when recording); `broken`: the finding just found is its own.
    void record(AuditCheck check, std::size_t i, const RowTerms& terms, WideInt tolerance, bool broken);
    // One check of row i: it holds when its figure is one of the candidates; otherwise the closest
    // candidate is what it should have been. Nothing to compare with: no check. `terms_of(k)`: the
    // relation candidate k stands for.
    void judge(AuditCheck check, std::size_t i, const std::vector<Money>& candidates, const TermsOf& terms_of);
    // The same for candidates kept as CandidateSums: nothing (no candidates) or the closest
    // (audit_sums.cpp); `span_of` gives the rows a candidate (by its order) spans.
    void judge(AuditCheck check, std::size_t i, const std::optional<CandidateSums::Closest>& closest,
               const SpanOf& span_of);
    // The relation of a sum at row i: from where it holds in another period when it is broken here
    // (its finding then says what that span gives), else the candidate's own.
    RowTerms sum_relation(std::size_t i, bool broken, std::pair<std::size_t, bool> candidate);
    // A sum's relation: row i against the lines from b, or (structure) the subtotals from b and
    // the lines after the last of them.
    RowTerms sum_terms(std::size_t i, std::size_t b, bool structure) const;

    // audit_sums.cpp
    void check_subtotal(std::size_t i);
    // A line's varav rows (RowKind::Part) right below it: their sum against the line.
    void check_parts(std::size_t line, bool change);
    void check_total_of_subtotals(std::size_t i);
    std::vector<std::size_t> starts(std::size_t from, std::size_t to) const;
    std::optional<Money> lines_sum(std::size_t from, std::size_t to) const;
    std::optional<Money> structure_sum(std::size_t from, std::size_t to) const;
    // What a sum covers (issue 20): where its lines may start, and its candidates from there.
    enum class MoneyKind { None, Costs, Income };
    static MoneyKind kind_of(const std::string& label);
    std::vector<std::size_t> sum_starts(std::size_t i) const;
    // The same for a sum of `kind` over `name` (a label's words after "Summa") ending at row i.
    std::vector<std::size_t> sum_starts(std::size_t i, MoneyKind kind, const std::string& name) const;
    struct SumCandidate {
        Money sum;
        std::size_t start;  // its first row
        bool structure;     // over subtotals and the lines after the last of them
    };
    std::vector<SumCandidate> sum_candidates(std::size_t i) const;
    std::vector<SumCandidate> sum_candidates(std::size_t i, const std::vector<std::size_t>& starts) const;
    std::optional<std::size_t> income_block_end(std::size_t i) const;
    struct BlockIndex {
        static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
        static constexpr std::size_t kOpenStarts = 256;
        // Per row p (n + 1 each): the row after the nearest table header or result above p, after
        // the nearest row naming income, naming costs (0: none); the nearest sum above p (kNone).
        std::vector<std::size_t> barrier, after_income, after_costs, last_sum;
        std::map<std::string, std::vector<std::size_t>> headings;  // by normalized label, rows in order
        std::vector<std::size_t> run_end;      // a heading's closing sum (kNone: open)
        std::vector<std::size_t> open_starts;  // p + 1 for every open heading or blank row p, in order
    };
    mutable std::optional<BlockIndex> block_index_;
    const BlockIndex& block_index() const;
    void check_total_of_subtotals_by_definition(std::size_t i);
    // Prefix sums: line_prefix_[p] is the sum of the lines above row p, sub_prefix_[p] of the
    // subtotals above it (rows_.size() + 1 each; empty when by_definition_).
    std::vector<std::int64_t> line_prefix_, sub_prefix_;
    std::vector<std::size_t> line_count_, sub_count_;  // how many lines, subtotals above row p
    // The sweep down a column of printed totals that keeps the candidates of the next total
    // (check_total_of_subtotals is called for rows in order). Starts of a run: the top and after
    // every row that is not a line.
    struct Sweep {
        std::size_t next = 0;                     // rows above it are taken in
        std::vector<std::size_t> starts{0};       // in order
        std::size_t in_structure = 0;             // how many of `starts` are in `structure`
        std::optional<std::size_t> last_sub, sub_before;  // the last subtotal and the one before it
        // Key sub_prefix_[b] for the starts b below the last line and at or above the subtotal
        // before the last.
        CandidateSums structure;
    } sweep_;
    void sweep_totals_to(std::size_t i);

    // audit_results.cpp
    void check_result(std::size_t i);
    void check_equity_table(std::size_t i);
    void check_result_of_sums(std::size_t from, std::size_t i);
    std::optional<std::size_t> income_end(std::size_t from, std::size_t to) const;
    std::optional<Money> expected_result(std::size_t from, std::size_t i, bool closing) const;
    // expected_result from prefix counts and sums, in constant time per budget start (built at the
    // first result of the column; not when by_definition_).
    struct ResultTables {
        std::vector<std::size_t> next_income_total, next_cost_heading, next_subtotal;  // n: none
        std::vector<std::int64_t> income, draws;           // prefix sums (income lines, equity draws)
        std::vector<std::size_t> incomes, costs, nonzero, negative;  // prefix counts
    };
    std::optional<ResultTables> result_tables_;
    std::optional<Money> expected_result_fast(std::size_t from, std::size_t i, bool closing);
    RowTerms result_terms(std::size_t from, std::size_t i, bool closing) const;

    // audit_members.cpp
    void check_members();
    void check_member_run(std::size_t from, std::size_t to);
    void check_populations(const std::vector<std::size_t>& municipalities, Money total, std::int64_t step,
                           const std::function<RowTerms(std::int64_t)>& base_terms);
};

// audit_chain.cpp: from column to column, the opening equity of a period is the closing equity of
// the period before it in the chain (a budget superseded by its year's forecast is passed over).
void check_chain(const std::vector<Column>& columns, AuditReport& report, RelationLog* log = nullptr);

// audit_variance.cpp: a change or variance column against the difference of two period columns of
// the same table, the pair and its direction as the table's own rows show them.
void check_variance(const std::vector<Column>& columns, AuditReport& report, RelationLog* log = nullptr);

// audit_evidence.cpp: what a table says beyond its checks, for the diagnosis (Relation::evidence): a
// change column's rows, when it reads as one period minus another in all its rows but one at most;
// the members' equal parts by law (FK, AF, the region, the municipalities together) in a column.
void record_changes(const std::vector<Column>& columns, RelationLog* log);
void record_equal_parts(const Column& column, RelationLog* log);

}  // namespace finsam::audit
