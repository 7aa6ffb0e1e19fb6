"""Run with the system Python (python3-pyatspi): walk an application's accessible tree
the way a screen reader does and print it as JSON; optionally press a named button.

    python3 atspi_walk.py APP_NAME [BUTTON_TO_PRESS]

Prints {"found": bool, "nodes": [[role, name, description, showing], ...], "pressed": bool}.
"""

import json
import sys

import pyatspi


def walk(node, out, depth=0):
    if node is None or depth > 40:
        return
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
        out.append([node.getRoleName(), node.name or "", node.description or "", showing])
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node can vanish while we look at it
        return
    for child in children:
        walk(child, out, depth + 1)


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and name.lower() in (app.name or "").lower():
            return app
    return None


def press(node, label, depth=0):
    if node is None or depth > 40:
        return False
    try:
        if node.getRoleName() == "push button" and node.name == label:
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("Press", "press", "click", "SetFocus") or i == 0:
                    return bool(action.doAction(i))
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return False
    return any(press(child, label, depth + 1) for child in children)


def main():
    app = find_app(sys.argv[1])
    result = {"found": app is not None, "nodes": [], "pressed": False}
    if app is not None:
        walk(app, result["nodes"])
        if len(sys.argv) > 2:
            result["pressed"] = press(app, sys.argv[2])
    print(json.dumps(result))


main()
