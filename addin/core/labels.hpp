// Row labels as people type them, made comparable.
#pragma once

#include <string>
#include <string_view>

namespace finsam {

// Composed (NFC for Latin letters: "O" + U+0308 is "Ö", as text pasted from PDFs often has it),
// invisible characters dropped (zero-width space, joiners, BOM, soft hyphen), lower case (also
// Å Ä Ö É Ü), trimmed, runs of white space folded to one space, trailing ':'
// and '.' removed: "  Summa  Intäkter: " -> "summa intäkter".
std::string normalize_label(std::string_view label);

// Only the first step: Latin letters composed (NFC) and invisible characters dropped; the text is
// otherwise as it was. Invalid UTF-8 bytes are kept as they are.
std::string compose_text(std::string_view text);

// What a sum's label says it sums: "Summa kostnader" -> "kostnader", "Totala intäkter" ->
// "intäkter", "Kansli totalt" -> "kansli"; empty when it says nothing more than "Summa" (or is no
// sum). The audit finds a sum's block by it; the text reader, a heading run into the next label.
std::string summed_name(std::string_view label);

}  // namespace finsam
