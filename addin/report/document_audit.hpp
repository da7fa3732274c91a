// A document's tables, run-in tables and prose totals through the audit: what finsam-audit does with
// every document it reads (Word/Writer, PDF, text), and what the menu command in Writer does with
// the open document, so that both find the same.
#pragma once

#include "audit_report.hpp"
#include "finsam_audit.hpp"
#include "prose_reading.hpp"
#include "read_document.hpp"

#include <vector>

namespace finsam {

// Word and Writer keep a table's parts apart where the author put a sub-heading or pressed Enter
// between them: consecutive tables of the same width with nothing but a few short paragraphs
// between are one table, the paragraphs heading rows (their row_place the paragraph's place).
std::vector<PlacedTable> joined_tables(const ReadDocument& doc);

// What was audited, in the order its findings were given to the run.
struct AuditedBlock {
    PlacedTable table;   // a joined table, or a run-in table (its order: the paragraph's index)
    bool run_in = false;
    AuditReport report;  // the findings' row and col are the grid's
};

struct DocumentAudit {
    std::vector<AuditedBlock> blocks;  // the tables, then the run-in tables
    ProseReport prose;                 // its totals that do not hold are the last findings
};

// Audits the document into `run` (its current file) and says what it audited.
DocumentAudit audit_document(const ReadDocument& doc, AuditRun& run);

}  // namespace finsam
