#include "finsam_audit.hpp"

#include "audit_column.hpp"
#include "audit_periods.hpp"
#include "audit_relations.hpp"
#include "labels.hpp"
#include "units.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace finsam {

namespace audit {

bool is_change_column(const std::string& raw) {
    const std::string name = normalize_label(raw);
    return name.starts_with("förändring") || name.starts_with("avvikelse") || name.starts_with("differens") ||
           name.starts_with("diff") || name == "+/-" || name.starts_with("skillnad");
}

void ColumnAuditor::run() {
    if (c_.totals_only) {
        // A summary of sums has results too: Summa intäkter less Summa kostnader (issue 20).
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (is_subtotal(rows_[i])) check_total_of_subtotals(i);
            if (rows_[i].kind == RowKind::Result && has_value(rows_[i])) check_result(i);
        }
        return;
    }
    // A change or variance column (Förändring, Avvikelse, Differens) holds differences: its sums
    // are sums, but which way its costs turn is not printed, so its result is not checked as
    // income − costs (issue 20: a variance's sign was taken the wrong way for costs).
    const bool change = is_change_column(c_.name);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (is_subtotal(rows_[i])) check_subtotal(i);
        if (rows_[i].kind == RowKind::Result && has_value(rows_[i]) && !change) check_result(i);
        if (i + 1 < rows_.size() && rows_[i + 1].kind == RowKind::Part && has_value(rows_[i]) &&
            (is_line(rows_[i]) || is_subtotal(rows_[i])))
            check_parts(i, change);
    }
    check_members();
}

// Varav rows are parts of the line above, never more lines of its sum. They may list only some of
// its parts ("varav lokaler 995"), so only these readings are sure: the parts add up to the line (a
// check that holds), or they add up to more than the whole, or one of them has the other sign (a
// relation broken). Fewer than the line is a partial breakdown: nothing is checked and nothing is said.
// In a change column only a whole breakdown says anything: the changes of some parts may go either
// way, and exceed the line's.
void ColumnAuditor::check_parts(std::size_t line, bool change) {
    Money sum;
    RowTerms terms{{line, 1}};
    const Money stated = value(rows_[line]);
    const auto opposite = [](Money a, Money b) {
        return (a.is_negative() && b.ore() > 0) || (b.is_negative() && a.ore() > 0);
    };
    bool part_opposite = false;  // a part of a cost printed as income, or the reverse: no part of it
    for (std::size_t p = line + 1; p < rows_.size() && rows_[p].kind == RowKind::Part; ++p) {
        if (!has_value(rows_[p])) continue;
        sum += value(rows_[p]);
        terms.push_back({p, -1});
        part_opposite = part_opposite || opposite(value(rows_[p]), stated);
    }
    if (terms.size() < 2) return;
    if (rows_[line].whole) return judge(AuditCheck::SumOfLines, line, {sum}, [&](std::size_t) { return terms; });
    if (change) return;
    if (sum != stated && !opposite(sum, stated) && !part_opposite && abs(sum) < abs(stated)) return;
    judge(AuditCheck::SumOfLines, line, {sum}, [&](std::size_t) { return terms; });
}

AuditFinding ColumnAuditor::describe(std::size_t i) const {
    const LayoutRow& r = rows_[i];
    AuditFinding f = make_finding(AuditCheck::SumOfLines, r.source_row, c_.grid_col, r.label, c_.name, value(r), value(r));
    // An unlabelled sum is named by its group's heading: "Insatser (summa)".
    if (r.label.empty()) {
        f.naming = AuditFinding::Naming::Unnamed;
        for (std::size_t p = i; p-- > 0;) {
            if (is_subtotal(rows_[p])) break;
            if (rows_[p].kind == RowKind::Heading && !row_has_amount_[rows_[p].source_row]) {
                f.label = rows_[p].label;
                f.naming = AuditFinding::Naming::GroupHeading;
                break;
            }
        }
    }
    return f;
}

