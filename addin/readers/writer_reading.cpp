#include "writer_reading.hpp"

#include "document_tables.hpp"
#include "file_access.hpp"
#include "text_decoding.hpp"
#include "writer_tables.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

namespace finsam {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t npos = std::string_view::npos;

// HTML's own limits for colspan and rowspan; a wider table is cut at kMaxColumns columns.
constexpr std::size_t kMaxColumns = 1000;
constexpr std::size_t kMaxRowspan = 65534;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_alpha(c) || is_digit(c) || c == ':' || c == '-' || c == '_' || c == '.'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// s[i…] starts with `word` (given in lower case), in any case.
bool starts_with_ci(std::string_view s, std::size_t i, std::string_view word) {
    if (i > s.size() || s.size() - i < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(s[i + k]) != word[k]) return false;
    return true;
}


// The named entities a Swedish document's HTML may hold. Writer writes UTF-8 and names only
// &amp; &lt; &gt; &quot; &nbsp;, but HTML from elsewhere names more.
struct NamedEntity {
    std::string_view name;
    std::uint32_t code;
};
constexpr NamedEntity kEntities[] = {
    {"amp", 38},      {"lt", 60},       {"gt", 62},       {"quot", 34},     {"apos", 39},     {"nbsp", 160},
    {"shy", 173},     {"ndash", 8211},  {"mdash", 8212},  {"minus", 8722},  {"lsquo", 8216},  {"rsquo", 8217},
    {"sbquo", 8218},  {"ldquo", 8220},  {"rdquo", 8221},  {"bdquo", 8222},  {"hellip", 8230}, {"bull", 8226},
    {"middot", 183},  {"euro", 8364},   {"sect", 167},    {"deg", 176},     {"frac12", 189},  {"frac14", 188},
    {"frac34", 190},  {"times", 215},   {"divide", 247},  {"laquo", 171},   {"raquo", 187},   {"copy", 169},
    {"reg", 174},     {"trade", 8482},  {"thinsp", 8201}, {"ensp", 8194},   {"emsp", 8195},   {"percnt", 37},
    {"aring", 229},   {"Aring", 197},   {"auml", 228},    {"Auml", 196},    {"ouml", 246},    {"Ouml", 214},
    {"eacute", 233},  {"Eacute", 201},  {"egrave", 232},  {"uuml", 252},    {"Uuml", 220},    {"aacute", 225},
    {"agrave", 224},  {"oslash", 248},  {"Oslash", 216},  {"aelig", 230},   {"AElig", 198},   {"szlig", 223},
};

// Appends the text s[a, b) with its character references decoded. A '&' that starts no known
// reference ending in ';' within 32 characters is a '&'.
void append_decoded(std::string& out, std::string_view s, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t limit = std::min(b, i + 34);
        std::size_t semi = i + 1;
        while (semi < limit && s[semi] != ';' && s[semi] != '&' && s[semi] != '<' && !is_space(s[semi])) ++semi;
        if (semi >= limit || s[semi] != ';' || semi == i + 1) {
            out += '&';
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::size_t first = hex ? 2 : 1;
            std::uint32_t cp = 0;
            bool ok = name.size() > first && name.size() - first <= 8;
            for (std::size_t k = first; ok && k < name.size(); ++k) {
                const char c = lower(name[k]);
                if (is_digit(c)) cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(c - '0');
                else if (hex && c >= 'a' && c <= 'f') cp = cp * 16 + static_cast<std::uint32_t>(c - 'a' + 10);
                else ok = false;
            }
            if (!ok) {
                out += '&';
                continue;
            }
            append_utf8(out, cp == 0 ? 0xFFFD : cp);  // &#0; is no character
            i = semi;
            continue;
        }
        bool known = false;
        for (const NamedEntity& e : kEntities) {
            if (e.name == name) {
                append_utf8(out, e.code);
                known = true;
                break;
            }
        }
        if (!known) {
            out += '&';
            continue;
        }
        i = semi;
    }
}

