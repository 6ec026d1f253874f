"""The function words and word classes of each language that the list grammar needs.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    refusal dismissal disposal arrival survival reversal appraisal burial retrieval deferral upheaval
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
# Words that say how much of a thing is meant ("any arms", "all vessels"), in every rule that reads them.
QUANTIFIERS = _words("any all no every each")

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
