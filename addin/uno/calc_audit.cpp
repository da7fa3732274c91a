#include "calc_audit.hpp"

#include "audit_report.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "money.hpp"
#include "sheet_grid.hpp"
#include "swedish_format.hpp"
#include "units.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/sheet/XSheetAnnotationShapeSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/NumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace finsam::uno {

using messages::CommandTexts;
using messages::command_texts;
using messages::kCommentPrefix;
using messages::kReportSheet;

using rtl::OString;
using rtl::OUString;

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

OUString ou(std::string_view s) { return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8); }

std::string u8(const OUString& s) {
    const OString o = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

// A sheet name as a reference writes it: quoted unless letters, digits and underscores only.
std::string quoted_sheet(const std::string& name) {
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (plain) return name;
    std::string q = "'";
    for (char c : name) q += c == '\'' ? std::string("''") : std::string(1, c);
    return q + "'";
}

std::string cell_name(std::size_t row, std::size_t col) {
    return messages::column_letters(col) + std::to_string(row + 1);
}

// A text in a formula: in double quotes, quotes doubled.
std::string formula_string(const std::string& s) {
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// =HYPERLINK("#'Sheet'.D7";"Sheet.D7"): Calc jumps to the cell when it is clicked.
std::string link_formula(const std::string& sheet, std::size_t row, std::size_t col) {
    const std::string cell = cell_name(row, col);
    return "=HYPERLINK(" + formula_string("#" + quoted_sheet(sheet) + "." + cell) + ";" +
           formula_string(sheet + "." + cell) + ")";
}

// =HYPERLINK("#'Sheet'.D7:D9";"Sheet.D7:D9"): a block of cells.
std::string range_link(const std::string& sheet, const std::string& range) {
    return "=HYPERLINK(" + formula_string("#" + quoted_sheet(sheet) + "." + range) + ";" +
           formula_string(sheet + "." + range) + ")";
}

// =HYPERLINK("#'Sheet'.A1";"Sheet"): a whole sheet.
std::string sheet_link(const std::string& sheet) {
    return "=HYPERLINK(" + formula_string("#" + quoted_sheet(sheet) + ".A1") + ";" + formula_string(sheet) + ")";
}

// Cells showing the same error next to each other (an array's #N/A padding, a column of Err:502):
// one block, said once.
struct ErrorBlock {
    std::size_t first_row = 0, first_col = 0, last_row = 0, last_col = 0;  // the rectangle around it
    std::size_t cells = 0;
};
using CellAt = std::pair<std::size_t, std::size_t>;

struct AuditedSheet {
    std::string name;
    sal_Int16 index = 0;
    Reference<css::sheet::XSpreadsheet> sheet;
    AuditReport report;
    std::string unit;  // the sheet's unit, as the command line gives it
    std::map<CellAt, ErrorBlock> error_blocks;  // by the cell that stands for the block in the report
};

// The add-in's own array results (sheet_grid.hpp) are what it computed: no finding stands on one, none
// is named as a figure that may be wrong, and the #N/A that pads an array larger than its result is
// no amount left unread. (Read as figures, they still take part in every sum over them.)
void leave_own_results(AuditReport& report, const std::set<CellAt>& own) {
    if (own.empty()) return;
    std::vector<AuditFinding> findings;
    for (AuditFinding& f : report.findings) {
        if (own.count({f.row, f.col})) continue;
        std::vector<AuditFinding::Candidate> candidates;
        for (AuditFinding::Candidate& c : f.candidates)
            if (!own.count({c.row, c.col})) candidates.push_back(std::move(c));
        f.candidates = std::move(candidates);
        findings.push_back(std::move(f));
    }
    report.findings = std::move(findings);
    std::vector<NotUnderstood> kept;
    for (NotUnderstood& n : report.not_understood)
        if (!(n.at_cell && n.why == NotUnderstood::Why::ShowsError && n.text == "#N/A" && own.count({n.row, n.col})))
            kept.push_back(std::move(n));
    report.not_understood = std::move(kept);
}

// The report's cells showing an error gathered into blocks: each with the cells of the sheet side by
// side showing the same error (all of them, the audit names one per table it read); the first cell
// reported of each block stays in report.not_understood and stands for all of it.
std::map<CellAt, ErrorBlock> gather_error_cells(AuditReport& report, const CompactSheet& sheet,
                                                const std::set<CellAt>& own) {
    using Why = NotUnderstood::Why;
    std::map<CellAt, std::string> showing;  // every cell of the sheet read showing an error
    for (std::size_t r = 0; r < sheet.grid.rows(); ++r)
        for (std::size_t c = 0; c < sheet.grid.cols(); ++c) {
            const Cell& cell = sheet.grid.at(r, c);
            const CellAt at{sheet.rows[r], sheet.cols[c]};
            if (cell.is_text() && is_error_text(cell.text) && !own.count(at)) showing.emplace(at, cell.text);
        }
    std::map<CellAt, ErrorBlock> blocks;
    std::set<CellAt> gathered;
    std::vector<NotUnderstood> kept;
    for (NotUnderstood& n : report.not_understood) {
        if (n.why != Why::ShowsError || !n.at_cell) {
            kept.push_back(std::move(n));
            continue;
        }
        const CellAt start{n.row, n.col};
        if (gathered.count(start)) continue;  // said with its block
        ErrorBlock b{start.first, start.second, start.first, start.second, 0};
        std::vector<CellAt> todo{start};
        gathered.insert(start);
        while (!todo.empty()) {
            const CellAt at = todo.back();
            todo.pop_back();
            ++b.cells;
            b.first_row = std::min(b.first_row, at.first);
            b.last_row = std::max(b.last_row, at.first);
            b.first_col = std::min(b.first_col, at.second);
            b.last_col = std::max(b.last_col, at.second);
            const CellAt next[] = {{at.first + 1, at.second}, {at.first - 1, at.second},
                                   {at.first, at.second + 1}, {at.first, at.second - 1}};
            for (const CellAt& m : next) {
                const auto it = showing.find(m);
                if (it == showing.end() || gathered.count(m) || it->second != n.text) continue;
                gathered.insert(m);
                todo.push_back(m);
            }
        }
        blocks.emplace(start, b);
        kept.push_back(std::move(n));
    }
    report.not_understood = std::move(kept);
    return blocks;
}

// Every change inside one undo step ("Granska budget (finsam)"), the views not repainted meanwhile.
class Batch {
public:
    Batch(const Reference<css::frame::XModel>& doc, const std::string& title) : doc_(doc) {
        try {
            const Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY);
            if (undo.is()) {
                undo_ = undo->getUndoManager();
                if (undo_.is()) undo_->enterUndoContext(ou(title));
            }
        } catch (const css::uno::Exception&) {
            undo_.clear();
        }
        doc_->lockControllers();
    }
    ~Batch() {
        try {
            doc_->unlockControllers();
        } catch (...) {
        }
        try {
            if (undo_.is()) undo_->leaveUndoContext();
        } catch (...) {
        }
    }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

private:
    Reference<css::frame::XModel> doc_;
    Reference<css::document::XUndoManager> undo_;
};

// A sheet protected without a password is unprotected while the command puts its comments there
// (Calc refuses comments on a protected sheet) and protected again after.
class Unprotected {
public:
    explicit Unprotected(const Reference<css::sheet::XSpreadsheet>& sheet) : protectable_(sheet, UNO_QUERY) {
        if (protectable_.is() && protectable_->isProtected()) {
            try {
                protectable_->unprotect(OUString());
                was_protected_ = true;
            } catch (const css::uno::Exception&) {
                blocked_ = true;  // a password: the sheet gets no comment
            }
        }
    }
    ~Unprotected() {
        try {
            if (was_protected_) protectable_->protect(OUString());
        } catch (...) {
        }
    }
    bool blocked() const { return blocked_; }
    Unprotected(const Unprotected&) = delete;
    Unprotected& operator=(const Unprotected&) = delete;

private:
    Reference<css::util::XProtectable> protectable_;
    bool was_protected_ = false, blocked_ = false;
};

bool is_ours(const OUString& comment) { return comment.startsWith(ou(kCommentPrefix)); }

// The text of a sheet's top-left cell: how the command knows its own report sheet.
bool is_report_sheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::text::XText> a1(sheet->getCellByPosition(0, 0), UNO_QUERY);
    if (!a1.is()) return false;
    const std::string text = u8(a1->getString());
    return text == command_texts(false).title || text == command_texts(true).title;
}

