#include "command_texts.hpp"

#include "audit_checks.hpp"


namespace finsam::messages {

namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

CommandTexts swedish() {
    CommandTexts t;
    t.english = false;
    t.title = "Granskning av budgeten (finsam)";
    t.command_name = "Granska budget (finsam)";
    t.read_only = "Arbetsboken är skrivskyddad, så granskningen skrev varken bladet Granskning eller några "
                  "kommentarer; ingenting i den ändrades. Det här fann granskningen:";
    t.progress = "Granskar budgeten (finsam) …";
    t.summary_label = "Sammanfattning";
    t.place = "Plats";
    t.label = "Rad";
    t.period = "Period";
    t.printed = "Angivet";
    t.expected = "Rätt värde";
    t.difference = "Skillnad";
    t.unit = "Enhet";
    t.kind = "Slag";
    t.message = "Meddelande";
    t.unread_kind = "EJ TOLKAD";
    t.sheet_kind = "Blad";
    t.correct_value = "Rätt värde";
    return t;
}

CommandTexts english() {
    CommandTexts t;
    t.english = true;
    t.title = "Budget audit (finsam)";
    t.command_name = "Audit budget (finsam)";
    t.read_only = "The workbook is read-only, so the audit wrote neither the sheet Granskning nor any comments; "
                  "nothing in it was changed. This is what the audit found:";
    t.progress = "Auditing the budget (finsam) …";
    t.summary_label = "Summary";
    t.place = "Place";
    t.label = "Line";
    t.period = "Period";
    t.printed = "Printed";
    t.expected = "Correct value";
    t.difference = "Difference";
    t.unit = "Unit";
    t.kind = "Kind";
    t.message = "Message (Swedish)";
    t.unread_kind = "NOT UNDERSTOOD";
    t.sheet_kind = "Sheet";
    t.correct_value = "Correct value";
    return t;
}

}  // namespace

std::string CommandTexts::kind_of(AuditCheck check) const {
    const AuditCheckKind& k = audit_check_kind(check);
    return std::string(english ? k.name_en : k.name_sv);
}

std::string CommandTexts::value_line(AuditFinding::Certainty c) const {
    switch (c) {
        case AuditFinding::Certainty::Certain: break;
        case AuditFinding::Certainty::Likely: return english ? "Likely correct value" : "Troligen rätt värde";
        case AuditFinding::Certainty::Undecided: return english ? "The relation gives" : "Sambandet ger";
    }
    return correct_value;
}

std::string CommandTexts::kind_of(const AuditFinding& f) const {
    switch (f.certainty) {
        case AuditFinding::Certainty::Certain: break;
        case AuditFinding::Certainty::Likely: return kind_of(f.check) + (english ? " (likely)" : " (troligen)");
        case AuditFinding::Certainty::Undecided: return kind_of(f.check) + (english ? " (undecided)" : " (oavgjort)");
    }
    return kind_of(f.check);
}

std::string CommandTexts::summary(std::size_t sheets, std::size_t checks, std::size_t findings,
                                  std::size_t unread) const {
    if (english) {
        const std::string left =
            unread == 0 ? std::string()
                        : " " + count(unread, "part", "parts") + " could not be understood (NOT UNDERSTOOD) and " +
                              (unread == 1 ? "was" : "were") + " not audited.";
        if (checks == 0)
            return "Nothing could be checked: no sum, result or member contribution to test in " +
                   count(sheets, "sheet", "sheets") + "." + left + " This does not mean that the budget adds up.";
        if (findings > 0)
            return count(findings, "finding", "findings") + " in " + count(checks, "check", "checks") + " over " +
                   count(sheets, "sheet", "sheets") + "." + left;
        if (unread > 0) return "No finding in what could be read: " + count(checks, "check", "checks") + "." + left;
        return "Everything adds up: " + count(checks, "check", "checks") + " over " + count(sheets, "sheet", "sheets") +
               ", no finding.";
    }
    const std::string left = unread == 0 ? std::string()
                                         : " " + count(unread, "del", "delar") + " kunde inte tolkas (EJ TOLKAD) och är inte granskade.";
    if (checks == 0)
        return "Inget kunde kontrolleras: ingen summa, inget resultat och inga medlemsbidrag att pröva i " +
               count(sheets, "blad", "blad") + "." + left + " Det betyder inte att budgeten stämmer.";
    if (findings > 0)
        return count(findings, "avvikelse", "avvikelser") + " i " + count(checks, "kontroll", "kontroller") + " på " +
               count(sheets, "blad", "blad") + "." + left;
    if (unread > 0) return "Inga avvikelser i det som kunde läsas: " + count(checks, "kontroll", "kontroller") + "." + left;
    return "Allt stämmer: " + count(checks, "kontroll", "kontroller") + " på " + count(sheets, "blad", "blad") +
           ", inga avvikelser.";
}

const CommandTexts& command_texts(bool in_english) {
    static const CommandTexts sv = swedish(), en = english();
    return in_english ? en : sv;
}

std::string CommandTexts::more_findings(std::size_t n) const {
    if (english) return "… and " + count(n, "more finding", "more findings") + ".";
    return "… och " + count(n, "avvikelse", "avvikelser") + " till.";
}

}  // namespace finsam::messages
