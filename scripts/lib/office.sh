# shellcheck shell=bash
# office.sh — run LibreOffice headless in a throw-away profile, with the
# finsam-calc extension installed privately into that profile.
#
# Source this file; it defines functions only and changes no shell options.
#
#   office_profile_init DIR          create DIR/profile (+ DIR/cache), seeded so
#                                    that files are always recalculated on load,
#                                    the locale is en-US and no wizard runs
#   office_install_oxt DIR OXT       unopkg add --shared -f OXT into that profile
#   office_env_args DIR              print the -env: arguments (one per line)
#   office_convert DIR OUTDIR FILTER FILE...
#                                    soffice --headless --convert-to FILTER
#   office_check_version DIR         with FINSAM_OFFICE_VERSION set (e.g. 25.2): fail
#                                    unless that version last ran on DIR's profile
#   office_stop                      stop the soffice/unopkg started by these functions, if one
#                                    runs (for a script's INT/TERM/HUP trap)
#
# soffice and unopkg run with TMPDIR=DIR/tmp: their own temporary folders (lu*.tmp) are made in DIR,
# so removing DIR leaves nothing behind. They run in the background and are waited for, so that a
# trap can stop them (office_stop) instead of waiting up to OFFICE_TIMEOUT for them to finish.
#
# Why --shared: as root, unopkg refuses per-user installs; the two -env:
# options keep the "shared" install inside DIR, and every soffice run must be
# given the same two options or add-in cells show #NAME?.
# Never run two soffice processes on the same DIR at once.
#
# Which LibreOffice: the system's (soffice, unopkg on PATH) unless told otherwise, either by
#   FINSAM_OFFICE_DIR    an office unpacked by scripts/unpack-libreoffice-25.2: its soffice,
#                        unopkg and run-uno-client wrappers
# or, for any other installation, by OFFICE_SOFFICE and OFFICE_UNOPKG themselves (and
# OFFICE_UNO_CLIENT, a command that runs a UNO client with that office's URE; default env).
# FINSAM_OFFICE_VERSION makes office_convert (and the tests that start soffice themselves) check
# that the office which ran is that version: LibreOffice 25.2 records itself in the profile
# (ooSetupLastVersion); 7.4 does not, so the check only guards the runs of a newer office.

if [ -n "${FINSAM_OFFICE_DIR:-}" ]; then
    : "${OFFICE_SOFFICE:=$FINSAM_OFFICE_DIR/soffice}"
    : "${OFFICE_UNOPKG:=$FINSAM_OFFICE_DIR/unopkg}"
    : "${OFFICE_UNO_CLIENT:=$FINSAM_OFFICE_DIR/run-uno-client}"
fi
: "${OFFICE_SOFFICE:=soffice}"
: "${OFFICE_UNOPKG:=unopkg}"
: "${OFFICE_UNO_CLIENT:=env}"
: "${OFFICE_TIMEOUT:=120}"

_office_die() { echo "office.sh: $*" >&2; return 1; }

_office_pid=""
# _office_run DIR COMMAND...: COMMAND with TMPDIR=DIR/tmp, in the background, waited for; its status
_office_run() {
    local dir=$1 rc
    shift
    mkdir -p "$dir/tmp" || return 1
    TMPDIR="$dir/tmp" "$@" &
    _office_pid=$!
    wait "$_office_pid"
    rc=$?
    # wait returns early (status > 128) when a trapped signal came; the trap then stops the office
    _office_pid=""
    return $rc
}

office_stop() {
    local pid=$_office_pid
    [ -n "$pid" ] || return 0
    # timeout passes TERM on to soffice and kills it 10 s later if it is still there
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    _office_pid=""
}

# _office_abs DIR -> absolute path (DIR need not exist yet)
_office_abs() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *)  printf '%s/%s\n' "$(pwd -P)" "$1" ;;
    esac
}

