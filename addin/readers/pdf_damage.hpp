// Damage in a PDF's bytes that poppler reads past without a word (issue 22). poppler repairs what it
// can and reports only what it cannot; a changed byte inside a compressed stream, the cross-reference
// table or a dictionary often decodes to something it takes as it stands, and the audit would then
// read a plan that is not the one written. This walks the file as the PDF syntax lays it out:
//   - every object from its "N G obj" to "endobj", each token one the syntax allows (a number, a
//     name of printable ASCII, a string, a hex string of hex digits, brackets that balance, true,
//     false, null, R), between objects only white space and comments;
//   - every stream as long as its /Length says, ending in "endstream"; a stream with the one filter
//     FlateDecode inflated whole, so that zlib's checksum (Adler-32) vouches for its bytes;
//   - every in-use entry of each cross-reference table pointing at its object;
//   - the file ending in startxref and %%EOF (not cut short).
// Left alone: damage that leaves valid syntax (a digit for a digit outside a stream, a key's name
// misspelt, NUL bytes over whole tokens, which PDF reads as white space).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace finsam {

// The first damage found, in Swedish ("den komprimerade strömmen i objekt 12 går inte att packa upp
// ..."); nullopt: none found (or not a PDF at all, which poppler says).
std::optional<std::string> pdf_damage(std::string_view pdf);

}  // namespace finsam
