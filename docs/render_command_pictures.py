"""Drives a real LibreOffice window (under Xvfb, see render_command_pictures.sh) for the README's
pictures of the menu command Verktyg › Granska budget (finsam): the Tools menu with the command, the
sheet Granskning after it ran on the typo workbook, the comment it put on the wrong figure, and
Writer's Tools menu with the same command.

    render_command_pictures.py PROFILE_DIR WORKBOOK OUTDIR DISPLAY

Only the copy of the workbook in a temporary folder is touched, and it is not saved.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "templates"))
import uno  # noqa: E402
from uno_session import pv, url  # noqa: E402

W, H = 1280, 800


def shot(display, path, crop=None):
    """The whole screen (or crop = WxH+X+Y of it) as a PNG."""
    raw = path + ".full.png"
    subprocess.run(["import", "-display", display, "-window", "root", raw], check=True)
    if crop:
        subprocess.run(["convert", raw, "-crop", crop, "+repage", path], check=True)
        os.unlink(raw)
    else:
        os.replace(raw, path)
    print(path)


def xdo(display, *args):
    subprocess.run(["xdotool"] + list(args), check=True, env=dict(os.environ, DISPLAY=display))


def main(argv):
    profile, workbook, outdir, display = argv[1:5]
    pipe = "finsampictures%d" % os.getpid()
    env = dict(os.environ, DISPLAY=display, SAL_USE_VCLPLUGIN="gen")
    env.pop("URE_BOOTSTRAP", None)
    soffice = os.environ.get("OFFICE_SOFFICE") or "soffice"
    proc = subprocess.Popen([soffice,
                             "-env:UserInstallation=" + url(os.path.join(profile, "profile")),
                             "-env:UNO_SHARED_PACKAGES_CACHE=" + url(os.path.join(profile, "cache")),
                             "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        doc = desktop.loadComponentFromURL(url(workbook), "_blank", 0, ())
        frame = doc.getCurrentController().getFrame()
        window = frame.getContainerWindow()
        window.setPosSize(0, 0, W, H, 15)
        time.sleep(3)

        # 1. Verktyg opened from the keyboard (F10, then right to the ninth menu, then down)
        xdo(display, "mousemove", "600", "500")
        xdo(display, "key", "F10")
        time.sleep(0.5)
        for _ in range(8):
            xdo(display, "key", "Right")
            time.sleep(0.15)
        xdo(display, "key", "Down")
        time.sleep(1.5)
        shot(display, os.path.join(outdir, "granska-budget-1-verktyg.png"), "760x560+0+0")
        xdo(display, "key", "Escape")
        xdo(display, "key", "Escape")
        time.sleep(0.5)

        # 2. The command, as the menu runs it: the sheet Granskning
        dispatcher.executeDispatch(frame, "vnd.se.finsamcalc:Audit", "", 0, ())
        time.sleep(2)
        shot(display, os.path.join(outdir, "granska-budget-2-granskning.png"))

        # 3. The comment on the wrong figure, shown (in this copy only)
        sheet = doc.Sheets.getByName("Kostnader")
        doc.getCurrentController().setActiveSheet(sheet)
        notes = sheet.Annotations
        for k in range(notes.Count):
            n = notes.getByIndex(k)
            if n.String.startswith("finsam: "):
                n.setIsVisible(True)
                doc.getCurrentController().select(sheet.getCellByPosition(n.Position.Column, n.Position.Row))
        time.sleep(2)
        shot(display, os.path.join(outdir, "granska-budget-3-kommentar.png"))
        doc.setModified(False)
        doc.close(True)

        # 4. The same command in Writer's Verktyg
        text = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        text.getCurrentController().getFrame().getContainerWindow().setPosSize(0, 0, W, H, 15)
        time.sleep(3)
        xdo(display, "mousemove", "600", "500")
        xdo(display, "key", "F10")
        time.sleep(0.5)
        for _ in range(8):
            xdo(display, "key", "Right")
            time.sleep(0.15)
        xdo(display, "key", "Down")
        time.sleep(1.5)
        shot(display, os.path.join(outdir, "granska-budget-4-verktyg-writer.png"), "760x560+0+0")
        xdo(display, "key", "Escape")
        xdo(display, "key", "Escape")
        text.setModified(False)
        text.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, 9)
        except ProcessLookupError:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
