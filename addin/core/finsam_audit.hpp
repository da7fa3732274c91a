// FINSAM_AUDIT: every figure in a budget block that does not add up, found and typed. It reads
// blocks through the same layout engine as BUDGET_RESULT (budget_layout.hpp), one period column
// at a time, and checks
//   - subtotals against their group's lines, totals against their subtotals (audit_sums.cpp),
//   - results against income − costs, closing equity against opening + result (audit_results.cpp),
//   - member contributions against 50/25/25 and shares stated in labels (audit_members.cpp),
//   - opening equity against the previous period's closing (audit_chain.cpp),
//   - a change or variance column against the difference of two periods (audit_variance.cpp).
// The sentences are composed in addin/messages/messages.cpp.
#pragma once

#include "audit_slips.hpp"
#include "cells.hpp"
#include "money.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

enum FinsamAuditArg : int { kAuditRange };

enum class AuditCheck {
    SumOfLines,        // a subtotal or total against the lines above it
    TotalOfSubtotals,  // a printed total against printed subtotals (a column of totals only)
    Result,            // a result against income − costs
    ClosingEquity,     // closing equity against opening + income − costs
    EquityTable,       // closing equity against opening + results
    Chain,             // an opening against the previous period's closing
    Members,           // a member's contribution against its part by law
    Share,             // a municipality's contribution against the share printed in its label
    Population,        // a municipality's contribution against its population's share of the quarter
    Variance,          // a change or variance against the difference of two periods (Prognos − Budget)
    BudgetResult,      // an equity table's result against the budget table's of the same period
};

struct AuditFinding {
    AuditCheck check = AuditCheck::SumOfLines;
    std::size_t row = 0, col = 0;  // the cell at fault, in the audited grid
    // Its row's label; an unlabelled sum is named by its group's heading, or not at all.
    enum class Naming { Own, GroupHeading, Unnamed };
    std::string label;
    Naming naming = Naming::Own;
    std::string period;    // its column's header ("Budget 2021"); empty: named by its column letter
    Money stated;          // what the sheet says
    Money computed;        // what the relation gives
    // Members and Share: the base of the share; Members: the quarters by law (2 = 50 %);
    // Share: the share as printed ("8 %"). Chain: the period whose closing it continues.
    Money base;
    int quarters = 0;
    std::string share_text;
    // Population: the municipality's population and all the municipalities' together.
    std::int64_t population = 0, population_total = 0;
    std::string prior_period;
    std::size_t prior_col = 0;

    // The diagnosis: the smallest set of figures whose correction makes every relation hold.
    //   Certain: one such set; this figure is in it, `computed` is its correct value. `check` is the
    //     relation that gives the value: this figure's own (a sum against its lines), or, when
    //     `via_label` is set, another figure's (a line corrected so that its sum holds).
    //   Likely: several sets, and the slips single this one out; `candidates` the others.
    //   Undecided: the table cannot tell which figure is wrong: this is the broken relation's own
    //     figure, `computed` what the relation gives, `candidates` the figures any of which may be
    //     wrong (none: no small set of corrections explains it).
    enum class Certainty { Certain, Likely, Undecided };
    struct Candidate {
        std::size_t row, col;
        std::string label, period;
        std::optional<Money> correct;  // when one correction of it alone explains all
    };
    Certainty certainty = Certainty::Certain;
    Slip slip;
    std::string via_label;
    Naming via_naming = Naming::Own;
    std::vector<std::string> together;  // the other figures of the same correction
    std::vector<Candidate> candidates;
    std::size_t more_candidates = 0;    // candidates beyond those listed
    bool diagnosed = true;              // false: too large a table to diagnose; as found
    bool too_many = false;              // Undecided: too many possible corrections to weigh
    // Likely, Undecided: a line of this amount left out would explain the breaks as well.
    std::optional<Money> missing_line;
    // Certain, but not the whole explanation: one of `candidates` is wrong as well.
    bool partly = false;
};

// A finding of `check` at a cell, before the diagnosis.
inline AuditFinding make_finding(AuditCheck check, std::size_t row, std::size_t col, std::string label,
                                 std::string period, Money stated, Money computed) {
    AuditFinding f;
    f.check = check;
    f.row = row;
    f.col = col;
    f.label = std::move(label);
    f.period = std::move(period);
    f.stated = stated;
    f.computed = computed;
    return f;
}

// What the audit saw but could not check: said, never passed over in silence.
struct NotUnderstood {
    enum class Why {
        NoLabelColumn,   // figures but no column of labels
        NothingToCheck,  // sums or results by their labels, but nothing they can be checked against
        NoTotals,        // figures without any sum, result or member contribution: nothing to check
                         // (said, but no part of the budget was left unread)
        NotFinite,       // a cell where an amount stands: not a finite number
        TooLarge,        // beyond 10 000 miljarder
        NumberAsText,    // a number typed as text ("1 000")
        ShowsError,      // an error instead of a figure ("Fel i Nyckel: …", #VALUE!)
        TooLargeToAdd,   // a column whose amounts cannot be added up exactly
        UnsureReading,   // a table read from running text whose figures break and no slip explains
                         // it: more likely misread than wrong, so nothing is accused (issue 20)
        UnsureFigures,   // a table whose reader was unsure of some of its figures (a PDF's figure
                         // wrapped in its cell that did not put together) and whose figures break:
                         // nothing is accused (issue 20)
        UnsureHeadings,  // a table read from running text where its headings end cannot be told, so
                         // neither what its sums cover: not checked at all (issue 20)
    };
    Why why;
    bool at_cell = false;      // row and col say where (in the audited grid)
    std::size_t row = 0, col = 0;
    std::string label;         // the row's label, for cells
    std::string text;          // the cell's text, if any
    // Only NoTotals leaves nothing unread.
    bool leaves_something_unread() const { return why != Why::NoTotals; }
};

struct AuditReport {
    std::vector<AuditFinding> findings;
    std::size_t checks = 0;   // comparisons made
    std::size_t columns = 0;  // period columns audited
    // Numbers the audit found but could not check: said, never passed over.
    std::vector<NotUnderstood> not_understood;
};

// The municipalities' populations a table prints (a population column beside their names), by
// municipality_key of the name: the key another table's municipal lines may be shared by.
using PopulationsByName = std::map<std::string, std::int64_t>;
PopulationsByName populations_by_name(const Grid& g);
// A municipality's name as both a members table ("Halmstad") and a budget line ("Halmstads kommun")
// print it: normalized, without "kommun"/"stad" and a genitive s.
std::string municipality_key(const std::string& label);

// A figure a table prints: its row's label, its column's header, the amount. The figures of a
// document's other tables are evidence for the diagnosis of one table (which of its lines is wrong,
// when the table alone cannot tell): a members table printing a municipality's contribution, a
// summary table printing a total.
struct PrintedFigure {
    std::string label, period;
    Money amount;
};
std::vector<PrintedFigure> printed_figures(const Grid& g);

// What the document's other tables print, for the diagnosis of one table only (no check is made of
// it): populations tell the right values of municipal lines computed on a mistyped quarter; printed
// figures weigh which of a table's figures is wrong.
struct Elsewhere {
    PopulationsByName populations;
    std::vector<PrintedFigure> figures;
};

// `g` is a block or a whole sheet: a label column (found by itself), period columns to its right.
AuditReport audit_grid(const Grid& g, const Elsewhere* elsewhere = nullptr);

}  // namespace finsam
