#include "file_access.hpp"

#include <fstream>
#include <random>
#include <stdexcept>
#include <vector>

namespace finsam {

namespace fs = std::filesystem;

std::optional<std::string> slurp(const fs::path& p, std::uintmax_t limit) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    std::vector<char> buf(1 << 16);
    while (in && data.size() <= limit) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        data.append(buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return std::nullopt;
    return data;
}

fs::path fresh_temporary_folder(std::string_view prefix) {
    std::random_device seed;
    std::mt19937_64 random(seed());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path dir = fs::temp_directory_path() / (std::string(prefix) + std::to_string(random()));
        if (fs::create_directory(dir)) return dir;
    }
    throw std::runtime_error("ingen tillfällig mapp kunde skapas");
}

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace finsam
