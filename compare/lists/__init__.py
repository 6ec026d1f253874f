"""Stage 5, lists: the aligned clauses in, ``ItemChange``s (items added, removed, kept, modified) out.

``enumerations`` finds lists and their items in a clause, ``items`` pairs the lists of the two versions and
classifies each item, ``lemmas`` compares items by dictionary form, and ``lemma_index`` keeps simplemma's
look-up index in the user cache so the first look-up is fast.
"""
