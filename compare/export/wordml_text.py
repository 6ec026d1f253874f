"""WordprocessingML written as text rather than as lxml elements (the report's rows, the plain redline's
body): the escaping libxml2 applies when it serialises, so what is written as text is byte for byte what
the element writers made."""

from __future__ import annotations

import re

# characters XML 1.0 cannot hold (lxml refuses them); the readers drop them already, this is a last guard
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Element text as libxml2 escapes it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def xml_attr(text: str) -> str:
    """An attribute value as libxml2 escapes it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return text.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
