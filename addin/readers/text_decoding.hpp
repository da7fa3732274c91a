// The bytes of a text file as UTF-8: documents saved by Word or Notepad come as UTF-16 or Windows-1252
// as often as UTF-8. Binary files are recognised and refused, never echoed as garbage.
#pragma once

#include "utf8.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace finsam {

struct DecodedText {
    enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252, Binary };
    Encoding encoding;
    std::string utf8;  // empty for Binary
};

DecodedText decode_text(std::string_view bytes);

// "UTF-8", "UTF-16 (little endian)", "Windows-1252", "binär".
std::string_view encoding_name(DecodedText::Encoding e);

}  // namespace finsam
