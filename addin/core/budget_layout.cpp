#include "budget_layout.hpp"

#include "label_words.hpp"
#include "labels.hpp"
#include "units.hpp"

#include <algorithm>
#include <cstdio>

namespace finsam {

namespace {

bool starts_with_word(const std::string& s, std::string_view word) {
    if (!s.starts_with(word)) return false;
    if (s.size() == word.size()) return true;
    const char next = s[word.size()];
    return next == ' ' || next == ':' || next == '(' || next == ',';
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// A label typed as a number (a year, an account number) is still a label.
std::string number_as_label(double v) {
    if (!(v > -1e15 && v < 1e15)) return "?";
    return std::to_string(static_cast<long long>(v));
}

bool row_is_blank(const Grid& g, std::size_t r) {
    for (std::size_t c = 0; c < g.cols(); ++c)
        if (!g.at(r, c).is_empty()) return false;
    return true;
}

bool numbers_below(const Grid& g, std::size_t row, std::size_t first_col) {
    for (std::size_t r = row + 1; r < g.rows(); ++r)
        for (std::size_t c = first_col; c < g.cols(); ++c)
            if (g.at(r, c).is_number()) return true;
    return false;
}

// A header of texts: every period cell empty or a text that is not a number, at least one text.
bool text_header(const Grid& g, std::size_t r, std::size_t first_col) {
    bool some_text = false;
    for (std::size_t c = first_col; c < g.cols(); ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.is_number()) return false;
        if (cell.is_text()) {
            if (is_number_text(normalize_label(cell.text)) || is_error_text(cell.text)) return false;
            some_text = true;
        }
    }
    return some_text;
}

// A year typed as text the way an amount is printed, "2 024" (or "2024"): four digits, spaces
// between them allowed.
bool is_year_text(std::string_view raw) {
    const std::string t = normalize_label(raw);
    int year = 0, digits = 0;
    for (char ch : t) {
        if (ch == ' ') continue;
        if (ch < '0' || ch > '9') return false;
        year = year * 10 + (ch - '0');
        if (++digits > 4) return false;
    }
    return digits == 4 && is_year(year);
}

// A date cell as Calc hands it to an array argument: its serial number, whole days since
// 1899-12-30; 32 874 .. 73 051 are 1990-01-01 .. 2100-01-01.
bool is_date_serial(double v) { return v >= 32874 && v <= 73051 && v == static_cast<double>(static_cast<long>(v)); }

// "2024-01-01" for the serial 45 292.
std::string date_name(double serial) {
    long z = static_cast<long>(serial) - 25569 + 719468;  // days since 0000-03-01 (civil from days)
    const long era = z / 146097, doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
    return buf;
}

// A header of periods given as years or dates: every period cell empty, a whole year (2024), a
// year typed as text ("2 024"), a date (its serial, 45 292 for 2024-01-01) or a text that is no
// number ("Budget 2025"); at least one year or date. It is a header when its label heads a table
// (or there is none), or, for years typed as numbers only, when two or more stand in increasing
// order or the block has no labels. A line's amount of 2 021 kr or 45 292 kr is not a period under
// a line's label; a date is never taken from a block without labels (there it cannot be told from
// an amount).
bool year_header(const Grid& g, std::size_t r, bool labelled, std::size_t first_col) {
    std::vector<double> years;
    bool dates = false, year_texts = false;
    for (std::size_t c = first_col; c < g.cols(); ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.is_empty()) continue;
        if (cell.is_text()) {
            if (is_year_text(cell.text)) {
                year_texts = true;
                continue;
            }
            if (is_number_text(normalize_label(cell.text)) || is_error_text(cell.text)) return false;
            continue;  // "Budget 2025"
        }
        if (is_year(cell.number)) years.push_back(cell.number);
        else if (is_date_serial(cell.number)) dates = true;
        else return false;
    }
    if (years.empty() && !dates && !year_texts) return false;
    if (!dates && !year_texts && years.size() >= 2 && std::is_sorted(years.begin(), years.end()) &&
        std::adjacent_find(years.begin(), years.end()) == years.end())
        return true;
    if (!labelled) return !dates;
    if (g.at(r, 0).is_empty()) return true;
    if (!g.at(r, 0).is_text()) return false;
    const std::string label = normalize_label(g.at(r, 0).text);
    return std::find(label_words::kHeaderLabels.begin(), label_words::kHeaderLabels.end(), label) !=
           label_words::kHeaderLabels.end();
}

// A text that names a year among other words: "Invånare 2024", "31 dec 2024" (a run of exactly four
// digits that is a year).
bool names_a_year(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] < '0' || t[i] > '9') {
            ++i;
            continue;
        }
        std::size_t j = i;
        int year = 0;
        while (j < t.size() && t[j] >= '0' && t[j] <= '9') year = year * 10 + (t[j++] - '0');
        if (j - i == 4 && is_year(year)) return true;
        i = j;
    }
    return false;
}

}  // namespace