AuditFinding& ColumnAuditor::find(AuditCheck check, std::size_t i, Money computed) {
    AuditFinding f = describe(i);
    f.check = check;
    f.computed = computed;
    report_.findings.push_back(std::move(f));
    return report_.findings.back();
}

void ColumnAuditor::record(AuditCheck check, std::size_t i, const RowTerms& terms, WideInt tolerance, bool broken) {
    if (!log_ || log_->too_many) return;
    Relation r;
    r.check = check;
    r.target = {rows_[i].source_row, c_.grid_col};
    r.tolerance = tolerance;
    // A cell may stand twice (a part of its own base): its coefficients are added.
    RowTerms merged = terms;
    std::sort(merged.begin(), merged.end());
    std::size_t kept = 0;
    for (std::size_t k = 0; k < merged.size(); ++k) {
        if (kept > 0 && merged[kept - 1].first == merged[k].first) merged[kept - 1].second += merged[k].second;
        else merged[kept++] = merged[k];
    }
    merged.resize(kept);
    for (const auto& [p, coef] : merged) {
        if (coef == 0) continue;
        const CellKey key{rows_[p].source_row, c_.grid_col};
        r.terms.push_back({key, coef});
        if (!log_->cells.count(key)) log_->cells.emplace(key, describe(p));
    }
    if (broken) r.finding = report_.findings.size() - 1;
    log_->add(std::move(r));
}

void ColumnAuditor::judge(AuditCheck check, std::size_t i, const std::vector<Money>& candidates,
                          const TermsOf& terms_of) {
    if (candidates.empty()) return;
    ++report_.checks;
    const Money stated = value(rows_[i]);
    const auto same = std::find(candidates.begin(), candidates.end(), stated);
    if (same != candidates.end()) {
        if (recording()) record(check, i, terms_of(static_cast<std::size_t>(same - candidates.begin())), 0, false);
        return;
    }
    const auto closest = std::min_element(candidates.begin(), candidates.end(), [&](Money a, Money b) {
        return abs(a - stated) < abs(b - stated);
    });
    find(check, i, *closest);
    if (recording()) record(check, i, terms_of(static_cast<std::size_t>(closest - candidates.begin())), 0, true);
}

}  // namespace audit

