// The audit of the open Writer document. Why through HTML: `finsam-audit` reads a Word/Writer file as
// the HTML that Writer's own export ("HTML (StarWriter)") writes of it (scripts/convert-document), and
// its findings depend on that HTML: merged cells as colspan/rowspan, columns of almost no width
// folded away, footnote marks dropped, paragraphs counted as <p>/<h*>/<li>. Reading the tables through
// the UNO text API instead would have to redo each of those rules and would drift from the command
// line. So the open document is stored (XStorable::storeToURL, which neither moves the document nor
// clears or sets its modified state) with the same filter into a private temporary folder, and that
// HTML goes through the same reader (read_writer_html) and the same audit (audit_document) and
// report (AuditRun, whose messages are the command line's). Only placing the comments uses the UNO
// text API: a finding's place ("tabell N, rad R", "stycke K") and figure are found again in the
// document's tables and paragraphs, each match checked against the figure's text.
#include "writer_audit.hpp"

#include "audit_report.hpp"
#include "document_audit.hpp"
#include "document_tables.hpp"
#include "file_access.hpp"
#include "prose_reading.hpp"
#include "text_decoding.hpp"
#include "writer_reading.hpp"
#include "writer_tables.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace finsam::uno {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;
using rtl::OString;
using rtl::OUString;

constexpr std::uintmax_t kMaxHtmlBytes = 512u * 1024 * 1024;  // as read_writer_file
const char* const kAuthor = "finsam";

OUString ou(std::string_view s) { return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8); }

std::string u8(const OUString& s) {
    const OString o = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// Characters that are white space to the HTML reader (fold) or marks it drops: not compared.
bool ignored(sal_Unicode c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x00A0 || c == 0x202F ||
           c == 0x2009 || c == 0x00AD || c == 0x200B || c == 0x2022;  // … and the bullet "• " of a list item
}

// A text without what `ignored` names, and for each of its characters its index in `s`.
struct Squeezed {
    std::u16string text;
    std::vector<sal_Int32> at;
};

Squeezed squeeze(const OUString& s) {
    Squeezed q;
    for (sal_Int32 i = 0; i < s.getLength(); ++i)
        if (!ignored(s[i])) {
            q.text.push_back(s[i]);
            q.at.push_back(i);
        }
    return q;
}

std::u16string squeezed(std::string_view utf8) { return squeeze(ou(utf8)).text; }

// A cell's or paragraph's text as the reader would take an amount from it.
std::optional<double> amount_of(const OUString& s) {
    std::string t = u8(s);
    for (const char* space : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
        for (std::size_t p; (p = t.find(space)) != std::string::npos;) t.replace(p, std::string(space).size(), " ");
    return parse_swedish_amount(t);
}

// --- The document as the HTML export counts it ------------------------------------------------

struct DocumentParts {
    std::vector<Reference<css::text::XTextTable>> tables;        // "tabell N" is tables[N - 1]: outer before inner
    std::vector<Reference<css::text::XTextRange>> paragraphs;    // non-empty paragraphs outside tables, in order
    std::vector<Reference<css::text::XTextTable>> all_tables;    // every table: also in headers, footers, frames
};

void collect(const Reference<css::text::XText>& text, DocumentParts& parts, bool in_table, int depth) {
    Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is() || depth > 20) return;
    Reference<css::container::XEnumeration> e = access->createEnumeration();
    while (e->hasMoreElements()) {
        Any element = e->nextElement();
        Reference<css::text::XTextTable> table(element, UNO_QUERY);
        if (table.is()) {
            parts.tables.push_back(table);
            const Sequence<OUString> names = table->getCellNames();
            for (const OUString& name : names) {
                Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
                if (cell.is()) collect(cell, parts, true, depth + 1);
            }
            continue;
        }
        Reference<css::text::XTextRange> paragraph(element, UNO_QUERY);
        if (!in_table && paragraph.is() && !squeeze(paragraph->getString()).text.empty()) parts.paragraphs.push_back(paragraph);
    }
}

// The tables of `text` and of the tables in its cells, and how deep they nest; the walk stops once
// past the limits (writer_tables.hpp), so that a document of thousands of tables costs no more.
void count_tables(const Reference<css::text::XText>& text, std::size_t depth, WriterTables& t) {
    Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is()) return;
    Reference<css::container::XEnumeration> e = access->createEnumeration();
    while (e->hasMoreElements() && t.tables <= kMaxWriterTables && t.deepest <= kMaxWriterNesting) {
        Reference<css::text::XTextTable> table(e->nextElement(), UNO_QUERY);
        if (!table.is()) continue;
        ++t.tables;
        t.deepest = std::max(t.deepest, depth + 1);
        for (const OUString& name : table->getCellNames())
            if (Reference<css::text::XText> cell{table->getCellByName(name), UNO_QUERY}; cell.is())
                count_tables(cell, depth + 1, t);
    }
}

