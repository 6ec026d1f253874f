"""Stage 4, diff: two clause texts in, a list of word-level ``DiffOp``s (``=``, ``+``, ``-``) out."""