namespace {

using namespace audit;

// The period name of a column, for the chain: the column's header text.
std::string column_name(const Layout& layout) {
    if (!layout.period_names.empty() && !layout.period_names[0].empty()) return layout.period_names[0];
    for (const LayoutRow& r : layout.rows) {
        if (r.kind == RowKind::ColumnText) return r.column_text;
        if (is_line(r)) break;
    }
    return {};
}

std::optional<std::size_t> find_label_column(const Grid& g) {
    for (std::size_t c = 0; c < g.cols(); ++c) {
        std::size_t texts = 0, numbers = 0;
        for (std::size_t r = 0; r < g.rows(); ++r) {
            texts += g.at(r, c).is_text();
            numbers += g.at(r, c).is_number();
        }
        if (texts >= 2 && texts >= numbers) return c;
    }
    return std::nullopt;
}

// A row with words in one figure column and figures in another is not a budget row (the rows
// FINSAM_AUDIT itself writes, say): it is left out, like a blank row.
std::vector<bool> mixed_rows(const Grid& g, std::size_t label_col) {
    std::vector<bool> figure_col(g.cols(), false);
    for (std::size_t c = label_col + 1; c < g.cols(); ++c)
        for (std::size_t r = 0; r < g.rows() && !figure_col[c]; ++r) figure_col[c] = g.at(r, c).is_number();
    std::vector<bool> mixed(g.rows(), false);
    for (std::size_t r = 0; r < g.rows(); ++r) {
        bool words = false, figures = false;
        for (std::size_t c = label_col + 1; c < g.cols(); ++c) {
            if (!figure_col[c]) continue;
            const Cell& cell = g.at(r, c);
            figures = figures || cell.is_number();
            if (cell.is_text()) {
                const std::string t = normalize_label(cell.text);
                words = words || !(t.empty() || t == "-" || t == "–");
            }
        }
        mixed[r] = words && figures;
    }
    return mixed;
}

// A column holding no number may still hold amounts typed as text or errors where amounts stand.
bool any_text_figure(const Grid& g, std::size_t c, const std::vector<bool>& mixed) {
    for (std::size_t r = 0; r < g.rows(); ++r) {
        if (mixed[r] || !g.at(r, c).is_text()) continue;
        if (is_error_text(g.at(r, c).text) || is_number_text(normalize_label(g.at(r, c).text))) return true;
    }
    return false;
}

// A cell lenient reading could not take as an amount, for the report.
NotUnderstood unread(const UnreadCell& u, const Grid& g, std::size_t label_col, std::size_t grid_col) {
    using Why = NotUnderstood::Why;
    Why why = Why::NotFinite;
    switch (u.why) {
        case UnreadCell::Why::NotFinite: why = Why::NotFinite; break;
        case UnreadCell::Why::TooLarge: why = Why::TooLarge; break;
        case UnreadCell::Why::NumberAsText: why = Why::NumberAsText; break;
        case UnreadCell::Why::ShowsError: why = Why::ShowsError; break;
    }
    const Cell& label = g.at(u.row, label_col);
    return {why, true, u.row, grid_col, label.is_text() ? label.text : std::string(), u.text};
}

// A column of populations, by its heading ("Invånare", "Folkmängd 1 nov 2023", "Antal invånare"):
// its numbers are people, never amounts. The heading is the last text above its first number.
bool is_population_column(const Grid& g, std::size_t c) {
    std::string heading;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        const Cell& cell = g.at(r, c);
        if (cell.is_number()) break;
        if (!cell.is_text()) continue;
        if (std::string label = normalize_label(cell.text); !label.empty()) heading = std::move(label);
    }
    for (std::string_view w : {"invånare", "folkmängd", "befolkning", "antal inv", "inv."})
        if (heading.find(w) != std::string::npos) return true;
    return false;
}

// Per grid row, the population printed in the table's population column (0: none); empty when the
// table has none, or more than one.
std::vector<std::int64_t> read_populations(const Grid& g, std::size_t label_col) {
    std::vector<std::int64_t> out;
    for (std::size_t c = label_col + 1; c < g.cols(); ++c) {
        if (!is_population_column(g, c)) continue;
        if (!out.empty()) return {};
        out.assign(g.rows(), 0);
        for (std::size_t r = 0; r < g.rows(); ++r) {
            const Cell& cell = g.at(r, c);
            if (cell.is_number() && cell.number >= 1 && cell.number <= 1e8 && cell.number == std::floor(cell.number))
                out[r] = static_cast<std::int64_t>(cell.number);
        }
    }
    return out;
}

}  // namespace

std::string municipality_key(const std::string& label) {
    std::string l = normalize_label(label);
    for (std::string_view tail : {" kommun", " stad"})
        if (l.size() > tail.size() && l.ends_with(tail)) l.erase(l.size() - tail.size());
    if (l.size() > 2 && l.back() == 's') l.pop_back();
    return l;
}

PopulationsByName populations_by_name(const Grid& g) {
    PopulationsByName out;
    const auto label_col = find_label_column(g);
    if (!label_col) return out;
    const std::vector<std::int64_t> people = read_populations(g, *label_col);
    std::set<std::string> twice;
    for (std::size_t r = 0; r < people.size(); ++r) {
        const Cell& label = g.at(r, *label_col);
        if (people[r] <= 0 || !label.is_text()) continue;
        const std::string key = municipality_key(label.text);
        if (key.empty() || !out.emplace(key, people[r]).second) twice.insert(key);
    }
    for (const std::string& k : twice) out.erase(k);  // a name printed twice tells no one population
    return out;
}

