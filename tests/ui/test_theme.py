"""Light and dark: readable tones on both, and every colour the app picks follows a change.

Offscreen there is no system scheme, so a dark scheme is a dark palette set on the
application (what a platform theme does when the system turns dark).
"""

# Fixtures are imported by name and injected by pytest as same-named parameters.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from matplotlib.colors import to_hex, to_rgb
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coach_app.charts.style import MIN_CONTRAST, PALETTE_DARK, PALETTE_LIGHT, contrast_ratio
from coach_app.charts.style import theme as chart_theme
from coach_app.instruments.definitions import get_instrument
from coach_app.services import experiments
from coach_app.ui import theme
from coach_app.ui.assessment_wording import ItemWordingForm
from coach_app.ui.coachee_overview import OverviewTab
from coach_app.ui.context import AppContext
from coach_app.ui.dashboard import DashboardWidget
from coach_app.ui.handover import HandoverWindow
from coach_app.ui.labels import caption, form_error_label, muted_label, plain_label, set_tone
from coach_app.ui.progress_chart import ProgressChartWidget
from coach_app.ui.progress_models import DashboardModel
from coach_app.ui.session_clock_bar import SessionClockBar
from coach_app.ui.session_marks import install_marks
from coach_app.vault.vault import Vault
from tests.helpers.progress_fixture import History
from tests.ui.fixtures_editor import Seeded, clock, context, seeded  # noqa: F401
from tests.ui.fixtures_review import history  # noqa: F401
from tests.ui.helpers_ops import wait_for_ops

Role = QPalette.ColorRole


def _light() -> QPalette:
    style = QApplication.style()
    assert style is not None
    return style.standardPalette()


def _fusion_dark() -> QPalette:
    # What Qt derives from a single dark window colour: a second dark palette besides ours.
    return QPalette(QColor("#353535"))


PALETTES = {"light": _light, "dark": theme.dark_palette, "fusion-dark": _fusion_dark}


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    """Puts the application's own palette back after a test that switched scheme."""
    yield
    QApplication.setPalette(QPalette())
    qapp.processEvents()


def _switch(qapp: QApplication, palette: QPalette) -> None:
    QApplication.setPalette(palette)
    qapp.processEvents()


def _text(widget: QWidget) -> QColor:
    return widget.palette().color(Role.WindowText)


def _window(widget: QWidget) -> QColor:
    return widget.palette().color(Role.Window)


# ---- contrast -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(PALETTES))
@pytest.mark.parametrize("tone", [t for t in theme.TONES if t != "normal"])
def test_every_tone_reads_at_4_5_to_1_on_the_window(
    qapp: QApplication, name: str, tone: str
) -> None:
    palette = PALETTES[name]()
    colour = theme.tone_colour(palette, tone)
    assert colour is not None
    assert theme.contrast(colour, palette.color(Role.Window)) >= MIN_CONTRAST


def test_muted_is_quieter_than_the_text_but_not_qts_faint_placeholder(qapp: QApplication) -> None:
    light = _light()
    window = light.color(Role.Window)
    placeholder = light.color(Role.PlaceholderText)
    assert theme.contrast(placeholder, window) < MIN_CONTRAST  # why the muted tone is our own
    muted = theme.muted_colour(light)
    assert theme.contrast(muted, window) < theme.contrast(light.color(Role.WindowText), window)


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_labels_tones_read_on_both_schemes(
    qtbot: QtBot, scheme: None, qapp: QApplication, name: str
) -> None:
    _switch(qapp, PALETTES[name]())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    labels = [caption("A subtitle"), muted_label("An aside"), form_error_label()]
    for label in labels:
        layout.addWidget(label)
    for label in labels:
        assert theme.contrast(_text(label), _window(label)) >= MIN_CONTRAST


