// What the audit's checks say about each other: every check, holding or broken, as a linear
// relation between the cells it reads. The diagnosis (audit_diagnosis.cpp) uses them to find the
// smallest set of figures whose correction makes every relation hold.
#pragma once

#include "finsam_audit.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace finsam::audit {

using CellKey = std::pair<std::size_t, std::size_t>;  // grid row, column

struct Term {
    CellKey cell;
    std::int64_t coef;
};

// Holds when |Σ coef × öre| ≤ tolerance: a sum (subtotal − lines = 0), a result, an equity
// figure, a member's part of the total (4 × part − quarters × total, within rounding).
struct Relation {
    AuditCheck check = AuditCheck::SumOfLines;
    CellKey target{};           // the figure the check was about
    std::vector<Term> terms;    // each cell once
    WideInt tolerance = 0;
    std::optional<std::size_t> finding;  // broken: its finding in the detection
    int quarters = 0;                    // Members: the part by law, in quarters
    std::string share_text;              // Share: as printed ("8 %")
    std::int64_t population = 0, population_total = 0;  // Population: the municipality's, all of theirs
    // No check, evidence only (a change column's row): never a finding, and the table need not hold
    // it; an explanation that mends it is likelier, one that breaks it less likely.
    bool evidence = false;
};

// The relations of one grid, with what the diagnosis needs to name any cell in them.
struct RelationLog {
    // Beyond: no diagnosis, the findings as found. A budget of 10 000 rows and a few periods stays
    // far below; a sheet of 30 000 member rows each judged against all of them does not.
    static constexpr std::size_t kMaxTerms = 500'000;
    std::vector<Relation> relations;
    std::map<CellKey, AuditFinding> cells;  // each cell's label, period and figure (as a finding's)
    std::size_t terms = 0;
    bool too_many = false;
    // Per grid row: the population another table prints for the row's municipality (its key).
    std::map<std::size_t, std::int64_t> population_of_row;
    std::vector<PrintedFigure> elsewhere;  // what the document's other tables print, as evidence

    void add(Relation r) {
        terms += r.terms.size();
        if (terms > kMaxTerms) too_many = true;
        if (!too_many) relations.push_back(std::move(r));
    }
};

// The findings of the diagnosis, from the relations and the findings detected (which the relations'
// `finding` index).
std::vector<AuditFinding> diagnose(const RelationLog& log, const std::vector<AuditFinding>& detected);

}  // namespace finsam::audit
