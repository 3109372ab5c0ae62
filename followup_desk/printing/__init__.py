"""Printed output: quotations, cover letters, envelopes and the daily batch.

Everything here draws straight onto a ReportLab canvas, because fixed layouts
drawn that way are several times faster than the flowing layout engine and the
daily batch runs to a thousand pages. Only ``documents`` and ``formats``
(envelope sizes, label sheets, printer setups) are free of ReportLab, so the
rest of the app can describe what to print without paying for the import; the
other modules are imported when something is actually printed.
"""