// The comment on a figure judged wrong: what is wrong (the finding's own sentence) and what the
// figure should be (or, when the audit cannot tell which figure is wrong, what its relation gives),
// for each finding at that cell.
std::string comment_text(const std::vector<const AuditFinding*>& findings, const std::string& unit,
                         const CommandTexts& texts) {
    std::string text(kCommentPrefix);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (i > 0) text += "\n\n";
        text += messages::finding(*findings[i]) + "\n" + texts.value_line(findings[i]->certainty) + ": " +
                format_amount(findings[i]->computed) + " " + unit;
    }
    return text;
}

// A comment wide enough to read: 9 cm, as high as its text needs (about 45 characters a line).
void size_comment(const Reference<css::sheet::XSheetAnnotation>& note, const std::string& text) {
    try {
        const Reference<css::sheet::XSheetAnnotationShapeSupplier> supplier(note, UNO_QUERY);
        if (!supplier.is()) return;
        const Reference<css::drawing::XShape> shape = supplier->getAnnotationShape();
        if (!shape.is()) return;
        std::size_t lines = 1, run = 0;
        for (unsigned char c : text) {
            if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
            if (c == '\n' || ++run > 45) {
                ++lines;
                run = 0;
            }
        }
        shape->setSize(css::awt::Size(9000, static_cast<sal_Int32>(std::min<std::size_t>(lines, 60) * 420 + 300)));
    } catch (const css::uno::Exception&) {
        // the comment keeps Calc's own size
    }
}

