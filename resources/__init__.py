"""Clausediff's files that are not code: the sample pair, the help page, the icon, the desktop entry.

In the repository this is the ``resources/`` folder; installed, it is the package ``clausediff_resources``
(pyproject maps the folder to that name), so a wheel carries it as package data under a name no other
project uses. Find files with :func:`gui.assets.resource`, never with paths relative to a module.
"""
