// What the maths says when an input will not do: a typed problem (which argument, which cell, what
// is wrong, the figures involved), never a sentence. The words are composed in one place,
// addin/messages/messages.cpp, from the function table. The core never lets an input problem become an
// exception or a number.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace finsam {

enum class Fault {
    // A cell inside an argument (Problem::where says which).
    CellText,            // text where a number belongs
    CellEmpty,
    CellNotFinite,
    CellTooLarge,        // an amount above Money::kMaxOre
    CellFractionOfOre,
    CellShowsError,      // text = the error the cell shows
    // An argument as a whole.
    RangeMissing,        // a range argument omitted or empty
    ValueMissing,        // a single value omitted
    ValuesMissing,       // a row or column omitted
    NotSingleCell,       // count = rows, other_count = cols
    NotSingleCellBrief,  // the same, said briefly (the unit)
    NotVector,           // count = rows, other_count = cols
    NotVectorOrCell,
    CountMismatch,       // count values here, other_count in other_arg
    TotalPerPeriod,      // count totals, other_count period columns in other_arg
    PeriodMismatch,      // count period columns here, other_count in other_arg
    NamePerResult,       // count = how many names are needed
    NoAmounts,
    UnitNotShortText,
    NegativeTolerance,
    StateLinesChoice,
    BaseChoice,
    // Figures that cannot be worked with.
    StepNotPositive,
    AmountNotPositive,
    NotDivisibleByStep,  // amount, limit = the step
    TotalTooLarge,
    KeyEmpty,
    KeyTooMany,          // count = the largest number of municipalities
    KeyNegative,
    KeyTooLarge,
    KeyAllZero,
    OpeningMissing,
    ContributionsNotPositive,
    ContributionsNegative,
    StaircaseColumns,    // count = the columns given
    StaircaseShare,      // where.row
    StaircaseOrder,      // where.row
    StaircaseEmpty,
    NoStepApplies,       // amount = the contributions, limit = the first threshold
    // Not the user's input.
    Overflow,
    OutOfMemory,
    Internal,            // text = what, if known
};

// Where a cell is inside its argument, counted as people count (1-based in messages).
struct Where {
    enum class Form {
        None,    // the argument as a whole
        Value,   // its single value ("värdet")
        Index,   // n-th cell of a row or column ("cell 3")
        RowCol,  // "rad 2, kolumn 3"
        Row,     // "rad 2"
    };
    Form form = Form::None;
    std::size_t row = 0, col = 0;  // 0-based; Index uses row

    static Where value() { return {Form::Value, 0, 0}; }
    static Where index(std::size_t i) { return {Form::Index, i, 0}; }
    static Where row_col(std::size_t r, std::size_t c) { return {Form::RowCol, r, c}; }
    static Where row_only(std::size_t r) { return {Form::Row, r, 0}; }
    // As the range's shape suggests: a cell of a single row or column is "cell n".
    static Where in_range(std::size_t r, std::size_t c, std::size_t rows, std::size_t cols) {
        if (rows == 1) return index(c);
        if (cols == 1) return index(r);
        return row_col(r, c);
    }
};

inline constexpr int kNoArgument = -1;

struct Problem {
    Fault fault;
    int arg = kNoArgument;        // 0-based position of the function's argument at fault
    Where where{};
    std::string text{};           // the cell's text (CellText), or detail for Internal
    std::int64_t count = 0, other_count = 0;
    int other_arg = kNoArgument;  // the argument compared with
    std::int64_t amount_ore = 0, limit_ore = 0;

    Problem at(int argument) && {
        arg = argument;
        return std::move(*this);
    }
    Problem at(int argument, Where w) && {
        arg = argument;
        where = w;
        return std::move(*this);
    }
};

template <class T>
class Outcome {
public:
    Outcome(T value) : v_(std::move(value)) {}
    Outcome(Problem problem) : v_(std::move(problem)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    T& operator*() { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Problem& problem() const { return std::get<1>(v_); }
    Problem& problem() { return std::get<1>(v_); }

private:
    std::variant<T, Problem> v_;
};

}  // namespace finsam