// "tabell 3, rad 12" -> 3, 12; "stycke 14" -> 0, 14; "stycke 14: Staten" -> 0, 14.
struct Place {
    std::size_t table = 0, row = 0, paragraph = 0;
};

std::optional<std::size_t> number_after(std::string_view s, std::string_view word) {
    const std::size_t at = s.find(word);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t i = at + word.size(), n = 0, digits = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 12; ++i, ++digits) n = n * 10 + (s[i] - '0');
    if (digits == 0) return std::nullopt;
    return n;
}

Place place_of(std::string_view where) {
    Place p;
    if (where.starts_with("tabell ")) {
        p.table = number_after(where, "tabell ").value_or(0);
        p.row = number_after(where, ", rad ").value_or(0);
    } else if (where.starts_with("stycke ")) {
        p.paragraph = number_after(where, "stycke ").value_or(0);
    }
    return p;
}

Reference<css::text::XTextRange> as_range(const Reference<css::text::XTextCursor>& c) {
    return Reference<css::text::XTextRange>(c.get());
}

// --- Where a finding's comment goes -------------------------------------------------------------

struct Target {
    std::string where;           // the reported finding's place, to pair them
    Place place;
    std::string paragraph_text;  // a finding in a paragraph: the reader's text of it
    std::string figure;          // … and the figure as printed there ("8,4 mkr")
    std::size_t figure_after = 0;  // … found after this much of the squeezed text (a run-in row's label)
    const Grid* grid = nullptr;  // a finding in a table: the audited grid, its row and column
    std::size_t row = 0, col = 0;
    std::optional<double> printed;  // … or, when the finding could not be traced to its grid, its figure
};

const PlacedParagraph* paragraph_at(const ReadDocument& doc, const std::string& place) {
    for (const PlacedParagraph& p : doc.paragraphs)
        if (p.place == place) return &p;
    return nullptr;
}

std::string cell_figure_text(const Cell& c) {
    if (!c.is_number()) return c.text;
    return {};
}

std::vector<Target> targets_of(const ReadDocument& doc, const DocumentAudit& audit) {
    std::vector<Target> out;
    for (const AuditedBlock& b : audit.blocks)
        for (const AuditFinding& f : b.report.findings) {
            Target t;
            const PlacedTable& table = b.table;
            t.where = f.row < table.row_place.size() ? table.row_place[f.row] : table.place;
            t.place = place_of(t.where);
            t.grid = &table.grid;
            t.row = f.row;
            t.col = f.col;
            if (b.run_in && table.order < doc.paragraphs.size()) {
                // One paragraph: the figure is the row's amount, printed after the row's label.
                const PlacedParagraph& p = doc.paragraphs[table.order];
                t.paragraph_text = p.text;
                t.place.paragraph = place_of(p.place).paragraph;
                const double value = table.grid.at(f.row, f.col).number;
                std::string label = table.grid.at(f.row, 0).text;
                if (const std::size_t comma = label.rfind(", "); comma != std::string::npos) label = label.substr(0, comma);
                const std::u16string all = squeezed(p.text), head = squeezed(label);
                const std::size_t label_at = head.empty() ? std::u16string::npos : all.find(head);
                for (const ProseAmount& a : prose_amounts(p.text)) {
                    if (std::llround(value * 100) != a.ore) continue;
                    t.figure = a.text;
                    if (label_at != std::u16string::npos) t.figure_after = label_at + head.size();
                    break;
                }
            } else if (t.place.paragraph) {
                if (const PlacedParagraph* p = paragraph_at(doc, t.where)) t.paragraph_text = p->text;
                t.figure = cell_figure_text(table.grid.at(f.row, f.col));
            }
            out.push_back(std::move(t));
        }
    for (const ProseTotal& total : audit.prose.totals) {
        if (total.holds()) continue;
        Target t;
        t.where = total.place;
        t.place = place_of(total.place);
        if (const PlacedParagraph* p = paragraph_at(doc, total.place)) t.paragraph_text = p->text;
        t.figure = total.total.text;
        out.push_back(std::move(t));
    }
    return out;
}

