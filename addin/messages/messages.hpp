// Every sentence a user reads from finsam-calc, composed here and only here: from the core's typed
// problems and findings, with each argument named as the function wizard names it
// (idl/function_table.hpp). Swedish first: cells show Swedish whatever the UI language, as the
// budgets they check are Swedish documents.
#pragma once

#include "equity_ceiling_check.hpp"
#include "finsam_audit.hpp"
#include "finsam_check.hpp"
#include "problem.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace finsam::messages {

inline constexpr std::string_view kOk = "OK";

// The words of a fault, Swedish and English (fault_words.hpp).
struct FaultWords;
const FaultWords& fault_words(Fault fault);

// "Fel i Nyckel: cell 2 är tom." for a problem of the function whose IDL method is `method`.
std::string problem(std::string_view method, const Problem& p);

// FINSAM_CHECK: "OK", or one sentence per period that does not add up, joined by a space:
// "Raderna summerar till 20 025 000 kr men summan anges till 20 000 000 kr (skillnad 25 000 kr)."
// `unit` follows each amount ("kr", "tkr"); empty for none.
std::string sum_check(const std::vector<SumMismatch>& mismatches, std::size_t periods, std::string_view unit);

// EQUITY_CEILING_CHECK over the ceiling: "Eget kapital 2 500 000 kr är 353 200 kr över taket …".
std::string ceiling_excess(const CeilingExcess& e, std::string_view unit);

// The audit.
std::string finding_label(const AuditFinding& f);   // "Insatser (summa)"
std::string finding_period(const AuditFinding& f);  // "Budget 2021", or "kolumn C"
std::string finding(const AuditFinding& f);         // the whole sentence, with the diagnosis
std::string slip(const AuditFinding& f);            // "Troligen två siffror omkastade.", or empty
std::string not_understood(const NotUnderstood& n);
// Where it is, for a cell: "Kommun A, kolumn C"; empty for a whole block.
std::string not_understood_place(const NotUnderstood& n);
// What an error a cell shows means, in Swedish: "#N/A" -> "värde saknas", "Err:502" -> "ogiltigt
// argument"; empty for a text that is no error code of Calc's (an add-in's own message).
std::string error_meaning(std::string_view shown);
// One block of cells showing the same error, said once (the report sheet): "3 celler (D7:D9) visar
// felet #N/A (värde saknas) i stället för belopp".
std::string error_block(std::string_view shown, std::size_t cells, const std::string& where);
// "27 kontroller i 3 kolumner."
std::string audit_checks(std::size_t checks, std::size_t columns);
// FINSAM_AUDIT's last row: "Allt stämmer: …", "2 avvikelser, …" or "Kunde inte tolkas: …".
std::string audit_summary(const AuditReport& report);

// "C" for column index 2, "AA" for 26.
std::string column_letters(std::size_t col);

}  // namespace finsam::messages
