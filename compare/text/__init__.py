"""Stage 2, text: a read ``Document`` in, its ``Clause`` list out.

Sentence boundaries (``sentences``), paragraph labels such as "4.", "(c)", "annex II" (``labels``), and the
segmenter that cuts paragraphs into clauses at the chosen granularity (``segment``).
"""
