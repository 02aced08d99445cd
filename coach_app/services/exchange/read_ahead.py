"""Reading a large import file in a second process while this one writes its rows.

An import is two kinds of work of similar weight: reading the JSON and checking every value
(Python: about 13 of the 35 seconds an export of 100,000 notes takes to import) and writing the
rows and indexing their text (SQLite: the rest). In one process they do not overlap: a reading
thread holds the GIL while the writing thread waits for it after each of its many short
statements (measured: no faster than one thread). So a file of ``READ_AHEAD_BYTES`` or more is
read and checked by a child process, which sends each checked batch (a coachee, a group, the
development entries) through a pipe while this process writes the one before.

Nothing about the rules changes. The child runs the same checks (``DocumentCheck``) and sends
the first refusal it finds; this process writes in its one transaction and rolls it back on
any refusal or failure, so the import stays all or nothing. The child is started fresh
('spawn': a fork would copy the locks of the app's other threads), gets the file's path and the
language of the messages and nothing of the vault (no key), and allows no core dump (it holds
note text, as the app does). Whatever ends the import, the child is stopped and waited for
before ``import_document`` returns or raises. A batch the child has checked waits in the pipe
until it is written, so at most a batch or two are held beyond the one being written.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from coach_app.errors import ImportRejected
from coach_app.i18n import _, current_language, set_language
from coach_app.services.exchange.check import DocumentCheck
from coach_app.services.exchange.document import ImportSummary, rejected
from coach_app.services.exchange.validate import ImportPlan

#: From this size on, an import file is read by a child process. Starting one costs about half
#: a second; below this size the file is read in less time than the child would save.
READ_AHEAD_BYTES = 32 << 20
#: Set to a number of bytes, the size from which a child reads (the tests of a bundle, which
#: cannot patch the app, use it to take this path with a small file).
READ_AHEAD_ENV = "COACH_APP_READ_AHEAD_BYTES"

#: Rows per list, their ids, and where each id is in the file (for the messages of a clash).
Batch = tuple[dict[str, list[dict[str, Any]]], list[str], dict[str, str]]


def reads_ahead(path: Path) -> bool:
    """Whether an import of the file at ``path`` reads it in a child process."""
    threshold = READ_AHEAD_BYTES
    configured = os.environ.get(READ_AHEAD_ENV, "").strip()
    if configured.isdigit():
        threshold = int(configured)
    try:
        return path.stat().st_size >= threshold
    except OSError:
        return False  # the in-process reader says what is wrong with the file


def _send(out: Connection, *message: object) -> None:
    out.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def _read_in_child(path: str, language: str, out: Connection) -> None:
    """The child: read and check the file, send each batch, then how it ended."""
    from coach_app.logfile import disable_core_dumps  # noqa: PLC0415
    from coach_app.services.exchange import ImportFile  # noqa: PLC0415 - the package imports us

    disable_core_dumps()
    set_language(language)
    plan = ImportPlan()

    def batch(read: ImportPlan) -> None:
        rows, ids = read.take()
        _send(out, "batch", rows, ids, {i: read.where[i] for i in ids})

    try:
        check = DocumentCheck(plan, batch)
        ImportFile(Path(path)).read_into(check)
        check.finish()
    except ImportRejected as exc:
        _send(out, "refused", exc.message)
    except BrokenPipeError:
        pass  # the parent stopped listening: it has failed or been stopped already
    except Exception as exc:  # named to the parent, which refuses the import
        _send(out, "failed", type(exc).__name__)
    else:
        _send(out, "done", plan.summary())
    finally:
        out.close()


def write_read_ahead(path: Path, write: Callable[[Batch], None]) -> ImportSummary:
    """Have a child read and check ``path``; ``write`` each batch here, in the file's order.

    Returns the child's summary of the file; raises ``ImportRejected`` with the child's
    refusal, or when the child fails or stops early.
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_read_in_child,
        args=(str(path), current_language(), send),
        name="coach-app-import-reader",
        daemon=True,
    )
    child.start()
    send.close()  # the child holds the only sending end: its end is this end's EOF
    try:
        while True:
            try:
                message = pickle.loads(receive.recv_bytes())  # noqa: S301 - our own child
            except EOFError:
                raise rejected(_("the process reading the file stopped before its end.")) from None
            kind = message[0]
            if kind == "batch":
                write(message[1:])
            elif kind == "refused":
                raise ImportRejected(message[1])
            elif kind == "failed":
                raise rejected(
                    _("the file could not be read to its end ({error}).").format(error=message[1])
                )
            else:
                summary: ImportSummary = message[1]
                return summary
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()
