"""The desktop window and its dialogs.

Only this package imports QtWidgets. Screens call the services for every user
action and show what the services return; they hold no business rules.

Item data that means "no touch / no prospect / no quote" is ``NO_ID`` (0),
never an empty value, so reading it back always gives an ``int``. Empty
values coming back from Qt are also the path of the PySide6 6.12.0 reference
bug that pyproject.toml keeps us clear of.
"""

NO_ID = 0