# _office_url PATH -> file:// URL (spaces and a few specials percent-encoded)
_office_url() {
    local p
    p=$(_office_abs "$1")
    p=${p//%/%25}; p=${p// /%20}; p=${p//#/%23}; p=${p//\?/%3F}
    printf 'file://%s\n' "$p"
}

office_env_args() {
    [ $# -eq 1 ] || { _office_die "usage: office_env_args DIR"; return 1; }
    printf '%s\n' "-env:UserInstallation=$(_office_url "$1/profile")" \
                  "-env:UNO_SHARED_PACKAGES_CACHE=$(_office_url "$1/cache")"
}

office_profile_init() {
    [ $# -eq 1 ] || { _office_die "usage: office_profile_init DIR"; return 1; }
    local dir
    dir=$(_office_abs "$1")
    mkdir -p "$dir/profile/user" "$dir/cache" || return 1
    cat > "$dir/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupCurrency" oor:op="fuse"><value>USD-en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentSystemFileLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="CreateBackup" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/AutoSave"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/RecoveryInfo"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
XCU
}

office_install_oxt() {
    [ $# -eq 2 ] || { _office_die "usage: office_install_oxt DIR OXT"; return 1; }
    local dir=$1 oxt=$2 log rc
    [ -f "$oxt" ] || { _office_die "no such extension: $oxt"; return 1; }
    [ -d "$dir/profile/user" ] || { _office_die "$dir: run office_profile_init first"; return 1; }
    log="$dir/unopkg.log"
    local -a env
    mapfile -t env < <(office_env_args "$dir")
    _office_run "$dir" timeout --kill-after=10 "$OFFICE_TIMEOUT" "$OFFICE_UNOPKG" add --shared -f "${env[@]}" \
        "$(_office_abs "$oxt")" >"$log" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then
        cat "$log" >&2; rm -f "$log"
        _office_die "unopkg add failed (exit $rc) for $oxt"
        return 1
    fi
    rm -f "$log"
}

office_convert() {
    [ $# -ge 4 ] || { _office_die "usage: office_convert DIR OUTDIR FILTER FILE..."; return 1; }
    local dir=$1 outdir=$2 filter=$3 rc log f
    shift 3
    for f in "$@"; do
        [ -f "$f" ] || { _office_die "no such file: $f"; return 1; }
    done
    mkdir -p "$outdir" || return 1
    local -a env extra=()
    mapfile -t env < <(office_env_args "$dir")
    [ -n "${OFFICE_INFILTER:-}" ] && extra+=("--infilter=$OFFICE_INFILTER")
    log="$dir/convert.log"
    _office_run "$dir" timeout --kill-after=10 "$OFFICE_TIMEOUT" "$OFFICE_SOFFICE" "${env[@]}" \
        --headless --invisible --norestore --nologo --nodefault --nolockcheck \
        "${extra[@]}" --convert-to "$filter" --outdir "$outdir" "$@" >"$log" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then
        cat "$log" >&2; rm -f "$log"
        if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
            _office_die "soffice timed out after ${OFFICE_TIMEOUT}s"
        else
            _office_die "soffice --convert-to failed (exit $rc)"
        fi
        return 1
    fi
    # soffice prints "Error: ..." and still exits 0 when a file cannot be loaded
    if grep -q '^Error' "$log"; then
        cat "$log" >&2; rm -f "$log"
        _office_die "soffice reported an error"
        return 1
    fi
    [ -n "${OFFICE_VERBOSE:-}" ] && cat "$log" >&2
    rm -f "$log"
    office_check_version "$dir"
}

office_check_version() {
    [ $# -eq 1 ] || { _office_die "usage: office_check_version DIR"; return 1; }
    [ -n "${FINSAM_OFFICE_VERSION:-}" ] || return 0
    local xcu=$1/profile/user/registrymodifications.xcu ran
    ran=$(sed -n 's|.*oor:name="ooSetupLastVersion" oor:op="fuse"><value>\([^<]*\)<.*|\1|p' "$xcu" 2>/dev/null | tail -1)
    [ "$ran" = "$FINSAM_OFFICE_VERSION" ] && return 0
    _office_die "LibreOffice ${ran:-(one that records no version, e.g. 7.4)} ran on $1, not $FINSAM_OFFICE_VERSION ($OFFICE_SOFFICE)"
}