// Removes the command's earlier comments from a sheet (never another one).
void remove_our_comments(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::sheet::XSheetAnnotations> notes =
        Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)->getAnnotations();
    const Reference<css::container::XIndexAccess> list(notes, UNO_QUERY_THROW);
    for (sal_Int32 i = list->getCount(); i-- > 0;) {
        const Reference<css::text::XSimpleText> note(list->getByIndex(i), UNO_QUERY);
        if (note.is() && is_ours(note->getString())) notes->removeByIndex(i);
    }
}

bool has_our_comments(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Reference<css::container::XIndexAccess> list(
        Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)->getAnnotations(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < list->getCount(); ++i) {
        const Reference<css::text::XSimpleText> note(list->getByIndex(i), UNO_QUERY);
        if (note.is() && is_ours(note->getString())) return true;
    }
    return false;
}

// The comments of one sheet: its earlier ones from the command removed, one per cell at fault
// added where the user has none. Returns how many were written.
std::size_t comment_sheet(const AuditedSheet& s, const CommandTexts& texts) {
    std::map<std::pair<std::size_t, std::size_t>, std::vector<const AuditFinding*>> at_cell;
    for (const AuditFinding& f : s.report.findings) at_cell[{f.row, f.col}].push_back(&f);
    if (at_cell.empty() && !has_our_comments(s.sheet)) return 0;
    Unprotected open(s.sheet);
    if (open.blocked()) return 0;
    remove_our_comments(s.sheet);
    const Reference<css::sheet::XSheetAnnotations> notes =
        Reference<css::sheet::XSheetAnnotationsSupplier>(s.sheet, UNO_QUERY_THROW)->getAnnotations();
    std::size_t written = 0;
    for (const auto& [cell, findings] : at_cell) {
        const auto [row, col] = cell;
        const Reference<css::sheet::XSheetAnnotationAnchor> anchor(
            s.sheet->getCellByPosition(static_cast<sal_Int32>(col), static_cast<sal_Int32>(row)), UNO_QUERY);
        if (anchor.is()) {
            const Reference<css::text::XSimpleText> existing(anchor->getAnnotation(), UNO_QUERY);
            if (existing.is() && !existing->getString().isEmpty()) continue;  // the user's: left alone
        }
        css::table::CellAddress address;
        address.Sheet = s.index;
        address.Column = static_cast<sal_Int32>(col);
        address.Row = static_cast<sal_Int32>(row);
        const std::string text = comment_text(findings, s.unit, texts);
        notes->insertNew(address, ou(text));
        ++written;
        if (anchor.is()) size_comment(anchor->getAnnotation(), text);
    }
    return written;
}

