"""The Writer command's result stands where the table stays visible (issue 22).

In a real LibreOffice window (under Xvfb, run_writer_infobar.sh), a Writer document with a budget
table whose sum is 1 000 too high; Verktyg › Granska budget (finsam) is dispatched as the menu does.
Its summary must come as an infobar above the text (XInfobarProvider, id "finsam-audit"), not as a
modal box in the middle of the window over the table: the dispatch returns by itself (a modal box
would hold it until closed; after 30 s the test closes it with Escape and fails), no other top
window is open, the infobar is there, the wrong sum has its comment. A second run replaces the infobar (one, not two). The screen is
saved as a PNG (argument 4; docs/granska-budget-5-writer-infobar.png is one).

    check_writer_infobar.py PROFILE_DIR DOCUMENT DISPLAY PNG
"""
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates"))
import uno  # noqa: E402
from uno_session import url  # noqa: E402

COMMAND = "vnd.se.finsamcalc:Audit"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what)


def dispatch(dispatcher, frame, display):
    done = threading.Event()

    def run():
        try:
            dispatcher.executeDispatch(frame, COMMAND, "", 0, ())
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    if done.wait(30):
        return True
    # a modal box holds the dispatch: close it so that the test ends
    subprocess.run(["xdotool", "key", "Escape"], env=dict(os.environ, DISPLAY=display))
    done.wait(30)
    return False


def main(argv):
    profile, document, display, png = argv[1:5]
    pipe = "finsaminfobar%d" % os.getpid()
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
        toolkit = smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx)
        doc = desktop.loadComponentFromURL(url(document), "_blank", 0, ())
        controller = doc.getCurrentController()
        frame = controller.getFrame()
        frame.getContainerWindow().setPosSize(0, 0, 1280, 800, 15)
        time.sleep(3)
        windows = toolkit.getTopWindowCount()
        returned = dispatch(dispatcher, frame, display)
        check(returned, "the dispatch did not return within 30 s: a modal box stood over the document")
        time.sleep(1.5)
        check(toolkit.getTopWindowCount() == windows,
              "%d top windows after the command, %d before (a dialog is open)" % (toolkit.getTopWindowCount(), windows))
        check(controller.hasInfobar("finsam-audit"), "no infobar 'finsam-audit' after the command")
        subprocess.run(["import", "-display", display, "-window", "root", png], check=True)
        print("screen after the command: %s" % png)
        comments = sum(1 for f in doc.getTextFields() if f.supportsService("com.sun.star.text.textfield.Annotation")
                       and f.Author == "finsam")
        check(comments >= 1, "no comment from the command on the wrong sum")
        # a second run: one infobar still (the previous one replaced)
        check(dispatch(dispatcher, frame, display), "the second dispatch did not return within 30 s")
        time.sleep(1)
        check(controller.hasInfobar("finsam-audit"), "no infobar after the second run")
        check(toolkit.getTopWindowCount() == windows, "a dialog is open after the second run")
        print("after two runs: %d top window(s) as before, %d comment(s) by finsam" % (windows, comments))
        doc.setModified(False)
        try:
            doc.close(True)
        except Exception:  # a box left open vetoes; the office is stopped below anyway
            pass
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
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
