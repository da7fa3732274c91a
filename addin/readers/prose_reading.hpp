// Budget figures in running text: tables run into one paragraph (text pulled from PDFs without layout,
// web pages), and totals stated in prose with their parts as bullets or in the same sentence
// ("Kostnader på 8,4 mkr" followed by "• kansli 1,9 mkr", "• insatser 6,5 m.kr"). A prose figure is
// as precise as it is printed: 8,4 mkr is 8 350 000 to 8 450 000 kr, so rounding never raises an
// alarm and a real difference always does.
#pragma once

#include "read_document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// An amount as printed in running text, in öre, with the half-unit of its last printed digit.
struct ProseAmount {
    std::int64_t ore;
    std::int64_t half_unit_ore;  // 8,4 mkr: 5 000 000 öre (0,05 mkr)
    std::string text;            // as printed: "8,4 mkr", "ca 3 100 000 kr"
    std::string unit;            // "kr", "tkr", "mkr"
    bool printed_unit;           // the unit is printed (else kr is assumed)
    std::size_t begin, end;      // bytes in the paragraph
};

// Every amount in a paragraph ("3 100 000", "8,4 mkr", "1.9 m.kr", "ca 6 miljoner kronor",
// "−1 382 tkr"), in order. A year (2021) or a share (50 %) is not an amount.
std::vector<ProseAmount> prose_amounts(std::string_view paragraph);

// Tables run into a paragraph: label, optional share, amount, again and again, ended by a total
// label and its amount ("Staten 50 % 3 100 000 Regionen 25 % 1 550 000 … Totalt 6 200 000").
// Each becomes a two-column table (label, amount in kr) for the audit, with the share kept in the
// label ("Staten, 50 %"). Paragraphs used so are marked in `used`.
std::vector<PlacedTable> read_run_in_tables(const std::vector<PlacedParagraph>& paragraphs, std::vector<bool>& used);

// A total stated in prose and its parts.
struct ProseTotal {
    std::string place;        // the paragraph of the total
    std::string label;        // "Kostnader"
    ProseAmount total;
    std::vector<std::pair<std::string, ProseAmount>> parts;  // label, amount
    bool complete;            // the parts are the whole total (bullets, "fördelat på"), not "varav"
    std::int64_t sum_ore() const;
    std::int64_t allowed_ore() const;  // what rounding of the printed figures explains
    bool holds() const;
};

struct ProseReport {
    std::vector<ProseTotal> totals;          // every total with parts found (held or not)
    std::vector<PlacedParagraph> unchecked;  // amounts and a total-like word, but nothing to check
};

ProseReport read_prose_totals(const std::vector<PlacedParagraph>& paragraphs, const std::vector<bool>& used);

// A total stated in a paragraph just before a table ("Medlemsbidraget uppgår till 7,156 tkr.
// Medlemsbidraget fördelas enligt nedan:") is checked against that table's total: the unchecked
// paragraphs of `report` that are followed by a table (by `order`) become totals with the table's
// total as their one part. A figure such as "7,156 tkr" is read both ways (decimal comma, or a
// comma between thousands), and holds if either reading agrees.
void check_totals_before_tables(ProseReport& report, const std::vector<PlacedTable>& tables,
                                const std::vector<PlacedParagraph>& paragraphs);

// "8,4 mkr", "8 350 000 kr": an amount in öre shown in a unit.
std::string format_in_unit(std::int64_t ore, std::string_view unit);

}  // namespace finsam
