"""A StatusNotifierItem host for tests, run with the system's Python (dbus-python):

  python3 sni.py watch FILE          be org.kde.StatusNotifierWatcher; each item that
                                     registers is appended to FILE as "service path"
  python3 sni.py menu SERVICE PATH   print the item's menu labels (com.canonical.dbusmenu)
  python3 sni.py click SERVICE PATH LABEL   click the menu entry with that label

It is what a panel does (KDE's, or GNOME's AppIndicator extension), reduced to what
the tests look at.
"""

from __future__ import annotations

import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


class Watcher(dbus.service.Object):
    def __init__(self, bus: dbus.SessionBus, record: str) -> None:
        self.bus_name = dbus.service.BusName(WATCHER, bus)
        super().__init__(self.bus_name, "/StatusNotifierWatcher")
        self.record = record
        self.items: list[str] = []

    @dbus.service.method(WATCHER, in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service: str, sender: str | None = None) -> None:
        # Qt passes its bus name, or an object path on its own connection.
        path = service if service.startswith("/") else "/StatusNotifierItem"
        name = sender if service.startswith("/") else service
        self.items.append(f"{name}{path}")
        with open(self.record, "a") as out:
            out.write(f"{name} {path}\n")
        self.StatusNotifierItemRegistered(f"{name}{path}")

    @dbus.service.method(WATCHER, in_signature="s")
    def RegisterStatusNotifierHost(self, service: str) -> None:
        pass

    @dbus.service.signal(WATCHER, signature="s")
    def StatusNotifierItemRegistered(self, service: str) -> None:
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface: str, name: str) -> object:
        return self.GetAll(interface)[name]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface: str) -> dict[str, object]:
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": dbus.Boolean(True),
            "ProtocolVersion": dbus.Int32(0),
        }


def menu_entries(bus: dbus.SessionBus, service: str, path: str) -> list[tuple[int, str]]:
    item = bus.get_object(service, path)
    menu_path = item.Get(ITEM, "Menu", dbus_interface=dbus.PROPERTIES_IFACE)
    menu = dbus.Interface(bus.get_object(service, menu_path), MENU)
    _, layout = menu.GetLayout(0, -1, dbus.Array([], signature="s"))
    entries: list[tuple[int, str]] = []

    def walk(node: tuple) -> None:
        number, properties, children = node
        label = properties.get("label")
        if label:
            entries.append((int(number), str(label).replace("_", "")))
        for child in children:
            walk(child)

    walk(layout)
    return entries


def main() -> int:
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    command = sys.argv[1]
    if command == "watch":
        Watcher(bus, sys.argv[2])
        print("READY", flush=True)
        GLib.MainLoop().run()
        return 0
    service, path = sys.argv[2], sys.argv[3]
    if command == "menu":
        print(json.dumps([label for _, label in menu_entries(bus, service, path)]))
        return 0
    wanted = sys.argv[4]
    for number, label in menu_entries(bus, service, path):
        if label == wanted:
            item = bus.get_object(
                service,
                bus.get_object(service, path).Get(
                    ITEM, "Menu", dbus_interface=dbus.PROPERTIES_IFACE
                ),
            )
            dbus.Interface(item, MENU).Event(
                number, "clicked", dbus.String("", variant_level=1), dbus.UInt32(0)
            )
            return 0
    print(f"no menu entry {wanted!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