// White space folded to single spaces and trimmed: ASCII white space, no-break spaces (U+00A0,
// U+202F) and thin spaces (U+2009) are spaces; soft hyphens and zero-width spaces are dropped.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    const auto put = [&](std::string_view chars) {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += chars;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (is_space(c)) {
            space = true;
        } else if (s.substr(i, 2) == "\xC2\xA0") {
            space = true, ++i;
        } else if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x89") {
            space = true, i += 2;
        } else if (s.substr(i, 2) == "\xC2\xAD") {
            ++i;
        } else if (s.substr(i, 3) == "\xE2\x80\x8B") {
            i += 2;
        } else {
            put(std::string_view(&s[i], 1));
        }
    }
    return out;
}

// A header row prints years over the columns ("| | 2020 | 2021 |"): they name periods, they are not
// amounts. Such a row has no label and only whole years. (As read_text_tables judges it.)
void keep_years_as_text(Grid& g, std::size_t r) {
    if (g.cols() == 0 || !g.at(r, 0).is_empty()) return;
    bool any = false;
    for (std::size_t c = 1; c < g.cols(); ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.is_empty()) continue;
        if (!cell.is_number() || !(cell.number >= 1990 && cell.number <= 2100) || cell.number != static_cast<int>(cell.number))
            return;
        any = true;
    }
    if (!any) return;
    for (std::size_t c = 1; c < g.cols(); ++c)
        if (g.at(r, c).is_number()) g.at(r, c) = Cell::of(std::to_string(static_cast<int>(g.at(r, c).number)));
}

Cell cell_of(const std::string& text) {
    if (text.empty()) return Cell::empty();
    if (auto v = parse_swedish_amount(text)) return Cell::of(*v);
    return Cell::of(text);
}

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    std::string_view attributes;
    std::size_t end = 0;  // just after the '>'
};

// The tag that starts at s[i] == '<', or nullopt when that '<' is text ("a < b").
std::optional<Tag> parse_tag(std::string_view s, std::size_t i) {
    Tag t;
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') t.closing = true, ++j;
    if (j >= s.size() || !is_alpha(s[j])) return std::nullopt;
    while (j < s.size() && is_name_char(s[j])) t.name += lower(s[j++]);
    // The '>' that ends the tag; a quoted attribute value may hold one. If a quote is never closed,
    // the first '>' ends the tag (each scan goes past what it reads, so the whole is linear).
    std::size_t k = j;
    char quote = 0;
    bool after_equals = false;
    for (; k < s.size(); ++k) {
        const char c = s[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '>') {
            break;
        } else if ((c == '"' || c == '\'') && after_equals) {
            quote = c;
        }
        if (!quote && !is_space(c)) after_equals = c == '=';
    }
    if (k >= s.size()) {
        k = s.find('>', j);
        if (k == npos) k = s.size();
    }
    t.attributes = s.substr(j, k - j);
    t.end = std::min(k + 1, s.size());
    return t;
}

