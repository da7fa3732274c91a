#include "budget_audit.hpp"

#include "budget_layout.hpp"
#include "equity_chain.hpp"
#include "swedish_text.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <regex>

namespace finsam {

std::string column_letters(std::size_t col) {
    std::string s;
    for (++col; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
    return s;
}

namespace {

bool has_value(const LayoutRow& r) { return r.amounts.size() == 1 && r.amounts[0].has_value(); }
Money value(const LayoutRow& r) { return *r.amounts[0]; }
bool is_line(const LayoutRow& r) { return (r.kind == RowKind::Line || r.kind == RowKind::EquityDraw) && has_value(r); }
bool is_subtotal(const LayoutRow& r) { return r.kind == RowKind::Subtotal && has_value(r); }
bool label_has(const LayoutRow& r, std::string_view word) {
    return normalize_label(r.label).find(word) != std::string::npos;
}

// A derived row that states closing equity (Prel balanserat resultat, Eget kapital efter ...), as
// opposed to a result of the year.
bool is_closing_equity(const LayoutRow& r) { return is_closing_equity_label(r.label); }

bool is_unit_heading(const std::string& text) {
    static const std::regex unit("(belopp)? ?\\(?((t|mn)?kr|t?sek)\\)?");
    return std::regex_match(normalize_label(text), unit);
}

// One period column of the grid, read through the layout engine with the shared label column.
struct Column {
    std::size_t grid_col;
    std::string name;
    std::vector<LayoutRow> rows;
    // A column of printed totals only (no lines): only totals over two or more of its own
    // subtotals can be checked there.
    bool totals_only = false;
};

class ColumnAuditor {
public:
    // `row_has_amount`: per grid row, whether any period column has an amount there; a heading
    // is a label with no amount anywhere, not merely none in this column.
    ColumnAuditor(const Column& c, const std::vector<bool>& row_has_amount, AuditReport& report)
        : c_(c), rows_(c.rows), row_has_amount_(row_has_amount), report_(report) {}

    void run() {
        if (c_.totals_only) {
            for (std::size_t i = 0; i < rows_.size(); ++i)
                if (is_subtotal(rows_[i])) check_total_of_subtotals(i);
            return;
        }
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (is_subtotal(rows_[i])) check_subtotal(i);
            if (rows_[i].kind == RowKind::Result && has_value(rows_[i])) check_result(i);
        }
        check_members();
    }

private:
    const Column& c_;
    const std::vector<LayoutRow>& rows_;
    const std::vector<bool>& row_has_amount_;
    AuditReport& report_;

    // An unlabelled sum is named by its group's heading: "Insatser (summa)".
    std::string label_of(std::size_t i) const {
        if (!rows_[i].label.empty()) return rows_[i].label;
        for (std::size_t p = i; p-- > 0;) {
            if (is_subtotal(rows_[p])) break;
            if (rows_[p].kind == RowKind::Heading && !row_has_amount_[rows_[p].source_row])
                return rows_[p].label + " (summa)";
        }
        return "(summarad utan etikett)";
    }

    void find(AuditCheck check, std::size_t i, Money computed, const std::string& what) {
        const LayoutRow& r = rows_[i];
        const std::string label = label_of(i);
        report_.findings.push_back({check, r.source_row, c_.grid_col, label, c_.name, value(r), computed,
                                    label + ", " + c_.name + ": anges " + format_amount(value(r)) + ", " + what + " " +
                                        format_amount(computed) + " (skillnad " +
                                        format_amount(value(r) - computed) + ")."});
    }

    // Where a run of lines may start: the top, and after every heading, blank row, the table's
    // own header, subtotal or result.
    std::vector<std::size_t> starts(std::size_t from, std::size_t to) const {
        std::vector<std::size_t> s{from};
        for (std::size_t p = from; p < to; ++p) {
            const RowKind k = rows_[p].kind;
            if (k != RowKind::Line && k != RowKind::EquityDraw) s.push_back(p + 1);
        }
        return s;
    }

    std::optional<Money> lines_sum(std::size_t from, std::size_t to) const {
        std::optional<Money> sum;
        for (std::size_t p = from; p < to; ++p)
            if (is_line(rows_[p])) sum = sum.value_or(Money()) + value(rows_[p]);
        return sum;
    }

    // The printed subtotals in [from, to) plus the lines after the last of them.
    std::optional<Money> structure_sum(std::size_t from, std::size_t to) const {
        std::optional<Money> sum;
        std::size_t after = from;
        for (std::size_t p = from; p < to; ++p)
            if (is_subtotal(rows_[p])) {
                sum = sum.value_or(Money()) + value(rows_[p]);
                after = p + 1;
            }
        if (!sum) return std::nullopt;
        if (auto tail = lines_sum(after, to)) *sum += *tail;
        return sum;
    }

    void check_subtotal(std::size_t i) {
        // Totals may reach over sub-headings that repeat the unit ("Interna kostnader | Tkr"),
        // not over a header naming periods ("Medlem | 2020"): a new table starts there.
        const Money stated = value(rows_[i]);
        std::size_t top = 0;
        for (std::size_t p = i; p-- > 0;)
            if (rows_[p].kind == RowKind::ColumnText && !is_unit_heading(rows_[p].column_text)) {
                top = p + 1;
                break;
            }
        std::optional<std::size_t> prev_sub;
        for (std::size_t p = i; p-- > top;)
            if (is_subtotal(rows_[p])) {
                prev_sub = p;
                break;
            }
        std::size_t group_from = prev_sub ? *prev_sub + 1 : top;
        // A group's lines never reach over a header in their column (a new table starts there).
        for (std::size_t p = i; p-- > group_from;)
            if (rows_[p].kind == RowKind::ColumnText) {
                group_from = p + 1;
                break;
            }
        std::vector<Money> candidates;
        for (std::size_t b : starts(top, i)) {
            if (b >= group_from) {
                if (auto s = lines_sum(b, i)) candidates.push_back(*s);
            } else {  // a total reaching over earlier subtotals
                if (auto s = lines_sum(b, i)) candidates.push_back(*s);
                if (auto s = structure_sum(b, i)) candidates.push_back(*s);
            }
        }
        if (candidates.empty()) return;  // nothing above it to add up
        ++report_.checks;
        if (std::find(candidates.begin(), candidates.end(), stated) != candidates.end()) return;
        const Money closest = *std::min_element(candidates.begin(), candidates.end(), [&](Money a, Money b) {
            return abs(a - stated) < abs(b - stated);
        });
        find(AuditCheck::Sum, i, closest, "raderna ger");
    }

    // A total over printed subtotals alone, from some start above: the only sum a column of
    // printed totals can be checked for.
    void check_total_of_subtotals(std::size_t i) {
        // A group's own subtotal (lines of the table between it and the subtotal before it) has
        // nothing to be checked against here.
        for (std::size_t p = i; p-- > 0 && !is_subtotal(rows_[p]);)
            if (row_has_amount_[rows_[p].source_row] && rows_[p].kind != RowKind::Subtotal) return;
        std::vector<Money> candidates;
        for (std::size_t b : starts(0, i)) {
            std::size_t count = 0;
            bool lines = false;
            for (std::size_t p = b; p < i; ++p) {
                count += is_subtotal(rows_[p]);
                lines = lines || is_line(rows_[p]);
            }
            if (count >= 2 && !lines) candidates.push_back(*structure_sum(b, i));
        }
        if (candidates.empty()) return;
        ++report_.checks;
        const Money stated = value(rows_[i]);
        if (std::find(candidates.begin(), candidates.end(), stated) != candidates.end()) return;
        const Money closest = *std::min_element(candidates.begin(), candidates.end(), [&](Money a, Money b) {
            return abs(a - stated) < abs(b - stated);
        });
        find(AuditCheck::Sum, i, closest, "delsummorna ger");
    }

    // Income ends at the income total, or where costs begin, or at the first subtotal.
    std::optional<std::size_t> income_end(std::size_t from, std::size_t to) const {
        for (std::size_t p = from; p < to; ++p)
            if (rows_[p].kind == RowKind::Subtotal && label_has(rows_[p], "intäkt")) return p;
        for (std::size_t p = from; p < to; ++p)
            if (rows_[p].kind != RowKind::Line && label_has(rows_[p], "kostnad")) return p;
        for (std::size_t p = from; p < to; ++p)
            if (is_subtotal(rows_[p])) return p;
        return std::nullopt;
    }

    // What income − costs (plus the opening equity, for a closing-equity row) gives when the
    // budget starts at `from`; nullopt when there are not both income and costs there.
    std::optional<Money> expected_result(std::size_t from, std::size_t i, bool closing) const {
        const auto split = income_end(from, i);
        if (!split) return std::nullopt;
        std::optional<Money> income, draws, costs;
        bool costs_all_negative = true, some_cost = false;
        for (std::size_t p = from; p < *split; ++p) {
            if (!is_line(rows_[p])) continue;
            auto& target = rows_[p].kind == RowKind::EquityDraw ? draws : income;
            target = target.value_or(Money()) + value(rows_[p]);
        }
        for (std::size_t p = *split + 1; p < i; ++p) {
            if (!is_line(rows_[p])) continue;
            costs = costs.value_or(Money()) + value(rows_[p]);
            if (!value(rows_[p]).is_zero()) {
                some_cost = true;
                costs_all_negative = costs_all_negative && value(rows_[p]).is_negative();
            }
        }
        if (!income || !costs) return std::nullopt;
        const Money out = some_cost && costs_all_negative ? -*costs : *costs;
        return *income + (closing ? draws.value_or(Money()) : Money()) - out;
    }

    void check_result(std::size_t i) {
        // The budget a result closes starts after the previous result, or at one of the header rows
        // in between (a document may print the member table just above its budget).
        std::size_t from = 0;
        for (std::size_t p = i; p-- > 0;)
            if (rows_[p].kind == RowKind::Result) {
                from = p + 1;
                break;
            }
        std::vector<std::size_t> starts{from};
        for (std::size_t p = from; p < i; ++p)
            if (rows_[p].kind == RowKind::ColumnText && rows_[p].label.empty()) starts.push_back(p + 1);
        const bool closing = is_closing_equity(rows_[i]);
        std::vector<Money> candidates;
        for (std::size_t s : starts)
            if (auto e = expected_result(s, i, closing)) candidates.push_back(*e);
        if (candidates.empty()) {
            if (closing) check_equity_table(i);
            return;
        }
        ++report_.checks;
        const Money stated = value(rows_[i]);
        if (std::find(candidates.begin(), candidates.end(), stated) != candidates.end()) return;
        const Money closest = *std::min_element(candidates.begin(), candidates.end(), [&](Money a, Money b) {
            return abs(a - stated) < abs(b - stated);
        });
        find(closing ? AuditCheck::Equity : AuditCheck::Result, i, closest,
             closing ? "ingående eget kapital + intäkter − kostnader ger" : "intäkter − kostnader ger");
    }

    // An equity table: an opening equity row (or an earlier closing), results, then the closing.
    void check_equity_table(std::size_t i) {
        std::optional<Money> results;
        for (std::size_t p = i; p-- > 0;) {
            const LayoutRow& r = rows_[p];
            if (!has_value(r)) continue;
            if (r.kind == RowKind::Result && !is_closing_equity(r)) {
                results = results.value_or(Money()) + value(r);
            } else if (r.kind == RowKind::EquityDraw || (r.kind == RowKind::Result && is_closing_equity(r))) {
                if (!results) return;
                ++report_.checks;
                const Money expected = value(r) + *results;
                if (value(rows_[i]) != expected)
                    find(AuditCheck::Equity, i, expected, "ingående eget kapital + resultat ger");
                return;
            } else {
                return;  // lines: not an equity table
            }
        }
    }

    enum class Member { None, State, Fk, Af, Region, Municipality };
    static Member member_of(const LayoutRow& r) {
        const std::string l = normalize_label(r.label);
        const auto has = [&](std::string_view w) { return l.find(w) != std::string::npos; };
        if (has("försäkringskassan") && has("arbetsförmedlingen")) return Member::State;
        if (has("staten") || has("statens") || has("statlig")) return Member::State;
        if (has("försäkringskassan")) return Member::Fk;
        if (has("arbetsförmedlingen")) return Member::Af;
        if (has("region") || has("landsting")) return Member::Region;
        if (has("kommun") || has(" stad") || l.starts_with("stad")) return Member::Municipality;
        return Member::None;
    }

    // Member contributions: a run of lines (between headings, blank rows, sums) naming the state,
    // one region and municipalities.
    void check_members() {
        std::size_t p = 0;
        while (p < rows_.size()) {
            std::size_t end = p;
            while (end < rows_.size() && (rows_[end].kind == RowKind::Line || rows_[end].kind == RowKind::EquityDraw))
                ++end;
            if (end > p) check_member_run(p, end);
            p = end + 1;
        }
    }

    void check_member_run(std::size_t from, std::size_t to) {
        std::vector<std::size_t> state, fk, af, region, municipalities;
        for (std::size_t p = from; p < to; ++p) {
            if (!has_value(rows_[p])) continue;
            switch (member_of(rows_[p])) {
                case Member::State: state.push_back(p); break;
                case Member::Fk: fk.push_back(p); break;
                case Member::Af: af.push_back(p); break;
                case Member::Region: region.push_back(p); break;
                case Member::Municipality: municipalities.push_back(p); break;
                case Member::None: break;
            }
        }
        const bool two_lines = state.empty() && fk.size() == 1 && af.size() == 1;
        if (!(state.size() == 1 || two_lines) || region.size() != 1 || municipalities.empty()) return;

        std::vector<std::size_t> all = two_lines ? std::vector<std::size_t>{fk[0], af[0]} : state;
        all.push_back(region[0]);
        all.insert(all.end(), municipalities.begin(), municipalities.end());
        Money total;
        for (std::size_t p : all) total += value(rows_[p]);
        // The rounding step the document used: the largest of 1 000, 100, 10, 1 kr dividing every part.
        std::int64_t step = 1;
        for (std::int64_t s : {100000, 10000, 1000, 100}) {
            if (std::all_of(all.begin(), all.end(), [&](std::size_t p) { return value(rows_[p]).ore() % s == 0; })) {
                step = s;
                break;
            }
        }
        // Largest-remainder (or any honest) rounding keeps every part within one step of its quota.
        const auto check_quota = [&](std::size_t p, int quarters, const char* share) {
            ++report_.checks;
            const WideInt exact4 = static_cast<WideInt>(total.ore()) * quarters;  // 4 × quota
            const WideInt diff4 = static_cast<WideInt>(value(rows_[p]).ore()) * 4 - exact4;
            if (diff4 < 4 * static_cast<WideInt>(step) && diff4 > -4 * static_cast<WideInt>(step)) return;
            const Money quota = Money::from_ore(static_cast<std::int64_t>(exact4 / 4));
            find(AuditCheck::Members, p, quota,
                 std::string("är inte ") + share + " av medlemsbidragen " + format_amount(total) + ", som ger");
        };
        if (two_lines) {
            check_quota(fk[0], 1, "25 %");
            check_quota(af[0], 1, "25 %");
        } else {
            check_quota(state[0], 2, "50 %");
        }
        check_quota(region[0], 1, "25 %");

        // A share printed in the label: "Halmstads kommun, 8 %".
        static const std::regex percent("(\\d+(?:,\\d+)?) ?%");
        for (std::size_t p : municipalities) {
            std::smatch m;
            const std::string label = rows_[p].label;
            if (!std::regex_search(label, m, percent)) continue;
            std::string digits = m[1];
            std::replace(digits.begin(), digits.end(), ',', '.');
            const double pct = std::stod(digits);
            const Money expected = Money::from_ore(static_cast<std::int64_t>(std::llround(total.ore() * pct / 100.0)));
            ++report_.checks;
            if (abs(value(rows_[p]) - expected).ore() < step) continue;
            find(AuditCheck::Share, p, expected, m.str() + " av medlemsbidragen " + format_amount(total) + " är");
        }
    }
};

// The period names of the columns, for the chain: the column's header text.
std::string column_name(const Layout& layout, std::size_t grid_col) {
    if (!layout.period_names.empty() && !layout.period_names[0].empty()) return layout.period_names[0];
    for (const LayoutRow& r : layout.rows) {
        if (r.kind == RowKind::ColumnText) return r.column_text;
        if (is_line(r)) break;
    }
    return "kolumn " + column_letters(grid_col);
}

// From column to column: the opening equity of a period is the closing equity of the period
// before it in the chain (a budget superseded by its year's forecast is passed over).
void check_chain(const std::vector<Column>& columns, AuditReport& report) {
    if (columns.size() < 2) return;
    std::vector<std::string> names;
    for (const Column& c : columns) names.push_back(c.name);
    const PeriodRoles roles = period_roles(names);
    const std::size_t n = columns[0].rows.size();
    for (std::size_t open = 0; open < n; ++open) {
        if (columns[0].rows[open].kind != RowKind::EquityDraw) continue;
        for (std::size_t close = open + 1; close < n; ++close) {
            const LayoutRow& r = columns[0].rows[close];
            if (r.kind != RowKind::Result || !is_closing_equity(r)) continue;
            std::optional<std::size_t> prev;
            for (std::size_t k = 0; k < columns.size(); ++k) {
                if (columns[k].rows.size() != n) return;
                const LayoutRow &o = columns[k].rows[open], &pc = prev ? columns[*prev].rows[close] : o;
                if (prev && has_value(o) && has_value(pc) && !roles.replaces[k]) {
                    ++report.checks;
                    if (value(o) != value(pc)) {
                        report.findings.push_back(
                            {AuditCheck::Chain, o.source_row, columns[k].grid_col, o.label, columns[k].name, value(o),
                             value(pc),
                             o.label + ", " + columns[k].name + ": anges " + format_amount(value(o)) +
                                 ", men utgående eget kapital " + columns[*prev].name + " är " +
                                 format_amount(value(pc)) + " (skillnad " + format_amount(value(o) - value(pc)) +
                                 ")."});
                    }
                }
                if (!roles.superseded[k]) prev = k;
            }
            break;
        }
    }
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

}  // namespace

AuditReport audit_grid(const Grid& g) {
    AuditReport report;
    const auto label_col = find_label_column(g);
    bool any_number = false;
    for (const Cell& c : g.cells()) any_number = any_number || c.is_number();
    if (!label_col) {
        if (any_number) report.not_understood.push_back("ingen kolumn med etiketter hittades");
        return report;
    }
    // A row with words in one figure column and figures in another is not a budget row (the
    // rows FINSAM_AUDIT itself writes, say): it is left out, like a blank row.
    std::vector<bool> figure_col(g.cols(), false);
    for (std::size_t c = *label_col + 1; c < g.cols(); ++c)
        for (std::size_t r = 0; r < g.rows() && !figure_col[c]; ++r) figure_col[c] = g.at(r, c).is_number();
    std::vector<bool> mixed(g.rows(), false);
    for (std::size_t r = 0; r < g.rows(); ++r) {
        bool words = false, figures = false;
        for (std::size_t c = *label_col + 1; c < g.cols(); ++c) {
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
    std::vector<Column> columns;
    for (std::size_t c = *label_col + 1; c < g.cols(); ++c) {
        Grid two(g.rows(), 2);
        bool numbers = false;
        for (std::size_t r = 0; r < g.rows(); ++r) {
            if (mixed[r]) continue;
            two.at(r, 0) = g.at(r, *label_col);
            two.at(r, 1) = g.at(r, c);
            numbers = numbers || g.at(r, c).is_number();
        }
        if (!numbers) continue;
        auto layout = read_layout(two, "", {.equity_draws_apart = true, .lenient = true});
        if (!layout) continue;
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
        columns.push_back({c, column_name(*layout, c), std::move(layout->rows), totals});
    }
    std::vector<bool> row_has_amount(g.rows(), false);
    for (const Column& col : columns)
        for (const LayoutRow& r : col.rows) row_has_amount[r.source_row] = row_has_amount[r.source_row] || has_value(r);
    for (const Column& col : columns) ColumnAuditor(col, row_has_amount, report).run();
    // The chain needs the period columns of one table side by side: consecutive grid columns.
    std::erase_if(columns, [](const Column& c) { return c.totals_only; });
    for (std::size_t a = 0; a < columns.size();) {
        std::size_t b = a + 1;
        while (b < columns.size() && columns[b].grid_col == columns[b - 1].grid_col + 1) ++b;
        check_chain(std::vector<Column>(columns.begin() + a, columns.begin() + b), report);
        a = b;
    }
    report.columns = columns.size();
    if (report.checks == 0 && any_number)
        report.not_understood.push_back("inga summor, resultat eller medlemsbidrag att kontrollera");
    return report;
}

}  // namespace finsam
