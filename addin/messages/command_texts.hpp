// The words of the menu command Verktyg › Granska budget (finsam) itself, in the UI language: the
// report sheet's title and headings, its summary, the comments' prefix and the progress text. The
// findings' own sentences are not here: they come from messages.hpp, in Swedish, as the
// budgets they describe are Swedish documents.
#pragma once

#include "finsam_audit.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace finsam::messages {

// Every comment the command writes starts with this, in any language, so that a rerun finds (and
// replaces) its own comments and never a user's.
inline constexpr std::string_view kCommentPrefix = "finsam: ";
// The report sheet: always this name (a rerun replaces it in any language).
inline constexpr std::string_view kReportSheet = "Granskning";

struct CommandTexts {
    bool english = false;
    std::string title;         // the report sheet's A1; also how the command knows its own sheet
    std::string command_name;  // the menu entry, also the name of its one undo step: "Granska budget (finsam)"
    // A workbook opened read-only: nothing is written; the message box says so, then the findings.
    std::string read_only;     // "Arbetsboken är skrivskyddad: ..."
    std::string more_findings(std::size_t n) const;  // "… och 3 avvikelser till."
    std::string progress;      // the status bar while it runs
    std::string summary_label; // "Sammanfattning"
    // headings of the report's columns, in order
    std::string place, label, period, printed, expected, difference, unit, kind, message;
    std::string unread_kind;   // "EJ TOLKAD"
    std::string sheet_kind;    // the kind of a sheet's own summary row: "Blad"
    std::string correct_value; // in a comment: "Rätt värde"
    // In a comment, before the value the finding gives: "Rätt värde" when the diagnosis is certain,
    // "Troligen rätt värde" when likely, "Sambandet ger" when it cannot tell which figure is wrong.
    std::string value_line(AuditFinding::Certainty c) const;
    std::string kind_of(AuditCheck check) const;  // "Summa", "Resultat", …
    // The kind with the diagnosis' certainty: "Summa", "Summa (troligen)", "Summa (oavgjort)".
    std::string kind_of(const AuditFinding& f) const;
    // The summary over the whole workbook: never an all-clear when nothing could be checked or
    // something was left unread.
    std::string summary(std::size_t sheets, std::size_t checks, std::size_t findings, std::size_t unread) const;
};

const CommandTexts& command_texts(bool english);

}  // namespace finsam::messages