constexpr sal_Int32 kColumns = 9;  // place, line, period, printed, expected, difference, unit, kind, message
constexpr sal_Int32 kHeadingRow = 3;

struct ReportRow {
    Sequence<Any> cells;
    std::string link;  // the place as a HYPERLINK formula, or empty
};

ReportRow report_row() {
    ReportRow r;
    r.cells = Sequence<Any>(kColumns);
    Any* cells = r.cells.getArray();
    for (sal_Int32 i = 0; i < kColumns; ++i) cells[i] <<= OUString();
    return r;
}

// The sheet Granskning: title, summary, headings, then a row per finding, per part left unread and
// per sheet (its summary as FINSAM_AUDIT gives it).
void write_report(const Reference<css::sheet::XSpreadsheet>& report, const std::vector<AuditedSheet>& audited,
                  const CommandTexts& texts, const std::string& summary, const Reference<css::frame::XModel>& doc) {
    std::vector<ReportRow> rows;
    rows.push_back(report_row());  // the title, written after the columns' widths are set
    ReportRow total = report_row();
    total.cells.getArray()[0] <<= ou(texts.summary_label);
    rows.push_back(total);
    rows.push_back(report_row());
    ReportRow headings = report_row();
    {
        Any* h = headings.cells.getArray();
        const std::string* names[kColumns] = {&texts.place,      &texts.label, &texts.period, &texts.printed,
                                              &texts.expected,   &texts.difference, &texts.unit, &texts.kind,
                                              &texts.message};
        for (sal_Int32 i = 0; i < kColumns; ++i) h[i] <<= ou(*names[i]);
    }
    rows.push_back(headings);

    bool fractions = false;
    for (const AuditedSheet& s : audited)
        for (const AuditFinding& f : s.report.findings) {
            ReportRow r = report_row();
            Any* c = r.cells.getArray();
            r.link = link_formula(s.name, f.row, f.col);
            c[1] <<= ou(messages::finding_label(f));
            c[2] <<= ou(messages::finding_period(f));
            c[3] <<= f.stated.to_double();
            c[4] <<= f.computed.to_double();
            c[5] <<= (f.stated - f.computed).to_double();
            c[6] <<= ou(s.unit);
            c[7] <<= ou(texts.kind_of(f));
            c[8] <<= ou(messages::finding(f));
            for (double v : {f.stated.to_double(), f.computed.to_double()}) fractions = fractions || v != std::floor(v);
            rows.push_back(r);
        }
    for (const AuditedSheet& s : audited)
        for (const NotUnderstood& n : s.report.not_understood) {
            if (!n.leaves_something_unread()) continue;  // said in the sheet's summary row
            ReportRow r = report_row();
            Any* c = r.cells.getArray();
            r.link = n.at_cell ? link_formula(s.name, n.row, n.col) : sheet_link(s.name);
            c[1] <<= ou(n.label);
            c[7] <<= ou(texts.unread_kind);
            c[8] <<= ou(messages::not_understood(n));
            if (const auto block = s.error_blocks.find({n.row, n.col}); n.at_cell && block != s.error_blocks.end()) {
                const ErrorBlock& b = block->second;
                const std::string where = b.cells == 1 ? cell_name(b.first_row, b.first_col)
                                                       : cell_name(b.first_row, b.first_col) + ":" +
                                                             cell_name(b.last_row, b.last_col);
                r.link = b.cells == 1 ? r.link : range_link(s.name, where);
                c[8] <<= ou(messages::error_block(n.text, b.cells, where));
            }
            rows.push_back(r);
        }
    for (const AuditedSheet& s : audited) {
        ReportRow r = report_row();
        Any* c = r.cells.getArray();
        r.link = sheet_link(s.name);
        c[7] <<= ou(texts.sheet_kind);
        c[8] <<= ou(messages::audit_summary(s.report));
        rows.push_back(r);
    }

    const sal_Int32 n = static_cast<sal_Int32>(rows.size());
    Sequence<Sequence<Any>> data(n);
    for (sal_Int32 i = 0; i < n; ++i) data.getArray()[i] = rows[static_cast<std::size_t>(i)].cells;
    const Reference<css::table::XCellRange> all = report->getCellRangeByPosition(0, 0, kColumns - 1, n - 1);
    Reference<css::sheet::XCellRangeData>(all, UNO_QUERY_THROW)->setDataArray(data);
    for (sal_Int32 i = 0; i < n; ++i)
        if (!rows[static_cast<std::size_t>(i)].link.empty())
            report->getCellByPosition(0, i)->setFormula(ou(rows[static_cast<std::size_t>(i)].link));

    // The look: title, summary and headings in bold, amounts with thousands separators.
    const auto bold = [&](sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1) {
        Reference<css::beans::XPropertySet>(report->getCellRangeByPosition(c0, r0, c1, r1), UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    };
    bold(0, 0, 0, 0);
    bold(0, 1, 1, 1);
    bold(0, kHeadingRow, kColumns - 1, kHeadingRow);
    try {
        const Reference<css::util::XNumberFormatTypes> types(
            Reference<css::util::XNumberFormatsSupplier>(doc, UNO_QUERY_THROW)->getNumberFormats(), UNO_QUERY_THROW);
        const sal_Int32 key = types->getFormatIndex(
            fractions ? css::i18n::NumberFormatIndex::NUMBER_1000DEC2 : css::i18n::NumberFormatIndex::NUMBER_1000INT,
            css::lang::Locale());
        if (n > kHeadingRow + 1)
            Reference<css::beans::XPropertySet>(report->getCellRangeByPosition(3, kHeadingRow + 1, 5, n - 1),
                                                UNO_QUERY_THROW)
                ->setPropertyValue("NumberFormat", Any(key));
    } catch (const css::uno::Exception&) {
        // the amounts stay in the default format
    }
    const Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(report, UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 i = 0; i < kColumns - 1; ++i)
        Reference<css::beans::XPropertySet>(columns->getByIndex(i), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", Any(true));
    // the title and the summary go in after the widths are set: they run over the empty cells to their
    // right, and would make their columns wide
    Reference<css::text::XText>(report->getCellByPosition(0, 0), UNO_QUERY_THROW)->setString(ou(texts.title));
    Reference<css::text::XText>(report->getCellByPosition(1, 1), UNO_QUERY_THROW)->setString(ou(summary));
    // the messages are long: their column wide, the text wrapped, every row's cells read from the top
    Reference<css::beans::XPropertySet>(columns->getByIndex(kColumns - 1), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(sal_Int32(12000)));
    if (n > kHeadingRow + 1) {
        Reference<css::beans::XPropertySet>(
            report->getCellRangeByPosition(kColumns - 1, kHeadingRow + 1, kColumns - 1, n - 1), UNO_QUERY_THROW)
            ->setPropertyValue("IsTextWrapped", Any(true));
        Reference<css::beans::XPropertySet>(report->getCellRangeByPosition(0, kHeadingRow + 1, kColumns - 1, n - 1),
                                            UNO_QUERY_THROW)
            ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
    }
}

}  // namespace

CalcAuditResult audit_calc_document(const Reference<css::uno::XComponentContext>& ctx,
                                    const Reference<css::frame::XModel>& doc, const CommandTexts& texts,
                                    const Reference<css::task::XStatusIndicator>& progress) {
    const Reference<css::sheet::XSpreadsheets> sheets =
        Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets();
    const Reference<css::container::XIndexAccess> by_index(sheets, UNO_QUERY_THROW);
    const sal_Int32 count = by_index->getCount();
    if (progress.is()) progress->start(ou(texts.progress), count + 2);

    // The values as the command line has them: the workbook recalculated.
    if (const Reference<css::sheet::XCalculatable> calc{doc, UNO_QUERY}; calc.is()) calc->calculateAll();

    Reference<css::util::XNumberFormats> formats;
    Reference<css::util::XNumberFormatter> formatter;
    try {
        const Reference<css::util::XNumberFormatsSupplier> supplier(doc, UNO_QUERY_THROW);
        formats = supplier->getNumberFormats();
        formatter.set(css::util::NumberFormatter::create(ctx), UNO_QUERY_THROW);
        formatter->attachNumberFormatsSupplier(supplier);
    } catch (const css::uno::Exception&) {
        formatter.clear();
    }

    std::vector<AuditedSheet> audited;
    for (sal_Int32 i = 0; i < count; ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(by_index->getByIndex(i), UNO_QUERY_THROW);
        const std::string name = u8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (progress.is()) progress->setValue(i + 1);
        if (name == kReportSheet || is_report_sheet(sheet)) continue;
        AuditedSheet s;
        s.name = name;
        s.index = static_cast<sal_Int16>(i);
        s.sheet = sheet;
        std::set<CellAt> own_results;
        const std::optional<CompactSheet> compact = read_sheet(sheet, formats, formatter, &own_results);
        if (!compact) throw std::runtime_error("the filled cells of sheet " + name + " are spread too far to read");
        s.report = audit_grid(compact->grid);
        to_sheet_positions(s.report, *compact);
        leave_own_results(s.report, own_results);
        s.error_blocks = gather_error_cells(s.report, *compact, own_results);
        s.unit = table_unit(compact->grid);
        audited.push_back(std::move(s));
    }

    CalcAuditResult result;
    result.sheets = audited.size();
    for (const AuditedSheet& s : audited) {
        result.checks += s.report.checks;
        result.findings += s.report.findings.size();
        result.unread += static_cast<std::size_t>(std::count_if(
            s.report.not_understood.begin(), s.report.not_understood.end(),
            [](const NotUnderstood& n) { return n.leaves_something_unread(); }));
    }
    result.summary = texts.summary(result.sheets, result.checks, result.findings, result.unread);

    // Read-only: the findings go to the message box, nothing to the workbook.
    if (const Reference<css::frame::XStorable> storable{doc, UNO_QUERY}; storable.is() && storable->isReadonly()) {
        result.read_only = true;
        std::string text = texts.read_only + "\n\n" + result.summary;
        constexpr std::size_t kListed = 10;
        std::size_t listed = 0;
        for (const AuditedSheet& s : audited)
            for (const AuditFinding& f : s.report.findings)
                if (listed++ < kListed) text += "\n\n" + s.name + "." + cell_name(f.row, f.col) + ": " + messages::finding(f);
        if (listed > kListed) text += "\n\n" + texts.more_findings(listed - kListed);
        result.read_only_text = text;
        if (progress.is()) progress->end();
        return result;
    }

    {
        Batch batch(doc, texts.command_name);
        for (const AuditedSheet& s : audited) result.comments += comment_sheet(s, texts);
        if (progress.is()) progress->setValue(count + 1);

        // The report sheet: the command's own (by name or by its title) replaced, placed last. A sheet
        // of the user's that happens to be named Granskning is kept; the report then gets another name.
        std::string name(kReportSheet);
        if (sheets->hasByName(ou(name))) {
            const Reference<css::sheet::XSpreadsheet> old(sheets->getByName(ou(name)), UNO_QUERY_THROW);
            if (is_report_sheet(old)) sheets->removeByName(ou(name));
            else name += " (finsam)";
        }
        if (name != kReportSheet && sheets->hasByName(ou(name))) sheets->removeByName(ou(name));
        sheets->insertNewByName(ou(name), static_cast<sal_Int16>(by_index->getCount()));
        const Reference<css::sheet::XSpreadsheet> report(sheets->getByName(ou(name)), UNO_QUERY_THROW);
        write_report(report, audited, texts, result.summary, doc);
        const Reference<css::sheet::XSpreadsheetView> view(doc->getCurrentController(), UNO_QUERY);
        if (view.is()) view->setActiveSheet(report);
    }
    if (progress.is()) {
        progress->setValue(count + 2);
        progress->end();
    }
    return result;
}

}  // namespace finsam::uno
