"""Instrument definition files: what they hold, and how a broken file is reported."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from coach_app.instruments import definitions
from coach_app.instruments.definitions import (
    BUILTIN_KEYS,
    SCORING_RULES,
    InstrumentDefinitionError,
    ReferenceValues,
    custom_instrument,
    custom_key,
    get_instrument,
    instruments_dir,
    load_instruments,
    with_item_wording,
)
from coach_app.instruments.parsing import read_instrument_dir, read_instrument_file

REPO_ROOT = Path(__file__).resolve().parents[3]

GSE_ITEMS = [
    "I can always manage to solve difficult problems if I try hard enough.",
    "If someone opposes me, I can find the means and ways to get what I want.",
    "It is easy for me to stick to my aims and accomplish my goals.",
    "I am confident that I could deal efficiently with unexpected events.",
    "Thanks to my resourcefulness, I know how to handle unforeseen situations.",
    "I can solve most problems if I invest the necessary effort.",
    "I can remain calm when facing difficulties because I can rely on my coping abilities.",
    "When I am confronted with a problem, I can usually find several solutions.",
    "If I am in trouble, I can usually think of a solution.",
    "I can usually handle whatever comes my way.",
]


# --------------------------------------------------------------------------- the shipped files


def test_definitions_live_in_repo_resources() -> None:
    assert instruments_dir() == REPO_ROOT / "coach_app" / "resources" / "instruments"
    assert sorted(p.stem for p in instruments_dir().glob("*.json")) == sorted(BUILTIN_KEYS)


def test_all_builtins_load_with_their_kinds() -> None:
    instruments = load_instruments()
    assert set(instruments) == set(BUILTIN_KEYS)
    kinds = {key: instrument.kind for key, instrument in instruments.items()}
    assert kinds == {
        "confidence": "single_rating",
        "gas": "gas",
        "gse": "multi_item",
        "empowerment": "multi_item",
        "psych_safety": "multi_item",
        "empowerment_checkin": "multi_item",
    }
    for instrument in instruments.values():
        assert instrument.version >= 1
        assert instrument.scoring in SCORING_RULES
        assert instrument.licence_note
        assert instrument.source
        assert not instrument.is_custom


def test_load_instruments_returns_a_fresh_dict_each_time() -> None:
    first = load_instruments()
    first.pop("gse")
    assert "gse" in load_instruments()


def test_confidence_ruler() -> None:
    ruler = get_instrument("confidence")
    assert (ruler.response_scale.min, ruler.response_scale.max) == (0, 10)
    assert ruler.score_range == (0.0, 10.0)
    assert ruler.prompts == (
        "Why this number and not lower?",
        "What would move it one point up?",
    )
    assert len(ruler.items) == 1


def test_gse_ships_the_official_items_with_attribution() -> None:
    gse = get_instrument("gse")
    assert [item.text for item in gse.items] == GSE_ITEMS
    assert [item.number for item in gse.items] == list(range(1, 11))
    assert gse.attribution == (
        "Schwarzer, R., & Jerusalem, M. (1995). Generalized Self-Efficacy scale"
    )
    assert gse.ship_item_text
    assert (gse.response_scale.min, gse.response_scale.max) == (1, 4)
    assert [a.label for a in gse.response_scale.anchors] == [
        "Not at all true",
        "Hardly true",
        "Moderately true",
        "Exactly true",
    ]
    assert gse.response_scale.label_for(4) == "Exactly true"
    assert gse.score_range == (10.0, 40.0)
    assert gse.max_missing == 3
    assert gse.reversed_items == ()
    assert gse.subscales == ()


def test_empowerment_is_structure_only_with_four_subscales_of_three() -> None:
    empowerment = get_instrument("empowerment")
    assert len(empowerment.items) == 12
    assert not empowerment.ship_item_text
    assert all(item.text is None for item in empowerment.items)
    assert empowerment.needs_item_wording
    assert [(s.key, s.items) for s in empowerment.subscales] == [
        ("meaning", (1, 2, 3)),
        ("competence", (4, 5, 6)),
        ("self_determination", (7, 8, 9)),
        ("impact", (10, 11, 12)),
    ]
    assert empowerment.items[6].subscale == "self_determination"
    assert empowerment.reversed_items == ()
    assert (empowerment.response_scale.min, empowerment.response_scale.max) == (1, 7)
    assert empowerment.max_missing_per_subscale == 1
    assert empowerment.subscale("impact").label == "Impact"
    with pytest.raises(KeyError):
        empowerment.subscale("autonomy")


def test_psych_safety_is_structure_only_reversed_and_context() -> None:
    safety = get_instrument("psych_safety")
    assert len(safety.items) == 7
    assert all(item.text is None for item in safety.items)
    assert safety.reversed_items == (1, 3, 5)
    assert safety.context_only
    assert safety.context_label == "team climate as the coachee sees it"
    assert (safety.response_scale.min, safety.response_scale.max) == (1, 7)
    assert safety.max_missing == 1


def test_gas_is_method_only() -> None:
    gas = get_instrument("gas")
    assert gas.items == ()
    assert gas.gas is not None
    assert gas.gas.rho == 0.3
    assert (gas.gas.weight_min, gas.gas.weight_max) == (1, 4)
    assert gas.gas.usual_start_level == -1
    assert gas.gas.reference_t == 50.0
    assert (gas.response_scale.min, gas.response_scale.max) == (-2, 2)
    assert gas.response_scale.label_for(0) == "Expected outcome"
    assert gas.score_range is None


def test_only_psych_safety_is_context() -> None:
    assert [k for k, i in load_instruments().items() if i.context_only] == ["psych_safety"]


def test_reference_values_are_sourced_and_only_on_multi_item_scales() -> None:
    for instrument in load_instruments().values():
        references = [instrument.reference] + [s.reference for s in instrument.subscales]
        for reference in references:
            if reference.sd is not None or reference.reliability is not None:
                assert reference.source, instrument.key
                assert instrument.kind == "multi_item", instrument.key


def test_get_instrument_unknown_key() -> None:
    with pytest.raises(KeyError, match="nope"):
        get_instrument("nope")


def test_definitions_import_no_qt() -> None:
    code = (
        "import sys, coach_app.instruments.definitions, coach_app.instruments.scoring, "
        "coach_app.services.progress_series; "
        "bad = [m for m in ('PySide6', 'matplotlib') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- validation


def _write(tmp_path: Path, data: object, name: str = "gse") -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _gse_data() -> dict:
    return json.loads((instruments_dir() / "gse.json").read_text(encoding="utf-8"))


def _empowerment_data() -> dict:
    return json.loads((instruments_dir() / "empowerment.json").read_text(encoding="utf-8"))


def test_a_valid_copy_reads_back_equal(tmp_path: Path) -> None:
    path = _write(tmp_path, _gse_data())
    assert read_instrument_file(path) == get_instrument("gse")
    assert read_instrument_dir(tmp_path) == {"gse": get_instrument("gse")}


def _break_missing_field(d: dict) -> None:
    del d["max_missing"]


def _break_unknown_field(d: dict) -> None:
    d["max_mising"] = 3


def _break_scale(d: dict) -> None:
    d["response_scale"]["max"] = 1


def _break_anchor(d: dict) -> None:
    d["response_scale"]["anchors"][3]["value"] = 9


def _break_version(d: dict) -> None:
    d["version"] = "1"


def _break_kind(d: dict) -> None:
    d["kind"] = "likert"


def _break_scoring(d: dict) -> None:
    d["scoring"] = "average"


def _break_item_text(d: dict) -> None:
    d["items"][4]["text"] = None


def _break_numbering(d: dict) -> None:
    d["items"][2]["number"] = 7


def _break_reversed(d: dict) -> None:
    d["reversed_items"] = [11]


def _break_reference_source(d: dict) -> None:
    d["reference"]["sd"] = 5.0


def _break_reliability(d: dict) -> None:
    d["reference"].update(sd=5.0, reliability=1.0, source="somewhere")


def _break_max_missing(d: dict) -> None:
    d["max_missing"] = 10


def _break_context(d: dict) -> None:
    d["context_only"] = True


def _break_gas_block(d: dict) -> None:
    d["gas"] = {"rho": 0.3}


def _break_score_range(d: dict) -> None:
    d["score_range"] = {"min": 40, "max": 10}


@pytest.mark.parametrize(
    ("breaker", "field"),
    [
        (_break_missing_field, "max_missing"),
        (_break_unknown_field, "max_mising"),
        (_break_scale, "response_scale.max"),
        (_break_anchor, "response_scale.anchors[3].value"),
        (_break_version, "version"),
        (_break_kind, "kind"),
        (_break_scoring, "scoring"),
        (_break_item_text, "items[4].text"),
        (_break_numbering, "items[2].number"),
        (_break_reversed, "reversed_items[0]"),
        (_break_reference_source, "reference.source"),
        (_break_reliability, "reference.reliability"),
        (_break_max_missing, "max_missing"),
        (_break_context, "context_label"),
        (_break_gas_block, "gas"),
        (_break_score_range, "score_range.max"),
    ],
)
def test_broken_gse_file_names_file_and_field(tmp_path: Path, breaker, field: str) -> None:
    data = _gse_data()
    breaker(data)
    with pytest.raises(InstrumentDefinitionError) as caught:
        read_instrument_file(_write(tmp_path, data))
    assert str(caught.value).startswith(f"gse.json: field '{field}' ")


def test_structure_only_file_must_not_carry_wording(tmp_path: Path) -> None:
    data = _empowerment_data()
    data["items"][0]["text"] = "Some wording"
    with pytest.raises(InstrumentDefinitionError, match=r"'items\[0\]\.text' must be null"):
        read_instrument_file(_write(tmp_path, data, "empowerment"))


def test_subscales_must_not_overlap(tmp_path: Path) -> None:
    data = _empowerment_data()
    data["subscales"][1]["items"] = [3, 5, 6]
    with pytest.raises(InstrumentDefinitionError, match="already in meaning"):
        read_instrument_file(_write(tmp_path, data, "empowerment"))


def test_subscales_must_cover_every_item(tmp_path: Path) -> None:
    data = _empowerment_data()
    data["subscales"][3]["items"] = [10, 11]
    with pytest.raises(InstrumentDefinitionError, match="item 12 without a subscale"):
        read_instrument_file(_write(tmp_path, data, "empowerment"))


def test_subscale_reference_needs_a_source(tmp_path: Path) -> None:
    data = _empowerment_data()
    data["subscales"][0]["reference"] = {
        "sd": 1.0,
        "reliability": 0.8,
        "source": None,
        "note": "",
    }
    with pytest.raises(
        InstrumentDefinitionError, match=r"'subscales\[0\]\.reference\.source' is required"
    ):
        read_instrument_file(_write(tmp_path, data, "empowerment"))


def test_key_must_match_file_name(tmp_path: Path) -> None:
    with pytest.raises(InstrumentDefinitionError, match=r"gse2\.json: field 'key'"):
        read_instrument_file(_write(tmp_path, _gse_data(), "gse2"))


def test_invalid_json_is_reported_with_position(tmp_path: Path) -> None:
    path = tmp_path / "gse.json"
    path.write_text('{"key": "gse",', encoding="utf-8")
    with pytest.raises(InstrumentDefinitionError, match=r"gse\.json: is not valid JSON \(line 1"):
        read_instrument_file(path)


def test_a_file_must_hold_an_object(tmp_path: Path) -> None:
    with pytest.raises(InstrumentDefinitionError, match="one JSON object"):
        read_instrument_file(_write(tmp_path, [1, 2, 3]))


def test_missing_builtin_file_stops_loading(tmp_path: Path, monkeypatch) -> None:
    for key in BUILTIN_KEYS:
        if key != "gas":
            (tmp_path / f"{key}.json").write_text(
                (instruments_dir() / f"{key}.json").read_text(encoding="utf-8"), encoding="utf-8"
            )
    monkeypatch.setattr(definitions, "instruments_dir", lambda: tmp_path)
    definitions._load_builtin.cache_clear()
    try:
        with pytest.raises(InstrumentDefinitionError, match=r"gas\.json: .* missing"):
            load_instruments()
    finally:
        definitions._load_builtin.cache_clear()


# --------------------------------------------------------------------------- coach-defined parts


def test_custom_instrument() -> None:
    sleep = custom_instrument("custom:sleep-hours", "  Sleep (hours) ", 0, 12)
    assert sleep.is_custom
    assert sleep.kind == "single_rating"
    assert sleep.name == "Sleep (hours)"
    assert sleep.score_range == (0.0, 12.0)
    assert (sleep.response_scale.min, sleep.response_scale.max) == (0, 12)
    assert not sleep.reference.complete
    assert sleep.items[0].text == "Sleep (hours)"


@pytest.mark.parametrize(
    "key", ["sleep", "custom:", "custom:Sleep", "custom:sleep hours", "custom:-x", "gse"]
)
def test_custom_instrument_rejects_bad_keys(key: str) -> None:
    with pytest.raises(InstrumentDefinitionError, match="custom:sleep-hours"):
        custom_instrument(key, "Sleep", 0, 10)


@pytest.mark.parametrize(
    ("label", "low", "high", "message"),
    [
        ("", 0, 10, "needs a name"),
        ("   ", 0, 10, "needs a name"),
        ("Sleep", 10, 10, "minimum below its maximum"),
        ("Sleep", 10, 0, "minimum below its maximum"),
        ("Sleep", float("nan"), 10, "minimum of a custom metric must be a number"),
        ("Sleep", 0, True, "maximum of a custom metric must be a number"),
    ],
)
def test_custom_instrument_rejects_bad_ranges(label, low, high, message) -> None:
    with pytest.raises(InstrumentDefinitionError, match=message):
        custom_instrument("custom:sleep", label, low, high)


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Sleep (hours)", "custom:sleep-hours"),
        ("Energie – Montag", "custom:energie-montag"),
        ("Café visits", "custom:cafe-visits"),
        ("  1:1 focus  ", "custom:1-1-focus"),
    ],
)
def test_custom_key_slugs(label: str, key: str) -> None:
    assert custom_key(label) == key
    custom_instrument(key, label, 0, 1)  # the suggested key is always accepted


def test_custom_key_needs_letters() -> None:
    with pytest.raises(InstrumentDefinitionError):
        custom_key("—!")


def test_with_item_wording_fills_slots_once_per_vault() -> None:
    safety = get_instrument("psych_safety")
    worded = with_item_wording(safety, {n: f"Statement {n} " for n in range(1, 8)})
    assert [item.text for item in worded.items] == [f"Statement {n}" for n in range(1, 8)]
    assert worded.reversed_items == (1, 3, 5)
    assert not worded.needs_item_wording
    assert get_instrument("psych_safety").needs_item_wording  # the shipped definition is intact

    partial = with_item_wording(safety, {2: "Only two"})
    assert [item.text for item in partial.items][:3] == [None, "Only two", None]

    with pytest.raises(InstrumentDefinitionError, match="no item 8"):
        with_item_wording(safety, {8: "Extra"})
    with pytest.raises(InstrumentDefinitionError, match="needs wording"):
        with_item_wording(safety, {1: "  "})


def test_reference_values_complete_needs_both() -> None:
    assert ReferenceValues(sd=4.0, reliability=0.8, source="x").complete
    assert not ReferenceValues(sd=4.0, source="x").complete
    assert not ReferenceValues(reliability=0.8, source="x").complete
    gse = replace(get_instrument("gse"), reference=ReferenceValues(sd=4.0, reliability=0.8))
    assert gse.reference.complete
