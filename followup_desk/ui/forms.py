"""Loading the Qt Designer forms in ``forms/`` at run time.

We load ``.ui`` files with ``QUiLoader`` when a screen is first built instead
of compiling them to Python at build time. The reasons:

* an owner or designer can change a layout in Designer and see it on the next
  start, with no generated files to keep in step with the sources;
* packaging ships the ``forms/`` folder as data, like ``resources/``;
* the cost is importing QtUiTools (about 70 ms, once) plus a few
  milliseconds per form, well inside the start-up budget.

Every form's top-level widget is a plain ``QWidget``. A screen loads its form
and attaches it as ``self.ui`` inside its own layout; it never subclasses the
form. Object names are snake_case because PySide exposes each named child as
an attribute of the loaded widget (``self.ui.search_edit``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWidgets import QVBoxLayout, QWidget

from followup_desk import paths

log = logging.getLogger("followup_desk.ui")


class FormError(RuntimeError):
    """A form file is missing or cannot be read: an installation problem."""


def load_form(
    name: str,
    parent: QWidget,
    custom_widgets: Iterable[type[QWidget]] = (),
) -> QWidget:
    """Load ``forms/<name>.ui`` as a child of ``parent`` and return it.

    ``custom_widgets`` are our own widget classes the form names as promoted
    widgets; the loader must know them to build them.
    """
    # Imported here, not at module level, so start-up pays for QtUiTools only
    # when the first form is built, after the window frame exists.
    from PySide6.QtUiTools import QUiLoader

    path = paths.forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Cannot open the form {path}: {file.errorString()}")
    loader = QUiLoader()
    for widget_class in custom_widgets:
        loader.registerCustomWidget(widget_class)
    try:
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise FormError(f"The form {path} is damaged: {loader.errorString()}")
    log.debug("Loaded form %s", name)
    return form


def attach_form(
    owner: QWidget,
    name: str,
    custom_widgets: Iterable[type[QWidget]] = (),
) -> QWidget:
    """Load a form and make it fill ``owner``; the caller keeps it as ``self.ui``."""
    form = load_form(name, owner, custom_widgets)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