// A period's name from its header cell: the text, the year, or the date.
std::string period_name(const Cell& cell) {
    if (cell.is_text()) return cell.text;
    if (!cell.is_number()) return "";
    return !is_year(cell.number) && is_date_serial(cell.number) ? date_name(cell.number) : number_as_label(cell.number);
}

bool is_period_header_cell(const Cell& cell, bool numbers) {
    if (cell.is_number()) return numbers && (is_year(cell.number) || is_date_serial(cell.number));
    if (!cell.is_text() || is_error_text(cell.text)) return false;
    if (is_year_text(cell.text)) return true;
    const std::string t = normalize_label(cell.text);
    if (t.empty() || is_number_text(t)) return false;
    return is_column_heading(t) || is_unit_heading(t) || names_a_year(t) ||
           std::find(label_words::kHeaderLabels.begin(), label_words::kHeaderLabels.end(), t) !=
               label_words::kHeaderLabels.end();
}

LabelKind classify_label(std::string_view raw) {
    const std::string label = normalize_label(raw);
    if (label.empty()) return LabelKind::None;
    using namespace label_words;
    // "varav personal", "- därav lokaler", "• varav: projekt A": a part of the line above.
    {
        std::string_view l = label;
        for (bool more = true; more;) {
            more = false;
            for (std::string_view lead : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", "*", " "})
                if (l.starts_with(lead)) {
                    l.remove_prefix(lead.size());
                    more = true;
                }
        }
        const std::string rest(l);
        if (starts_with_word(rest, "varav") || starts_with_word(rest, "d\xC3\xA4rav")) return LabelKind::Part;
    }
    for (auto w : kSubtotalFirstWords)
        if (starts_with_word(label, w)) return LabelKind::Subtotal;
    if (label.starts_with(kTotalPrefix)) return LabelKind::Subtotal;
    for (auto e : kSubtotalEndings)
        if (label.ends_with(e)) return LabelKind::Subtotal;
    for (auto w : kResultStarts)
        if (label.starts_with(w)) return LabelKind::Result;
    if (is_closing_equity_label(label)) return LabelKind::Result;
    for (auto p : kEquityDrawParts)
        if (contains(label, p)) return LabelKind::EquityDraw;
    return LabelKind::Plain;
}

bool is_closing_equity_label(std::string_view raw) {
    const std::string label = normalize_label(raw);
    for (auto w : label_words::kClosingEquityStarts)
        if (label.starts_with(w)) return true;
    const bool equity = std::any_of(label_words::kEquityWords.begin(), label_words::kEquityWords.end(),
                                    [&](std::string_view w) { return contains(label, w); });
    if (!equity) return false;
    return std::any_of(label_words::kClosingWords.begin(), label_words::kClosingWords.end(),
                       [&](std::string_view w) { return contains(label, w); });
}

Outcome<Layout> read_layout(const Grid& block, int arg, LayoutOptions options) {
    if (block.omitted() || block.size() == 0) return Problem{Fault::RangeMissing}.at(arg);
    Layout layout;
    if (block.cols() >= 2) {
        for (std::size_t r = 0; r < block.rows() && !layout.labelled; ++r)
            layout.labelled = block.at(r, 0).is_text();
    }
    const std::size_t first_amount_col = layout.labelled ? 1 : 0;
    const std::size_t periods = block.cols() - first_amount_col;
    layout.period_names.assign(periods, "");

    // A header row: the first non-blank row, when figures follow and its period cells hold only
    // text that is no number, or only years under a header label (year_header).
    for (std::size_t r = 0; r < block.rows(); ++r) {
        if (row_is_blank(block, r)) continue;
        if (numbers_below(block, r, first_amount_col) &&
            (text_header(block, r, first_amount_col) || year_header(block, r, layout.labelled, first_amount_col))) {
            layout.header_row = r;
            for (std::size_t p = 0; p < periods; ++p) {
                const Cell& cell = block.at(r, first_amount_col + p);
                layout.period_names[p] = period_name(cell);
            }
        }
        break;
    }

    std::size_t lines_since_subtotal = 0;
    for (std::size_t r = 0; r < block.rows(); ++r) {
        if (layout.header_row == r) continue;
        LayoutRow row{r, {}, RowKind::Blank, {}, {}};
        if (layout.labelled) {
            const Cell& l = block.at(r, 0);
            if (l.is_text()) row.label = l.text;
            else if (l.is_number()) row.label = number_as_label(l.number);
        }
        bool has_amount = false;
        std::string column_text;
        row.amounts.reserve(periods);
        for (std::size_t p = 0; p < periods; ++p) {
            const std::size_t c = first_amount_col + p;
            const Cell& cell = block.at(r, c);
            const Where where = Where::in_range(r, c, block.rows(), block.cols());
            if (cell.is_empty()) {
                row.amounts.emplace_back();
                continue;
            }
            if (cell.is_text()) {
                // Blanks typed as a space or a dash are empty in any budget, and a sub-heading may
                // repeat the unit or the period above its column ("Tkr", "Budget 2021"). A number
                // typed as text or an error shown in the cell is neither.
                const std::string t = normalize_label(cell.text);
                row.amounts.emplace_back();
                if (t.empty() || t == "-" || t == "–") continue;
                const bool error = is_error_text(cell.text), number = !error && is_number_text(t);
                if (options.lenient && (error || number)) {
                    layout.unread.push_back({r, c, error ? UnreadCell::Why::ShowsError : UnreadCell::Why::NumberAsText,
                                             cell.text});
                    continue;
                }
                if (!error && !number && (options.lenient || is_column_heading(t))) {
                    if (column_text.empty()) column_text = cell.text;
                    continue;
                }
                Problem p{error ? Fault::CellShowsError : Fault::CellText};
                p.text = cell.text;
                return std::move(p).at(arg, where);
            }
            auto m = Money::from_double(cell.number);
            if (!m) {
                if (options.lenient) {
                    // A share or a price with decimals is simply not money; a figure too large or
                    // not finite is an amount that cannot be read.
                    if (m.problem().fault != Fault::CellFractionOfOre)
                        layout.unread.push_back({r, c,
                                                 m.problem().fault == Fault::CellTooLarge ? UnreadCell::Why::TooLarge
                                                                                          : UnreadCell::Why::NotFinite,
                                                 {}});
                    row.amounts.emplace_back();
                    continue;
                }
                return std::move(m.problem()).at(arg, where);
            }
            row.amounts.emplace_back(*m);
            has_amount = true;
        }

        const LabelKind lk = classify_label(row.label);
        if (lk == LabelKind::Subtotal) {
            row.kind = RowKind::Subtotal;
        } else if (lk == LabelKind::Result) {
            row.kind = RowKind::Result;
        } else if (lk == LabelKind::Part && has_amount) {
            row.kind = RowKind::Part;
        } else if (!has_amount && !column_text.empty() && options.lenient) {
            row.kind = RowKind::ColumnText;
            row.column_text = column_text;
        } else if (!has_amount) {
            row.kind = lk == LabelKind::None ? RowKind::Blank : RowKind::Heading;
        } else if (lk == LabelKind::None && layout.labelled && lines_since_subtotal > 0) {
            // In a labelled block, figures without a label below lines are the group's sum. Without
            // labels nothing says a row is a sum: a row equal to the lines above it is not enough,
            // since by law the region's 25 % equals the municipalities' 25 % together.
            row.kind = RowKind::Subtotal;
        } else if (lk == LabelKind::EquityDraw && options.equity_draws_apart) {
            row.kind = RowKind::EquityDraw;
        } else {
            row.kind = RowKind::Line;
        }
        if (row.kind == RowKind::Line || row.kind == RowKind::EquityDraw) ++lines_since_subtotal;
        if (row.kind == RowKind::Subtotal) lines_since_subtotal = 0;
        layout.rows.push_back(std::move(row));
    }
    return layout;
}

Money sum_of(const Layout& layout, RowKind kind, std::size_t period) {
    Money sum;
    for (const LayoutRow& row : layout.rows)
        if (row.kind == kind && row.amounts[period]) sum += *row.amounts[period];
    return sum;
}

}  // namespace finsam
