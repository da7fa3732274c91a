// Reading plans published as PDF: the words and their positions that poppler's
// `pdftotext -bbox-layout` prints, rebuilt into the page's lines, the budget tables among them (as
// Grids, columns told apart by position) and the paragraphs around them, each with its page and line.
//
// Why positions: `pdftotext -layout` collapses the columns of tables made by Word or Writer to single
// spaces ("Medlemsbidrag 7 156 000 7 156 000 7 156 000"; "1 300 000 500 000" is one amount or two).
// Here an amount is the words of one figure ("1 789 000", "-269 000", "2 054 tkr", "12,5"), columns are
// where amounts stand across the rows of a table (right- or left-aligned), and a row's label is the
// text left of its first amount.
#pragma once

#include "read_document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// The document in pdftotext's -bbox-layout XHTML (UTF-8): pages → (flows, blocks, lines →) words,
// each word with xMin/yMin/xMax/yMax. A scanner, no XML library and no regex; text in any other shape
// gives an empty document, never an exception.
//   Tables: runs of lines whose right part holds amounts, with the headings and header rows inside
//   and just above them; a table that goes on over a page break with the same columns is one table.
//   Places: "sida P, rad N", N counting the page's lines top to bottom from 1; a table's place is
//   "sida P, rad A–B" (or "sida P, rad A – sida Q, rad B" over a page break).
//   Paragraphs: the other lines, joined at blank space wider than the line spacing, a bullet ("• ",
//   kept) or a change of type size; a line with columns (a table row without amounts) stands alone.
ReadDocument read_pdf_bbox(std::string_view bbox_xhtml);

// One word of a PDF page and its box, in points from the page's top left corner (as pdftotext
// -bbox-layout and poppler's text_list give them), in UTF-8.
struct PdfWord {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
};

// The document whose pages hold these words, read as read_pdf_bbox reads them.
ReadDocument read_pdf_words(const std::vector<std::vector<PdfWord>>& pages);

// The PDF file read in-process through poppler's C++ library (libpoppler-cpp; pdf_loading.cpp, in a
// library of its own so that the Calc extension does not need poppler): its words and their boxes,
// page by page, read as read_pdf_words. A file poppler reports errors in while loading or reading it
// (damaged bytes, a broken cross-reference table) is damaged and is not read at all: what is left of
// it would be audited as if it were the whole plan. Else why, in Swedish:
// "PDF-filen är större än 100 MB", "PDF-filen kunde inte läsas", "PDF-filen är lösenordsskyddad",
// "PDF-filen är skadad (...)", "PDF-filen har ingen text (inskannad?)".
ReadOutcome<ReadDocument> read_pdf_file(const std::filesystem::path& pdf);

}  // namespace finsam
