// How many tables a Word or Writer document holds, and how deep they nest, counted before LibreOffice
// opens it (issue 22). Writer lays out every table of a document to convert it, and tables nested in
// table cells cost it far more than their size (tests/faults/check_nested_tables.py, LibreOffice 7.4):
// 1 365 small tables, four in the first row of the one around them six levels deep, took the command
// line 54 s; 5 461 of them (seven levels, a 180 kB .odt) 173 s; and the menu command, whose comments
// make Writer lay the document out again, did not end in 5 minutes on a chain of 200 tables, each in
// the first cell of the one around it. The menu command already walked tables only 20 levels deep.
// The document's XML (content.xml, word/document.xml) is inflated in passing from the zip, never
// written out, and its table tags counted; the zip's size was bounded before (zip_bomb).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace finsam {

struct WriterTables {
    std::size_t tables = 0;
    std::size_t deepest = 0;  // 1: tables in the text only; 2: a table in a table's cell; ...
};

inline constexpr std::size_t kMaxWriterTables = 500;
inline constexpr std::size_t kMaxWriterNesting = 20;

// The document's tables, or nullopt when it is no zip with that XML (LibreOffice then says what it is).
// (writer_tables.cpp, with zlib: the command line only.)
std::optional<WriterTables> count_writer_tables(const std::filesystem::path& doc);

// Why the document is refused before LibreOffice opens it, or nothing: more than kMaxWriterTables
// tables, or tables nested more than kMaxWriterNesting deep.
std::optional<std::string> too_many_tables(const std::filesystem::path& doc);
// The same for a count made elsewhere (the menu command counts the open document's tables).
// (writer_reading.cpp: the command line and the extension.)
std::optional<std::string> too_many_tables(const WriterTables& t);

}  // namespace finsam
