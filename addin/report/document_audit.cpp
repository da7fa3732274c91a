#include "document_audit.hpp"

#include "budget_layout.hpp"
#include "labels.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
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

// The result of an equity table against the budget's (issue 20): "Årets resultat" or "Periodens
// resultat" between the opening and the closing equity is the budget table's result of the same
// period. Tables apart are audited apart; this is the relation between them.
struct ResultRows {
    std::optional<std::size_t> result, opening, closing;  // grid rows
    bool costs = false, equity = false;
};

ResultRows result_rows(const Grid& g) {
    ResultRows out;
    std::optional<std::size_t> last_equity, last_costs;
    std::size_t equity_rows = 0;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        if (!g.at(r, 0).is_text()) continue;
        const std::string l = normalize_label(g.at(r, 0).text);
        if (l.find("kostnad") != std::string::npos) out.costs = true, last_costs = r;
        if (l.find("eget kapital") != std::string::npos) {
            ++equity_rows;
            if (out.result && !out.closing) out.closing = r;
            if (!out.result) last_equity = r;
        } else if (l.find("resultat") != std::string::npos && !out.result && (!out.costs || last_costs)) {
            out.result = r;
            out.opening = last_equity;
        }
    }
    out.equity = equity_rows >= 2 && !out.costs && out.opening && out.closing;
    return out;
}

// A column's name as both tables print it: its header's words, without spaces ("Budget 2 022" and
// "Budget 2022" alike).
std::string column_name(const Grid& g, std::size_t c) {
    for (std::size_t r = 0; r < g.rows(); ++r)
        if (g.at(r, c).is_text()) {
            std::string n;
            for (char ch : normalize_label(g.at(r, c).text))
                if (ch != ' ') n += ch;
            return n;
        }
    return {};
}

std::optional<Money> money_at(const Grid& g, std::size_t r, std::size_t c) {
    if (c >= g.cols() || !g.at(r, c).is_number()) return std::nullopt;
    const auto m = Money::from_double(g.at(r, c).number);
    if (!m) return std::nullopt;
    return *m;
}

bool has_finding_in(const AuditReport& report, std::size_t col) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const AuditFinding& f) { return f.col == col; });
}

void link_results(std::vector<AuditedBlock>& blocks) {
    const auto unit_of = [](const PlacedTable& t) { return t.unit.empty() ? table_unit(t.grid) : t.unit; };
    for (AuditedBlock& e : blocks) {
        if (e.run_in) continue;  // (the plan's tables; run-in tables are read by guess)
        const Grid& eg = e.table.grid;
        const ResultRows er = result_rows(eg);
        if (!er.equity || !er.result || e.report.checks == 0) continue;
        for (std::size_t c = 1; c < eg.cols(); ++c) {
            const std::string name = column_name(eg, c);
            const auto stated = money_at(eg, *er.result, c);
            if (name.empty() || !stated || name.find_first_of("0123456789") == std::string::npos) continue;
            // The budget's result of that period, in every table of the budget that prints it and
            // holds there (a table whose result breaks is its own finding); all alike, or nothing.
            std::optional<Money> budget;
            bool alike = true;
            for (const AuditedBlock& b : blocks) {
                if (&b == &e || b.run_in || b.report.checks == 0 || unit_of(b.table) != unit_of(e.table)) continue;
                const ResultRows br = result_rows(b.table.grid);
                if (!br.costs || !br.result) continue;
                for (std::size_t bc = 1; bc < b.table.grid.cols(); ++bc) {
                    if (column_name(b.table.grid, bc) != name) continue;
                    const auto v = money_at(b.table.grid, *br.result, bc);
                    if (!v || has_finding_in(b.report, bc)) continue;
                    alike = alike && (!budget || *budget == *v);
                    budget = v;
                }
            }
            if (!budget || !alike) continue;
            ++e.report.checks;
            if (*budget == *stated) continue;
            const auto opening = money_at(eg, *er.opening, c), closing = money_at(eg, *er.closing, c);
            AuditFinding f = make_finding(AuditCheck::BudgetResult, *er.result, c, eg.at(*er.result, 0).text,
                                          eg.at(0, c).is_text() ? eg.at(0, c).text : "", *stated, *budget);
            if (has_finding_in(e.report, c)) {
                // The equity breaks in this period, and the budget's result mends it: the result line
                // is the slip, whatever the table alone could not tell.
                if (!opening || !closing || *opening + *budget != *closing) continue;
                f.slip.kind = digit_slip(*stated, *budget);
                std::erase_if(e.report.findings, [&](const AuditFinding& x) { return x.col == c; });
            } else {
                // Both tables hold on their own and disagree: which is wrong is not seen, and no
                // correction is offered (said as the two figures that differ).
                f.certainty = AuditFinding::Certainty::Undecided;
                f.diagnosed = false;
            }
            e.report.findings.push_back(std::move(f));
        }
    }
}

}  // namespace

DocumentAudit audit_document(const ReadDocument& doc, AuditRun& run) {
    DocumentAudit out;
    std::vector<PlacedTable> tables = joined_tables(doc);
    std::vector<bool> used(doc.paragraphs.size(), false);
    std::vector<PlacedTable> run_in = read_run_in_tables(doc.paragraphs, used);
    // A members table's populations tell the budget's municipal lines their right values when they
    // were computed on a mistyped quarter (issue 21); a name printed alike in two tables counts once.
    Elsewhere elsewhere;
    std::set<std::string> differ;
    for (const auto* list : {&tables, &run_in})
        for (const PlacedTable& t : *list)
            for (const auto& [name, n] : populations_by_name(t.grid))
                if (const auto [it, fresh] = elsewhere.populations.emplace(name, n); !fresh && it->second != n)
                    differ.insert(name);
    for (const std::string& name : differ) elsewhere.populations.erase(name);
    // Never accuse on a guessed reading (issue 20): where the reader was unsure of the table's
    // figures (PDF) and they break, or cut it into rows by guess (running text), the reading is
    // said not understood, not the plan wrong.
    const auto audit_table = [](AuditedBlock& b, const Elsewhere& e) {
        b.report = audit_grid(b.table.grid, &e);
        if (b.table.unsure && !b.report.findings.empty()) unsure(b.report, NotUnderstood::Why::UnsureFigures);
        if (b.table.guessed && headings_unsure(b.table.grid)) unsure(b.report, NotUnderstood::Why::UnsureHeadings);
        else if (b.table.guessed) unsure_when(b.report, unexplained);
    };
    const auto audit_run_in = [](AuditedBlock& b, const Elsewhere& e) {
        b.report = audit_grid(b.table.grid, &e);
        if (headings_unsure(b.table.grid)) unsure(b.report, NotUnderstood::Why::UnsureHeadings);
        else unsure_when(b.report, not_certain);
    };
    for (PlacedTable& t : tables) audit_table(out.blocks.emplace_back(AuditedBlock{std::move(t), false, {}}), elsewhere);
    for (PlacedTable& t : run_in) audit_run_in(out.blocks.emplace_back(AuditedBlock{std::move(t), true, {}}), elsewhere);
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
        Elsewhere with = elsewhere;
        for (std::size_t j = 0; j < out.blocks.size(); ++j)
            if (j != i) with.figures.insert(with.figures.end(), printed[j].begin(), printed[j].end());
        if (with.figures.empty()) continue;
        if (b.run_in) audit_run_in(b, with);
        else audit_table(b, with);
    }
    link_results(out.blocks);
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
