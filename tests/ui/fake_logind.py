"""A stand-in for logind on a test's private bus, in a process of its own.

``python -m tests.ui.fake_logind ADDRESS SIGNATURE PATH`` takes the name
``org.freedesktop.login1`` on the bus at ``ADDRESS``, prints ``ready``, and answers every
``GetSession`` call with ``PATH`` as D-Bus type ``SIGNATURE`` ("o", an object path as logind
sends, or "s", text as simpler services do), printing ``asked <argument>`` first.

It runs outside the test process because an object that answers D-Bus calls through QtDBus
would be a QObject subclassed in Python, which QtDBus's own thread must never be handed (see
``coach_app/ui/screen_lock.py``). It uses jeepney, the pure-Python D-Bus library that keyring
brings on Linux.
"""

from __future__ import annotations

import sys

from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def main(address: str, signature: str, path: str) -> None:
    """Serve ``GetSession`` until the bus goes away."""
    with open_dbus_connection(bus=address) as connection:
        connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
        print("ready", flush=True)
        while True:
            try:
                message = connection.receive()
            except (ConnectionError, OSError):
                return  # the test stopped its bus
            header = message.header
            if (
                header.message_type == MessageType.method_call
                and header.fields.get(HeaderFields.member) == "GetSession"
            ):
                print("asked", *message.body, flush=True)
                connection.send(new_method_return(message, signature, (path,)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
