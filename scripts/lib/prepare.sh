# shellcheck shell=bash
# prepare.sh — the set-up shared by scripts/demo and scripts/test: install what is missing from
# Debian's packages (idempotent: nothing is downloaded when all is there), then configure and build
# the extension into build/. Source it; it defines `prepare`.

FINSAM_PACKAGES=(
    cmake g++ make            # build
    libreoffice-calc          # headless Calc for the tests, unopkg
    libreoffice-writer        # the audit of Word/Writer documents (.docx .doc .odt .rtf)
    libpoppler-cpp-dev pkg-config  # the audit of PDF (poppler read in-process: words and their boxes)
    zlib1g-dev                # the audit of PDF: a damaged file told by inflating its streams (pdf_damage)
    poppler-utils             # tests: pdftotext, pdftoppm
    libreoffice-dev           # SDK: unoidl-write, cppumaker, UNO headers and libraries
    libreoffice-l10n-sv       # Swedish UI: the Swedish function wizard
    catch2                    # unit tests
    libfmt-dev                # sentences composed from templates with named places (addin/messages)
    python3                   # test scripts (standard library only)
    python3-uno               # tests: the Template Manager read through the UNO API
    clang libclang-rt-14-dev  # the fuzz tests (libFuzzer with AddressSanitizer and UBSan)
    g++-mingw-w64-x86-64-posix  # Windows x86-64: the C interface DLL in the .oxt (scripts/test-windows)
    wine wine64               # Windows x86-64: the core's unit tests run under Wine
)

_missing_packages() {
    local p
    for p in "${FINSAM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$p"
    done
}

install_missing_packages() {
    local missing
    mapfile -t missing < <(_missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== Installerar / installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Kör som root / run as root: apt-get install ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
}

# prepare ROOT: packages, then a release build of everything (the .oxt and the tests).
prepare() {
    local root=$1 started=$SECONDS
    install_missing_packages || return 1
    echo "== Bygger / building (build/)"
    cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >"$root/build.log" 2>&1 &&
        cmake --build "$root/build" -j "$(nproc)" >>"$root/build.log" 2>&1 || {
        tail -40 "$root/build.log" >&2
        echo "Bygget misslyckades / build failed: see build.log" >&2
        return 1
    }
    echo "   klart på $((SECONDS - started)) s: $root/build/finsam-calc.oxt"
}