@pytest.mark.parametrize(("fg", "bg"), [("#000000", "#ffffff"), ("#ececec", "#1f1f1f")])
def test_the_charts_secondary_ink_reads_on_its_background(fg: str, bg: str) -> None:
    muted = chart_theme(fg, bg).muted
    assert contrast_ratio(muted, to_rgb(bg)) >= MIN_CONTRAST
    assert muted != to_rgb(fg)  # still quieter than the ink


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_sparkline_stands_out_from_its_cells(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    base = palette.color(Role.Base)
    assert theme.contrast(theme.sparkline_colour(palette), base) >= 3.0  # WCAG for graphics
    # The same blue as the progress chart's first series, in the same scheme.
    assert (PALETTE_LIGHT[0], PALETTE_DARK[0]) == (theme.SPARK_LIGHT, theme.SPARK_DARK)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_text_on_a_marked_line_reads_on_its_tint(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    for tint in theme.mark_tints(palette).values():
        on_page = QColor.fromRgbF(
            *(
                tint.alphaF() * t + (1 - tint.alphaF()) * b
                for t, b in zip(
                    (tint.redF(), tint.greenF(), tint.blueF()),
                    (
                        palette.color(Role.Base).redF(),
                        palette.color(Role.Base).greenF(),
                        palette.color(Role.Base).blueF(),
                    ),
                    strict=True,
                )
            )
        )
        assert theme.contrast(palette.color(Role.Text), on_page) >= MIN_CONTRAST


# ---- live: a change of scheme reaches every colour the app picks ----------------------------


def test_toned_labels_change_with_the_scheme_and_back(
    qtbot: QtBot, scheme: None, qapp: QApplication
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    muted, error, normal = caption("Subtitle"), form_error_label(), plain_label("Plain")
    loose = muted_label("Not in a layout yet")  # toned before it has a parent
    for label in (muted, error, normal, loose):
        layout.addWidget(label)
    holder.show()
    light_muted, light_error = _text(muted), _text(error)
    assert light_error == QColor(theme.ERROR_LIGHT)

    _switch(qapp, theme.dark_palette())
    assert _text(muted) != light_muted
    assert _text(muted) == theme.muted_colour(theme.dark_palette())
    assert _text(loose) == _text(muted)
    assert _text(error) == QColor(theme.ERROR_DARK)
    assert _text(normal) == theme.dark_palette().color(Role.WindowText)

    _switch(qapp, QPalette())
    assert _text(muted) == light_muted
    assert _text(error) == light_error


def test_a_tone_changed_later_follows_too(qtbot: QtBot, scheme: None, qapp: QApplication) -> None:
    bar = SessionClockBar()
    qtbot.addWidget(bar)
    set_tone(bar.phase_label, "error")  # a phase running over
    _switch(qapp, theme.dark_palette())
    assert _text(bar.phase_label) == QColor(theme.ERROR_DARK)
    set_tone(bar.phase_label, "normal")
    assert _text(bar.phase_label) == theme.dark_palette().color(Role.WindowText)


def test_marked_lines_change_tint_with_the_scheme(
    qtbot: QtBot, scheme: None, qapp: QApplication
) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("★ she wants the meeting")
    keys = install_marks([edit], on_experiment=lambda _text: None, parent=edit)
    highlighter = keys.highlighters[0]
    light = highlighter.format_for("insight").background().color()
    assert light == theme.mark_tints(_light())["insight"]

    _switch(qapp, theme.dark_palette())
    dark = highlighter.format_for("insight").background().color()
    assert dark != light
    assert dark == theme.mark_tints(theme.dark_palette())["insight"]
    # The shown line has the new tint, not only the format kept for the next one.
    shown = edit.document().firstBlock().layout().formats()
    assert shown and shown[0].format.background().color() == dark


def test_the_chart_is_redrawn_in_the_new_colours(
    qtbot: QtBot, scheme: None, qapp: QApplication, context: AppContext
) -> None:
    chart = ProgressChartWidget(context)
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(300)  # the redraws the first show and resize asked for are done
    light_bg = to_hex(chart.figure.get_facecolor())
    assert light_bg == _light().color(Role.Base).name()

    _switch(qapp, theme.dark_palette())
    dark_bg = theme.dark_palette().color(Role.Base).name()
    qtbot.waitUntil(lambda: to_hex(chart.figure.get_facecolor()) == dark_bg, timeout=3000)
    ink = [to_hex(text.get_color()) for text in chart.figure.texts]
    assert ink == [theme.dark_palette().color(Role.WindowText).name()]


def test_a_chosen_answer_on_the_handover_form_takes_the_new_colours(
    qtbot: QtBot, scheme: None, qapp: QApplication, context: AppContext, seeded: Seeded
) -> None:
    window = HandoverWindow(context, seeded.coachee_id, "empowerment_checkin")
    qtbot.addWidget(window)
    light_fill = _light().color(Role.Highlight).name()
    assert light_fill in window.styleSheet()
    _switch(qapp, theme.dark_palette())
    assert theme.dark_palette().color(Role.Highlight).name() in window.styleSheet()
    assert light_fill not in window.styleSheet()


def test_the_overdue_red_of_the_overview_is_written_anew_in_the_new_scheme(
    qtbot: QtBot, scheme: None, qapp: QApplication, vault: Vault, seeded: Seeded
) -> None:
    late = experiments.create_experiment(
        vault, seeded.coachee_id, title="Ask for the agenda", due_on=date(2025, 1, 6)
    )
    tab = OverviewTab(on_link=lambda _link: None)
    qtbot.addWidget(tab)
    tab.show_experiments([late], today=date(2025, 3, 4))
    light_red = theme.error_colour(_light()).name()
    assert light_red in tab.experiments.text()

    _switch(qapp, theme.dark_palette())
    dark_red = theme.error_colour(theme.dark_palette()).name()
    assert dark_red != light_red
    assert dark_red in tab.experiments.text()
    assert light_red not in tab.experiments.text()
    assert "Ask for the agenda" in tab.experiments.text()

    # A lock empties the tab; a change of scheme afterwards must not bring the section back.
    tab.clear()
    _switch(qapp, QPalette())
    assert tab.experiments.text() == ""


def test_the_wording_forms_error_line_takes_the_new_red(
    qtbot: QtBot, scheme: None, qapp: QApplication, context: AppContext
) -> None:
    form = ItemWordingForm(context, get_instrument("empowerment"))
    qtbot.addWidget(form)
    assert _text(form.error_label) == QColor(theme.ERROR_LIGHT)
    _switch(qapp, theme.dark_palette())
    assert _text(form.error_label) == QColor(theme.ERROR_DARK)
    _switch(qapp, QPalette())
    assert _text(form.error_label) == QColor(theme.ERROR_LIGHT)


def _pixels_of(image: QImage, colour: QColor, left: int, width: int) -> int:
    """How many pixels of ``image``'s columns ``left`` to ``left + width`` are ``colour``."""
    wanted = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(left, min(left + width, image.width()))
        if image.pixel(x, y) == wanted
    )


def test_the_dashboards_sparklines_are_painted_in_the_new_scheme(
    qtbot: QtBot, scheme: None, qapp: QApplication, context: AppContext, history: History
) -> None:
    dashboard = DashboardWidget(context)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 400)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    wait_for_ops(qtbot, context)
    assert dashboard.model.rowCount() > 0
    dashboard.table.clearSelection()  # a selected row draws its line in the selection's ink
    table = dashboard.table
    column = (
        table.columnViewportPosition(DashboardModel.SPARKLINE),
        table.columnWidth(DashboardModel.SPARKLINE),
    )
    light, dark = QColor(theme.SPARK_LIGHT), QColor(theme.SPARK_DARK)
    before = table.viewport().grab().toImage()
    assert _pixels_of(before, light, *column) > 0

    _switch(qapp, theme.dark_palette())
    after = table.viewport().grab().toImage()
    assert _pixels_of(after, dark, *column) > 0
    assert _pixels_of(after, light, *column) == 0


# ---- following the system scheme -------------------------------------------------------------


def test_the_follower_sets_a_dark_palette_when_the_system_turns_dark(
    scheme: None, qapp: QApplication
) -> None:
    follower = theme.SchemeFollower(qapp)
    try:
        follower.follow(Qt.ColorScheme.Unknown)  # offscreen: no scheme, nothing changes
        assert not theme.is_dark(qapp.palette())
        follower.follow(Qt.ColorScheme.Dark)
        assert theme.is_dark(qapp.palette())
        follower.follow(Qt.ColorScheme.Dark)  # told twice: still dark, nothing stacked
        assert theme.is_dark(qapp.palette())
        follower.follow(Qt.ColorScheme.Light)
        assert not theme.is_dark(qapp.palette())
    finally:
        follower.deleteLater()


def test_the_follower_leaves_a_palette_the_platform_made_dark_alone(
    scheme: None, qapp: QApplication
) -> None:
    platform_dark = _fusion_dark()
    _switch(qapp, platform_dark)
    follower = theme.SchemeFollower(qapp)
    try:
        follower.follow(Qt.ColorScheme.Dark)
        assert qapp.palette().color(Role.Window) == platform_dark.color(Role.Window)
    finally:
        follower.deleteLater()