namespace {

// The period columns (and columns of printed totals) right of the label column; the cells where
// amounts stand that could not be read go to `unread`.
std::vector<Column> read_columns(const Grid& g, std::size_t label_col, std::vector<NotUnderstood>& unread_cells) {
    const std::vector<bool> mixed = mixed_rows(g, label_col);
    std::vector<Column> columns;
    for (std::size_t c = label_col + 1; c < g.cols(); ++c) {
        Grid two(g.rows(), 2);
        bool numbers = false;
        for (std::size_t r = 0; r < g.rows(); ++r) {
            if (mixed[r]) continue;
            two.at(r, 0) = g.at(r, label_col);
            two.at(r, 1) = g.at(r, c);
            numbers = numbers || g.at(r, c).is_number();
        }
        if (!numbers && !any_text_figure(g, c, mixed)) continue;
        if (is_population_column(g, c)) continue;
        auto layout = read_layout(two, kAuditRange, {.equity_draws_apart = true, .lenient = true});
        if (!layout) continue;
        for (const UnreadCell& u : layout->unread) unread_cells.push_back(unread(u, g, label_col, c));
        // A period column has lines with labels (or is an equity table: opening equity and results,
        // no sums); a column of printed totals only, or of notes, has neither.
        const auto labelled = [&](RowKind k) {
            return std::any_of(layout->rows.begin(), layout->rows.end(), [&](const LayoutRow& r) {
                return r.kind == k && has_value(r) && !r.label.empty();
            });
        };
        const bool period = labelled(RowKind::Line) || (labelled(RowKind::EquityDraw) && !labelled(RowKind::Subtotal));
        const bool totals = !period && labelled(RowKind::Subtotal);
        if (!period && !totals) continue;
        columns.push_back({c, column_name(*layout), std::move(layout->rows), totals});
    }
    return columns;
}

// A member group printed over its members (issue 20): "Staten (50 %)" over Försäkringskassan and
// Arbetsförmedlingen, "Kommunerna (25 %)" over each municipality. Only the label says so, never the
// figures alone: by law the region's 25 % equals the municipalities' together, so a row equal to
// the rows below it is no group without a group's name and members' names below.
enum class Group { None, State, Municipalities };
// `l`: the row's label, normalised (normalize_label).
Group group_of(const std::string& l) {
    const auto word = [&](std::string_view w) {
        return l.starts_with(w) && (l.size() == w.size() || l[w.size()] == ' ' || l[w.size()] == '(');
    };
    if (word("staten") || word("statens andel") || word("statliga medel")) return Group::State;
    if (word("kommunerna") || word("kommuner") || word("medlemskommunerna") || word("kommunernas andel"))
        return Group::Municipalities;
    return Group::None;
}

// A group's row is no member of a group (a run of "Staten …" rows is no group of groups: each would
// take in all the rows below it).
bool member_of(Group g, const std::string& l) {
    const auto has = [&](std::string_view w) { return l.find(w) != std::string::npos; };
    const bool state = has("försäkringskassan") || has("arbetsförmedlingen") || l == "fk" || l == "af" ||
                       l.starts_with("fk ") || l.starts_with("af ");
    if (group_of(l) != Group::None) return false;
    if (g == Group::State) return state;
    return !state && !has("region") && !has("landsting") && !has("staten") && !has("intäkt") &&
           !has("eget kapital") && !has("esf");
}

// Group rows read as lines over their members, and sums that stand at the top of their block
// ("Summa kansli" right under the heading "Kansli", its lines below), as the figures of every
// period show them: a group whose members add up to it in some period is a group in all of them,
// its members its parts (never lines of the income sum besides it); a sum at the top of its
// block that its lines below give in some period is read after them, where the sums are checked.
void read_blocks(std::vector<Column>& columns) {
    if (columns.empty()) return;
    std::map<std::size_t, std::size_t> group_end;   // group's source row -> its last member's
    std::map<std::size_t, std::size_t> top_sum_end;  // top sum's source row -> its last line's
    std::set<std::size_t> full_varav;                 // lines whose varav rows give them in some period
    for (const Column& c : columns) {
        // A change column is no period: its differences add up by chance (a partial breakdown's
        // changes can give the line's change) and must not make a breakdown whole in the periods.
        if (c.totals_only || is_change_column(c.name)) continue;
        const std::vector<LayoutRow>& rows = c.rows;
        std::vector<std::string> labels;  // normalised once: a row is looked at from every group above it
        labels.reserve(rows.size());
        for (const LayoutRow& r : rows) labels.push_back(normalize_label(r.label));
        // Per row, the figures of the run of varav rows from it down (their sum and count), kept
        // from the bottom up: every row above such a run is compared with the rest of it, and a
        // pass down the run from each would be quadratic in a long one.
        std::vector<WideInt> parts_from(rows.size() + 1, 0);
        std::vector<std::size_t> count_from(rows.size() + 1, 0);
        for (std::size_t j = rows.size(); j-- > 0;)
            if (rows[j].kind == RowKind::Part && has_value(rows[j])) {
                parts_from[j] = parts_from[j + 1] + value(rows[j]).ore();
                count_from[j] = count_from[j + 1] + 1;
            } else if (rows[j].kind == RowKind::Part) {
                parts_from[j] = parts_from[j + 1];
                count_from[j] = count_from[j + 1];
            }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const LayoutRow& r = rows[i];
            if (!has_value(r)) continue;
            if (i + 1 < rows.size() && rows[i + 1].kind == RowKind::Part && count_from[i + 1] >= 2 &&
                parts_from[i + 1] == value(r).ore())
                full_varav.insert(r.source_row);
            if (r.kind == RowKind::Line) {
                const Group g = group_of(labels[i]);
                if (g == Group::None || group_end.count(r.source_row)) continue;
                Money sum;
                std::size_t n = 0;
                // Municipalities named as such ("Alby kommun"): the group is all of them in a row, never
                // the first few that happen to add up to it (one left out would then pass as a line).
                const auto named = [&](std::size_t j) {
                    return labels[j].find("kommun") != std::string::npos;
                };
                const bool all_named = g == Group::Municipalities && i + 1 < rows.size() && named(i + 1);
                for (std::size_t j = i + 1; j < rows.size() && is_line(rows[j]) && member_of(g, labels[j]); ++j) {
                    if (all_named && !named(j)) break;
                    sum += value(rows[j]);
                    const bool run_ends = !all_named || j + 1 >= rows.size() || !is_line(rows[j + 1]) || !named(j + 1);
                    if (++n >= 2 && sum == value(r) && run_ends) {
                        group_end[r.source_row] = rows[j].source_row;
                        break;
                    }
                }
                // "Kommunerna (25 %)" over a run of two or more lines each named a municipality ("Vara
                // kommun"), in no period their sum: still their group (the lines computed on a mistyped
                // quarter must not pass as lines of the sum above, issue 21).
                if (g == Group::Municipalities && all_named && !group_end.count(r.source_row)) {
                    std::size_t j = i + 1;
                    while (j < rows.size() && is_line(rows[j]) && member_of(g, labels[j]) && named(j)) ++j;
                    if (j - (i + 1) >= 2) group_end[r.source_row] = rows[j - 1].source_row;
                }
                // The state over exactly Försäkringskassan and Arbetsförmedlingen is their group
                // whatever the figures say (a slip in one of them must not make it a third line).
                if (g == Group::State && !group_end.count(r.source_row) && i + 2 < rows.size() &&
                    is_line(rows[i + 1]) && is_line(rows[i + 2]) && member_of(g, labels[i + 1]) &&
                    member_of(g, labels[i + 2]) && (i + 3 >= rows.size() || !member_of(g, labels[i + 3])))
                    group_end[r.source_row] = rows[i + 2].source_row;
            } else if (r.kind == RowKind::Subtotal && !top_sum_end.count(r.source_row)) {
                // At the top: right under a heading (or the table's start).
                std::size_t above = i;
                while (above > 0 && rows[above - 1].kind == RowKind::Blank) --above;
                if (above > 0 && rows[above - 1].kind != RowKind::Heading && rows[above - 1].kind != RowKind::ColumnText)
                    continue;
                Money sum;
                std::size_t n = 0, last = i;
                for (std::size_t j = i + 1; j < rows.size() && (is_line(rows[j]) || rows[j].kind == RowKind::Part); ++j) {
                    if (rows[j].kind == RowKind::Part) continue;
                    sum += value(rows[j]);
                    ++n;
                    last = j;
                }
                // Two lines or more under a sum at the top of its block (nothing above it there that
                // it could sum): they are its lines whatever the figures say (a slip in one of them,
                // or in the sum, must not leave the sum unchecked). So is one line, when the heading
                // right above is the one the sum names ("Strukturinsatser", "Summa strukturinsatser",
                // "Informationsinsatser"): the heading's block is that line.
                const bool named_heading = above > 0 && rows[above - 1].kind == RowKind::Heading &&
                                           !summed_name(r.label).empty() &&
                                           summed_name(r.label) == normalize_label(rows[above - 1].label);
                const bool own_block = n >= 2 || (n == 1 && named_heading);
                if (n >= 1 && (sum == value(r) || own_block)) top_sum_end[r.source_row] = rows[last].source_row;
            }
        }
    }
    if (group_end.empty() && top_sum_end.empty() && full_varav.empty()) return;
    for (Column& c : columns) {
        std::vector<LayoutRow>& rows = c.rows;
        // A varav breakdown that gives its line in some period is the whole of it in every period.
        for (LayoutRow& r : rows)
            if (full_varav.count(r.source_row)) r.whole = true;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto g = group_end.find(rows[i].source_row);
            if (g == group_end.end()) continue;
            rows[i].whole = true;
            for (std::size_t j = i + 1; j < rows.size() && rows[j].source_row <= g->second; ++j)
                if (rows[j].kind == RowKind::Line) rows[j].kind = RowKind::Part;
        }
        // Top sums moved below their last line (their source row, by which they are named, kept).
        for (const auto& top : top_sum_end) {
            const std::size_t sum_row = top.first, end_row = top.second;  // clang 14 captures no structured binding
            const auto at = std::find_if(rows.begin(), rows.end(), [&](const LayoutRow& r) { return r.source_row == sum_row; });
            const auto end = std::find_if(rows.begin(), rows.end(), [&](const LayoutRow& r) { return r.source_row == end_row; });
            if (at == rows.end() || end == rows.end() || end < at) continue;
            // The Part rows of the last line stay with it.
            auto after = end + 1;
            while (after != rows.end() && after->kind == RowKind::Part) ++after;
            std::rotate(at, at + 1, after);
        }
    }
}

}  // namespace

