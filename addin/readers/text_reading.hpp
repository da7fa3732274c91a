// A text document read whole: its tables (pipe and tab tables, and columns aligned with spaces as
// `pdftotext -layout` and plain-text exports print them) and the paragraphs between them.
#pragma once

#include "read_document.hpp"
#include "text_decoding.hpp"

#include <filesystem>

#include <optional>
#include <string_view>

namespace finsam {

// A text file's bytes as UTF-8 (UTF-8, UTF-16, Windows-1252); else why not: it cannot be opened, is
// larger than 50 MB (a printed plan is a few hundred kilobytes; /dev/zero never ends) or binary.
ReadOutcome<DecodedText> read_text_file(const std::filesystem::path& file);

// Places are "rad N" (1-based line of the text).
ReadDocument read_text_document(std::string_view text);

// One row of a table aligned with spaces: the label, and each amount with the column (in characters)
// where it ends; nullopt when the line is not such a row. `collapsed` rows are a label and an amount
// with a single space between ("Falkenbergs kommun, 3 % 559 260 kr"), trusted only next to rows that
// are aligned.
struct AlignedRow {
    std::string label;
    struct Amount {
        double value;
        std::size_t end;  // characters from the line's start to the amount's end
        std::string share{};  // a share printed in its own column ("9,5 %"): kept as text, no amount
    };
    std::vector<Amount> amounts;
    bool collapsed = false;
};
std::optional<AlignedRow> aligned_row(std::string_view line);

}  // namespace finsam
