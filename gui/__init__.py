"""Clausediff's desktop window (PySide6). It only presents a :mod:`compare` result and gathers intent."""