OUString text_of(const Reference<css::table::XCell>& c) {
    Reference<css::text::XText> text(c, UNO_QUERY);
    return text.is() ? text->getString() : OUString();
}

// The figure's cell in a table's row t.place.row, or nothing.
Reference<css::table::XCell> cell_in(const Reference<css::text::XTextTable>& table, const Target& t) {
    const Cell wrong = t.grid ? t.grid->at(t.row, t.col) : Cell::of(*t.printed);
    // The row's cells (names "B3"; a split cell's "B3.1.1" is left out), by column.
    std::vector<std::pair<std::size_t, Reference<css::table::XCell>>> row;
    for (const OUString& name : table->getCellNames()) {
        const std::string n = u8(name);
        std::size_t i = 0, col = 0, r = 0;
        for (; i < n.size() && n[i] >= 'A' && n[i] <= 'Z'; ++i) col = col * 26 + (n[i] - 'A' + 1);
        for (; i < n.size() && n[i] >= 'a' && n[i] <= 'z'; ++i) col = col * 26 + (n[i] - 'a' + 27);
        const std::size_t digits_from = i;
        for (; i < n.size() && n[i] >= '0' && n[i] <= '9'; ++i) r = r * 10 + (n[i] - '0');
        if (i == digits_from || i != n.size() || r != t.place.row) continue;
        row.emplace_back(col, table->getCellByName(name));
    }
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto same_figure = [&](const Reference<css::table::XCell>& c) {
        const OUString s = text_of(c);
        if (wrong.is_number()) {
            const auto v = amount_of(s);
            return v && std::abs(*v - wrong.number) < 1e-6 * std::max(1.0, std::abs(wrong.number));
        }
        return squeeze(s).text == squeezed(wrong.text);
    };
    // The k-th non-empty cell of the grid's row is the k-th non-empty cell of the table's row (a merged
    // cell is one cell in both), when both have as many.
    std::size_t k = 0, grid_filled = 0;
    for (std::size_t c = 0; t.grid && c < t.grid->cols(); ++c) {
        const Cell& g = t.grid->at(t.row, c);
        const bool filled = !g.is_empty() && !(g.is_text() && g.text.empty());
        if (filled && c < t.col) ++k;
        grid_filled += filled;
    }
    std::vector<Reference<css::table::XCell>> filled;
    for (const auto& [col, cell] : row)
        if (!squeeze(text_of(cell)).text.empty()) filled.push_back(cell);
    if (t.grid && filled.size() == grid_filled && k < filled.size() && same_figure(filled[k])) return filled[k];
    for (const auto& [col, cell] : row)
        if (same_figure(cell)) return cell;
    return {};
}

// How well a table is the HTML's table: -1 when their rows differ in number, else the rows whose
// first cell says what the HTML's first column says.
int agreement(const Reference<css::text::XTextTable>& table, const PlacedTable* html) {
    if (!html) return 0;
    Reference<css::table::XTableRows> rows = table->getRows();
    if (!rows.is() || static_cast<std::size_t>(rows->getCount()) != html->grid.rows()) return -1;
    int same = 0;
    for (std::size_t r = 0; r < html->grid.rows(); ++r) {
        const Cell& label = html->grid.at(r, 0);
        if (!label.is_text() || label.text.empty()) continue;
        try {
            Reference<css::table::XCell> first = table->getCellByName("A" + OUString::number(static_cast<sal_Int64>(r + 1)));
            if (first.is() && squeeze(text_of(first)).text == squeezed(label.text)) ++same;
        } catch (const css::uno::RuntimeException&) {
        }
    }
    return same;
}

