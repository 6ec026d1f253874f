"""Find the enumerations (inline lists of items) in the text of one clause or paragraph.

Readers of drafts want "which items came in, which went out", so this finds lists such as
"coal, iron, iron ore and textiles" and the words that introduce them. It is a small rule-based parser,
not a model: a sentence is cut into regions at hard punctuation, regions into comma segments, and a list
is a run of short noun-phrase segments closed by a conjunction ("and", "or", "as well as", "und", "et"...).
Precision matters more than recall -- a wrongly reported "added" item misleads -- so anything that looks
like a date, a place ("Seoul, South Korea"), an apposition ("Biegun, the U.S. envoy, said") or a run of
clauses or adjectives is rejected rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .lemmas import detect_language

__all__ = ["Enumeration", "find_enumerations", "intro_before", "item_phrase", "item_tokens", "lexicon"]


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list found in a text: what introduces it and the character spans of its items."""

    intro: str
    items: list[tuple[int, int]] = field(hash=False)


# --------------------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The function words of one language that the list grammar needs."""

    lang: str
    conj: frozenset[str]  # a conjunction that closes a list
    conj_multi: tuple[tuple[str, ...], ...]  # multi-word closing conjunctions ("as well as")
    cues: tuple[tuple[str, ...], ...]  # words that announce a list ("such as", "including")
    weak_cues: tuple[tuple[str, ...], ...]  # words after which a list may start ("involving", "except")
    strip: frozenset[str]  # leading words trimmed from an item ("the", "and", "also")
    det: frozenset[str]  # words that open a noun phrase
    prep: frozenset[str]  # prepositions: end an item unless the list's items all carry them
    inner_prep: frozenset[str]  # prepositions that stay inside an item ("iron ore of all kinds")
    stop: frozenset[str]  # finite verbs, pronouns, subordinators: never part of an item
    verbs: frozenset[str]  # base-form verbs: an item led by one (+ object) is a verb phrase
    nouns_capitalised: bool = False
    conj_starts: frozenset[str] = frozenset()  # first words of ``conj_multi``, for a quick test
    cue_starts: frozenset[str] = frozenset()  # first words of all cues

    def __post_init__(self) -> None:
        object.__setattr__(self, "conj_starts", frozenset(m[0] for m in self.conj_multi))
        object.__setattr__(self, "cue_starts", frozenset(c[0] for c in (*self.cues, *self.weak_cues)))


_EN_VERBS = _words(
    """import export supply sell buy purchase transfer provide ban prohibit lift impose include exempt
    allow permit prevent cover target ship deliver acquire produce manufacture send receive use combat
    enhance grow promote ensure reduce increase support strengthen develop improve facilitate take make give
    get keep bring build create establish maintain protect restore end stop start continue implement
    consider urge call ask request decide adopt approve reject accept return resume remove extend expand
    limit restrict suspend terminate review monitor report assist help meet hold seek pursue achieve
    address avoid refrain comply cooperate co-operate respect recognize recognise condemn welcome reaffirm
    demand encourage invite note express emphasize emphasise stress underline recall affirm determine
    authorize authorise endorse requests decides urges calls notes welcomes reaffirms expresses demands
    condemns recalls emphasizes stresses encourages invites acknowledges underlines affirms determines
    considers recognizes authorizes approves endorses decide pay raise cut fight lower boost open close
    enter leave join form run set put""",
)

EN = Lexicon(
    lang="en",
    conj=_words("and or nor and/or"),
    conj_multi=(("as", "well", "as"),),
    cues=(
        ("such", "as"),
        ("including",),
        ("include",),
        ("includes",),
        ("included",),
        ("namely",),
        ("e.g.",),
        ("i.e.",),
        ("in", "particular"),
        ("for", "example"),
        ("for", "instance"),
    ),
    weak_cues=(
        ("notably",),
        ("especially",),
        ("particularly",),
        ("like",),
        ("involving",),
        ("concerning",),
        ("regarding",),
        ("excluding",),
        ("except",),
        ("notwithstanding",),
        ("incl.",),
    ),
    strip=_words("and or nor a an the also both either neither as well plus"),
    det=_words("a an the all any some its their his her our these those this each every no such"),
    prep=_words(
        """of on for in into onto to from with without by at against about over under between among
        through during before after toward towards within across upon via per beyond behind near
        throughout therefrom thereof therein thereto hereto therewith notwithstanding pursuant"""
    ),
    inner_prep=_words("of"),
    stop=_words(
        """is are was were be been being am has have had having will would can could shall should may
        might must do does did said says say told added began begins led made took came went became
        remains remain seems seem won’t won't can’t can't don’t don't doesn’t doesn't isn’t isn't
        aren’t aren't wasn’t wasn't according which who whom whose that where when while whereas because
        since although though if unless whether so but yet than until once whereby it he she they we
        you them him us there here however meanwhile moreover furthermore therefore thus hence
        finally indeed instead nevertheless nonetheless also yesterday today tomorrow recently
        accordingly additionally besides not never met held saw got kept left sent spoke stood
        brought bought built fell felt found grew knew lost meant paid rose sold thought won wrote
        gave ran put"""
    ),
    verbs=_EN_VERBS,
)

DE = Lexicon(
    lang="de",
    conj=_words("und oder sowie bzw. bzw beziehungsweise"),
    conj_multi=(("wie", "auch"),),
    cues=(
        ("wie",),
        ("etwa",),
        ("darunter",),
        ("einschließlich",),
        ("insbesondere",),
        ("nämlich",),
        ("z.B.",),
        ("u.a.",),
        ("unter", "anderem"),
        ("beispielsweise",),
        ("zum", "beispiel"),
    ),
    weak_cues=(("ausgenommen",), ("außer",), ("betreffend",), ("bezüglich",)),
    strip=_words("und oder sowie der die das den dem des ein eine einen einem einer eines auch"),
    det=_words(
        "der die das den dem des ein eine einen einem einer eines alle aller allen alles kein keine "
        "keinen keiner sein seine ihre ihren ihrer diese dieser diesen dieses jede jeder jedes"
    ),
    prep=_words(
        """auf für von vom mit aus bei nach zu zur zum über unter gegen ohne um durch in im an am vor
        hinter neben zwischen seit während wegen trotz innerhalb außerhalb bis ab"""
    ),
    inner_prep=_words("von aus"),
    stop=_words(
        """ist sind war waren wird werden wurde wurden hat haben hatte hatten soll sollen sollte sollten
        kann können konnte konnten muss müssen musste darf dürfen sagte sagt sagten sei seien wäre
        dass weil wenn ob obwohl während als aber sondern doch jedoch denn er sie es wir ich ihr man
        nicht auch noch bereits schon laut gemäß zufolge heute gestern morgen"""
    ),
    verbs=frozenset(),
    nouns_capitalised=True,
)

