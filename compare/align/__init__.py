"""Stage 3, align: two lists of clause texts in, ``Group``s of paired clause indexes out.

Similarity vectors and candidate search (``similarity``), the monotone path through the similarity matrix
(``path``), and the aligner that adds splits, merges and moves around it (``aligner``).
"""
