// The slips that turn a right figure into the printed one: two digits transposed, one digit wrong,
// the sign flipped, kronor typed where thousands were meant. Each is judged from the printed and
// the correct figure alone; the slips that need the figure's relations (a line counted twice or
// left out, a figure copied from the next column, a share of a mistyped base) are found by the
// diagnosis (audit_diagnosis.cpp), which knows them.
#pragma once

#include "money.hpp"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

enum class SlipKind {
    None,
    Transposed,   // two neighbouring digits swapped: 1 324 for 1 234
    OneDigit,     // one digit wrong: 1 284 for 1 234
    SignFlipped,  // −1 234 for 1 234
    Thousandfold, // 1 234 000 for 1 234 (kronor for tkr), or the other way
    CountedTwice, // a sum with one of its lines in it twice
    LeftOut,      // a sum without one of its lines
    CopiedFromNeighbour,  // the same row's figure in the next or previous period column
    MistypedBase, // a share computed on a base with a slip of its own
    CopiedFromCell,  // one wrong figure copied into several cells, which all print it
};

struct Slip {
    SlipKind kind = SlipKind::None;
    // CountedTwice, LeftOut: the line's grid cell; CopiedFromNeighbour: the column it was copied
    // from; MistypedBase: the base used (`base`) and the slip in it (`base_slip`); CopiedFromCell: the
    // first cell that prints the copied figure, and the figure (`base`).
    std::size_t row = 0, col = 0;
    Money base, correct_base;
    SlipKind base_slip = SlipKind::None;
    std::string what;  // the line's label, or the column's period name
};

// The slip of the digits alone that makes `printed` of `correct`, if one does (Transposed,
// OneDigit, SignFlipped or Thousandfold), else None.
SlipKind digit_slip(Money printed, Money correct);

// Every figure one digit slip (a transposition of neighbouring digits, or one digit changed) away
// from `figure`, with the slip; for finding a mistyped base among them.
std::vector<std::pair<Money, SlipKind>> digit_slips_of(Money figure);

// How much a slip says for an explanation: a transposition is rarely a coincidence, one digit
// changed often is.
int slip_weight(SlipKind kind);

}  // namespace finsam
