#include "document_audit.hpp"

#include "budget_layout.hpp"
#include "labels.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace finsam {

std::vector<PlacedTable> joined_tables(const ReadDocument& doc) {
    std::vector<PlacedTable> tables;
    for (const PlacedTable& t : doc.tables) {
        // A table run into one line holds its own header and all its rows: it continues nothing, and
        // nothing continues it (a summary line under the budget line is a table of its own).
        if (!tables.empty() && t.order > 0 && !t.guessed && !tables.back().guessed) {
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
                last.guessed = last.guessed || t.guessed;
                continue;
            }
        }
        tables.push_back(t);
    }
    return tables;
}

namespace {

// Never accuse on a guessed reading (issue 20): a table run into a paragraph or a line is cut into
// rows and columns by guess (a group's heading runs into the label of the row after it, and the sum
// under it then covers other rows). When its figures break in a way the guess explains better than a
// slip, it is said as not read, not as an error in the plan.
void unsure(AuditReport& report, NotUnderstood::Why why = NotUnderstood::Why::UnsureReading) {
    report.findings.clear();
    report.checks = 0;
    report.not_understood.push_back({why});
}

void unsure_when(AuditReport& report, bool (*doubtful)(const AuditFinding&)) {
    if (std::any_of(report.findings.begin(), report.findings.end(), doubtful)) unsure(report);
}

// Where a guessed table's headings end cannot be told, so neither can what its sums cover: a label
// that still starts with a heading of money followed by a name ("Intäkter Staten (50 %)",
// "Kostnader Insatser Aktivitetshus": no sum named the heading, so the reader left it in), or two
// sums or more that say nothing of what they sum ("Summa", "Totalt": which group each closes is not
// printed). Such a table is not checked at all.
bool headings_unsure(const Grid& g) {
    std::size_t bare_sums = 0;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        bool figures = false;
        for (std::size_t c = 1; c < g.cols(); ++c) figures = figures || g.at(r, c).kind == Cell::Kind::Number;
        if (!figures) continue;
        const std::string& label = g.at(r, 0).text;
        const std::string l = normalize_label(label);
        if (classify_label(l) == LabelKind::Subtotal && summed_name(l).empty()) ++bare_sums;
        const std::size_t sp = label.find(' ');
        if (sp == std::string::npos || sp + 1 >= label.size()) continue;
        // The word after the heading starts with a capital: a name, not "Kostnader för lokaler".
        const std::string next = label.substr(sp + 1, 2);
        const bool capital = std::isupper(static_cast<unsigned char>(next[0])) ||
                             normalize_label(next) != next;
        const std::string first = l.substr(0, l.find(' '));
        for (std::string_view h : {"intäkter", "kostnader", "finansiering", "inkomster", "utgifter"})
            if (first == h && capital) return true;
    }
    return bare_sums >= 2;
}

// A paragraph gives no layout at all: every finding must be certain, and the whole explanation.
bool not_certain(const AuditFinding& f) {
    return f.certainty != AuditFinding::Certainty::Certain || f.partly || !f.diagnosed;
}

// A line keeps the table's header and its rows' order; what a misplaced heading does is break sums
// by whole groups, which no slip of a few digits explains, or explains only in part.
bool unexplained(const AuditFinding& f) {
    return !f.diagnosed || f.partly ||
           (f.certainty == AuditFinding::Certainty::Undecided && f.candidates.empty() && !f.missing_line);
}

}  // namespace

DocumentAudit audit_document(const ReadDocument& doc, AuditRun& run) {
    DocumentAudit out;
    // Never accuse on a guessed reading (issue 20): where the reader was unsure of the table's
    // figures (PDF) and they break, or cut it into rows by guess (running text), the reading is
    // said not understood, not the plan wrong.
    const auto audit_table = [](AuditedBlock& b, const std::vector<PrintedFigure>& elsewhere) {
        b.report = audit_grid(b.table.grid, elsewhere);
        if (b.table.unsure && !b.report.findings.empty()) unsure(b.report, NotUnderstood::Why::UnsureFigures);
        if (b.table.guessed && headings_unsure(b.table.grid)) unsure(b.report, NotUnderstood::Why::UnsureHeadings);
        else if (b.table.guessed) unsure_when(b.report, unexplained);
    };
    const auto audit_run_in = [](AuditedBlock& b, const std::vector<PrintedFigure>& elsewhere) {
        b.report = audit_grid(b.table.grid, elsewhere);
        if (headings_unsure(b.table.grid)) unsure(b.report, NotUnderstood::Why::UnsureHeadings);
        else unsure_when(b.report, not_certain);
    };
    for (PlacedTable& t : joined_tables(doc)) {
        AuditedBlock& b = out.blocks.emplace_back(AuditedBlock{std::move(t), false, {}});
        audit_table(b, {});
    }
    std::vector<bool> used(doc.paragraphs.size(), false);
    for (PlacedTable& t : read_run_in_tables(doc.paragraphs, used)) {
        AuditedBlock& b = out.blocks.emplace_back(AuditedBlock{std::move(t), true, {}});
        audit_run_in(b, {});
    }
    // A table whose figures break is diagnosed again with what the document's other tables print
    // (read surely, every check of theirs holding) as evidence of which of its figures is wrong.
    std::vector<std::vector<PrintedFigure>> printed(out.blocks.size());
    for (std::size_t i = 0; i < out.blocks.size(); ++i) {
        const AuditedBlock& b = out.blocks[i];
        if (!b.run_in && !b.table.unsure && !b.table.guessed && b.report.findings.empty() && b.report.not_understood.empty())
            printed[i] = printed_figures(b.table.grid);
    }
    for (std::size_t i = 0; i < out.blocks.size(); ++i) {
        AuditedBlock& b = out.blocks[i];
        if (b.report.findings.empty()) continue;
        std::vector<PrintedFigure> elsewhere;
        for (std::size_t j = 0; j < out.blocks.size(); ++j)
            if (j != i) elsewhere.insert(elsewhere.end(), printed[j].begin(), printed[j].end());
        if (elsewhere.empty()) continue;
        if (b.run_in) audit_run_in(b, elsewhere);
        else audit_table(b, elsewhere);
    }
    for (const AuditedBlock& b : out.blocks) {
        const PlacedTable& tt = b.table;
        const auto place = [&](std::size_t row, std::size_t) { return row < tt.row_place.size() ? tt.row_place[row] : tt.place; };
        if (b.run_in) run.block(b.report, "tabellen " + tt.place, "kr", place);
        else run.block(b.report, "tabellen på " + tt.place, tt.unit.empty() ? table_unit(tt.grid) : tt.unit, place);
    }
    out.prose = read_prose_totals(doc.paragraphs, used);
    check_totals_before_tables(out.prose, doc.tables, doc.paragraphs);
    run.prose(out.prose);
    if (doc.tables.empty() && std::none_of(used.begin(), used.end(), [](bool u) { return u; }))
        run.note("inga tabeller i dokumentet");
    return out;
}

}  // namespace finsam
