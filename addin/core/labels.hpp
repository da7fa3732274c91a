// Row labels as people type them, made comparable.
#pragma once

#include <string>
#include <string_view>

namespace finsam {

// Lower case (also Å Ä Ö É Ü), trimmed, runs of white space folded to one space, trailing ':'
// and '.' removed: "  Summa  Intäkter: " -> "summa intäkter".
std::string normalize_label(std::string_view label);

}  // namespace finsam