FR = Lexicon(
    lang="fr",
    conj=_words("et ou ni"),
    conj_multi=(("ainsi", "que"), ("de", "même", "que")),
    cues=(
        ("tels", "que"),
        ("telles", "que"),
        ("tel", "que"),
        ("telle", "que"),
        ("comme",),
        ("notamment",),
        ("y", "compris"),
        ("à", "savoir"),
        ("en", "particulier"),
        ("par", "exemple"),
    ),
    weak_cues=(("dont",), ("sauf",), ("excepté",), ("concernant",)),
    strip=_words("et ou ni le la les l’ l' un une des du de d’ d' aussi également"),
    det=_words(
        "le la les un une des du de ces ce cette cet leurs leur ses son sa tous toutes tout toute "
        "aucun aucune chaque"
    ),
    prep=_words("à au aux pour sur avec sans par dans en contre vers entre chez sous après avant depuis"),
    inner_prep=_words("de du des d’ d'"),
    stop=_words(
        """est sont était étaient sera seront a ont avait avaient doit doivent peut peuvent pourrait
        serait fut qui que qu’ qu' dont où lorsque quand si car mais selon il elle ils elles nous vous
        on ne pas plus déjà aussi également hier aujourd’hui demain se s’ s' lui"""
    ),
    verbs=frozenset(),
)

_LEXICONS = {"en": EN, "de": DE, "fr": FR}


def lexicon(lang: str) -> Lexicon:
    return _LEXICONS.get(lang, EN)


# Single words that look like adjectives: "security, economic and energy benefits" shares one head noun.
_ADJ_SUFFIXES = ("ical", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ial", "al", "ian", "ar")
_ADJ_SUFFIXES_FR = ("ique", "aire", "elle", "el", "ale", "al", "aux", "if", "ive", "eux", "euse", "ienne")
_NOT_ADJ = _words(
    """coal charcoal metal material mineral animal capital signal canal arsenal hospital cereal journal
    rival crystal petrol tribunal proposal approval removal withdrawal renewal referral denial trial
    official individual terminal principal professional criminal national general admiral
    festival interval manual total portal medal scandal ritual plastic fabric music traffic logic
    republic clinic tactic topic explosive motive archive executive representative narrative
    initiative derivative additive locomotive secretary library summary boundary salary anniversary
    diary commentary dictionary sugar car bar star war cigar vinegar seminar radar collar pillar solar
    lunar dollar scholar calendar molar nectar grammar caviar tar cedar sonar lumber vessel
    dispensary infirmary sanctuary subsidiary beneficiary missionary emissary auxiliary functionary
    mercenary stationery rosary aviary granary estuary itinerary glossary
    matériel métal minerai sel miel ciel hôtel tunnel canal journal animal capital signal arsenal
    hôpital cheval général"""
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_WEEKDAYS = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    r"Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_MONTH_WORDS = frozenset(
    w.lower()
    for w in re.findall(r"[^\W\d_]+", _MONTHS + "|" + _WEEKDAYS)
    if len(w) > 2 and w not in ("uary", "ruary", "ril", "ust", "ember", "ober", "day")
) | frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "monday tuesday wednesday thursday friday saturday sunday"
    )
)

