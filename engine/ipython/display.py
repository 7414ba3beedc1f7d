"""Public API for display tools in IPython."""
from IPython.core.display import (
    display, update_display, clear_output, DisplayHandle, DisplayObject,
    TextDisplayObject, Pretty, HTML, Markdown, Math, Latex, SVG, Javascript, JSON, Code,
)
