"""The ``clausediff`` command's entry point (:mod:`clausediff.launch`); the engine is :mod:`compare`, the
window :mod:`gui`. Named after the project so the installed command needs no generic top-level module."""