// The value of an attribute, or nullopt.
std::optional<std::string> attribute(std::string_view attrs, std::string_view wanted) {
    std::size_t i = 0;
    while (i < attrs.size()) {
        while (i < attrs.size() && (is_space(attrs[i]) || attrs[i] == '/')) ++i;
        const std::size_t name_start = i;
        while (i < attrs.size() && !is_space(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
        std::string name;
        for (std::size_t k = name_start; k < i; ++k) name += lower(attrs[k]);
        while (i < attrs.size() && is_space(attrs[i])) ++i;
        std::string value;
        if (i < attrs.size() && attrs[i] == '=') {
            ++i;
            while (i < attrs.size() && is_space(attrs[i])) ++i;
            if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
                const char q = attrs[i++];
                const std::size_t close = attrs.find(q, i);
                const std::size_t end = close == npos ? attrs.size() : close;
                value = std::string(attrs.substr(i, end - i));
                i = close == npos ? attrs.size() : close + 1;
            } else {
                const std::size_t start = i;
                while (i < attrs.size() && !is_space(attrs[i])) ++i;
                value = std::string(attrs.substr(start, i - start));
            }
        }
        if (name == wanted) return value;
        if (i == name_start) ++i;  // a lone '=' or the like: step over it
    }
    return std::nullopt;
}

// colspan="3", rowspan="2": a whole number from 1 to `most` (0, text or nothing is 1).
std::size_t span(std::string_view attrs, std::string_view name, std::size_t most) {
    const auto v = attribute(attrs, name);
    if (!v) return 1;
    std::size_t n = 0, i = 0;
    while (i < v->size() && is_space((*v)[i])) ++i;
    for (; i < v->size() && is_digit((*v)[i]); ++i)
        n = std::min<std::size_t>(n * 10 + static_cast<std::size_t>((*v)[i] - '0'), most);
    return std::clamp<std::size_t>(n, 1, most);
}

// A width as Writer writes it: "156" (pixels), "31%" or "80*" (shares); nullopt if it is none.
struct Width {
    double value;
    char unit;  // 'p', '%' or '*'
};
std::optional<Width> width_of(std::string_view attrs) {
    const auto w = attribute(attrs, "width");
    if (!w) return std::nullopt;
    double value = 0;
    std::size_t i = 0;
    for (; i < w->size() && is_digit((*w)[i]) && value < 1e9; ++i) value = value * 10 + ((*w)[i] - '0');
    if (i == 0 || value >= 1e9) return std::nullopt;
    return Width{value, i < w->size() && ((*w)[i] == '%' || (*w)[i] == '*') ? (*w)[i] : 'p'};
}

bool is_heading(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Tags that end a paragraph of text outside tables (besides p, h1–h6 and li themselves).
bool is_block(std::string_view name) {
    static constexpr std::string_view blocks[] = {
        "div",    "ul",      "ol",     "dl",   "dd",      "dt",     "blockquote", "pre",   "center", "hr",
        "address", "section", "article", "header", "footer", "main",  "nav",        "aside", "body",   "html",
        "head",   "caption", "thead",  "tbody", "tfoot",  "tr",     "td",         "th",    "form",   "fieldset",
        "figure", "figcaption", "menu", "dir",  "title",  "table"};
    return std::find(std::begin(blocks), std::end(blocks), name) != std::end(blocks);
}

class WriterHtmlScanner {
public:
    explicit WriterHtmlScanner(std::string_view html) : s_(html) {}

    ReadDocument run() {
        std::size_t i = 0;
        while (i < s_.size()) {
            if (s_[i] == '<') {
                if (s_.substr(i, 4) == "<!--") {
                    const std::size_t close = s_.find("-->", i + 4);
                    i = close == npos ? s_.size() : close + 3;
                    continue;
                }
                if (i + 1 < s_.size() && (s_[i + 1] == '!' || s_[i + 1] == '?')) {  // <!DOCTYPE …>, <?xml …?>
                    const std::size_t close = s_.find('>', i + 2);
                    i = close == npos ? s_.size() : close + 1;
                    continue;
                }
                if (auto tag = parse_tag(s_, i)) {
                    i = tag->end;
                    if (!tag->closing && (tag->name == "script" || tag->name == "style" || tag->name == "title" ||
                                          tag->name == "textarea")) {
                        i = skip_raw_text(i, tag->name);
                        flush_paragraph();
                        continue;
                    }
                    on_tag(*tag);
                    continue;
                }
            }
            std::size_t next = s_.find('<', i + 1);
            if (next == npos) next = s_.size();
            on_text(i, next);
            i = next;
        }
        while (!tables_.empty()) finish_table();
        flush_paragraph();
        std::stable_sort(finished_.begin(), finished_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [number, table] : finished_) doc_.tables.push_back(std::move(table));
        return std::move(doc_);
    }

private:
    struct PlacedCell {
        std::size_t start, span;
        double width;  // < 0: not given
        char unit;
    };

    struct OpenTable {
        std::size_t number = 0;
        std::vector<std::vector<std::string>> rows;  // cell texts; "" for an empty or covered cell
        std::vector<std::size_t> spans_left;          // per column: rows below still covered from above
        std::vector<bool> taken;                      // per column: covered in the current row
        std::size_t cursor = 0;
        bool in_row = false, in_cell = false;
        std::size_t cell_col = npos;  // npos: a cell past kMaxColumns, its text dropped
        std::string cell_text;
        std::vector<double> col_widths;  // from <col width="156"/> or <col width="80*"/>
        bool widths_known = true;
        std::vector<PlacedCell> cells;  // where each cell went, and its width
    };

    std::size_t skip_raw_text(std::size_t i, std::string_view name) {
        for (std::size_t p = s_.find('<', i); p != npos; p = s_.find('<', p + 1)) {
            if (p + 1 < s_.size() && s_[p + 1] == '/' && starts_with_ci(s_, p + 2, name) &&
                (p + 2 + name.size() >= s_.size() || !is_name_char(s_[p + 2 + name.size()]))) {
                const std::size_t close = s_.find('>', p);
                return close == npos ? s_.size() : close + 1;
            }
        }
        return s_.size();
    }

    // Where text goes now: the open cell of the innermost table, the paragraph, or nowhere.
    std::string* sink() {
        if (in_note_anchor_) return nullptr;
        if (!tables_.empty()) {
            OpenTable& t = tables_.back();
            return t.in_cell && t.cell_col != npos ? &t.cell_text : nullptr;
        }
        return paragraph_open_ ? &paragraph_ : nullptr;
    }

    void on_text(std::size_t a, std::size_t b) {
        if (in_note_anchor_) return;
        if (tables_.empty() && !paragraph_open_) {
            // Text outside any paragraph (not Writer's, but HTML from elsewhere): a paragraph of its own.
            std::size_t k = a;
            while (k < b && is_space(s_[k])) ++k;
            if (k == b) return;
            open_paragraph(false);
        }
        if (std::string* out = sink()) append_decoded(*out, s_, a, b);
    }

    void space() {
        if (std::string* out = sink()) *out += ' ';
    }

    void on_tag(const Tag& tag) {
        const std::string& name = tag.name;
        // A note's anchor never goes past its paragraph or cell, even when its </a> is missing.
        if (name == "p" || name == "td" || name == "th" || name == "li" || is_heading(name) || is_block(name))
            in_note_anchor_ = false;
        if (name == "a") {
            // Writer's footnote and endnote anchors: the number is a mark, not part of the figure
            // or the label it follows. The note itself comes at the end as a paragraph.
            // Before the note's own text, its number ("1Not ett."): a space after it.
            if (tag.closing) {
                in_note_anchor_ = false;
                if (in_note_symbol_) space();
                in_note_symbol_ = false;
            } else if (const auto cls = attribute(tag.attributes, "class")) {
                in_note_anchor_ = *cls == "sdfootnoteanc" || *cls == "sdendnoteanc";
                in_note_symbol_ = *cls == "sdfootnotesym" || *cls == "sdendnotesym";
            }
            return;
        }
        if (name == "table") {
            if (tag.closing) {
                if (!tables_.empty()) finish_table();
                return;
            }
            if (tables_.empty()) flush_paragraph();
            else space();
            tables_.push_back(OpenTable{});
            tables_.back().number = ++table_count_;
            return;
        }
        if (!tables_.empty()) {
            OpenTable& t = tables_.back();
            if (name == "tr") {
                if (tag.closing) end_row(t);
                else start_row(t);
            } else if (name == "td" || name == "th") {
                if (tag.closing) end_cell(t);
                else
                    start_cell(t, span(tag.attributes, "colspan", kMaxColumns),
                               span(tag.attributes, "rowspan", kMaxRowspan), width_of(tag.attributes));
            } else if (name == "col" && !tag.closing) {
                add_column_width(t, tag.attributes);
            } else if (name == "br" || name == "p" || is_heading(name) || name == "li" || is_block(name)) {
                space();
            }
            return;
        }
        if (name == "br") {
            space();
        } else if (name == "li") {
            flush_paragraph();
            if (!tag.closing) open_paragraph(true);
        } else if (name == "p" || is_heading(name)) {
            // <li><p>text</p>: the list item's paragraph is the p inside it. (A blank paragraph is
            // emptied here, so that a run of <p> costs each character once.)
            if (tag.closing) flush_paragraph();
            else if (paragraph_open_ && fold(paragraph_).empty()) paragraph_.clear();
            else open_paragraph(false);
        } else if (is_block(name)) {
            flush_paragraph();
        }
    }

    void open_paragraph(bool bullet) {
        flush_paragraph();
        paragraph_open_ = true;
        bullet_ = bullet;
    }

    void flush_paragraph() {
        if (!paragraph_open_) return;
        paragraph_open_ = false;
        std::string text = fold(paragraph_);
        paragraph_.clear();
        if (text.empty()) return;
        if (bullet_ && !text.starts_with("\xE2\x80\xA2")) text = "\xE2\x80\xA2 " + text;
        doc_.paragraphs.push_back({std::move(text), "stycke " + std::to_string(++paragraph_count_), ++order_});
    }

    static void end_cell(OpenTable& t) {
        if (!t.in_cell) return;
        t.in_cell = false;
        if (t.cell_col != npos && !t.rows.empty()) t.rows.back()[t.cell_col] = fold(t.cell_text);
        t.cell_text.clear();
    }

    static void start_row(OpenTable& t) {
        end_cell(t);
        t.rows.emplace_back();
        t.taken.assign(t.spans_left.size(), false);
        for (std::size_t c = 0; c < t.spans_left.size(); ++c) {
            if (t.spans_left[c] > 0) {
                t.taken[c] = true;
                --t.spans_left[c];
            }
        }
        t.cursor = 0;
        t.in_row = true;
    }

    static void end_row(OpenTable& t) {
        end_cell(t);
        t.in_row = false;
    }

    static void start_cell(OpenTable& t, std::size_t colspan, std::size_t rowspan, std::optional<Width> w) {
        if (!t.in_row) start_row(t);
        end_cell(t);
        t.in_cell = true;
        while (t.cursor < t.taken.size() && t.taken[t.cursor]) ++t.cursor;
        if (t.cursor >= kMaxColumns) {
            t.cell_col = npos;
            return;
        }
        const std::size_t col = t.cursor, end = std::min(col + colspan, kMaxColumns);
        if (t.taken.size() < end) t.taken.resize(end, false);
        if (t.spans_left.size() < end) t.spans_left.resize(end, 0);
        std::vector<std::string>& row = t.rows.back();
        if (row.size() < end) row.resize(end);
        for (std::size_t c = col; c < end; ++c) {
            t.taken[c] = true;
            t.spans_left[c] = std::max(t.spans_left[c], rowspan - 1);
        }
        t.cell_col = col;
        t.cursor = end;
        t.cells.push_back({col, end - col, w ? w->value : -1.0, w ? w->unit : 'p'});
    }

    static void add_column_width(OpenTable& t, std::string_view attrs) {
        const auto w = width_of(attrs);
        if (!w) t.widths_known = false;
        for (std::size_t n = span(attrs, "span", kMaxColumns); n > 0 && t.col_widths.size() < kMaxColumns; --n)
            t.col_widths.push_back(w ? w->value : 0.0);
    }

    // The width of every grid column from the widths of the cells (a cell's width is the sum of the
    // columns it spans), or nothing when the cells do not tell them all.
    static std::vector<double> widths_from_cells(const OpenTable& t, std::size_t width) {
        char unit = 0;
        for (const PlacedCell& c : t.cells) {
            if (c.width < 0) continue;
            if (unit && c.unit != unit) return {};  // pixels here, per cent there: no sum
            unit = c.unit;
        }
        std::vector<double> w(width, -1.0);
        const std::size_t passes = std::min<std::size_t>(width, 64);
        for (std::size_t pass = 0; pass < passes; ++pass) {
            bool changed = false;
            for (const PlacedCell& c : t.cells) {
                if (c.width < 0) continue;
                const std::size_t end = std::min(c.start + c.span, width);
                std::size_t unknown = npos, unknowns = 0;
                double known = 0;
                for (std::size_t k = c.start; k < end; ++k) {
                    if (w[k] < 0) unknown = k, ++unknowns;
                    else known += w[k];
                }
                if (unknowns == 1) {
                    w[unknown] = std::max(0.0, c.width - known);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (double x : w)
            if (x < 0) return {};
        return w;
    }

    // Two tables that Word joined into one (nothing between them), or cell borders a hair apart, give
    // Writer's export columns of almost no width that no cell has to itself, only as part of a span:
    // the second amount of one row then starts a column later than the second amount of the next.
    // Such columns (under 2 % of the table, never a cell's only column) are folded into the column
    // after them, so that the cells of every row fall in the columns where they are printed. Widths
    // come from the cells, or else from <col>; a table without them is left as it is.
    static void fold_sliver_columns(OpenTable& t, std::size_t& width) {
        std::vector<bool> alone(width, false);
        for (const PlacedCell& c : t.cells)
            if (c.span == 1 && c.start < width) alone[c.start] = true;
        std::vector<double> w = widths_from_cells(t, width);
        if (w.empty() && t.widths_known && t.col_widths.size() == width) w = t.col_widths;
        if (w.empty()) return;
        double total = 0;
        for (double x : w) total += x;
        if (!(total > 0)) return;
        std::vector<std::size_t> logical(width);
        std::size_t real = 0;
        for (std::size_t c = 0; c < width; ++c) {
            logical[c] = real;
            if (alone[c] || w[c] * 50 > total) ++real;
        }
        if (real == width || real == 0) return;
        for (auto& row : t.rows) {
            std::vector<std::string> folded(real);
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (row[c].empty()) continue;
                std::string& into = folded[std::min(logical[c], real - 1)];
                into += (into.empty() ? "" : " ") + row[c];
            }
            row = std::move(folded);
        }
        width = real;
    }

    void finish_table() {
        OpenTable t = std::move(tables_.back());
        tables_.pop_back();
        end_row(t);
        std::size_t width = 0;
        for (const auto& row : t.rows) width = std::max(width, row.size());
        if (t.rows.empty() || width == 0) return;
        fold_sliver_columns(t, width);
        const std::string place = "tabell " + std::to_string(t.number);
        PlacedTable table{Grid(t.rows.size(), width), {}, place, ++order_};
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            for (std::size_t c = 0; c < t.rows[r].size(); ++c) table.grid.at(r, c) = cell_of(t.rows[r][c]);
            keep_years_as_text(table.grid, r);
            table.row_place.push_back(place + ", rad " + std::to_string(r + 1));
        }
        finished_.emplace_back(t.number, std::move(table));
    }

    std::string_view s_;
    ReadDocument doc_;
    std::vector<OpenTable> tables_;  // open tables, innermost last
    std::vector<std::pair<std::size_t, PlacedTable>> finished_;
    std::size_t table_count_ = 0, paragraph_count_ = 0;
    std::size_t order_ = 0;  // paragraphs and ends of tables in document order (PlacedTable::order)
    std::string paragraph_;
    bool paragraph_open_ = false, bullet_ = false, in_note_anchor_ = false, in_note_symbol_ = false;
};

// --- Running Writer ---------------------------------------------------------------------------------

constexpr std::uintmax_t kMaxDocumentBytes = 100u * 1024 * 1024;
// The HTML of a document of 100 MB is mostly its text; more than this is no budget.
constexpr std::uintmax_t kMaxHtmlBytes = 512u * 1024 * 1024;

// The reason the script gave on its last "convert-document: FEL: …" line, or `fallback`.
std::string reason_in_log(const std::string& log, const std::string& fallback) {
    static constexpr std::string_view marker = "convert-document: FEL: ";
    const std::size_t at = log.rfind(marker);
    if (at == std::string::npos) return fallback;
    std::size_t end = log.find('\n', at);
    if (end == std::string::npos) end = log.size();
    std::string reason = log.substr(at + marker.size(), end - at - marker.size());
    if (!reason.empty() && reason.back() == '\r') reason.pop_back();
    return reason.empty() ? fallback : reason;
}

// The HTML file Writer wrote for a document, read.
std::optional<ReadDocument> read_html_file(const fs::path& html, std::string& why_not) {
    const auto bytes = slurp(html, kMaxHtmlBytes);
    if (!bytes) {
        why_not = "Writers HTML för dokumentet kunde inte läsas";
        return std::nullopt;
    }
    if (bytes->size() > kMaxHtmlBytes) {
        why_not = "dokumentets text är större än 512 MB och är inte ett budgetdokument";
        return std::nullopt;
    }
    // Writer writes UTF-8; a profile set to another character set would give Windows-1252.
    DecodedText text = decode_text(*bytes);
    if (text.encoding == DecodedText::Encoding::Binary) {
        why_not = "Writers HTML för dokumentet är inte text";
        return std::nullopt;
    }
    return read_writer_html(text.utf8);
}

std::optional<ReadDocument> convert_and_read(const fs::path& doc, const fs::path& script, const fs::path& dir,
                                             std::string& why_not) {
    const fs::path out = dir / "html";
    const fs::path log = dir / "log";
    const std::string cmd = shell_quote(script.string()) + " " + shell_quote(fs::absolute(doc).string()) +
                            " --outdir " + shell_quote(out.string()) + " >" + shell_quote(log.string()) + " 2>&1";
    if (run_command(cmd) != 0) {
        const std::string text = slurp(log, 1 << 20).value_or("");
        std::cerr << text;
        why_not = reason_in_log(text, "Writer kunde inte öppna dokumentet");
        return std::nullopt;
    }
    std::vector<fs::path> htmls;
    std::error_code error;
    for (fs::directory_iterator it(out, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".html") htmls.push_back(it->path());
    if (htmls.size() != 1) {
        why_not = "Writer gav ingen HTML för dokumentet";
        return std::nullopt;
    }
    return read_html_file(htmls.front(), why_not);
}

// Why a file is no document to give Writer, or nothing.
std::optional<std::string> not_a_document(const fs::path& doc) {
    std::error_code error;
    const fs::file_status status = fs::status(doc, error);
    if (error || !fs::exists(status)) return "filen finns inte";
    if (fs::is_directory(status)) return "är en mapp, inte ett dokument";
    if (!fs::is_regular_file(status)) return "är inte en vanlig fil";
    const std::uintmax_t size = fs::file_size(doc, error);
    if (error) return "filen kunde inte öppnas";
    if (size > kMaxDocumentBytes) return "filen är större än 100 MB och är inte ett budgetdokument";
    if (size == 0) return "filen är tom";
    return std::nullopt;
}

std::string batch_key(const fs::path& doc) {
    std::error_code error;
    const fs::path absolute = fs::absolute(doc, error);
    return (error ? doc : absolute).lexically_normal().string();
}

}  // namespace

ReadDocument read_writer_html(std::string_view html) {
    ReadDocument doc = WriterHtmlScanner(html).run();
    note_units(doc);  // each table's unit, from its headings or a line right above it
    return doc;
}

static std::optional<ReadDocument> read_one(const fs::path& doc, const fs::path& libexec_dir, std::string& why_not) {
    if (auto problem = not_a_document(doc)) {
        why_not = *problem;
        return std::nullopt;
    }
    std::error_code error;
    const fs::path script = libexec_dir / "convert-document";
    if (!fs::is_regular_file(script, error)) {
        why_not = "programmet som låter Writer läsa dokument saknas (" + script.string() + ")";
        return std::nullopt;
    }
    fs::path dir;
    try {
        dir = fresh_temporary_folder("finsam-writer-");
    } catch (const std::exception&) {
        why_not = "ingen tillfällig mapp kunde skapas";
        return std::nullopt;
    }
    std::optional<ReadDocument> read;
    try {
        read = convert_and_read(doc, script, dir, why_not);
    } catch (const std::exception&) {
        read.reset();
        why_not = "dokumentet kunde inte läsas (slut på minne eller fel i filsystemet)";
    }
    fs::remove_all(dir, error);
    return read;
}

WriterBatch::WriterBatch(const std::vector<fs::path>& docs, const fs::path& libexec_dir) : libexec_dir_(libexec_dir) {
    // Each document as a link named by its number (1.docx, 2.odt, ...) in a folder of our own, so
    // that two plan.docx in different folders never write the same plan.html.
    std::vector<std::pair<std::string, fs::path>> batch;  // key, link
    std::set<std::string> given;
    std::error_code error;
    const fs::path script = libexec_dir / "convert-document";
    if (docs.size() < 2 || !fs::is_regular_file(script, error)) return;
    try {
        dir_ = fresh_temporary_folder("finsam-writer-batch-");
        fs::create_directories(dir_ / "in");
        for (const fs::path& doc : docs) {
            if (not_a_document(doc)) continue;  // read alone, which says why
            const std::string key = batch_key(doc);
            if (!given.insert(key).second) continue;
            const fs::path link = dir_ / "in" / (std::to_string(batch.size() + 1) + doc.extension().string());
            fs::create_symlink(key, link, error);
            if (error) continue;
            batch.emplace_back(key, link);
        }
        if (batch.size() < 2) return;
        std::string cmd = shell_quote(script.string());
        for (const auto& [key, link] : batch) cmd += " " + shell_quote(link.string());
        cmd += " --outdir " + shell_quote((dir_ / "html").string()) + " >" + shell_quote((dir_ / "log").string()) +
               " 2>&1";
        // Whatever the status, the documents Writer did convert are read from the batch; the others
        // are converted alone by read(), which then says why one fails.
        [[maybe_unused]] const int status = run_command(cmd);
        for (const auto& [key, link] : batch) {
            fs::path html = dir_ / "html" / link.filename();
            html.replace_extension(".html");
            if (fs::is_regular_file(html, error)) html_[key] = html;
        }
    } catch (const std::exception&) {
        html_.clear();  // every document read alone
    }
}

WriterBatch::~WriterBatch() {
    std::error_code error;
    if (!dir_.empty()) fs::remove_all(dir_, error);
}

ReadOutcome<ReadDocument> read_writer_file(const fs::path& doc, const fs::path& libexec_dir) {
    std::string why_not;
    if (auto read = read_one(doc, libexec_dir, why_not)) return std::move(*read);
    return ReadOutcome<ReadDocument>::failed(why_not);
}

ReadOutcome<ReadDocument> WriterBatch::read(const fs::path& doc) const {
    const auto it = html_.find(batch_key(doc));
    if (it == html_.end()) return read_writer_file(doc, libexec_dir_);
    std::string why_not;
    try {
        if (auto read = read_html_file(it->second, why_not)) return std::move(*read);
    } catch (const std::exception&) {
        why_not = "dokumentet kunde inte läsas (slut på minne eller fel i filsystemet)";
    }
    return ReadOutcome<ReadDocument>::failed(why_not);
}

std::optional<std::string> too_many_tables(const WriterTables& t) {
    if (t.tables > kMaxWriterTables)
        return "dokumentet har fler än " + std::to_string(kMaxWriterTables) +
               " tabeller (så många lägger Writer inte ut inom rimlig tid) och granskades inte";
    if (t.deepest > kMaxWriterNesting)
        return "dokumentet har tabeller i tabeller i fler än " + std::to_string(kMaxWriterNesting) +
               " nivåer (så djupt lägger Writer inte ut inom rimlig tid) och granskades inte";
    return std::nullopt;
}

}  // namespace finsam
