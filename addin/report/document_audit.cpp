#include "document_audit.hpp"

#include <algorithm>
#include <utility>

namespace finsam {

std::vector<PlacedTable> joined_tables(const ReadDocument& doc) {
    std::vector<PlacedTable> tables;
    for (const PlacedTable& t : doc.tables) {
        if (!tables.empty() && t.order > 0) {
            PlacedTable& last = tables.back();
            std::vector<const PlacedParagraph*> between;
            bool long_text = false;
            for (const PlacedParagraph& p : doc.paragraphs)
                if (p.order > last.order && p.order < t.order) {
                    between.push_back(&p);
                    long_text = long_text || p.text.size() > 60;
                }
            if (last.order > 0 && last.grid.cols() == t.grid.cols() && !long_text && between.size() <= 3) {
                Grid g(last.grid.rows() + between.size() + t.grid.rows(), t.grid.cols());
                std::size_t r = 0;
                for (std::size_t i = 0; i < last.grid.rows(); ++i, ++r)
                    for (std::size_t c = 0; c < g.cols(); ++c) g.at(r, c) = last.grid.at(i, c);
                for (const PlacedParagraph* p : between) {
                    g.at(r++, 0) = Cell::of(p->text);
                    last.row_place.push_back(p->place);
                }
                for (std::size_t i = 0; i < t.grid.rows(); ++i, ++r)
                    for (std::size_t c = 0; c < g.cols(); ++c) g.at(r, c) = t.grid.at(i, c);
                last.grid = std::move(g);
                last.row_place.insert(last.row_place.end(), t.row_place.begin(), t.row_place.end());
                last.place += " och " + t.place;
                last.unsure = last.unsure || t.unsure;
                last.order = t.order;
                continue;
            }
        }
        tables.push_back(t);
    }
    return tables;
}

DocumentAudit audit_document(const ReadDocument& doc, AuditRun& run) {
    DocumentAudit out;
    for (PlacedTable& t : joined_tables(doc)) {
        AuditedBlock& b = out.blocks.emplace_back(AuditedBlock{std::move(t), false, {}});
        b.report = audit_grid(b.table.grid);
        // Never accuse on a guessed reading (issue 20): where the reader was unsure of the table's
        // figures and they break, the reading is said not understood, not the plan wrong.
        if (b.table.unsure && !b.report.findings.empty()) {
            b.report.findings.clear();
            b.report.checks = 0;
            b.report.not_understood.push_back({NotUnderstood::Why::UnsureFigures});
        }
        const PlacedTable& tt = b.table;
        run.block(b.report, "tabellen på " + tt.place, tt.unit.empty() ? table_unit(tt.grid) : tt.unit,
                  [&](std::size_t row, std::size_t) { return row < tt.row_place.size() ? tt.row_place[row] : tt.place; });
    }
    std::vector<bool> used(doc.paragraphs.size(), false);
    for (PlacedTable& t : read_run_in_tables(doc.paragraphs, used)) {
        AuditedBlock& b = out.blocks.emplace_back(AuditedBlock{std::move(t), true, {}});
        b.report = audit_grid(b.table.grid);
        // Never accuse on a guessed reading (issue 20): a table run into a paragraph is cut into rows
        // and columns by guess (a group's heading runs into the label of the row after it, and the
        // sum under it then covers other rows); when its figures break and not every finding is
        // certain, the guess is the likelier fault. Said as not read, not as an error in the plan.
        if (!b.report.findings.empty() &&
            !std::all_of(b.report.findings.begin(), b.report.findings.end(), [](const AuditFinding& f) {
                return f.certainty == AuditFinding::Certainty::Certain;
            })) {
            b.report.findings.clear();
            b.report.checks = 0;
            b.report.not_understood.push_back({NotUnderstood::Why::UnsureReading});
        }
        const PlacedTable& tt = b.table;
        run.block(b.report, "tabellen " + tt.place, "kr",
                  [&](std::size_t row, std::size_t) { return row < tt.row_place.size() ? tt.row_place[row] : tt.place; });
    }
    out.prose = read_prose_totals(doc.paragraphs, used);
    check_totals_before_tables(out.prose, doc.tables, doc.paragraphs);
    run.prose(out.prose);
    if (doc.tables.empty() && std::none_of(used.begin(), used.end(), [](bool u) { return u; }))
        run.note("inga tabeller i dokumentet");
    return out;
}

}  // namespace finsam