_DATE_COMMAS = [
    re.compile(rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(,)\s*\d{{4}}\b"),  # March 6, 2019
    re.compile(rf"\b(?:{_WEEKDAYS})(,)\s+(?=\d|{_MONTHS}|the\b|den\b|le\b)"),  # Saturday, Dec. 14
    re.compile(r"\d(,)(?=\d)"),  # 1,000 and 2,5 (decimal comma)
]
_ABBREV = re.compile(
    r"\b(?:(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|No|Nos|Art|Arts|para|paras|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|vs|Co|Corp|Inc|Ltd|Gen|Sen|Rep|Gov|Amb|Prof|approx|cf|fig|vol|pp|Abs|Nr|bzw|"
    r"ca|usw|vgl|Mme|Mlle|etc|resp|Ziff|lit|Rev|Fr|Jr|Sr|Mt|Ft|Ave|Blvd)\.|[A-Z]\.)"
)
_ORDINAL_DOT = re.compile(rf"\b\d{{1,2}}(\.)\s+{_MONTHS}\b")  # 14. März
_QUOTES = '“”„«»"‟〝〞'
_HARD = re.compile(rf"[.!?](?=[\s{_QUOTES}’)]|$)|[;:{_QUOTES}]|\s[-–—]\s|[–—]")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'’/&.][^\W_]+)*%?")


class _Tok(NamedTuple):  # a tuple: lists are read token by token and tuples are cheap to make
    text: str
    low: str
    start: int
    end: int
    cap: bool  # starts with a capital letter
    numeric: bool  # digits and no letters: "2019", "1,000", "90%"


def item_tokens(text: str) -> list[tuple[str, int, int]]:
    """The word tokens of a text as (word, start, end); shared with item matching."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        numeric = not _HAS_ALPHA.search(w)
        out.append(_Tok(w, w.lower(), m.start(), m.end(), w[:1].isupper(), numeric))
    return out


_HAS_ALPHA = re.compile(r"[^\W\d_]")
_ANY_CONJ = re.compile(
    r"(?i)(?<!\w)(?:and|or|nor|and/or|as well as|und|oder|sowie|bzw|beziehungsweise|wie auch|et|ou|ni|"
    r"ainsi que|de même que)(?!\w)"
)


# --------------------------------------------------------------------------- text structure


def _mask(text: str) -> str:
    """A same-length copy where commas and dots that do not separate anything are neutralised."""
    chars = list(text)
    for pattern in _DATE_COMMAS:
        for m in pattern.finditer(text):
            chars[m.start(1)] = "\x01"
    for m in _ABBREV.finditer(text):
        for i in range(m.start(), m.end()):
            if chars[i] == ".":
                chars[i] = "\x02"
    for m in _ORDINAL_DOT.finditer(text):
        chars[m.start(1)] = "\x02"
    return "".join(chars)


_BRACKETS = re.compile(r"[()\[\]]")
_BRACKETS_OR_COMMA = re.compile(r"[()\[\],]")


def _paren_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level balanced (...) and [...] groups inside [start, end)."""
    groups: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _BRACKETS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            opened = stack.pop()
            if not stack:
                groups.append((opened, i + 1))
    return groups


@dataclass(slots=True)
class _Region:
    start: int
    end: int
    opener: str  # what precedes it: "start", ":", ";", "quote", "sentence", "dash", "paren"
    labelled: bool = False  # a typed label ("(b)") opened the region and was skipped


def _regions(text: str, masked: str, start: int, end: int, opener: str, depth: int = 0) -> list[_Region]:
    """Split [start, end) at hard punctuation; the contents of parentheses are regions of their own."""
    groups = _paren_groups(text, start, end)
    flat = list(masked[start:end])
    for g0, g1 in groups:
        for i in range(g0 + 1, g1 - 1):
            flat[i - start] = "x" if not masked[i].isspace() else " "
    flat_text = "".join(flat)
    regions: list[_Region] = []
    pos, kind = start, opener
    for m in _HARD.finditer(flat_text):
        b0, b1 = m.start() + start, m.end() + start
        regions.append(_Region(pos, b0, kind))
        ch = m.group().strip()
        kind = {":": ":", ";": ";"}.get(
            ch, "quote" if ch in _QUOTES else "dash" if ch in "-–—" else "sentence"
        )
        pos = b1
    regions.append(_Region(pos, end, kind))
    for r in regions:  # "(b) Coal, iron and iron ore": a typed sub-paragraph label is not an item's text
        m = _LABEL_AT.match(text, r.start, r.end)
        if m and m.end() < r.end:
            r.start, r.labelled = m.end(), True
    if depth < 2:
        for g0, g1 in groups:
            regions.extend(_regions(text, masked, g0 + 1, g1 - 1, "paren", depth + 1))
    return [r for r in regions if text[r.start : r.end].strip()]


@dataclass(slots=True)
class _Segment:
    start: int
    end: int
    toks: list[_Tok]


def _segments(text: str, masked: str, region: _Region) -> list[_Segment]:
    """Comma-separated segments of a region (commas inside parentheses do not count).

    Words inside parentheses stay part of the item they qualify ("Yugoslavia (Serbia and Montenegro)")
    but are neutralised so that their "and" or "of" never structures the outer sentence.
    """
    depth = 0
    cuts = [region.start]
    inside: list[tuple[int, int]] = []
    opened = -1
    for m in _BRACKETS_OR_COMMA.finditer(masked, region.start, region.end):
        i, ch = m.start(), m.group()
        if ch in "([":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                inside.append((opened, i))
        elif ch == "," and depth == 0:
            cuts.append(i)
    cuts.append(region.end)
    out = []
    for k in range(len(cuts) - 1):
        s = cuts[k] + (1 if k > 0 else 0)
        e = cuts[k + 1]
        toks = _tokens(text, s, e)
        if inside:
            toks = [_opaque(t) if any(o < t.start < c for o, c in inside) else t for t in toks]
        out.append(_Segment(s, e, toks))
    return out


def _opaque(tok: _Tok) -> _Tok:
    """A word inside parentheses: it belongs to the item but is no function word of the sentence."""
    return _Tok(tok.text, "\x00" + tok.low, tok.start, tok.end, tok.cap, tok.numeric)


# --------------------------------------------------------------------------- token tests


def _is_numeric(tok: _Tok) -> bool:
    return tok.numeric


# "and" inside a name is not a list conjunction: "Bosnia and Herzegovina", "Serbia and Montenegro".
_NAME_AND = frozenset(
    {
        ("britain", "northern"),
        ("bosnia", "herzegovina"),
        ("serbia", "montenegro"),
        ("trinidad", "tobago"),
        ("antigua", "barbuda"),
        ("kitts", "nevis"),
        ("vincent", "the"),
        ("tome", "principe"),
        ("turks", "caicos"),
        ("heard", "mcdonald"),
        ("wallis", "futuna"),
        ("st", "kitts"),
        ("bosnien", "herzegowina"),
        ("bosnie", "herzégovine"),
        ("serbien", "montenegro"),
    }
)


def _conj_at(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """Length in tokens of a closing conjunction starting at ``toks[i]`` (0 if none)."""
    low = toks[i].low
    if low in lex.conj:
        if 0 < i < len(toks) - 1 and (toks[i - 1].low, toks[i + 1].low) in _NAME_AND:
            return 0
        return 1
    if low not in lex.conj_starts:
        return 0
    for multi in lex.conj_multi:
        n = len(multi)
        if tuple(t.low for t in toks[i : i + n]) == multi:
            return n
    return 0


def _cue_end(toks: list[_Tok], cues: tuple[tuple[str, ...], ...]) -> int:
    """Index just after the last of ``cues`` in ``toks`` (0 when there is none)."""
    starts = {cue[0] for cue in cues}
    lows = [t.low for t in toks]
    for i in range(len(lows) - 1, -1, -1):
        if lows[i] not in starts:
            continue
        for cue in cues:
            n = len(cue)
            if tuple(lows[i : i + n]) == cue:
                return i + n
    return 0


def _starts_with_cue(toks: list[_Tok], lex: Lexicon) -> bool:
    if not toks or toks[0].low not in lex.cue_starts:
        return False
    lows = tuple(t.low for t in toks[:3])
    return any(lows[: len(cue)] == cue for cue in (*lex.cues, *lex.weak_cues))


def _is_adverb(tok: _Tok) -> bool:
    w = tok.low
    return len(w) > 5 and w.endswith("ly") and w not in _LY_NOUNS


_LY_NOUNS = _words("supply family assembly monopoly anomaly italy daily weekly monthly quarterly jelly")

# Nouns ending in -ing, which may lead an item ("clothing, bedding and footwear").
_ING_NOUNS = _words(
    """clothing bedding building buildings housing shipping training funding financing banking mining
    fishing lighting packaging printing engineering manufacturing processing heating plumbing cooking
    catering advertising accounting servicing refining drilling smelting welding tooling wiring roofing
    flooring seasoning dressing footing landing ceiling evening morning meeting meetings hearing briefing
    ruling bombing shelling killing killings trafficking smuggling dumping labelling labeling marketing
    trading licensing leasing lending handling pricing planning monitoring reporting recycling bearing
    bearings casting castings fittings fitting piping tubing railing netting sling stockpiling rolling
    sewing washing cutting drinking living operating spinning weaving boring grinding milling mixing measuring
    lifting cleaning sporting hunting firing freezing cooling"""
)


def _is_verb_form(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A participle or finite verb inside a would-be item: "exported therefrom", "originating in"."""
    t = toks[i]
    if lex.lang != "en" or len(t.low) < 4:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.cap:  # "Reaffirming the sovereignty", "Noting resolutions": a sentence-initial participle
        return i == 0 and t.low.endswith("ing") and t.low not in _ING_NOUNS and nxt is not None
    if t.low in lex.prep or t.low in lex.det or t.low in lex.strip or _conj_at(toks, i, lex):
        return False
    if nxt is not None and nxt.low in _VERB_OBJECT_DETS:
        return True  # "defines a unique situation": nouns are not followed by an article
    if len(t.low) < 5:
        return False
    if t.low.endswith("ing") and t.low not in _ING_NOUNS:
        if i == 0:
            return True
        return (
            nxt is None
            or nxt.low in lex.prep
            or nxt.low in lex.det
            or nxt.cap
            or _conj_at(toks, i + 1, lex) > 0
        )
    if t.low.endswith("ed") and not t.low.endswith("eed"):
        if i == 0:  # "based on", "dispatched pursuant to"
            return nxt is not None and nxt.low in lex.prep
        return nxt is None or nxt.low in lex.prep or nxt.low in lex.det or nxt.low == "to" or _is_adverb(nxt)
    return False


_VERB_OBJECT_DETS = _words("a an the its their his her our these those this")


def _breaks_item(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """True if ``toks[i]`` cannot be inside a noun-phrase item."""
    t = toks[i]
    if t.low in lex.stop:
        # "15 May 1992": the month, not the modal.
        return not (t.text == "May" and any(_is_numeric(x) for x in toks[max(0, i - 1) : i + 2]))
    if _is_verb_form(toks, i, lex):
        return True
    if lex.lang == "en" and i > 0 and t.low in lex.verbs and toks[i - 1].low == "to":
        return True
    # German nouns are capitalised; a lower-case word after one is a verb, adverb or particle.
    return bool(
        lex.nouns_capitalised
        and i > 0
        and not t.cap
        and toks[i - 1].cap
        and t.low not in lex.inner_prep
        and t.low not in lex.det
        and not _is_numeric(t)
    )


def _is_prep(tok: _Tok, lex: Lexicon) -> bool:
    """A preposition that ends an item ("for", "on"); not "of"/"de", which items often contain."""
    return tok.low in lex.prep and tok.low not in lex.det and tok.low not in lex.inner_prep


def _item_like(toks: list[_Tok], lex: Lexicon, max_len: int = 8) -> bool:
    """A comma segment that can stand as one list item (a short noun phrase)."""
    if not toks or len(_content(toks, lex)) > max_len:
        return False
    first = toks[0]
    if _is_prep(first, lex) or first.low in lex.inner_prep and first.low not in lex.det:
        return False
    if first.low in lex.stop or _is_adverb(first) or _conj_at(toks, 0, lex) or _starts_with_cue(toks, lex):
        return False
    if first.low in ("to", "zu", "pour", "those", "these") or first.low in _MONTH_WORDS:
        return False
    if lex.lang == "en" and _verbish(first, lex) and len(toks) > 1 and toks[1].low in lex.det:
        return False
    conjs = 0
    inside_pp = False  # "a ban on seafood and textile exports": the conjunction is inside the object
    for i in range(len(toks)):
        if i > 0 and _conj_at(toks, i, lex):
            conjs += 1
            continue
        if _breaks_item(toks, i, lex):
            return False
        if i > 0 and conjs == 0 and (_is_prep(toks[i], lex) or toks[i].low in lex.inner_prep):
            inside_pp = True
    if conjs > 1 or (conjs == 1 and len(toks) > 5 and not inside_pp):
        return False
    last = toks[-1]
    if len(toks) > 1 and (last.low in lex.prep or last.low in lex.det or last.low in lex.inner_prep):
        return False  # "all existing contractual arrangements with"
    if lex.lang == "en" and len(toks) > 1 and not last.cap and _adjectival(last, lex):
        return False  # "Iraq's biological": the noun this adjective modifies is further on
    return not all(_is_numeric(t) or t.low in _MONTH_WORDS for t in toks)


def _has_prep(toks: list[_Tok], lex: Lexicon) -> bool:
    return any(_is_prep(t, lex) or t.low in lex.inner_prep for t in toks[1:])


def _has_free_prep(toks: list[_Tok], lex: Lexicon) -> bool:
    return any(_is_prep(t, lex) and t.low not in lex.inner_prep for t in toks[1:])


def _opens_with_det(toks: list[_Tok], lex: Lexicon) -> bool:
    return bool(toks) and toks[0].low in lex.det and toks[0].low not in lex.inner_prep


def _adjectival(tok: _Tok, lex: Lexicon) -> bool:
    """A word that modifies a noun rather than naming a thing ("economic", "nuclear", "related")."""
    w = tok.low
    if lex.nouns_capitalised:
        return not tok.cap and not _is_numeric(tok)
    if w in _COMMON_ADJ:
        return True
    if w in _NOT_ADJ or len(w) <= 4 or _is_numeric(tok):
        return False
    if lex.lang == "fr":
        return w.endswith(_ADJ_SUFFIXES_FR)
    if tok.cap:  # Title Case names are nouns, but "Asphyxiating, Poisonous or Other Gases" is not
        return w.endswith(("ous", "ive", "ical", "ing")) and w not in _ING_NOUNS
    if w.endswith("ent") and not w.endswith("ment") and w not in _ENT_NOUNS:
        return True  # "persistent", "independent"
    return w.endswith(_ADJ_SUFFIXES) or (w.endswith("ed") and not w.endswith("eed"))


_COMMON_ADJ = _words(
    """safe secure free full fair open direct indirect new old large small major minor main key basic high
    low public private civil special general whole certain other various several further additional
    relevant important significant necessary appropriate humanitarian"""
)
_ENT_NOUNS = _words(
    """agent agents patient student parent president resident client talent accident incident event rent
    tent percent content extent intent solvent detergent reagent continent current component opponent
    respondent correspondent dependent ingredient element"""
)


def _content(item: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """The item without its leading determiners and conjunctions."""
    i = 0
    while i < len(item) - 1 and (item[i].low in lex.det or item[i].low in lex.strip):
        i += 1
    return item[i:]


# --------------------------------------------------------------------------- list pieces


@dataclass(slots=True)
class _Last:
    toks: list[_Tok]
    verb_follows: bool  # the list is the subject of a following verb ("..., Russia and China are")


def _last_item(
    toks: list[_Tok], lex: Lexicon, parallel_prep: bool, longest: int, short_others: bool
) -> _Last | None:
    """The final item, ended at the first thing that continues the sentence instead of the list."""
    if not toks:
        return None
    first = toks[0]
    if _is_prep(first, lex) or first.low in lex.inner_prep and first.low not in lex.det:
        return None
    if first.low in lex.stop or first.low in ("to", "zu", "those", "these") or _starts_with_cue(toks, lex):
        return None
    out: list[_Tok] = []
    verb_follows = False
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if i > 0 and _conj_at(toks, i, lex):
            # "any other financial or economic resources": adjectives share the head, keep going
            if out and _adjectival(out[-1], lex) and i + 1 < n and toks[i + 1].low not in lex.det:
                out.append(t)
                i += 1
                continue
            break
        if i > 0 and _is_prep(t, lex) and not parallel_prep:
            break
        if i > 0 and t.low in lex.inner_prep and short_others and not parallel_prep:
            break  # "the development, production and stockpiling of weapons": "of" belongs to all
        if _breaks_item(toks, i, lex):
            if i == 0:
                return None
            verb_follows = t.low in lex.stop and t.low not in _SUBORDINATE
            break
        if i > 0 and (t.low in ("as", "than", "so", "to") or _starts_with_cue(toks[i:], lex)):
            break
        out.append(t)
        i += 1
    while out and _conj_at(out, len(out) - 1, lex):
        out.pop()
    if not out or len(out) > max(8, longest + 3):
        return None
    return _Last(out, verb_follows)


def _verbish(tok: _Tok, lex: Lexicon) -> bool:
    """A verb of the lexicon in any simple form: "exempt", "exempts", "exempted" is left to -ed rules."""
    w = tok.low
    if w in lex.verbs:
        return True
    if w.endswith("es") and w[:-2] in lex.verbs:
        return True
    return w.endswith("s") and w[:-1] in lex.verbs


def _verb_here(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """ "can import bolts", "let the country import bolts": a verb, not a modifier ("on export controls")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return not (
        prev.low in lex.det or _is_prep(prev, lex) or prev.low in lex.inner_prep or _adjectival(prev, lex)
    )


_SUBORDINATE = _words(
    "which who whom whose where when while whereas because since although though if unless whether "
    "according that welche welcher welches weil wenn obwohl laut qui que dont où lorsque selon"
)


def _first_item(
    toks: list[_Tok],
    lex: Lexicon,
    longest: int,
    dets: frozenset[str],
    whole_ok: bool,
    verb_follows: bool,
) -> tuple[list[_Tok], bool] | None:
    """The first item, taken from the end of the segment that also holds the list's introduction.

    Returns the tokens and whether a strong cue ("such as", "including") introduced them. ``dets`` are
    the determiners that open the other items when most of them have one ("a ban on ..., a limit on").
    """
    if not toks:
        return None
    det_parallel = bool(dets)
    parenthetical = not whole_ok and _is_prep(toks[0], lex) and toks[0].low not in ("to", "zu")
    cue = _cue_end(toks, lex.cues)
    weak = _cue_end(toks, lex.weak_cues)
    mark = max(cue, weak)
    if 0 < mark < len(toks):
        after = toks[mark:]
        if _item_like(after, lex, max(8, longest + 3)):
            return after, cue >= weak
        toks = after
    elif mark == len(toks):
        return None
    whole_fits = len(_content(toks, lex)) <= max(longest, 2) and (not dets or toks[0].low in dets)
    if whole_ok and whole_fits and _item_like(toks, lex, max(longest + 2, 4)):
        return toks, False
    if verb_follows and toks[0].low in _SUBORDINATE and not toks[0].cap:
        # "..., which acquired a draft sent to members, China and Russia are pushing": the comma ends a clause
        return None
    # Walk back from the end while the words can belong to a noun phrase.
    out: list[_Tok] = []
    cap = max(1, longest)
    limit = cap + 3 if det_parallel else cap
    found_det = False
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t.low in lex.det and t.low not in lex.inner_prep:
            if det_parallel and t.low not in dets:
                break
            out.insert(0, t)
            found_det = True
            break
        if (
            ((_is_prep(t, lex) or t.low in lex.inner_prep) and not det_parallel)
            or (_conj_at(toks, i, lex) and not det_parallel)
            or _breaks_item(toks, i, lex)
            or t.low in ("to", "zu", "as", "such")
            or (lex.lang == "en" and not t.cap and _verbish(t, lex) and (not out or _verb_here(toks, i, lex)))
            or (lex.lang == "en" and out and not t.cap and t.low.endswith("ing") and t.low not in _ING_NOUNS)
            or _is_adverb(t)
        ):
            break
        if len(out) >= limit and not (lex.lang != "de" and i > 0 and t.cap and out[0].cap):
            break  # "North Korea, Japan and China": a name runs on past the other items' length
        out.insert(0, t)
    if det_parallel and not found_det:
        return None
    while out and (_is_prep(out[0], lex) or out[0].low in lex.inner_prep or _conj_at(out, 0, lex)):
        out = out[1:]
    if not out or not _item_like(out, lex, max(8, longest + 3)):
        return None
    if parenthetical and not mark and toks.index(out[0]) > 1:
        # "Prohibit, by their nationals or from their territory, the supply of aircraft or components":
        # a phrase set off by commas is not where a list starts (but ", for iron, lead and copper" is)
        return None
    return out, False


def _trim(text: str, toks: list[_Tok], lex: Lexicon) -> tuple[int, int] | None:
    """Character span of an item without leading articles/conjunctions and trailing punctuation."""
    i = 0
    while i < len(toks) - 1 and toks[i].low in lex.strip:
        i += 1
    toks = toks[i:]
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    if lex.lang == "fr" and re.match(r"(?i)(?:l|d)['’]\w", text[start : start + 3]):
        start += 2
    inner = text[start:end]
    if inner.count("(") > inner.count(")"):
        close = text.find(")", end)
        if close != -1 and close - end < 40:
            end = close + 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Candidate:
    items: list[list[_Tok]]
    cue: bool
    region: _Region
    after_conj: bool = False  # the first item follows a conjunction inside a segment another list ended


def _shared_head(items: list[list[_Tok]], lex: Lexicon) -> bool:
    """ "security, economic and energy benefits": adjectives that share one head noun are not items."""
    bare = [_content(it, lex) for it in items]
    if lex.lang == "fr":  # adjectives follow the noun: "coopération économique, militaire et politique"
        edge_multi, inner = len(bare[0]) > 1, bare[1:]
    else:
        edge_multi, inner = len(bare[-1]) > 1, bare[:-1]
    all_single = all(len(b) == 1 for b in bare)
    if (edge_multi or all_single) and any(len(b) == 1 and _adjectival(b[0], lex) for b in inner):
        return True
    if lex.lang != "fr":  # "all nuclear, strategic and conventional weapons"
        for k in range(len(bare) - 1):
            if len(bare[k]) == 1 and _adjectival(bare[k][0], lex) and len(bare[k + 1]) > 1:
                return True
    return all_single and all(_adjectival(b[0], lex) for b in bare)


def _verb_phrases(items: list[list[_Tok]], lex: Lexicon, before: _Tok | None) -> bool:
    """ "to combat COVID-19, enhance livelihoods, and grow the economy" lists actions, not items."""
    if lex.lang != "en":
        return False
    if before is not None and before.low == "to" and items[0][0].low in lex.verbs:
        return True
    return any(len(it) > 1 and _verbish(it[0], lex) and it[1].low in lex.det for it in items)


_COPULAS = _words(
    "is are was were be been being become became seem seems seemed remain remains ist sind est sont"
)


def _nouny(items: list[list[_Tok]], lex: Lexicon) -> bool:
    """Do the items read as things (plural, determined, or capitalised German nouns)?"""
    for it in items:
        last = it[-1]
        if lex.nouns_capitalised and last.cap:
            return True
        if len(it) > 1 and it[0].low in lex.det:
            return True
        if last.low.endswith("s") and not last.low.endswith(("ss", "ous")):
            return True
    return False


def _valid(items: list[list[_Tok]], cue: bool, lex: Lexicon, before: _Tok | None) -> bool:
    if len(items) < 2 or (len(items) == 2 and not cue):
        return False
    if len(items) == 2 and any(len(_content(it, lex)) > 4 or _has_prep(it, lex) for it in items):
        return False  # "including any transfer of funds to Iraq or Kuwait": a phrase, not two things
    if any(not it for it in items):
        return False
    if any(all(_is_numeric(t) or t.low in _MONTH_WORDS for t in it) for it in items):
        return False
    if before is not None and before.low in _COPULAS and not _nouny(items, lex):
        return False  # "he was tired, hungry and cold"
    return not (_shared_head(items, lex) or _verb_phrases(items, lex, before))


def _region_candidates(text: str, segs: list[_Segment], region: _Region, lex: Lexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    used_until = -1  # character offset up to which an accepted list already consumed the region
    for j, seg in enumerate(segs):
        toks = [t for t in seg.toks if t.start >= used_until]
        for conj_i in range(1 if j == 0 else 0, len(toks)):
            conj_n = _conj_at(toks, conj_i, lex)
            if not conj_n:
                continue
            cand = _build(segs, j, toks, conj_i, conj_n, region, lex, used_until)
            if cand is not None and not _continues(segs, j, cand, region, lex, used_until):
                found.append(cand)
                used_until = cand.items[-1][-1].end
            break  # only the first conjunction of a segment can close a list that runs through commas
    return found


def _continues(
    segs: list[_Segment], j: int, cand: _Candidate, region: _Region, lex: Lexicon, used_until: int
) -> bool:
    """Is the list closed in segment ``j`` ("medical supplies and equipment") part of a longer one?"""
    start = cand.items[0][0].start
    for j2 in range(j + 1, len(segs)):
        toks = segs[j2].toks
        for conj_i in range(len(toks)):
            conj_n = _conj_at(toks, conj_i, lex)
            if conj_n:
                later = _build(segs, j2, toks, conj_i, conj_n, region, lex, used_until)
                return later is not None and later.items[0][0].start <= start
        if not _item_like(toks, lex):
            return False
    return False


def _build(
    segs: list[_Segment],
    j: int,
    toks: list[_Tok],
    conj_i: int,
    conj_n: int,
    region: _Region,
    lex: Lexicon,
    used_until: int,
) -> _Candidate | None:
    """Try to read a list that ends in segment ``j`` at the conjunction ``toks[conj_i]``."""
    y_toks = toks[:conj_i]
    z_toks = toks[conj_i + conj_n :]
    middles: list[list[_Tok]] = []
    first_seg: list[_Tok] | None = None
    first_is_region_start = False
    after_conj = False
    # A middle segment with a preposition ("a declaration on the locations") is an item only when the
    # items at the end of the list have one too ("a limit on imports, and a ban on exports").
    tail_prep = _has_free_prep(y_toks, lex) or _has_free_prep(z_toks[:5], lex)
    if y_toks:
        if j == 0 or segs[j].start < used_until:
            first_seg = y_toks  # "such as coal and iron": the cue and item one share the segment
            first_is_region_start = j == 0 and segs[0].start >= used_until
        elif _item_like(y_toks, lex):
            middles.append(y_toks)
        elif 0 < _cue_end(y_toks, lex.cues) < len(y_toks):
            first_seg = y_toks  # "..., including coal and iron"
            first_is_region_start = False
        else:
            return None
    if first_seg is None:
        for i in range(j - 1, -1, -1):
            seg = segs[i]
            stoks = [t for t in seg.toks if t.start >= used_until]
            if not stoks:
                break
            if len(stoks) < len(seg.toks):  # another list ended inside this segment
                k = _conj_at(stoks, 0, lex)
                after_conj = k > 0
                first_seg = stoks[k:]
                first_is_region_start = after_conj
                break
            if i > 0 and _item_like(stoks, lex) and (tail_prep or not _has_free_prep(stoks, lex)):
                middles.insert(0, stoks)
                continue
            first_seg = stoks
            first_is_region_start = i == 0
            break
    longest = max((len(m) for m in middles), default=1)
    parallel_prep = bool(middles) and all(_has_prep(m, lex) for m in middles)
    short_others = bool(middles) and all(len(_content(m, lex)) <= 2 for m in middles)
    last = _last_item(z_toks, lex, parallel_prep, longest, short_others)
    if last is None:
        return None
    others = [*middles, last.toks]
    longest = max(len(o) for o in others)
    opening = [_opens_with_det(o, lex) for o in others]
    dets = frozenset(o[0].low for o in others if _opens_with_det(o, lex))
    if not (any(opening) and sum(opening) * 2 >= len(others)):
        dets = frozenset()
    cue = False
    items = list(others)
    before: _Tok | None = None
    if first_seg:
        got = _first_item(first_seg, lex, longest, dets, first_is_region_start, last.verb_follows)
        if got is not None:
            first, cue = got
            items.insert(0, first)
            cue = cue or (region.opener == ":" and first_is_region_start)
            idx = first_seg.index(first[0])
            before = first_seg[idx - 1] if idx > 0 else None
        elif not middles:
            return None
    if (
        not cue
        and len(items) > 2
        and all(len(_content(o, lex)) <= 2 and not _has_prep(o, lex) for o in items[1:])
    ):
        # "any provision of advice, assistance or training": the items are what follows "of"
        head = items[0]
        cut = max(
            (k for k, t in enumerate(head) if k > 0 and (t.low in lex.inner_prep or _is_prep(t, lex))),
            default=0,
        )
        if cut and len(head) - cut - 1 <= 3:
            items[0] = head[cut + 1 :]
            before = head[cut]
    if not _valid(items, cue, lex, before):
        return None
    return _Candidate(items, cue, region, after_conj)


def _semicolon_lists(text: str, regions: list[_Region], lex: Lexicon) -> list[_Candidate]:
    """Parts split by semicolons: after a colon ("the following: coal; iron ore; textiles") or labelled
    inline ("shall prevent (a) the sale of arms; (b) the supply of coal; and (c) ...")."""
    out: list[_Candidate] = []
    regions = [r for r in regions if r.opener != "paren"]
    i = 0
    while i < len(regions):
        r = regions[i]
        nxt = regions[i + 1] if i + 1 < len(regions) else None
        first_start = r.start
        need_label = False
        if r.opener != ":":
            marks = list(_FIRST_LABEL.finditer(text, r.start, r.end))
            if not marks or nxt is None or nxt.opener != ";" or not nxt.labelled:
                i += 1
                continue
            first_start, need_label = marks[-1].end(), True
        run = [(first_start, r.end)]
        k = i + 1
        while k < len(regions) and regions[k].opener == ";" and (regions[k].labelled or not need_label):
            run.append((regions[k].start, regions[k].end))
            k += 1
        i = k
        if len(run) < 2:
            continue
        parts: list[list[_Tok]] = []
        for lo, hi in run:
            body = text[lo:hi]
            if "," in body:
                parts = []
                break
            toks = _tokens(text, lo, hi)
            while toks and _conj_at(toks, 0, lex):
                toks = toks[1:]
            if not _item_like(toks, lex, 10):
                parts = []
                break
            parts.append(toks)
        if len(parts) >= 2 and _valid(parts, True, lex, None):
            out.append(_Candidate(parts, True, r))
    return out


_LABEL_BODY = (
    r"\s*(?:(?:and|or|und|oder|et|ou)\s+)?(?:\(?[a-zA-Z]{1,3}\)|\(?\d{1,3}[.)]|\([ivxlc]+\)|[-•*–·▪◦●])\s+"
)
_LABEL = re.compile("^" + _LABEL_BODY)
_LABEL_AT = re.compile(_LABEL_BODY)
_FIRST_LABEL = re.compile(r"(?<![\w)])\((?:a|A|i|1)\)\s+")


# --------------------------------------------------------------------------- introduction


_OPENERS = _words("to that which who so because when if where whereby dass weil wenn que qui pour afin")


def _intro(text: str, masked: str, start: int) -> str:
    """The words before the first item back to the sentence start, trimmed to the last clause."""
    lo = 0
    for m in re.finditer(r"[.!?](?=\s|$)|[;]|\s[-–—]\s|[–—]", masked[:start]):
        lo = m.end()
    label = _LABEL_AT.match(text, lo, start)
    if label:
        lo = label.end()
    raw = text[lo:start]
    raw = re.sub(r"\s+", " ", raw.replace("\n", " ")).strip(" " + _QUOTES + "(")
    raw = re.sub(r"\s*\(?[a-zA-Z0-9]{1,3}\)$", "", raw.rstrip(":").strip()).rstrip(":").strip()
    words = raw.split()
    for k in range(len(words) - 1, -1, -1):
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if words[k].lower() == "to" and (nxt in EN.det or nxt[:1].isupper() or nxt in EN.prep):
            continue  # "the supply to the country of": a preposition, not an infinitive
        if words[k].lower().strip(",") in _OPENERS and len(words) - k - 1 >= 3:
            words = words[k + 1 :]
            break
        if words[k].endswith(",") and len(words) - k - 1 >= 3:
            words = words[k + 1 :]
            break
    words = words[-12:]
    while len(words) > 1 and words[0].lower() in _LEAD_NOISE:
        words = words[1:]
    return " ".join(words)


_LEAD_NOISE = _words("and or but und oder aber et ou mais of de von")


def intro_before(text: str, pos: int | None = None) -> str:
    """The words that introduce whatever follows ``text[:pos]`` ("... shall prevent the supply of:")."""
    pos = len(text) if pos is None else pos
    return _intro(text, _mask(text), pos)


# --------------------------------------------------------------------------- entry point


def find_enumerations(text: str, lang: str | None = None) -> list[Enumeration]:
    """Every list in ``text`` with item spans relative to ``text``, in reading order.

    ``lang`` ("en", "de", "fr") skips the language guess when the caller already made it.
    """
    if not text or not re.search(r"[,;:]|\b(?:and|or|und|oder|et|ou)\b", text):
        return []
    lex = lexicon(lang or detect_language(text))
    masked = _mask(text)
    regions = _regions(text, masked, 0, len(text), "start")
    regions.sort(key=lambda r: r.start)
    candidates = _semicolon_lists(text, regions, lex)
    taken = [(c.items[0][0].start, c.items[-1][-1].end) for c in candidates]
    accepted: list[_Candidate] = list(candidates)
    for region in regions:
        if not _ANY_CONJ.search(text, region.start, region.end):
            continue
        segs = _segments(text, masked, region)
        for cand in _region_candidates(text, segs, region, lex):
            lo, hi = cand.items[0][0].start, cand.items[-1][-1].end
            if any(lo < t1 and t0 < hi for t0, t1 in taken):
                continue
            merged = False
            if cand.after_conj and accepted:
                prev = accepted[-1]
                if prev.region is region and len(prev.items) > 2 and 0 <= lo - prev.items[-1][-1].end < 12:
                    prev.items.extend(cand.items)
                    taken[-1] = (taken[-1][0], hi)
                    merged = True
            if not merged:
                accepted.append(cand)
                taken.append((lo, hi))
    out: list[Enumeration] = []
    for cand in sorted(accepted, key=lambda c: c.items[0][0].start):
        spans = [s for s in (_trim(text, it, lex) for it in cand.items) if s is not None]
        if len(spans) < 2:
            continue
        out.append(Enumeration(_intro(text, masked, cand.items[0][0].start), spans))
    return out


_ITEM_END = re.compile(r"(?:[\s,;:.]+(?:and|or|und|oder|sowie|et|ou)?)*[\s,;:.]*$", re.IGNORECASE)
_RUN_VERB_NEXT = _words("to that upon on for zu dass que de")


def item_phrase(text: str, max_words: int = 12) -> tuple[int, int] | None:
    """The span of ``text`` read as one list item, or None when it reads as a provision, not a thing.

    For sub-paragraphs and bullets that are items by themselves: "(a) Arms and related materiel; and"
    gives "Arms and related materiel"; "(b) To examine the reports of States;" gives None.
    """
    lex = lexicon(detect_language(text))
    m = _LABEL.match(text)
    start = m.end() if m else 0
    end = _ITEM_END.search(text, start).start()
    toks = _tokens(text, start, end)
    while toks and _conj_at(toks, 0, lex):
        toks = toks[1:]
    found = _item_span(text, toks, lex, max_words)
    if found is None:
        # "fuel for civilian fishing vessels, in quantities notified in advance": the thing is named
        # before its qualification; read that head as the item.
        head = _qualifier_at(text, toks)
        # ...but "Decides, further, that": a provision's verb is never an item.
        if (
            head
            and not _verbish(toks[0], lex)
            and not (head == 1 and toks[0].cap and toks[0].low.endswith("s"))
        ):
            found = _item_span(text, toks[:head], lex, max_words)
    return found


# Words that start a qualification of an item rather than continue its name ("medical supplies intended
# strictly for humanitarian purposes").
_QUALIFIERS = _words(
    "intended destined required needed used notified supplied provided subject exclusively solely strictly "
    "pursuant bestimmt ausschließlich destinés destinées exclusivement"
)


def _qualifier_at(text: str, toks: list[_Tok]) -> int | None:
    """Index of the first token that qualifies rather than names: after a comma, or a qualifier word."""
    for k in range(1, len(toks)):
        if "," in text[toks[k - 1].end : toks[k].start] or toks[k].low in _QUALIFIERS:
            return k
    return None


def _item_span(text: str, toks: list[_Tok], lex: Lexicon, max_words: int) -> tuple[int, int] | None:
    if not toks or len(toks) > max_words:
        return None
    first = toks[0]
    if (
        _is_prep(first, lex)
        or first.low in lex.stop
        or first.low in ("to", "zu", "pour", "not", "nicht", "ne")
    ):
        return None
    if _starts_with_cue(toks, lex) or _is_adverb(first):
        return None
    if len(toks) > 1 and _verbish(first, lex) and (toks[1].low in lex.det or toks[1].low in _RUN_VERB_NEXT):
        return None  # "Decides to remain seized", "Requests the Secretary-General"
    if any(_breaks_item(toks, i, lex) for i in range(len(toks))):
        return None
    if all(_is_numeric(t) or t.low in _MONTH_WORDS for t in toks):
        return None
    return _trim(text, toks, lex)
