// The one table of the audit's kinds of check: what --json calls each, what the report sheet and the
// comments call it in Swedish and English, and the relation in words that the findings' sentences
// use. Every place that names a kind of check reads this table; none has a switch of its own.
//
// Adding a kind of check FOO:
//   1. a value Foo in AuditCheck (addin/core/finsam_audit.hpp);
//   2. the check itself in addin/core/audit_foo.cpp, called from finsam_audit.cpp, recording its
//      relation for the diagnosis (audit_relations.hpp: the figures and their coefficients);
//   3. a row in kAuditChecks below (the static_assert counts them);
//   4. tests: a unit test of the check (tests/unit/test_audit_foo.cpp) and a mutation in
//      tests/audit/mutation_test.cpp that breaks it.
// The sentences follow from the row; --json, the report sheet and the comments need no change.
#pragma once

#include "finsam_audit.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace finsam::messages {

struct AuditCheckKind {
    AuditCheck check;
    std::string_view json;              // --json's "kind"
    std::string_view name_sv, name_en;  // the report sheet's "Typ", the comment's heading
    // What a figure of this kind should equal, after "bör vara 1 234 kr = ". Named places:
    // {percent} the law's share (25 or 50), {base} the member contributions, {share} the share printed
    // in the label ("3 %"), {prior} the previous period, {population} and {population_total} the
    // municipality's population and all the municipalities'.
    std::string_view equals_sv;
    // What the relation gives when the audit cannot tell which figure is wrong, after "anges 1 234 kr, ".
    std::string_view gives_sv;
};

inline constexpr std::array kAuditChecks{
    AuditCheckKind{AuditCheck::SumOfLines, "sum", "Summa", "Sum", "summan av raderna", "raderna ger"},
    AuditCheckKind{AuditCheck::TotalOfSubtotals, "total_of_subtotals", "Total av delsummor", "Total of subtotals",
                   "summan av delsummorna", "delsummorna ger"},
    AuditCheckKind{AuditCheck::Result, "result", "Resultat", "Result", "intäkter − kostnader",
                   "intäkter − kostnader ger"},
    AuditCheckKind{AuditCheck::ClosingEquity, "closing_equity", "Utgående eget kapital", "Closing equity",
                   "ingående eget kapital + intäkter − kostnader", "ingående eget kapital + intäkter − kostnader ger"},
    AuditCheckKind{AuditCheck::EquityTable, "equity", "Eget kapital", "Equity", "ingående eget kapital + resultat",
                   "ingående eget kapital + resultat ger"},
    AuditCheckKind{AuditCheck::Chain, "chain", "Ingående eget kapital", "Opening equity",
                   "utgående eget kapital {prior}", "men utgående eget kapital {prior} är"},
    AuditCheckKind{AuditCheck::Members, "members", "Medlemsbidrag", "Member contribution",
                   "{percent} % av medlemsbidragen {base}", "är inte {percent} % av medlemsbidragen {base}, som ger"},
    AuditCheckKind{AuditCheck::Share, "share", "Andel", "Share", "{share} av {base}",
                   "{share} av medlemsbidragen {base} är"},
    AuditCheckKind{AuditCheck::Population, "population_share", "Andel efter invånare", "Share by population",
                   "{population} av {population_total} invånares del av kommunernas 25 % av {base}",
                   "men {population} av {population_total} invånares del av kommunernas 25 % av {base} är"},
    // {share}: the two columns as the table's rows show them ("Prognos helår − Budget 2025").
    AuditCheckKind{AuditCheck::Variance, "variance", "Avvikelse", "Variance", "{share}", "men {share} ger"},
    AuditCheckKind{AuditCheck::BudgetResult, "budget_result", "Resultat enligt budgeten", "Result per the budget",
                   "årets resultat i budgettabellen", "men årets resultat i budgettabellen är"},
};
static_assert(kAuditChecks.size() == static_cast<std::size_t>(AuditCheck::BudgetResult) + 1,
              "every AuditCheck has its row in kAuditChecks");

const AuditCheckKind& audit_check_kind(AuditCheck check);

// The finding's relation in words with its places filled: the `equals_sv` or `gives_sv` of its kind.
std::string check_equals(const AuditFinding& f);
std::string check_gives(const AuditFinding& f);

}  // namespace finsam::messages
