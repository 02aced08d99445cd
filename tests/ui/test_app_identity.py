"""The app id and icon live in one light module (``ui/app_identity.py``), which the About box
and the first window both use."""

from __future__ import annotations

from coach_app.ui import about_dialog, app_identity


def test_the_about_box_uses_the_one_identity() -> None:
    assert about_dialog.app_icon is app_identity.app_icon
    assert not hasattr(about_dialog, "APP_ID")  # said once, in app_identity


def test_the_icon_has_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    sizes = app_identity.app_icon().availableSizes()
    assert {size.width() for size in sizes} >= set(app_identity.ICON_SIZES)
