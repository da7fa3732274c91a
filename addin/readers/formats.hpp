// The one table of the files the audit reads: extension → format (which reader) and the name the
// report gives it. A new format is a row here and its reader in this folder; the command line, the
// folder walk and the report read this table and nothing else.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace finsam {

enum class Format {
    Text,      // text_reading: .txt .md, and any file not listed
    Csv,       // one sheet
    Pdf,       // pdf_reading through pdf_loading
    Writer,    // writer_reading through headless Writer
    Workbook,  // workbook_reading: recalculated by headless LibreOffice with the extension
};

struct FormatRow {
    std::string_view extension;  // lower case, with its dot
    Format format;
    std::string_view name;       // in the report and --json's "format"
};

inline constexpr std::array kFormats{
    FormatRow{".txt", Format::Text, "text"},      FormatRow{".md", Format::Text, "text"},
    FormatRow{".csv", Format::Csv, "csv"},        FormatRow{".pdf", Format::Pdf, "pdf"},
    FormatRow{".docx", Format::Writer, "docx"},   FormatRow{".doc", Format::Writer, "doc"},
    FormatRow{".odt", Format::Writer, "odt"},     FormatRow{".fodt", Format::Writer, "fodt"},
    FormatRow{".rtf", Format::Writer, "rtf"},     FormatRow{".ods", Format::Workbook, "workbook"},
    FormatRow{".fods", Format::Workbook, "workbook"}, FormatRow{".xlsx", Format::Workbook, "workbook"},
    FormatRow{".xls", Format::Workbook, "workbook"},  FormatRow{".ots", Format::Workbook, "workbook"},
};

// The file's row; a file whose extension is not listed is read as text (its name "text").
FormatRow format_row(const std::filesystem::path& file);
inline Format format_of(const std::filesystem::path& file) { return format_row(file).format; }
inline std::string format_name(const std::filesystem::path& file) { return std::string(format_row(file).name); }
// Listed in the table: a folder's files that the audit reads.
bool is_listed_format(const std::filesystem::path& file);
// Zip containers that LibreOffice unpacks (checked for zip bombs before it does).
inline bool is_office_format(Format f) { return f == Format::Writer || f == Format::Workbook; }

}  // namespace finsam