// The range a comment marks: the figure's cell, or the figure's text in its paragraph. "tabell N" is
// the HTML export's N-th table, counted over the header, frames and body as the export writes them:
// the body's N-th table is tried first, then every table of the document, and the one whose rows
// agree best with the HTML's and that holds the figure in row R is taken. When none holds it, the
// comment goes to the start of row R of the table that agrees best.
Reference<css::text::XTextRange> table_range(const DocumentParts& parts, const ReadDocument& doc, const Target& t) {
    if (t.place.table == 0 || t.place.row == 0 || (!t.grid && !t.printed)) return {};
    const PlacedTable* html = nullptr;
    const std::string name = "tabell " + std::to_string(t.place.table);
    for (const PlacedTable& p : doc.tables)
        if (p.place == name) html = &p;
    std::vector<Reference<css::text::XTextTable>> candidates;
    if (t.place.table <= parts.tables.size()) candidates.push_back(parts.tables[t.place.table - 1]);
    candidates.insert(candidates.end(), parts.all_tables.begin(), parts.all_tables.end());
    Reference<css::table::XCell> chosen, fallback;
    int chosen_score = -1, fallback_score = -1;
    for (const auto& table : candidates) {
        const int score = agreement(table, html);
        if (score < 0) continue;
        if (score > chosen_score)
            if (Reference<css::table::XCell> cell = cell_in(table, t); cell.is()) {
                chosen = cell;
                chosen_score = score;
            }
        if (score > fallback_score) {
            try {
                if (Reference<css::table::XCell> first =
                        table->getCellByName("A" + OUString::number(static_cast<sal_Int64>(t.place.row)));
                    first.is()) {
                    fallback = first;
                    fallback_score = score;
                }
            } catch (const css::uno::RuntimeException&) {
            }
        }
    }
    if (!chosen.is()) {
        Reference<css::text::XText> text(fallback, UNO_QUERY);
        return text.is() ? text->getStart() : Reference<css::text::XTextRange>();
    }
    Reference<css::text::XText> text(chosen, UNO_QUERY);
    if (!text.is()) return {};
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    return as_range(cursor);
}

Reference<css::text::XTextRange> paragraph_range(const DocumentParts& parts, const Target& t) {
    if (t.place.paragraph == 0 || t.paragraph_text.empty()) return {};
    // The paragraph whose text is the reader's, nearest to its count; else the one holding it.
    const std::u16string wanted = squeezed(t.paragraph_text);
    Reference<css::text::XTextRange> paragraph;
    const std::size_t guess = std::min(t.place.paragraph - 1, parts.paragraphs.size());
    std::size_t best = std::string::npos;
    for (std::size_t i = 0; i < parts.paragraphs.size(); ++i) {
        if (squeeze(parts.paragraphs[i]->getString()).text != wanted) continue;
        const std::size_t distance = i > guess ? i - guess : guess - i;
        if (distance < best) {
            best = distance;
            paragraph = parts.paragraphs[i];
        }
    }
    if (!paragraph.is())
        for (const auto& p : parts.paragraphs)
            if (squeeze(p->getString()).text.find(wanted) != std::u16string::npos) {
                paragraph = p;
                break;
            }
    if (!paragraph.is()) return {};
    Reference<css::text::XText> text = paragraph->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(paragraph->getStart());
    const OUString shown = paragraph->getString();
    const Squeezed q = squeeze(shown);
    const std::u16string figure = squeezed(t.figure);
    const std::size_t at = figure.empty() ? std::u16string::npos : q.text.find(figure, std::min(t.figure_after, q.text.size()));
    if (at == std::u16string::npos) return as_range(cursor);  // the paragraph's start
    const sal_Int32 begin = q.at[at], end = q.at[at + figure.size() - 1] + 1;
    if (begin > 0x7FFF || end - begin > 0x7FFF) return as_range(cursor);
    cursor->goRight(static_cast<sal_Int16>(begin), false);
    cursor->goRight(static_cast<sal_Int16>(end - begin), true);
    if (squeeze(cursor->getString()).text != figure) {  // the paragraph holds what the cursor counts otherwise
        return paragraph->getStart();
    }
    return as_range(cursor);
}

