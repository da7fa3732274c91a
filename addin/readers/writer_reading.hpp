// Reading Word and Writer documents (.docx, .doc, .odt, .rtf) with their real tables: headless
// LibreOffice Writer saves the document as HTML (scripts/convert-document, installed in libexec/),
// and a plain scanner reads that HTML's tables, rows and cells and the paragraphs around them.
#pragma once

#include "read_document.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// The tables and paragraphs of an HTML file as Writer's HTML export ("HTML (StarWriter)") writes it,
// in UTF-8. Every <table> is a table, counted in document order from 1 by its opening tag (a table
// inside a cell is one of its own, numbered after the table around it, and its text is not the
// cell's); its <tr> are the rows and its <td>/<th> the cells, a merged cell (colspan, rowspan) as its
// text in the first of the cells it covers and the others empty. Columns of almost no width that no
// cell has to itself (two tables Word joined into one, borders a hair apart) are folded into the next
// column, so that every row's amounts fall in the columns they are printed in. A cell's text has its
// tags removed, <br> and paragraph ends as spaces, entities decoded, footnote marks dropped and white
// space folded; a cell that is a Swedish amount (parse_swedish_amount) is a number, others text, and a
// header row of years over the columns stays text. Places: "tabell N" and, per row, "tabell N, rad R".
// Paragraphs are the text of <p>, <h1>–<h6> and <li> (as "• text") outside tables, with the place
// "stycke K", counted from 1 in document order; empty ones are not counted. Linear in the size of the
// text, no recursion.
ReadDocument read_writer_html(std::string_view html);

// A .docx, .doc, .odt or .rtf file read through Writer: runs libexec_dir/convert-document (headless
// LibreOffice in a throw-away profile, under a time limit) into a temporary folder of its own, reads
// the HTML it writes and removes the folder. On failure, why in Swedish
// ("filen finns inte", "filen är större än 100 MB", "Writer kunde inte öppna dokumentet", "Writer
// blev inte klar inom 120 s", …); what LibreOffice printed then goes to standard error.
ReadOutcome<ReadDocument> read_writer_file(const std::filesystem::path& doc, const std::filesystem::path& libexec_dir);

// Many Word/Writer documents read through ONE Writer run: LibreOffice starts once for all of them
// (a folder of 80 plans would otherwise start it 80 times, a few seconds each). The constructor
// converts every document given (two or more; links named by number in a temporary folder of its
// own, so that documents of the same name never clash) and keeps the HTML until the batch is
// destroyed; read() reads a document's HTML as read_writer_file would. A document the batch did not
// convert (not given, not a readable file, not opened by Writer, or the time ran out) is read
// alone by read_writer_file, so that why_not says why exactly as for a single file.
class WriterBatch {
public:
    WriterBatch(const std::vector<std::filesystem::path>& docs, const std::filesystem::path& libexec_dir);
    ~WriterBatch();
    WriterBatch(const WriterBatch&) = delete;
    WriterBatch& operator=(const WriterBatch&) = delete;

    ReadOutcome<ReadDocument> read(const std::filesystem::path& doc) const;

private:
    std::filesystem::path libexec_dir_, dir_;
    std::map<std::string, std::filesystem::path> html_;  // absolute document path -> its HTML
};

}  // namespace finsam
