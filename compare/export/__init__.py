"""Writers that turn a :class:`compare.model.ComparisonResult` into files. They never re-compare."""