// --- Comments ---------------------------------------------------------------------------------

bool is_own_annotation(const Reference<css::uno::XInterface>& field) {
    Reference<css::lang::XServiceInfo> info(field, UNO_QUERY);
    if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) return false;
    Reference<css::beans::XPropertySet> props(field, UNO_QUERY);
    OUString author;
    return props.is() && (props->getPropertyValue("Author") >>= author) && author == OUString::createFromAscii(kAuthor);
}

// Removes the comments an earlier run put there (author "finsam"); says how many.
std::size_t remove_own_annotations(const Reference<css::frame::XModel>& doc) {
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return 0;
    std::vector<Reference<css::lang::XComponent>> own;
    Reference<css::container::XEnumeration> e = supplier->getTextFields()->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<css::uno::XInterface> field(e->nextElement(), UNO_QUERY);
        if (is_own_annotation(field)) own.emplace_back(field, UNO_QUERY);
    }
    for (const auto& c : own)
        if (c.is()) c->dispose();
    return own.size();
}

void add_annotation(const Reference<css::frame::XModel>& doc, const Reference<css::text::XTextRange>& at,
                    const std::string& message) {
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<css::text::XTextContent> field(factory->createInstance("com.sun.star.text.textfield.Annotation"),
                                             UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> props(field, UNO_QUERY_THROW);
    props->setPropertyValue("Author", Any(OUString::createFromAscii(kAuthor)));
    props->setPropertyValue("Content", Any(ou(message)));
    // A range: the comment marks the figure (insertTextContent keeps the text of an annotation's range).
    at->getText()->insertTextContent(at, field, !at->getString().isEmpty());
}

// What the command changes is one step to undo (Redigera › Ångra: "Granska budget (finsam)"), and the
// view is not redrawn for each comment.
class EditGroup {
public:
    EditGroup(const Reference<css::frame::XModel>& doc, bool english) : doc_(doc) {
        try {
            Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY);
            if (supplier.is()) undo_ = supplier->getUndoManager();
            if (undo_.is())
                undo_->enterUndoContext(english ? OUString("Audit budget (finsam)") : ou("Granska budget (finsam)"));
        } catch (const css::uno::Exception&) {
            undo_.clear();
        }
        doc_->lockControllers();
    }
    ~EditGroup() {
        try {
            doc_->unlockControllers();
            if (undo_.is()) undo_->leaveUndoContext();
        } catch (...) {
        }
    }
    EditGroup(const EditGroup&) = delete;
    EditGroup& operator=(const EditGroup&) = delete;

private:
    Reference<css::frame::XModel> doc_;
    Reference<css::document::XUndoManager> undo_;
};

// --- Summary ----------------------------------------------------------------------------------

std::string summary_of(const FileReport& f, std::size_t placed, bool english) {
    const std::size_t findings = f.findings.size(), unread = f.unread.size();
    std::ostringstream s;
    if (english) {
        s << "finsam audit: " << f.checks << (f.checks == 1 ? " check, " : " checks, ") << findings
          << (findings == 1 ? " finding" : " findings");
        if (unread) s << ", " << unread << (unread == 1 ? " place" : " places") << " not understood";
        s << ".";
        if (findings) s << " " << placed << " of them marked with a comment (author finsam).";
        if (f.checks == 0)
            s << " Nothing in the document could be checked: this is no approval.";
        else if (findings == 0 && unread == 0)
            s << " Every figure checked adds up.";
        else if (unread)
            s << " What could not be understood is not checked.";
    } else {
        // Swedish number: "1 kontroll, 1 avvikelse", "0 kontroller, 2 avvikelser".
        s << "Granskning (finsam): " << f.checks << (f.checks == 1 ? " kontroll, " : " kontroller, ") << findings
          << (findings == 1 ? " avvikelse" : " avvikelser");
        if (unread) s << ", " << unread << (unread == 1 ? " del kunde inte tolkas" : " delar kunde inte tolkas");
        s << ".";
        if (findings) s << " " << placed << " av dem har en kommentar (författare finsam).";
        if (f.checks == 0)
            s << " Inget i dokumentet kunde kontrolleras: det här är inget godkännande.";
        else if (findings == 0 && unread == 0)
            s << " Allt som kontrollerades stämmer.";
        else if (unread)
            s << " Det som inte kunde tolkas är inte kontrollerat.";
    }
    // Then each place, as the command line lists them; a long list is cut (the comments hold every one).
    constexpr std::size_t kMostLines = 15;
    std::size_t lines = 0;
    for (const ReportedFinding& x : f.findings)
        if (lines++ < kMostLines) s << "\n" << (english ? "FINDING " : "AVVIKELSE ") << x.where << ": " << x.message;
    for (const ReportedUnread& u : f.unread)
        if (lines++ < kMostLines) s << "\n" << (english ? "NOT UNDERSTOOD " : "EJ TOLKAD ") << u.where << ": " << u.message << ".";
    if (lines > kMostLines) s << "\n" << (english ? "… and " : "… och ") << lines - kMostLines << (english ? " more." : " till.");
    return s.str();
}

}  // namespace

