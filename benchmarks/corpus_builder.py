"""Large, deterministic document pairs for the speed benchmark, built from real text.

Real sentences (UN Security Council resolutions in English, DEplain-web sentences in German) are shuffled
into paragraphs shaped like a draft resolution -- plain paragraphs, numbered operative paragraphs with
lettered sub-paragraphs, sentences with inline lists ("coal, iron, textiles and seafood") -- and then
edited the way a negotiator edits a draft: a few sentences deleted, inserted or reworded, a few paragraphs
moved, list items added. Synthetic word salad would not exercise the engine the way real clauses do (the
alignment's candidate search lives on how often real words recur), hence real text.

Everything is derived from string seeds (``random.Random(str)`` hashes with SHA-512), never from ``hash()``,
so the same seed gives byte-identical documents on every machine and Python run.

    python benchmarks/corpus_builder.py --words 100000 --out /tmp/pair    # writes old.txt and new.txt
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
VERSION = 1  # bump when the generated text changes, so cached pairs are rebuilt

EDIT_DELETE = 0.03
EDIT_INSERT = 0.03
EDIT_REWORD = 0.03
EDIT_MOVE_PARAGRAPHS = 0.01
EDIT_LIST_GROW = 0.35

_OPERATIVE = (
    "Decides that",
    "Requests that",
    "Urges that",
    "Affirms that",
    "Notes that",
    "Demands that",
    "Stresses that",
    "Underlines that",
    "Recognizes that",
    "Expresses its concern that",
)
_LIST_FRAMES = (
    ("Decides that all States shall prohibit the direct or indirect supply of", "to the territory."),
    ("Calls upon all Member States to report to the Committee on exports of", "within ninety days."),
    ("Notes that the exemptions shall not apply to", "originating in the territory concerned."),
    ("Requests the Committee to monitor closely the transfer of", "by sea, land or air."),
    ("Decides further that the measures shall also apply to", "until the Council decides otherwise."),
    ("Affirms that the prohibition covers", "irrespective of their origin."),
)
_LIST_ITEMS = (
    "coal", "iron", "iron ore", "textiles", "seafood", "lead", "lead ore", "gold", "titanium ore",
    "vanadium ore", "rare earth minerals", "copper", "nickel", "silver", "zinc", "statues", "helicopters",
    "new helicopters", "vessels", "crude oil", "refined petroleum products", "natural gas condensates",
    "industrial machinery", "electrical equipment", "timber", "cotton", "wool", "aluminium", "steel",
    "cement", "fertiliser", "tobacco", "sugar", "coffee", "cocoa", "rice", "wheat", "maize", "salt",
    "sulphur", "cobalt", "tungsten", "tin", "uranium ore", "rough diamonds", "emeralds", "rubber",
    "motor vehicles", "aircraft parts", "spare parts", "luxury goods", "watches", "jewellery", "carpets",
    "cosmetics", "perfumes", "furs", "yachts", "racing cars", "snowmobiles", "wine", "spirits",
    "agricultural products", "fishing rights", "earth and stone", "precious metals", "arms",
)  # fmt: skip


# --------------------------------------------------------------------------- sentence pools


@dataclass(frozen=True)
class Sentence:
    text: str
    lang: str  # "en" or "de": numbered paragraphs get an English operative verb only in English


def _un_sentences() -> list[Sentence]:
    """Sentences of the hard-wrapped OCR resolutions: paragraphs rejoined, labels dropped, split at . ; :"""
    out = []
    for path in sorted((SHARED / "un").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"\n\s*\n", text):
            para = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", block)
            para = " ".join(para.split())
            para = re.sub(r"^(?:\d{1,3}\.|\([a-z]{1,4}\))\s+", "", para)
            for piece in re.split(r"(?<=[.;:])\s+(?=[A-Z(“\"])", para):
                piece = re.sub(r"^\([a-z]{1,4}\)\s+", "", piece).strip()
                if 5 <= len(piece.split()) <= 90 and piece[:1].isupper():
                    out.append(Sentence(piece, "en"))
    return out


def _alignment_sentences() -> list[Sentence]:
    out = []
    for split in ("dev", "test"):
        path = SHARED / "alignment" / f"{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for s in (*record["a"], *record["b"]):
                s = " ".join(s.split())
                if 4 <= len(s.split()) <= 90:
                    out.append(Sentence(s, record.get("lang", "de")))
    return out


def sentence_pool() -> list[Sentence]:
    """Every usable real sentence once (exact duplicates removed, first occurrence kept)."""
    seen: set[str] = set()
    pool = []
    for s in (*_un_sentences(), *_alignment_sentences()):
        if s.text not in seen:
            seen.add(s.text)
            pool.append(s)
    if not pool:
        raise FileNotFoundError(f"no sentences found under {SHARED}")
    return pool


def vocabulary(pool: list[Sentence]) -> list[str]:
    """Content words of the pool, sorted (a set's order would vary between runs)."""
    return sorted({w for s in pool for w in s.text.split() if w.isalpha() and len(w) >= 4})


def reword(text: str, rng: random.Random, vocab: list[str], ops: int) -> str:
    """A few words replaced, inserted or deleted: what a drafter does to a clause."""
    words = text.split()
    for _ in range(ops):
        op = rng.random()
        k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        if op < 0.5 and len(words) > 1:
            words[k] = rng.choice(vocab)
        elif op < 0.8 or len(words) < 6:
            words.insert(k, rng.choice(vocab))
        else:
            del words[k]
    return " ".join(words)


class SentenceSource:
    """Hands out each pool sentence once in shuffled order; then variants, round after round.

    A variant is the sentence with two small rewordings, so a 300k-word document reusing the pool four
    times has no exact duplicates but many near-duplicates -- harder for the aligner, not easier.
    """

    def __init__(self, pool: list[Sentence], vocab: list[str], seed: str) -> None:
        self.pool, self.vocab, self.seed = pool, vocab, seed
        self.used: set[str] = set()
        self._it = self._sentences()

    def _sentences(self) -> Iterator[Sentence]:
        rnd = 0
        while True:
            order = list(self.pool)
            random.Random(f"{self.seed}|shuffle|{rnd}").shuffle(order)
            for s in order:
                text = s.text
                attempt = 0
                while rnd and (text == s.text or text in self.used):
                    text = reword(s.text, random.Random(f"{s.text}|{rnd}|{attempt}"), self.vocab, 2)
                    attempt += 1
                if text in self.used:
                    continue
                self.used.add(text)
                yield Sentence(text, s.lang)
            rnd += 1

    def take(self) -> Sentence:
        return next(self._it)


# --------------------------------------------------------------------------- documents


@dataclass
class ListSentence:
    lead: str
    items: list[str]
    tail: str

    def render(self) -> str:
        items = self.items
        joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        return f"{self.lead} {joined} {self.tail}"


Unit = Sentence | ListSentence


@dataclass
class Para:
    units: list[Unit]
    numbered: bool = False
    verb: str | None = None
    subs: list[Unit] = field(default_factory=list)


def _unit_text(u: Unit) -> str:
    return u.render() if isinstance(u, ListSentence) else u.text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _strip_end(text: str) -> str:
    return text.rstrip(" .;:,")


def render(paras: list[Para]) -> str:
    """Plain text, one paragraph per line, blank lines between paragraphs (numbering done here, so a moved
    or inserted paragraph renumbers the rest, as in a real draft)."""
    out = []
    number = 0
    for p in paras:
        texts = [_unit_text(u) for u in p.units]
        if not texts and not p.subs:
            continue
        if p.numbered:
            number += 1
            first = f"{p.verb} {_lower_first(texts[0])}" if p.verb and texts else (texts or [""])[0]
            body = " ".join([first, *texts[1:]]).strip()
            if p.subs:
                body = _strip_end(body) + ":"
            lines = [f"{number}. {body}"]
            for k, u in enumerate(p.subs):
                end = "." if k == len(p.subs) - 1 else ";"
                lines.append(f"({_letter(k)}) {_strip_end(_unit_text(u))}{end}")
            out.append("\n".join(lines))
        else:
            out.append(" ".join(texts))
    return "\n\n".join(out) + "\n"


def _letter(k: int) -> str:
    return chr(ord("a") + k) if k < 26 else chr(ord("a") + k // 26 - 1) + chr(ord("a") + k % 26)


def _words(p: Para) -> int:
    n = sum(len(_unit_text(u).split()) for u in (*p.units, *p.subs))
    return n + (1 + len((p.verb or "").split()) if p.numbered else 0) + len(p.subs)


def _list_sentence(rng: random.Random) -> ListSentence:
    lead, tail = rng.choice(_LIST_FRAMES)
    return ListSentence(lead, rng.sample(_LIST_ITEMS, rng.randint(3, 6)), tail)


class Sources:
    """One sentence source per language, so each paragraph is in one language, as in a real document;
    a paragraph's language is drawn in proportion to the pool's words in it."""

    def __init__(self, pool: list[Sentence], seed: str) -> None:
        self.langs = sorted({s.lang for s in pool})
        self.by_lang: dict[str, SentenceSource] = {}
        self.vocab: dict[str, list[str]] = {}
        for lang in self.langs:
            part = [s for s in pool if s.lang == lang]
            self.vocab[lang] = vocabulary(part)
            self.by_lang[lang] = SentenceSource(part, self.vocab[lang], f"{seed}|{lang}")
        self.weights = [sum(len(s.text.split()) for s in pool if s.lang == lang) for lang in self.langs]

    def pick(self, rng: random.Random) -> SentenceSource:
        return self.by_lang[rng.choices(self.langs, self.weights)[0]]


def build_document(sources: Sources, words: int, rng: random.Random) -> list[Para]:
    paras: list[Para] = []
    total = 0
    while total < words:
        source = sources.pick(rng)
        units: list[Unit] = [source.take() for _ in range(rng.randint(3, 8))]
        english = isinstance(units[0], Sentence) and units[0].lang == "en"
        if english and rng.random() < 0.3:
            units[rng.randrange(1, len(units))] = _list_sentence(rng)
        p = Para(units)
        if rng.random() < 0.3:
            p.numbered = True
            if english and not units[0].text.split()[0].endswith(("s", "ing", "ed")):
                p.verb = rng.choice(_OPERATIVE)
            if rng.random() < 0.35 and len(units) >= 5:
                cut = rng.randint(1, 2)
                p.units, p.subs = units[:cut], units[cut:]
        paras.append(p)
        total += _words(p)
    return paras


def edit_document(paras: list[Para], sources: Sources, rng: random.Random) -> list[Para]:
    """A revised draft: sentence deletions, insertions of fresh sentences, rewordings, list growth,
    paragraph moves. Fresh sentences come from the same source, so they are not in the original."""
    out = copy.deepcopy(paras)

    def edit_units(units: list[Unit], lang: str) -> list[Unit]:
        new: list[Unit] = []
        for u in units:
            r = rng.random()
            if isinstance(u, ListSentence):
                if rng.random() < EDIT_LIST_GROW:
                    for _ in range(rng.randint(1, 2)):
                        fresh = [x for x in _LIST_ITEMS if x not in u.items]
                        u.items.insert(rng.randint(0, len(u.items)), rng.choice(fresh))
                if rng.random() < 0.05 and len(u.items) > 2:
                    del u.items[rng.randrange(len(u.items))]
                new.append(u)
            elif r < EDIT_DELETE:
                continue
            elif r < EDIT_DELETE + EDIT_REWORD:
                new.append(Sentence(reword(u.text, rng, sources.vocab[lang], rng.randint(1, 3)), u.lang))
            else:
                new.append(u)
            if rng.random() < EDIT_INSERT:
                new.append(sources.by_lang[lang].take())
        return new

    for p in out:
        lang = next((u.lang for u in (*p.units, *p.subs) if isinstance(u, Sentence)), "en")
        p.units = edit_units(p.units, lang)
        p.subs = edit_units(p.subs, lang)
        if p.numbered and p.verb and (not p.units or not isinstance(p.units[0], Sentence)):
            p.verb = None
    out = [p for p in out if p.units or p.subs]
    for _ in range(max(1, round(EDIT_MOVE_PARAGRAPHS * len(out)))):
        p = out.pop(rng.randrange(len(out)))
        out.insert(rng.randrange(len(out) + 1), p)
    return out


def build_pair(words: int, seed: int = 1, unrelated: bool = False) -> tuple[str, str]:
    """(old text, new text) of about ``words`` words each.

    ``unrelated``: two documents from disjoint halves of the pool and no edit relation -- the worst case
    for an aligner, since nothing anchors and every clause is a candidate for every other.
    """
    pool = sentence_pool()
    tag = f"{seed}|{words}|{'unrelated' if unrelated else 'edited'}"
    rng = random.Random(f"{tag}|structure")
    if unrelated:
        order = list(pool)
        random.Random(f"{seed}|halves").shuffle(order)
        half = len(order) // 2
        old = build_document(Sources(order[:half], f"{tag}|a"), words, rng)
        new = build_document(Sources(order[half:], f"{tag}|b"), words, rng)
        return render(old), render(new)
    sources = Sources(pool, tag)
    old = build_document(sources, words, rng)
    new = edit_document(old, sources, random.Random(f"{tag}|edits"))
    return render(old), render(new)


def write_pair(directory: Path, words: int, seed: int = 1, unrelated: bool = False) -> tuple[Path, Path]:
    """Write (or reuse from an earlier run) ``old.txt`` and ``new.txt`` in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    old_path, new_path = directory / "old.txt", directory / "new.txt"
    stamp = directory / "VERSION"
    key = f"{VERSION} {words} {seed} {unrelated}"
    if not (old_path.exists() and new_path.exists() and stamp.exists() and stamp.read_text() == key):
        old, new = build_pair(words, seed, unrelated)
        old_path.write_text(old, encoding="utf-8")
        new_path.write_text(new, encoding="utf-8")
        stamp.write_text(key)
    return old_path, new_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--unrelated", action="store_true")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    old, new = write_pair(args.out, args.words, args.seed, args.unrelated)
    for p in (old, new):
        print(f"{p}: {len(p.read_text(encoding='utf-8').split())} words")


if __name__ == "__main__":
    main()