std::vector<PrintedFigure> printed_figures(const Grid& g) {
    std::vector<PrintedFigure> out;
    const auto label_col = find_label_column(g);
    if (!label_col) return out;
    std::vector<NotUnderstood> unread;
    for (const Column& c : read_columns(g, *label_col, unread)) {
        if (is_change_column(c.name)) continue;
        for (const LayoutRow& r : c.rows)
            if (has_value(r) && !r.label.empty()) out.push_back({r.label, c.name, value(r)});
    }
    return out;
}

AuditReport audit_grid(const Grid& g, const Elsewhere* elsewhere) {
    using Why = NotUnderstood::Why;
    AuditReport report;
    const auto label_col = find_label_column(g);
    const bool any_number = std::any_of(g.cells().begin(), g.cells().end(), [](const Cell& c) { return c.is_number(); });
    if (!label_col) {
        if (any_number) report.not_understood.push_back({Why::NoLabelColumn});
        return report;
    }
    std::vector<NotUnderstood> unread_cells;
    std::vector<Column> columns = read_columns(g, *label_col, unread_cells);
    const std::vector<std::int64_t> populations = read_populations(g, *label_col);
    read_blocks(columns);
    std::vector<bool> row_has_amount(g.rows(), false);
    for (const Column& col : columns)
        for (const LayoutRow& r : col.rows) row_has_amount[r.source_row] = row_has_amount[r.source_row] || has_value(r);
    // A column whose amounts cannot be added up exactly is said, not checked in part.
    const auto too_large = [&](std::size_t grid_col) {
        report.not_understood.push_back({Why::TooLargeToAdd, true, 0, grid_col, {}, {}});
    };
    // The chain needs the period columns of one table side by side: runs of consecutive grid
    // columns, columns of printed totals left out.
    std::vector<std::vector<Column>> tables;
    for (const Column& c : columns) {
        if (c.totals_only) continue;
        if (tables.empty() || c.grid_col != tables.back().back().grid_col + 1) tables.emplace_back();
        tables.back().push_back(c);
    }
    ColumnAuditor::Spans spans;  // written by the first run, read by the one that records relations
    const auto checks = [&](RelationLog* log) {
        AuditReport out;
        // The findings of one column or chain, appended; so are the indices its relations keep.
        const auto take = [&](AuditReport& one, std::size_t first_relation) {
            if (log)
                for (std::size_t k = first_relation; k < log->relations.size(); ++k)
                    if (log->relations[k].finding) *log->relations[k].finding += out.findings.size();
            out.checks += one.checks;
            for (AuditFinding& f : one.findings) out.findings.push_back(std::move(f));
        };
        for (const Column& col : columns) {
            AuditReport one;
            const std::size_t first = log ? log->relations.size() : 0;
            try {
                ColumnAuditor auditor(col, row_has_amount, one);
                auditor.record_into(log);
                auditor.share_spans(&spans);
                if (!populations.empty()) auditor.use_populations(&populations);
                auditor.run();
            } catch (const MoneyOverflow&) {
                if (!log) too_large(col.grid_col);
                if (log) log->relations.resize(first);
                continue;
            }
            take(one, first);
        }
        for (const std::vector<Column>& table : tables) {
            AuditReport one;
            const std::size_t first = log ? log->relations.size() : 0;
            try {
                check_chain(table, one, log);
                check_variance(table, one, log);
                record_changes(table, log);
                for (const Column& c : table) record_equal_parts(c, log);
                take(one, first);
            } catch (const MoneyOverflow&) {
                if (!log) too_large(table.front().grid_col);
                if (log) log->relations.resize(first);
            }
        }
        return out;
    };
    AuditReport found = checks(nullptr);
    report.checks = found.checks;
    report.findings = std::move(found.findings);
    // Something broke: the checks again, as relations, and the diagnosis of the figures to fix.
    if (!report.findings.empty()) {
        RelationLog log;
        if (elsewhere) log.elsewhere = elsewhere->figures;
        AuditReport again = checks(&log);
        if (elsewhere)
            for (std::size_t r = 0; r < g.rows(); ++r)
                if (const Cell& label = g.at(r, *label_col); label.is_text())
                    if (const auto it = elsewhere->populations.find(municipality_key(label.text));
                        it != elsewhere->populations.end())
                        log.population_of_row[r] = it->second;
        if (!log.too_many) {
            report.findings = diagnose(log, again.findings);
        } else {
            for (AuditFinding& f : report.findings) {
                f.certainty = AuditFinding::Certainty::Undecided;
                f.diagnosed = false;
            }
        }
    }
    report.columns = 0;
    for (const auto& table : tables) report.columns += table.size();
    for (NotUnderstood& u : unread_cells) report.not_understood.push_back(std::move(u));
    if (report.checks == 0 && any_number) {
        // Sums or results by their labels that nothing could be checked against are left unread;
        // a table without any (a list of years, a table of key figures) has nothing to check.
        bool totals = false;
        for (std::size_t r = 0; r < g.rows() && !totals; ++r) {
            const Cell& label = g.at(r, *label_col);
            if (!label.is_text()) continue;
            const LabelKind kind = classify_label(label.text);
            if (kind != LabelKind::Subtotal && kind != LabelKind::Result) continue;
            for (std::size_t c = *label_col + 1; c < g.cols() && !totals; ++c) totals = g.at(r, c).is_number();
        }
        report.not_understood.push_back({totals ? Why::NothingToCheck : Why::NoTotals});
    }
    name_periods_by_their_tables(g, report);  // tables stacked in one column: each its own period
    return report;
}

}  // namespace finsam