namespace {

// The open document as Writer's HTML export writes it (into a private temporary folder, removed
// again), read as the command line reads a .docx; else why not, in the UI language.
ReadOutcome<ReadDocument> read_open_document(const Reference<css::frame::XStorable>& storable, bool english) {
    const auto failed = [](std::string why) { return ReadOutcome<ReadDocument>::failed(std::move(why)); };
    fs::path dir;
    try {
        dir = fresh_temporary_folder("finsam-writer-audit-");
    } catch (const std::exception&) {
        return failed(english ? "no temporary folder could be made for reading it" : "ingen tillfällig mapp kunde skapas för att läsa det");
    }
    struct Removed {
        fs::path dir;
        ~Removed() {
            std::error_code ignored;
            fs::remove_all(dir, ignored);
        }
    } removed{dir};
    const fs::path html = dir / "document.html";
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(ou(html.string()), url);
    // "HTML (StarWriter)" is the command line's filter; a document open in Writer/Web has "HTML".
    bool stored = false;
    for (const char* filter : {"HTML (StarWriter)", "HTML"}) {
        const css::beans::PropertyValue args[] = {property("FilterName", Any(OUString::createFromAscii(filter))),
                                                  property("Overwrite", Any(true))};
        try {
            storable->storeToURL(url, Sequence<css::beans::PropertyValue>(args, 2));
            stored = true;
            break;
        } catch (const css::uno::Exception&) {
        }
    }
    if (!stored) return failed(english ? "Writer could not save it as HTML" : "Writer kunde inte spara dokumentet som HTML");
    const auto bytes = slurp(html, kMaxHtmlBytes);
    if (!bytes) return failed(english ? "Writer's HTML of it could not be read" : "Writers HTML för dokumentet kunde inte läsas");
    if (bytes->size() > kMaxHtmlBytes) return failed(english ? "its text is over 512 MB" : "dokumentets text är större än 512 MB");
    const DecodedText text = decode_text(*bytes);
    if (text.encoding == DecodedText::Encoding::Binary)
        return failed(english ? "Writer's HTML of it is not text" : "Writers HTML för dokumentet är inte text");
    return read_writer_html(text.utf8);
}

// Where each finding's comment goes: its target among those the audit placed, paired in order and
// checked by place, else a place made from its `where` (a paragraph's start).
Target target_for(const ReadDocument& read, const ReportedFinding& finding, std::size_t i, std::vector<Target>& targets,
                  std::vector<bool>& taken) {
    std::size_t k = i;
    if (k >= targets.size() || taken[k] || targets[k].where != finding.where) {
        k = targets.size();
        for (std::size_t j = 0; j < targets.size(); ++j)
            if (!taken[j] && targets[j].where == finding.where) {
                k = j;
                break;
            }
    }
    if (k < targets.size()) {
        taken[k] = true;
        return targets[k];
    }
    Target fallback;
    fallback.where = finding.where;
    fallback.place = place_of(finding.where);
    fallback.printed = finding.printed;
    if (fallback.place.paragraph)
        if (const PlacedParagraph* p = paragraph_at(read, "stycke " + std::to_string(fallback.place.paragraph)))
            fallback.paragraph_text = p->text;
    return fallback;
}

// The document's text and every table in it (the body's, the page header's, the frames').
DocumentParts parts_of(const Reference<css::frame::XModel>& doc, const Reference<css::text::XTextDocument>& text_document) {
    DocumentParts parts;
    collect(text_document->getText(), parts, false, 0);
    if (Reference<css::text::XTextTablesSupplier> supplier{doc, UNO_QUERY}; supplier.is()) {
        Reference<css::container::XIndexAccess> tables(supplier->getTextTables(), UNO_QUERY);
        for (sal_Int32 i = 0; tables.is() && i < tables->getCount(); ++i)
            if (Reference<css::text::XTextTable> table{tables->getByIndex(i), UNO_QUERY}; table.is())
                parts.all_tables.push_back(table);
    }
    return parts;
}

}  // namespace

