"""The hours log on a known data set: totals, per client, unnamed clients, the CSV and the .xlsx."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest

from coach_app.errors import ValidationError
from coach_app.services import coachees, development, group_sessions, groups, hours, sessions
from coach_app.services.credentials import CredentialFileError, credential_bodies, parse_body
from coach_app.services.hours_export import csv_bytes, log_rows, write_hours_file, xlsx_bytes
from coach_app.vault.vault import Vault

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
SECRET_NAME = "Bram Geheimnaam"
SECRET_MAIL = "bram.geheim@example.org"


def _data(vault: Vault) -> None:
    """Two individual clients (one who did not consent to be named) and a group."""
    ada = coachees.create_coachee(
        vault, name="Ada Jansen", email="ada@example.org", organisation="Nordlys"
    )
    hours.set_client_details(vault, ada.id, log_consent=True)
    bram = coachees.create_coachee(vault, name=SECRET_NAME, email=SECRET_MAIL)
    hours.set_client_details(vault, bram.id, default_paid=False, client_type="internal")
    chloe = coachees.create_coachee(vault, name="Chloé", email="c@example.org")
    hours.set_client_details(vault, chloe.id, log_consent=True)

    def held(coachee_id: str, when: str, minutes: int) -> str:
        return sessions.create_session(
            vault, coachee_id, started_at=when, duration_minutes=minutes
        ).id

    held(ada.id, "2025-01-10T09:00", 60)
    held(bram.id, "2025-01-20T09:00", 60)
    held(ada.id, "2025-02-10T09:00", 90)
    hours.set_session_paid(vault, held(ada.id, "2025-03-10T09:00", 30), False)
    held(bram.id, "2025-04-01T09:00", 45)
    held(chloe.id, "2024-12-01T09:00", 60)  # before the log's start
    held(chloe.id, "2025-06-01T09:00", 60)  # after its end
    group = groups.create_group(
        vault, name="Peers", kind="intervision", contact="sponsor@example.org", log_consent=True
    )
    ids = [
        groups.add_member(vault, group.id, coachee_id=ada.id).id,
        groups.add_member(vault, group.id, coachee_id=bram.id).id,
        groups.add_member(vault, group.id, name="Dirk").id,
    ]
    group_sessions.create_group_session(
        vault, group.id, started_at="2025-03-05T14:00", duration_minutes=120, attendee_ids=ids
    )
    group_sessions.create_group_session(
        vault,
        group.id,
        started_at="2025-04-02T14:00",
        duration_minutes=90,
        paid=False,
        attendee_ids=ids[:2],
    )


@pytest.fixture
def log(vault: Vault) -> hours.HoursLog:
    _data(vault)
    return hours.hours_log(vault, start="2025-01-01", end="2025-05-31")


def test_totals_per_period_and_per_client(log: hours.HoursLog) -> None:
    assert (log.hours, log.paid_hours, log.pro_bono_hours) == (8.25, 4.5, 3.75)
    assert (log.group_hours, log.internal_hours) == (3.5, 1.75)
    assert (log.unnamed_hours, log.unnamed_clients) == (1.75, 1)
    assert [(y.period, y.hours, y.sessions) for y in log.per_year] == [("2025", 8.25, 7)]
    assert [(m.period, m.hours) for m in log.per_month] == [
        ("2025-01", 2.0),
        ("2025-02", 1.5),
        ("2025-03", 2.5),
        ("2025-04", 2.25),
    ]
    assert [
        (c.name, c.mode, c.group_size, c.paid_hours, c.pro_bono_hours, c.sessions)
        for c in log.clients
    ] == [
        ("Ada Jansen", "individual", None, 2.5, 0.5, 3),
        ("Confidential client 1", "individual", None, 0.0, 1.75, 2),
        ("Peers", "group", 3, 2.0, 1.5, 2),
    ]
    group_entries = [e for e in log.entries if e.mode == "group"]
    assert [(e.group_size, e.paid) for e in group_entries] == [(3, True), (2, False)]
    assert {e.organisation for e in log.entries if e.client_key.startswith("coachee")} == {
        "Nordlys",
        "",
    }


def test_credential_progress_reads_the_data_files(log: hours.HoursLog) -> None:
    acc = next(p for p in log.progress if p.level.key == "acc")
    assert (acc.level.hours, acc.level.paid_hours, acc.level.clients) == (100, 75, 8)
    assert (acc.hours, acc.paid_hours, acc.clients, acc.recent_hours) == (8.25, 4.5, 3, 8.25)
    assert not acc.met
    assert acc.body.source.startswith("https://coachingfederation.org/")
    assert "check the current requirements" in acc.body.note.lower()
    assert {p.level.key for p in log.progress} == {"acc", "pcc", "mcc"}


def test_future_sessions_do_not_count(vault: Vault) -> None:
    _data(vault)
    until_may = hours.hours_log(vault, today=date(2025, 5, 31))
    assert until_may.start is None and until_may.end == date(2025, 5, 31)
    assert until_may.hours == 8.25 + 1  # Chloé's December session, not her June one
    with pytest.raises(ValidationError, match="must not be before"):
        hours.hours_log(vault, start="2025-02-01", end="2025-01-01")


def test_the_csv_has_the_credentialing_columns_and_no_unconsented_name(
    log: hours.HoursLog,
) -> None:
    data = csv_bytes(log)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == (
        "Client name,Contact,Individual/Group,Number in group,Start date,End date,"
        "Paid hours,Pro bono hours\r\n"
        "Ada Jansen,ada@example.org,Individual,,2025-01-10,2025-03-10,2.5,0.5\r\n"
        "Confidential client 1,,Individual,,2025-01-20,2025-04-01,0,1.75\r\n"
        "Peers,sponsor@example.org,Group,3,2025-03-05,2025-04-02,2,1.5\r\n"
    )
    assert SECRET_NAME.encode() not in data and SECRET_MAIL.encode() not in data


def _sheet(data: bytes, number: int) -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read(f"xl/worksheets/sheet{number}.xml"))
    rows = []
    for row in root.iterfind("m:sheetData/m:row", NS):
        cells = {}
        for c in row.iterfind("m:c", NS):
            column = "".join(ch for ch in c.get("r", "") if ch.isalpha())
            text = c.find("m:is/m:t", NS)
            value = c.find("m:v", NS)
            cells[column] = (text if text is not None else value).text or ""  # type: ignore[union-attr]
        width = max((ord(k) - 64 for k in cells), default=0)
        rows.append([cells.get(chr(65 + i), "") for i in range(width)])
    return rows


def test_the_xlsx_holds_the_same_log_and_the_summary(log: hours.HoursLog) -> None:
    data = xlsx_bytes(log)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        workbook = archive.read("xl/workbook.xml").decode()
    assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"} <= names
    assert 'name="Client log"' in workbook and 'name="Summary"' in workbook
    assert _sheet(data, 1) == [
        [
            "Client name",
            "Contact",
            "Individual/Group",
            "Number in group",
            "Start date",
            "End date",
            "Paid hours",
            "Pro bono hours",
        ],
        [
            "Ada Jansen",
            "ada@example.org",
            "Individual",
            "",
            "2025-01-10",
            "2025-03-10",
            "2.5",
            "0.5",
        ],
        ["Confidential client 1", "", "Individual", "", "2025-01-20", "2025-04-01", "0.0", "1.75"],
        ["Peers", "sponsor@example.org", "Group", "3", "2025-03-05", "2025-04-02", "2.0", "1.5"],
    ]
    summary = {row[0]: row[1:] for row in _sheet(data, 2) if row}
    assert summary["Hours with clients not named (no consent)"] == ["1.75"]
    assert summary["Total hours"] == ["8.25"]
    assert SECRET_NAME.encode() not in data and SECRET_MAIL.encode() not in data
    assert xlsx_bytes(log) == data, "the same log gives the same bytes"


def test_text_that_looks_like_a_formula_stays_text(vault: Vault) -> None:
    c = coachees.create_coachee(vault, name="=HYPERLINK(1)", email="x@example.org")
    hours.set_client_details(vault, c.id, log_consent=True)
    sessions.create_session(vault, c.id, started_at=datetime(2025, 1, 1, 9), duration_minutes=60)
    log = hours.hours_log(vault, end="2025-12-31")
    assert csv_bytes(log).decode("utf-8-sig").splitlines()[1].startswith("'=HYPERLINK(1)")
    assert _sheet(xlsx_bytes(log), 1)[1][0] == "=HYPERLINK(1)"  # an inline string, not <f>
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(xlsx_bytes(log))).read(
        "xl/worksheets/sheet1.xml"
    )


def test_files_are_written_owner_only(log: hours.HoursLog, tmp_path: Path) -> None:
    for kind in ("csv", "xlsx"):
        path = write_hours_file(log, tmp_path / f"log.{kind}", kind)
        assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "log.csv").read_bytes() == csv_bytes(log)
    assert log_rows(log)[0][0] == "Client name"


def test_client_details_are_checked(vault: Vault) -> None:
    c = coachees.create_coachee(vault, name="Noor")
    assert hours.client_details(vault, c.id) == hours.ClientDetails(
        c.id, True, "third_party", False
    )
    with pytest.raises(ValidationError):
        hours.set_client_details(vault, c.id, client_type="freelance")
    with pytest.raises(ValidationError):
        hours.set_client_details(vault, c.id, log_consent="yes")


def test_supervision_and_cpd_per_year(vault: Vault) -> None:
    development.add_entry(
        vault, kind="supervision", held_on="2024-11-05", hours=1.5, provider="Mia", topic="Ethics"
    )
    development.add_entry(vault, kind="supervision", held_on="2025-02-01", hours=1)
    development.add_entry(
        vault, kind="cpd", held_on="2025-03-01", hours=6, provider="ICF", reflection="Mine only"
    )
    assert [
        (t.year, t.supervision_hours, t.cpd_hours, t.entries)
        for t in development.yearly_totals(vault)
    ] == [(2025, 1.0, 6.0, 2), (2024, 1.5, 0.0, 1)]
    assert [e.hours for e in development.list_entries(vault, year=2025)] == [6.0, 1.0]
    assert [e.provider for e in development.list_entries(vault, kind="supervision")] == ["", "Mia"]
    with pytest.raises(ValidationError):
        development.add_entry(vault, kind="cpd", held_on="2025-03-01", hours=0)


def test_the_shipped_requirements_parse_and_bad_files_are_named() -> None:
    (icf,) = credential_bodies()
    assert icf.relied_on.year >= 2025
    with pytest.raises(CredentialFileError, match=r"x\.json\.levels\[0\]\.hours"):
        parse_body(
            {
                "key": "x",
                "body": "X",
                "source": "https://example.org",
                "relied_on": "2025-01-01",
                "note": "check",
                "levels": [
                    {"key": "a", "label": "A", "hours": "many", "paid_hours": 1, "clients": 1}
                ],
            },
            "x.json",
        )
