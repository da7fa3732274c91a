// What the readers of documents give the audit, whatever the format: tables as Grids with the place
// of each row, and the paragraphs around them with their places, for run-in tables and totals stated
// in prose. Places are what a reader of the document finds: a page and line in a PDF, a table and
// row in a Word/Writer document, a line in a text file, a sheet and cell in a workbook.
#pragma once

#include "cells.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace finsam {

struct PlacedTable {
    Grid grid;
    std::vector<std::string> row_place;  // per grid row: "sida 3, rad 12", "tabell 2, rad 5", "rad 245"
    std::string place;                   // the table as a whole: "sida 3, rad 10–24", "tabell 2", "rad 240–260"
    std::size_t order = 0;               // for sorting tables in document order (the reader's own count)
    std::string unit{};                  // "tkr", "mkr", "kr" as printed (note_units); empty: not noted
    bool unsure = false;                 // the reader is unsure of some of its figures or columns (a PDF's
                                         // figure wrapped in its cell that does not put together): it may
                                         // be checked, but a figure that breaks is not accused
    // Cut into rows and columns by guess (a table run into one line: where a heading ends and a
    // label starts is not printed). Never accused on: where its headings cannot be told, or its
    // figures break in a way no slip explains, it is said as not read (audit_document).
    bool guessed = false;
};

struct PlacedParagraph {
    std::string text;   // UTF-8, one paragraph: its lines joined by single spaces; a bullet kept as "• "
    std::string place;  // "sida 3, rad 12", "stycke 14", "rad 245"
    std::size_t order = 0;  // in the same count as PlacedTable::order (0 when the reader keeps none)
};

struct ReadDocument {
    std::vector<PlacedTable> tables;
    std::vector<PlacedParagraph> paragraphs;  // in document order, tables' own text excluded
};

// What a reader gives: what it read, or why it could not read it (a Swedish sentence for the report:
// "filen finns inte", "PDF-filen är skadad (…)"). Like the core's Outcome, a value never hides a
// failure: read it only after asking.
template <class T>
class ReadOutcome {
public:
    ReadOutcome(T value) : v_(std::move(value)) {}
    static ReadOutcome failed(std::string why_not) { return ReadOutcome(Failure{std::move(why_not)}); }

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    T& operator*() { return value(); }
    const T* operator->() const { return &value(); }
    const std::string& why_not() const { return std::get<1>(v_).why; }

private:
    struct Failure {
        std::string why;
    };
    explicit ReadOutcome(Failure f) : v_(std::move(f)) {}
    std::variant<T, Failure> v_;
};

}  // namespace finsam