CommandResult audit_writer_document(const Reference<css::uno::XComponentContext>&,
                                    const Reference<css::frame::XModel>& doc, bool english) {
    CommandResult result;
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    Reference<css::text::XTextDocument> text_document(doc, UNO_QUERY);
    if (!storable.is() || !text_document.is()) {
        result.summary = english ? "finsam audit: this is not a text document." : "Granskning (finsam): det här är inget textdokument.";
        return result;
    }
    // A document of more tables than the command line reads is refused as it refuses it, before the
    // export lays them out again (the open document's tables, nested ones among them).
    // Writer lays a document out again when a comment goes in, and tables nested in tables cost it
    // far more than their size (200 levels: minutes): such a document is refused before any change.
    {
        WriterTables count;
        count_tables(text_document->getText(), 0, count);
        if (const Reference<css::text::XTextTablesSupplier> supplier{doc, UNO_QUERY}; supplier.is())
            if (const Reference<css::container::XIndexAccess> tables(supplier->getTextTables(), UNO_QUERY); tables.is())
                count.tables = std::max(count.tables, static_cast<std::size_t>(tables->getCount()));
        if (const auto many = too_many_tables(count)) {
            result.summary = english ? "finsam audit: the document was not audited: it has more than " +
                                           (count.tables > kMaxWriterTables
                                                ? std::to_string(kMaxWriterTables) + " tables."
                                                : std::to_string(kMaxWriterNesting) + " levels of tables in tables.")
                                     : "Granskning (finsam): " + *many + ".";
            return result;
        }
    }
    // The earlier run's comments first: they are not the document's, and the HTML would carry them.
    std::optional<EditGroup> edits;
    edits.emplace(doc, english);
    remove_own_annotations(doc);

    const ReadOutcome<ReadDocument> read = read_open_document(storable, english);
    if (!read) {
        result.summary = (english ? "finsam audit: the document could not be read (" : "Granskning (finsam): dokumentet kunde inte läsas (") +
                         read.why_not() + ").";
        return result;
    }
    std::ostringstream sink;
    AuditRun run(sink, true);
    FileReport& file = run.begin_file(u8(doc->getURL()), "document");
    const DocumentAudit audit = audit_document(*read, run);
    run.end_file();

    std::vector<Target> targets = targets_of(*read, audit);
    std::vector<bool> taken(targets.size(), false);
    DocumentParts parts = parts_of(doc, text_document);
    std::size_t placed = 0;
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
        const ReportedFinding& finding = file.findings[i];
        const Target t = target_for(*read, finding, i, targets, taken);
        Reference<css::text::XTextRange> at = t.place.table ? table_range(parts, *read, t) : paragraph_range(parts, t);
        if (!at.is()) continue;
        try {
            add_annotation(doc, at, finding.message);
            ++placed;
        } catch (const css::uno::Exception&) {
            // a place that takes no comment (a protected section): the summary still names the finding
        }
    }
    edits.reset();
    result.checks = file.checks;
    result.findings = file.findings.size();
    result.unread = file.unread.size();
    result.summary = summary_of(file, placed, english);
    return result;
}

}  // namespace finsam::uno
