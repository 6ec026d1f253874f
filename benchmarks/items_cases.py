"""Annotated edits of real Security Council resolutions for ``items.py`` (issue #13).

Only edit specifications live here -- resolution number, anchor (must occur exactly once; whitespace in it
matches any whitespace, the texts being hard-wrapped), replacement -- and the list items a careful reader
expects, decided by reading the text, never by running the engine. The texts stay in ../shared.

Conventions (shared with the list reader's developer):
- an item is its own words as they stand in the list, without separators and without the conjunction
  before the last item, qualifiers included ("in special humanitarian circumstances, food-stuffs");
- a lettered sub-paragraph, a bullet or a long semicolon item is named by its first words (``prefix``: the
  first six normalised words must agree), without its letter;
- an item that changed in the same slot is *modified*; an item that changed place is kept (not scored);
- titles, citations, dates, votes, pairs of verbs and named parties are not lists;
- ``optional`` marks a genuinely debatable item (mostly two-member coordinations on whole pairs): reporting
  it is neither rewarded nor penalised.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expect:
    status: str  # "added", "removed" or "modified"
    old: tuple[str, ...] = ()  # alternatives for the old text (removed, modified)
    new: tuple[str, ...] = ()  # alternatives for the new text (added, modified)
    prefix: bool = False
    optional: bool = False

    def __str__(self) -> str:
        tag = (" [prefix]" if self.prefix else "") + (" [optional]" if self.optional else "")
        if self.status == "modified":
            return f"modified {' | '.join(self.old)!r} -> {' | '.join(self.new)!r}{tag}"
        return f"{self.status} {' | '.join(self.new or self.old)!r}{tag}"


@dataclass(frozen=True)
class Case:
    id: str
    res: str  # resolution number: ../shared/corpus/un/S-RES-<res>-*.txt
    kind: str
    edits: tuple[tuple[str, str], ...]  # (anchor, replacement), applied in order
    expect: tuple[Expect, ...]
    note: str = ""


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    expect: tuple[Expect, ...]


def _alts(t: str | tuple[str, ...]) -> tuple[str, ...]:
    return (t,) if isinstance(t, str) else tuple(t)


def added(text, prefix=False, optional=False) -> Expect:
    return Expect("added", (), _alts(text), prefix, optional)


def removed(text, prefix=False, optional=False) -> Expect:
    return Expect("removed", _alts(text), (), prefix, optional)


def modified(old, new, prefix=False, optional=False) -> Expect:
    return Expect("modified", _alts(old), _alts(new), prefix, optional)


CASES: list[Case] = []


def case(id: str, res: str, kind: str, edits, expect=(), note: str = "") -> None:
    CASES.append(Case(id, res, kind, tuple(edits), tuple(expect), note))


# =========================================================================== plain inline lists: added

case("232-2a-add-cotton", "232", "inline-add",
     [("pig-iron, sugar, tobacco", "pig-iron, sugar, cotton, tobacco")],
     [added("cotton")])
case("591-3-add-radar", "591", "inline-add",
     [("aircraft engines, aircraft parts,", "aircraft engines, aircraft parts, radar equipment,")],
     [added("radar equipment")])
case("787-9-add-timber", "787", "inline-add",
     [("petroleum products, coal, energy-related", "petroleum products, coal, timber, energy-related")],
     [added("timber")])
case("787-9-add-vessels", "787", "inline-add",
     [("vehicles, aircraft and motors of all types", "vehicles, aircraft, vessels and motors of all types")],
     [added("vessels")], "added before the last item: the conjunction stays with the last one")
case("820-26-add-containers", "820", "inline-add",
     [("rolling stock and aircraft to their owners", "rolling stock, containers and aircraft to their "
                                                     "owners")],
     [added("containers")], "the same list stands in paragraphs 24 and 25, unchanged")
case("687-32-add-financing", "687", "inline-add",
     [("all acts, methods and practices of terrorism", "all acts, methods, financing and practices of "
                                                       "terrorism")],
     [added("financing")])
case("687-25-add-permits", "687", "inline-add",
     [("any contracts, agreements, licences or any other", "any contracts, agreements, licences, permits "
                                                           "or any other")],
     [added("permits")])
case("757-19-add-wfp", "757", "inline-add",
     [("Children’s Fund and the World Health Organization",
       "Children’s Fund, the World Food Programme and the World Health Organization")],
     [added("the World Food Programme")])
case("418-3-add-explosives", "418", "inline-add",
     [("maintenance of arms, ammunition of all types and military",
       "maintenance of arms, explosives, ammunition of all types and military")],
     [added("explosives")])
case("253-1-add-deportations", "253", "inline-add",
     [("arrests, detentions, trials and executions", "arrests, detentions, deportations, trials and "
                                                     "executions")],
     [added("deportations")])
case("841-5-add-explosives", "841", "inline-add",
     [("police equipment and spare parts for the aforementioned, whether",
       "police equipment, explosives and spare parts for the aforementioned, whether")],
     [added("explosives")], "the same list stands in paragraph 6, unchanged: one item, not two")
case("748-5b-add-expertise", "748", "inline-add",
     [("technical advice, assistance or training", "technical advice, assistance, expertise or training")],
     [added("expertise")], "'A, B or C' list")
case("883-6e-add-supervision", "883", "inline-add",
     [("advice, assistance, or training to Libyan pilots",
       "advice, assistance, supervision, or training to Libyan pilots")],
     [added("supervision")], "'A, B, or C' list")
case("883-6e-add-navigators", "883", "inline-add",
     [("Libyan pilots, flight engineers, or aircraft", "Libyan pilots, navigators, flight engineers, or "
                                                       "aircraft")],
     [added("navigators")])
case("687-24d-add-testing", "687", "inline-add",
     [("the design, development, manufacture, use,", "the design, development, testing, manufacture, use,")],
     [added("testing")])
case("687-9a-add-condition", "687", "inline-add",
     [("a declaration on the locations, amounts and types of all items specified in paragraph 8",
       "a declaration on the locations, amounts, condition and types of all items specified in paragraph 8")],
     [added("condition")])
case("820-24-add-containers-end", "820", "inline-add",
     [("these\nvessels, freight vehicles, rolling stock and aircraft may be forfeit",
       "these\nvessels, freight vehicles, rolling stock, aircraft and containers may be forfeit")],
     [added("containers")], "added as the new last item; the first list of paragraph 24 is unchanged")

# =========================================================================== plain inline lists: removed

case("232-2a-rm-chrome", "232", "inline-remove",
     [("iron ore, chrome, pig-iron", "iron ore, pig-iron")],
     [removed("chrome")])
case("591-3-rm-computers", "591", "inline-remove",
     [("telecommunication equipment, computers and four-wheel",
       "telecommunication equipment and four-wheel")],
     [removed("computers")], "the last-but-one item removed: the conjunction moves")
case("787-9-rm-rubber", "787", "inline-remove",
     [("chemicals, rubber, tyres", "chemicals, tyres")],
     [removed("rubber")])
case("820-24-rm-rolling-stock", "820", "inline-remove",
     [("impound all vessels, freight vehicles, rolling stock and aircraft in their territories",
       "impound all vessels, freight vehicles and aircraft in their territories")],
     [removed("rolling stock")], "only the first of the two lists of paragraph 24")
case("253-1-rm-trials", "253", "inline-remove",
     [("arrests, detentions, trials and executions", "arrests, detentions and executions")],
     [removed("trials")])
case("757-19-rm-unicef", "757", "inline-remove",
     [("for Refugees, the United Nations Children’s Fund and the World Health",
       "for Refugees and the World Health")],
     [removed("the United Nations Children’s Fund")])
case("883-6e-rm-assistance", "883", "inline-remove",
     [("provision of advice, assistance, or training to", "provision of advice or training to")],
     [removed("assistance")])
case("687-25-rm-agreements", "687", "inline-remove",
     [("any contracts, agreements, licences", "any contracts, licences")],
     [removed("agreements")])
case("418-2-rm-police", "418", "inline-remove",
     [("military vehicles and equipment, para-military police equipment, and spare parts",
       "military vehicles and equipment, and spare parts")],
     [removed("para-military police equipment")])
case("820-30-rm-conference", "820", "inline-remove",
     [("UNPROFOR, the International Conference on the Former Yugoslavia or the European Community",
       "UNPROFOR or the European Community")],
     [removed("the International Conference on the Former Yugoslavia")])
case("787-9-rm-first-crude-oil", "787", "inline-remove",
     [("to prohibit the transshipment of crude oil, petroleum products, coal,",
       "to prohibit the transshipment of petroleum products, coal,")],
     [removed("crude oil")], "the first item: it must not be swallowed into the list's name")
case("232-2d-rm-military-aircraft", "232", "inline-remove",
     [("ammunition of all types, military aircraft, military vehicles,",
       "ammunition of all types, military vehicles,")],
     [removed("military aircraft")])

# =========================================================================== items with comma-set qualifiers

case("253-3d-rm-publications", "253", "qualifier",
     [("schools and other educational institutions, publications, news material",
       "schools and other educational institutions, news material")],
     [removed("publications")], "the list's last item carries a comma-set qualifier")
case("253-3d-rm-qualified-foodstuffs", "253", "qualifier",
     [("publications,\nnews material and, in special humanitarian circumstances, food-stuffs)",
       "publications and\nnews material)")],
     [removed(("in special humanitarian circumstances, food-stuffs", "food-stuffs"))])
case("661-4-rm-qualified-foodstuffs", "661", "qualifier",
     [("strictly medical or humanitarian purposes and, in humanitarian circumstances,\nfoodstuffs;",
       "strictly medical or humanitarian purposes;")],
     [removed(("in humanitarian circumstances, foodstuffs", "foodstuffs"))])
case("661-3c-add-textbooks", "661", "qualifier",
     [("strictly for medical\npurposes, and, in humanitarian circumstances, foodstuffs,",
       "strictly for medical\npurposes, school textbooks and, in humanitarian circumstances, foodstuffs,")],
     [added("school textbooks")])
case("820-27-add-qualified-fuel", "820", "qualifier",
     [("telecommunications, postal services, legal services",
       "telecommunications, postal services, fuel for civilian fishing vessels, in quantities notified to "
       "the Committee, legal services")],
     [added(("fuel for civilian fishing vessels, in quantities notified to the Committee",
             "fuel for civilian fishing vessels"))])
case("820-27-rm-postal", "820", "qualifier",
     [("telecommunications, postal services, legal services", "telecommunications, legal services")],
     [removed("postal services")], "a list whose items carry qualifiers ('as approved, on a case-by-case "
                                   "basis')")
case("591-3-add-qualified-spares", "591", "qualifier",
     [("computers\nand four-wheel drive vehicles",
       "computers, spare parts, whether or not of military design, and four-wheel drive vehicles")],
     [added(("spare parts, whether or not of military design", "spare parts"))])
case("232-2a-add-qualified-cotton", "232", "qualifier",
     [("sugar, tobacco, copper", "sugar, tobacco, cotton, whether raw or processed, copper")],
     [added(("cotton, whether raw or processed", "cotton"))])
case("748-4b-add-qualified-training", "748", "qualifier",
     [("the certification of airworthiness for Libyan aircraft, the payment",
       "the certification of airworthiness for Libyan aircraft, the training, in any form, of Libyan "
       "aircrew, "
       "the payment")],
     [added(("the training, in any form, of Libyan aircrew", "the training of Libyan aircrew"))])

# =========================================================================== lists with repeated prepositions

case("757-10-rm-conference", "757", "preposition",
     [("Protection Force, to the Conference on Yugoslavia or\nto the European",
       "Protection Force or\nto the European")],
     [removed("to the Conference on Yugoslavia")],
     "'with the Force, the Conference and the Mission' later in the paragraph is unchanged")
case("757-10-add-icrc", "757", "preposition",
     [("to the Conference on Yugoslavia or\nto the European",
       "to the Conference on Yugoslavia, to the International Committee of the Red Cross or\nto the "
       "European")],
     [added("to the International Committee of the Red Cross")])
case("253-4-add-repatriation", "253", "preposition",
     [("for pensions or for strictly medical", "for pensions or for the repatriation of nationals or for "
                                               "strictly medical")],
     [added("for the repatriation of nationals")])
case("253-4-rm-pensions", "253", "preposition",
     [("exclusively\nfor pensions or for strictly medical", "exclusively\nfor strictly medical")],
     [removed("for pensions")])
case("883-8-rm-national", "883", "preposition",
     [("public authorities of Libya, or\nof any Libyan national, or of any Libyan undertaking",
       "public authorities of Libya, or of any Libyan undertaking")],
     [removed("of any Libyan national")])
case("687-29-add-bank", "687", "preposition",
     [("or of any person or body\nin Iraq, or of any person claiming",
       "or of any person or body\nin Iraq, or of any Iraqi bank, or of any person claiming")],
     [added("of any Iraqi bank")])
case("883-8-add-bank", "883", "preposition",
     [("or of any Libyan undertaking as defined in\nparagraph 3 above,",
       "or of any Libyan undertaking as defined in\nparagraph 3 above, or of any Libyan bank,")],
     [added("of any Libyan bank")])

# ====================================================================== items whose own text contains "and"

case("232-2a-rm-meat", "232", "and-item",
     [("copper, meat\nand meat products and hides", "copper and hides")],
     [removed("meat and meat products")])
case("232-2a-add-cotton-products", "232", "and-item",
     [("sugar, tobacco, copper,", "sugar, tobacco, cotton and cotton products, copper,")],
     [added("cotton and cotton products")])
case("591-3-rm-electronic", "591", "and-item",
     [("aircraft parts,\nelectronic and telecommunication equipment, computers", "aircraft "
                                                                                 "parts,\ncomputers")],
     [removed("electronic and telecommunication equipment")])
case("418-2-rm-vehicles", "418", "and-item",
     [("and ammunition, military vehicles and equipment, para-military", "and ammunition, para-military")],
     [removed("military vehicles and equipment")])
case("687-8a-rm-stocks", "687", "and-item",
     [("All chemical and biological weapons and all stocks of\nagents and all related subsystems",
       "All chemical and biological weapons and all related subsystems")],
     [removed("all stocks of agents")], "a list joined by 'and all' throughout")
case("748-5a-add-aircraft", "748", "and-item",
     [("military vehicles and equipment, paramilitary police equipment",
       "military vehicles and equipment, aircraft and aircraft components, paramilitary police equipment")],
     [added("aircraft and aircraft components")])
case("864-19-rm-vehicles", "864", "and-item",
     [("weapons and ammunition, military\nvehicles and equipment and spare parts",
       "weapons and ammunition and spare parts")],
     [removed("military vehicles and equipment")])
case("820-1-rm-map", "820", "and-item",
     [("the nine Constitutional Principles (annex II), the\nprovisional provincial map (annex III) and "
       "the Agreement",
       "the nine Constitutional Principles (annex II) and the Agreement")],
     [removed("the provisional provincial map (annex III)")])
case("820-1-rm-peace-agreement", "820", "and-item",
     [("(annex II), the\nprovisional provincial map (annex III) and the Agreement for Peace in "
       "Bosnia\nand Herzegovina (annex IV);",
       "(annex II) and the\nprovisional provincial map (annex III);")],
     [removed("the Agreement for Peace in Bosnia and Herzegovina (annex IV)")],
     "the removed last item's name contains 'and'")
case("757-7b-rm-insurance-claims", "757", "and-item",
     [("the certification of airworthiness\nfor such aircraft, and the payment of new claims against "
       "existing\ninsurance contracts and the provision",
       "the certification of airworthiness\nfor such aircraft, and the provision")],
     [removed("the payment of new claims against existing insurance contracts")])

# =========================================================================== replaced item in the same slot

case("748-5b-mod-training", "748", "modified",
     [("assistance or training\nrelated", "assistance or instruction\nrelated")],
     [modified("training", "instruction")])
case("883-6d-mod-improvement", "883", "modified",
     [("construction, improvement or\nmaintenance", "construction, upgrading or\nmaintenance")],
     [modified("improvement", "upgrading")])
case("787-9-mod-chemicals", "787", "modified",
     [("metals, chemicals, rubber", "metals, industrial chemicals, rubber")],
     [modified("chemicals", "industrial chemicals")])
case("591-3-mod-computers", "591", "modified",
     [("equipment, computers\nand four-wheel", "equipment, personal computers\nand four-wheel")],
     [modified("computers", "personal computers")])
case("232-2a-mod-copper", "232", "modified",
     [("tobacco, copper, meat", "tobacco, copper ore, meat")],
     [modified("copper", "copper ore")])
case("253-1-mod-detentions", "253", "modified",
     [("arrests, detentions, trials", "arrests, detentions without trial, trials")],
     [modified("detentions", "detentions without trial")])
case("757-19-mod-unicef", "757", "modified",
     [("United Nations Children’s Fund and the World Health",
       "United Nations Development Programme and the World Health")],
     [modified("the United Nations Children’s Fund", "the United Nations Development Programme")])
case("687-25-mod-licences", "687", "modified",
     [("agreements, licences or any other", "agreements, permits or any other")],
     [modified("licences", "permits")])
case("820-26-mod-rolling-stock", "820", "modified",
     [("rolling stock and aircraft to their owners", "railway rolling stock and aircraft to their owners")],
     [modified("rolling stock", "railway rolling stock")])
case("883-6e-mod-engineers", "883", "modified",
     [("Libyan pilots, flight\nengineers, or", "Libyan pilots, flight\nnavigators, or")],
     [modified("flight engineers", "flight navigators")])
case("418-2-mod-spares", "418", "modified",
     [("and spare parts for the aforementioned, and shall cease",
       "and spare parts for any of the aforementioned, and shall cease")],
     [modified("spare parts for the aforementioned", "spare parts for any of the aforementioned")],
     "the last item, which holds the list's back-reference, reworded")
case("820-30-mod-monitor-mission", "820", "modified",
     [("European Community\nMonitor Mission;", "European Union\nMonitor Mission;")],
     [modified("the European Community Monitor Mission", "the European Union Monitor Mission")])

# =========================================================================== semicolon lists

case("687-19-rm-arrangements", "687", "semicolon",
     [("arrangements for ensuring that payments are made to the Fund;\n", "")],
     [removed("arrangements for ensuring that payments are made to the Fund")])
case("687-19-add-auditing", "687", "semicolon",
     [("including the following: administration of the Fund;",
       "including the following: administration of the Fund; the auditing of the Fund;")],
     [added("the auditing of the Fund")])
case("687-19-mod-administration", "687", "semicolon",
     [("the following: administration of the Fund;", "the following: management of the Fund;")],
     [modified("administration of the Fund", "management of the Fund")], "the first item of the list")
case("687-19-rm-process", "687", "semicolon",
     [("the process by which funds will be allocated and claims paid;\n", "")],
     [removed("the process by which funds will be allocated and claims paid")], "the removed item "
                                                                                "contains 'and'")
case("787-pre-rm-communique", "787", "semicolon",
     [("the Joint Communiqué issued on 1 November 1992 at\nZagreb by the Presidents of the Republic of "
       "Croatia "
       "and the Republic of Bosnia\nand Herzegovina; 4/ ", "")],
     [removed("the Joint Communiqué issued on 1 November 1992 at Zagreb", prefix=True)])
case("787-pre-add-corridors", "787", "semicolon",
     [("the Republic of Bosnia and Herzegovina; and the production of a draft outline",
       "the Republic of Bosnia and Herzegovina; the opening of humanitarian corridors; and the production "
       "of a "
       "draft outline")],
     [added("the opening of humanitarian corridors")])

# =========================================================================== lettered sub-paragraphs: added

case("748-9-add-g", "748", "subpara-add",
     [("paragraphs 3 to 7 above;\n\n10. Calls upon",
       "paragraphs 3 to 7 above;\n\n(g) To make periodic reports to the Council on the implementation of the "
       "measures imposed by paragraphs 3 to 7 above;\n\n10. Calls upon")],
     [added("To make periodic reports to the Council", prefix=True)], "added after the last letter")
case("757-8-add-b-reletter", "757", "subpara-add",
     [("(b) Take the necessary steps to prevent the participation",
       "(b) Deny entry into their territories to officials of the authorities in the Federal Republic of "
       "Yugoslavia (Serbia and Montenegro);\n\n(c) Take the necessary steps to prevent the participation"),
      ("(c) Suspend scientific and technical", "(d) Suspend scientific and technical")],
     [added("Deny entry into their territories to officials", prefix=True)],
     "inserted as (b), the old (b) and (c) relettered (c) and (d)")
case("841-10-add-g", "841", "subpara-add",
     [("(f) To promulgate guidelines to facilitate implementation of this\nresolution;",
       "(f) To promulgate guidelines to facilitate implementation of this\nresolution;\n\n"
       "(g) To examine requests for the release of funds frozen under paragraph 8 above;")],
     [added("To examine requests for the release of funds", prefix=True)])
case("864-22-add-f", "864", "subpara-add",
     [("the implementation of the measures imposed by paragraph 19;\n\n23.",
       "the implementation of the measures imposed by paragraph 19;\n\n(f) To consider requests for "
       "exemptions on humanitarian grounds;\n\n23.")],
     [added("To consider requests for exemptions on humanitarian grounds", prefix=True)])
case("253-5-add-c", "253", "subpara-add",
     [("or resolution 232 (1966) of 16 December 1966;\n\n6. Decides",
       "or resolution 232 (1966) of 16 December 1966;\n\n(c) Prevent the remittance of funds to persons in "
       "Southern Rhodesia for the purpose of emigration;\n\n6. Decides")],
     [added("Prevent the remittance of funds to persons in Southern Rhodesia", prefix=True)])
case("820-22-add-d", "820", "subpara-add",
     [("Danube in accordance with paragraph 15 above;\n\n23.",
       "Danube in accordance with paragraph 15 above;\n\n(d) Postal and telecommunications equipment "
       "approved "
       "on a case-by-case basis by the Committee established by resolution 724 (1991);\n\n23.")],
     [added("Postal and telecommunications equipment approved on a case-by-case basis", prefix=True)])
case("661-9-add-a-reletter", "661", "subpara-add",
     [("(a) To take appropriate measures to protect assets",
       "(a) To release any assets of the legitimate Government of Kuwait at its request;\n\n"
       "(b) To take appropriate measures to protect assets"),
      ("(b) Not to recognize any régime", "(c) Not to recognize any régime")],
     [added("To release any assets of the legitimate Government of Kuwait", prefix=True)],
     "inserted as (a): both old sub-paragraphs relettered")

# =========================================================================== lettered sub-paragraphs: removed

case("748-6-rm-b-reletter", "748", "subpara-remove",
     [("(b) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c) Take all appropriate steps",
       "(b) Take all appropriate steps")],
     [removed("Prevent the operation of all Libyan Arab Airlines Offices", prefix=True)],
     "(c) relettered (b)")
case("661-3-rm-b-reletter", "661", "subpara-remove",
     [("(b) Any activities by their nationals or in their territories which would promote or are calculated "
       "to promote the export or trans-shipment of any commodities or products from Iraq or Kuwait; and any "
       "dealings by their nationals or their flag vessels or in their territories in any commodities or "
       "products originating in Iraq or Kuwait and exported therefrom after the date of the present "
       "resolution, including in particular any transfer of funds to Iraq or Kuwait for the purposes of such "
       "activities or dealings;\n\n(c) The sale", "(b) The sale")],
     [removed("Any activities by their nationals or in their territories", prefix=True)]
     + [removed(x, optional=True) for x in ("export", "trans-shipment", "their nationals", "their flag "
                                                                                           "vessels",
                                            "in their territories", "activities", "dealings")],
     "a long sub-paragraph that holds a semicolon; (c) relettered (b)")
case("232-2-rm-c-no-reletter", "232", "subpara-remove",
     [("(c) Shipment in vessels or aircraft of their registration\nof any of these commodities "
       "originating in "
       "Southern\nRhodesia and exported therefrom after the date\nof the present resolution;\n\n", "")],
     [removed("Shipment in vessels or aircraft of their registration", prefix=True),
      removed("vessels", optional=True), removed("aircraft", optional=True)],
     "the letters are left with a gap (a)(b)(d)(e)(f)")
case("687-24-rm-c-reletter", "687", "subpara-remove",
     [("(c) Technology under licensing or other transfer arrangements used in the production, utilization or "
       "stockpiling of items\nspecified in paragraphs (a) and (b);\n\n(d) Personnel", "(c) Personnel")],
     [removed("Technology under licensing or other transfer arrangements", prefix=True),
      removed("production"), removed("utilization"), removed("stockpiling"),
      removed("licensing", optional=True), removed("other transfer arrangements", optional=True)],
     "the removed sub-paragraph holds a list of activities of its own")
case("883-6c-rm-ii", "883", "subpara-remove",
     [("aircraft or aircraft components, or\n\n(ii) The provision of engineering or maintenance servicing "
       "of\n"
       "any aircraft or aircraft components within Libya;", "aircraft or aircraft components;")],
     [removed("The provision of engineering or maintenance servicing of any aircraft", prefix=True)]
     + [removed(x, optional=True) for x in ("engineering", "maintenance servicing", "aircraft",
                                            "aircraft components")],
     "a roman-numbered sub-sub-paragraph")
case("883-3-rm-b", "883", "subpara-remove",
     [("(a) The Government or public authorities of Libya; or\n\n(b) Any Libyan undertaking;",
       "(a) The Government or public authorities of Libya;")],
     [removed("Any Libyan undertaking")])
case("757-13-rm-e-reletter", "757", "subpara-remove",
     [("(e) To consider and approve the guidelines referred to in\nparagraph 6 above;\n\n(f) To consider "
       "and decide",
       "(e) To consider and decide")],
     [removed("To consider and approve the guidelines referred to in paragraph 6 above", prefix=True)])
case("820-16-rm-inline-b", "820", "subpara-remove",
     [("or (b) in which a majority or controlling\ninterest is held by a person or undertaking in or "
       "operating "
       "from the Federal\nRepublic of Yugoslavia (Serbia and Montenegro) or (c) suspected", "or (b) "
                                                                                            "suspected")],
     [removed("in which a majority or controlling interest is held by a person", prefix=True),
      removed("a person", optional=True), removed("undertaking", optional=True)],
     "letters inside a sentence; (c) relettered (b)")
case("841-10-rm-a-reletter", "841", "subpara-remove",
     [("(a) To examine the reports submitted pursuant to paragraph 13 below;\n\n(b) To seek",
       "(a) To seek"),
      ("(c) To consider any information", "(b) To consider any information"),
      ("(d) To consider and decide", "(c) To consider and decide"),
      ("(e) To make periodic reports", "(d) To make periodic reports"),
      ("(f) To promulgate guidelines", "(e) To promulgate guidelines")],
     [removed("To examine the reports submitted pursuant to paragraph 13 below", prefix=True)],
     "the first sub-paragraph removed, all the others relettered")

# =========================================================================== dash bullets

case("757-bullet-rm-neighbours", "757", "bullet",
     [("- Bosnia and Herzegovina’s neighbours take swift action\nto end all interference and respect the "
       "territorial\nintegrity of Bosnia and Herzegovina,\n\n", "")],
     [removed("Bosnia and Herzegovina’s neighbours take swift action", prefix=True)])
case("757-bullet-add-release", "757", "bullet",
     [("Herzegovina cease immediately,\n\n",
       "Herzegovina cease immediately,\n\n- All parties release all civilians detained in Bosnia and "
       "Herzegovina,\n\n")],
     [added("All parties release all civilians detained in Bosnia and Herzegovina", prefix=True)])
case("757-bullet-mod-fighting", "757", "bullet",
     [("Herzegovina stop the fighting immediately,", "Herzegovina stop the fighting and the shelling "
                                                     "immediately,")],
     [modified("All parties and others concerned in Bosnia", "All parties and others concerned in Bosnia",
               prefix=True), added("the shelling", optional=True)],
     "a bullet reworded: modified, named by its unchanged first words (its new pair is debatable)")
case("883-annex-rm-anchor-chains", "883", "bullet",
     [("(from 12 to 16 inches),\n\n- Anchor chains.", "(from 12 to 16 inches).")],
     [removed("Anchor chains")])
case("883-annex-add-storage-tanks", "883", "bullet",
     [("- Boosting pumps within the same range of flow rates;",
       "- Boosting pumps within the same range of flow rates;\n\n- Storage tanks of large capacity;")],
     [added("Storage tanks of large capacity")])
case("883-annex-rm-api-pumps", "883", "bullet",
     [("- Pumps meeting American Petroleum Institute 610 standards,\n\n", "")],
     [removed("Pumps meeting American Petroleum Institute 610 standards", prefix=True)])
case("883-annex-mod-boilers", "883", "bullet",
     [("- Boilers meeting American Society of Mechanical Engineers 1\nstandards,",
       "- Boilers meeting American Society of Mechanical Engineers 8\nstandards,")],
     [modified("Boilers meeting American Society of Mechanical Engineers 1 standards",
               "Boilers meeting American Society of Mechanical Engineers 8 standards", prefix=True)])
case("883-annex-add-loading-arms", "883", "bullet",
     [("of\n\nlarge sizes (from 12 to 16 inches),\n\n- Anchor chains.",
       "of\n\nlarge sizes (from 12 to 16 inches),\n\n- Marine loading arms,\n\n- Anchor chains.")],
     [added("Marine loading arms")])

# =========================================================================== moved within the list: nothing

case("787-9-move-coal", "787", "move",
     [("petroleum products, coal, energy-related equipment, iron, steel",
       "petroleum products, energy-related equipment, iron, coal, steel")])
case("232-2a-move-sugar", "232", "move",
     [("pig-iron, sugar, tobacco, copper, meat", "pig-iron, tobacco, copper, sugar, meat")])
case("591-3-move-computers", "591", "move",
     [("namely, aircraft, aircraft engines, aircraft parts,\nelectronic and telecommunication equipment, "
       "computers\nand four-wheel drive vehicles",
       "namely, computers, aircraft, aircraft engines, aircraft parts,\nelectronic and telecommunication "
       "equipment and four-wheel drive vehicles")], [], "the last-but-one item becomes the first")
case("757-19-move-unicef", "757", "move",
     [("the United Nations High Commissioner for Refugees, the\nUnited Nations Children’s Fund and the World",
       "the United Nations Children’s Fund, the United Nations High Commissioner for Refugees "
       "and the World")])
case("883-annex-move-anchor-chains", "883", "move",
     [("- Loading buoys or single point moorings (spm),\n- Flexible hoses",
       "- Anchor chains,\n- Loading buoys or single point moorings (spm),\n- Flexible hoses"),
      ("(from 12 to 16 inches),\n\n- Anchor chains.", "(from 12 to 16 inches).")],
     [], "a bullet moved to the top (end punctuation follows the position)")
case("748-6-swap-b-c", "748", "move",
     [("(b) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c) Take all appropriate steps to "
       "deny entry to or expel\nLibyan nationals who have been denied entry to or expelled\nfrom other "
       "States "
       "because of their involvement in terrorist\nactivities;",
       "(b) Take all appropriate steps to deny entry to or expel\nLibyan nationals who have been denied "
       "entry to "
       "or expelled\nfrom other States because of their involvement in terrorist\nactivities;\n\n(c) "
       "Prevent the "
       "operation of all Libyan Arab Airlines\nOffices;")],
     [], "two sub-paragraphs swap places (the letters stay in order)")
case("820-30-move-unprofor", "820", "move",
     [("UNPROFOR, the\nInternational Conference on the Former Yugoslavia or the European",
       "the\nInternational Conference on the Former Yugoslavia, UNPROFOR or the European")])
case("687-19-move-administration", "687", "move",
     [("including the following: administration of the Fund;\nmechanisms", "including the following: "
                                                                           "mechanisms"),
      ("arrangements for ensuring that payments are made to the Fund;",
       "arrangements for ensuring that payments are made to the Fund; administration of the Fund;")])
case("253-1-move-executions", "253", "move",
     [("arrests, detentions, trials and executions", "arrests, executions, detentions and trials")])

# =========================================================================== reflowed: nothing

case("232-2a-reflow", "232", "reflow",
     [("asbestos, iron\nore, chrome, pig-iron, sugar, tobacco, copper, meat\nand meat products and hides, "
       "skins "
       "and leather\noriginating", "asbestos, iron ore, chrome,\npig-iron, sugar,  tobacco, copper, meat and "
       "meat\nproducts and hides, skins and leather originating")])
case("787-9-reflow", "787", "reflow",
     [("to prohibit the transshipment of crude\noil, petroleum products, coal, energy-related equipment, "
       "iron, "
       "steel, other\nmetals, chemicals, rubber, tyres, vehicles, aircraft and motors of all types\nunless",
       "to prohibit the transshipment of crude oil, petroleum products, coal,\nenergy-related equipment, "
       "iron, "
       "steel, other metals, chemicals, rubber,\ntyres, vehicles, aircraft and motors of all types unless")])
case("757-bullet-reflow", "757", "reflow",
     [("- All parties and others concerned in Bosnia and\nHerzegovina stop the fighting immediately,",
       "- All parties and others concerned in Bosnia and Herzegovina stop the fighting immediately,")])
case("687-19-reflow", "687", "reflow",
     [("including the following: administration of the Fund;\nmechanisms for determining",
       "including the\nfollowing:   administration of the Fund; mechanisms for\ndetermining")])
case("883-annex-reflow", "883", "reflow",
     [("- Loading pumps of large capacity (4,000 cubic metres per\nhour)",
       "- Loading pumps of large capacity\n(4,000 cubic  metres per hour)")])
case("591-3-reflow", "591", "reflow",
     [("namely, aircraft, aircraft engines, aircraft parts,\nelectronic and telecommunication equipment, "
       "computers",
       "namely,  aircraft, aircraft engines,\naircraft parts, electronic and "
       "telecommunication\nequipment, computers")])
case("820-26-reflow", "820", "reflow",
     [("26. Confirms that States may charge the expense of impounding vessels,\nfreight vehicles, rolling "
       "stock "
       "and aircraft to their owners;",
       "26. Confirms that States may charge the expense of impounding\nvessels, freight vehicles, "
       "rolling\nstock "
       "and aircraft to their owners;")])
case("253-3d-reflow", "253", "reflow",
     [("educational equipment and material for use in\nschools and other educational institutions, "
       "publications,\n"
       "news material and, in special humanitarian circumstances, food-stuffs)",
       "educational equipment and material for use in schools and\nother educational institutions, "
       "publications, "
       "news material\nand, in special humanitarian circumstances,\nfood-stuffs)")])

# =========================================================================== unchanged copies: nothing

for _res in ("232", "687", "757", "820", "883"):
    case(f"{_res}-unchanged", _res, "control", [])

# ====================================================================== edits that touch no list: nothing

case("687-7-title-production", "687", "non-list",
     [("Development, Production and Stockpiling of Bacteriological (Biological)\nand Toxin Weapons and on "
       "Their "
       "Destruction, of 10 April\n1972; 61",
       "Development, Production, Acquisition and Stockpiling of Bacteriological (Biological)\nand Toxin "
       "Weapons "
       "and on Their Destruction, of 10 April\n1972; 61")], [], "a coordination inside a treaty's title")
case("687-7-title-gases", "687", "non-list",
     [("Invites Iraq to reaffirm unconditionally its obligations\nunder the Protocol for the Prohibition "
       "of the "
       "Use in War of\nAsphyxiating, Poisonous",
       "Invites Iraq to reaffirm unconditionally its obligations\nunder the Protocol for the Prohibition "
       "of the "
       "Use in War of\nAsphyxiating, Toxic")], [], "a word of a title's coordination replaced")
case("232-4-title-peoples", "232", "non-list",
     [("Colonial Countries and Peoples", "Colonial Countries, Territories and Peoples")], [],
     "a declaration's title gains a member")
case("820-20-title-csce", "820", "non-list",
     [("Conference on Security and\nCooperation in Europe", "Conference on Security, Stability "
                                                            "and\nCooperation in Europe")])
case("757-pre-citation-date", "757", "non-list",
     [("740 (1992) of 7\nFebruary 1992", "740 (1992) of 7\nMarch 1992")], [], "a date in a list of citations")
case("864-pre-citation-date", "864", "non-list",
     [("823 (1993) of 30 April 1993", "823 (1993) of 29 April 1993")])
case("820-pre-document-symbol", "820", "non-list",
     [("S/25403 and S/25479),", "S/25403 and S/25480),")], [], "a document symbol in a citation")
case("841-pre-ga-citation-date", "841", "non-list",
     [("46/138\nof 17 December 1991", "46/138\nof 16 December 1991")])
case("661-vote", "661", "non-list",
     [("13 votes to none, with 2 abstentions (Cuba and Yemen)", "12 votes to 1, with 2 abstentions (Cuba "
                                                                "and Yemen)")],
     [], "a vote tally")
case("883-vote-abstentions", "883", "non-list",
     [("by 11 votes to none\nwith 4 abstentions (China, Djibouti, Morocco and\nPakistan)",
       "by 12 votes to none\nwith 3 abstentions (China, Djibouti and\nPakistan)")], [], "a vote's abstainers")
case("841-10d-verbs", "841", "non-list",
     [("To consider and decide expeditiously", "To consider and approve expeditiously")], [], "a pair of "
                                                                                              "verbs")
case("253-pre-verbs", "253", "non-list",
     [("Recalling and reaffirming its resolutions", "Recalling and confirming its resolutions")], [],
     "a pair of verbs")
case("748-9e-verbs", "748", "non-list",
     [("To consider and to decide upon expeditiously", "To consider and to act upon expeditiously")])
case("820-3-named-party", "820", "non-list",
     [("refusal so far of the Bosnian\nSerb party", "refusal so far of the Bosnian\nCroat party")], [],
     "a named party")
case("787-4-named-parties", "787", "non-list",
     [("in particular the Bosnian Serb paramilitary forces",
       "in particular the Bosnian Serb and Bosnian Croat paramilitary forces")], [],
     "a named party becomes a coordination of two")
case("757-1-named-army", "757", "non-list",
     [("Montenegro), including the\nYugoslav People’s Army, to take", "Montenegro), including the\nYugoslav "
       "National Army, to take")], [], "inside 'Federal Republic of Yugoslavia (Serbia and Montenegro)'")
case("748-3-date", "748", "non-list",
     [("Decides that, on 15 April 1992,", "Decides that, on 20 April 1992,")])
case("757-12-paragraph-ref", "757", "non-list",
     [("meeting the obligations set out in paragraphs 4 to 9", "meeting the obligations set out in "
                                                               "paragraphs 4 to 8")])
case("661-1-prose", "661", "non-list",
     [("has usurped the\nauthority", "has seized the\nauthority")], [], "a plain word in prose")

# =========================================================================== whole paragraphs added / removed

case("787-9-rm-paragraph", "787", "para-list",
     [("9. Decides, acting under Chapter VII of the Charter of the United\nNations, in order to ensure that "
       "commodities and products transshipped through\nthe Federal Republic of Yugoslavia (Serbia and "
       "Montenegro) "
       "are not diverted in\nviolation of resolution 757 (1992), to prohibit the transshipment of "
       "crude\noil, "
       "petroleum products, coal, energy-related equipment, iron, steel, other\nmetals, chemicals, "
       "rubber, tyres, "
       "vehicles, aircraft and motors of all types\nunless such transshipment is specifically authorized "
       "on a "
       "case-by-case basis\nby the Committee established by resolution 724 (1991) under its no-objection\n"
       "procedure;\n\n", "")],
     [removed("commodities", optional=True), removed("products", optional=True)]
     + [removed(x) for x in ("crude oil", "petroleum products", "coal", "energy-related equipment", "iron",
                           "steel",
                           "other metals", "chemicals", "rubber", "tyres", "vehicles", "aircraft")]
     + [removed(("motors of all types", "motors"))])
case("591-3-rm-paragraph", "591", "para-list",
     [("3. Urges all States to prohibit the export to South\nAfrica of items which they have reason to "
       "believe "
       "are destined for the military and/or police forces of South Africa,\nhave a military capacity and "
       "are "
       "intended for military purposes, namely, aircraft, aircraft engines, aircraft parts,\nelectronic and "
       "telecommunication equipment, computers\nand four-wheel drive vehicles;\n\n", "")],
     [removed(x) for x in ("aircraft", "aircraft engines", "aircraft parts",
                           "electronic and telecommunication equipment", "computers", "four-wheel drive "
                                                                                      "vehicles")]
     + [removed("military", optional=True), removed("police forces of South Africa", optional=True)])
case("883-add-paragraph-pumps", "883", "para-list",
     [("5. Decides that all States shall prohibit any provision to Libya",
       "4 bis. Decides further that all States shall prohibit the sale or supply to Libya of pumps, "
       "compressors, turbines and valves designed for use in oil terminals;\n\n"
       "5. Decides that all States shall prohibit any provision to Libya")],
     [added(x) for x in ("pumps", "compressors", "turbines")]
     + [added(("valves designed for use in oil terminals", "valves")),
        added("sale", optional=True), added("supply", optional=True)])
case("232-add-paragraph-petroleum", "232", "para-list",
     [("10. Decides to keep this item on its agenda",
       "10. Decides that all States shall prevent the supply to Southern Rhodesia of petroleum, lubricants, "
       "spare parts and explosives;\n\n11. Decides to keep this item on its agenda")],
     [added(x) for x in ("petroleum", "lubricants", "spare parts", "explosives")], "the last paragraph "
                                                                                   "renumbered")
case("757-19-rm-paragraph", "757", "para-list",
     [("19. Urges all States to respond to the Revised Joint\nAppeal for humanitarian assistance of early "
       "May "
       "1992 issued by\nthe United Nations High Commissioner for Refugees, the\nUnited Nations Children’s "
       "Fund "
       "and the World Health Organization;\n\n", "")],
     [removed("the United Nations High Commissioner for Refugees"), removed("the United Nations "
                                                                            "Children’s Fund"),
      removed("the World Health Organization")])
case("820-26-rm-paragraph", "820", "para-list",
     [("26. Confirms that States may charge the expense of impounding vessels,\nfreight vehicles, rolling "
       "stock "
       "and aircraft to their owners;\n\n", "")],
     [removed(x) for x in ("vessels", "freight vehicles", "rolling stock", "aircraft")],
     "the same list stays in paragraphs 24 and 25")
case("841-add-paragraph-bullets", "841", "para-list",
     [("17. Decides to remain seized of the matter.",
       "17. Decides that the following shall be exempt from the measures in paragraph 5:\n\n"
       "- Medicines and medical equipment,\n\n- Foodstuffs,\n\n- Propane gas for cooking.\n\n"
       "18. Decides to remain seized of the matter.")],
     [added("Medicines and medical equipment"), added("Foodstuffs"), added("Propane gas for cooking")],
     "a new paragraph that introduces a bullet list")

case("787-16-rm-paragraph", "787", "para-plain",
     [("16. Considers that, in order to facilitate the implementation of the\nrelevant Security Council "
       "resolutions, observers should be deployed on the\nborders of the Republic of Bosnia and Herzegovina, "
       "and requests the\nSecretary-General to present to the Council as soon as possible "
       "his\nrecommendations "
       "on this matter;\n\n", "")])
case("757-2-rm-paragraph", "757", "para-plain",
     [("2. Demands that any elements of the Croatian Army still\npresent in Bosnia and Herzegovina act in "
       "accordance with\nparagraph 4 of resolution 752 (1992) without further delay;\n\n", "")])
case("232-5-rm-paragraph", "232", "para-plain",
     [("5. Calls upon all States not to render financial or\nother economic aid to the illegal racist "
       "régime in "
       "Southern\nRhodesia;\n\n", "")])
case("883-add-paragraph-plain", "883", "para-plain",
     [("17. Decides to remain seized of the matter.",
       "17. Further requests the Secretary-General to keep the Council informed of the implementation of the "
       "present resolution;\n\n18. Decides to remain seized of the matter.")])
case("864-9-rm-paragraph", "864", "para-plain",
     [("9. Reaffirms that such occupation is a grave violation of the Peace\nAccords and is incompatible "
       "with "
       "the goal of peace through agreements\nand reconciliation;\n\n", "")],
     [removed("agreements", optional=True), removed("reconciliation", optional=True)])
case("661-8-rm-paragraph", "661", "para-plain",
     [("8. Requests the Secretary-General to provide all necessary assistance to the Committee and to "
       "make the "
       "necessary arrangements in the Secretariat for that purpose;\n\n", "")])
case("820-32-rm-paragraph", "820", "para-plain",
     [("32. Invites all States to consider what contribution they can make to\nthe reconstruction of the "
       "Republic of Bosnia and Herzegovina;\n\n", "")])
case("748-12-rm-paragraph", "748", "para-plain",
     [("12. Invites the Secretary-General to continue his role as\nset out in paragraph 4 of resolution 731 "
       "(1992);\n\n", "")])

# =========================================================================== several edits at once

case("787-9-multi", "787", "multi",
     [("petroleum products, coal, energy-related", "petroleum products, coal, timber, energy-related"),
      ("chemicals, rubber, tyres", "industrial chemicals, tyres")],
     [added("timber"), removed("rubber"), modified("chemicals", "industrial chemicals")])
case("748-multi", "748", "multi",
     [("assistance or training\nrelated", "assistance or instruction\nrelated"),
      ("(b) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c) Take all appropriate steps",
       "(b) Take all appropriate steps"),
      ("Decides that, on 15 April 1992,", "Decides that, on 20 April 1992,")],
     [modified("training", "instruction"),
      removed("Prevent the operation of all Libyan Arab Airlines Offices", prefix=True)])
case("883-multi", "883", "multi",
     [("(from 12 to 16 inches),\n\n- Anchor chains.", "(from 12 to 16 inches)."),
      ("construction, improvement or\nmaintenance", "construction, upgrading or\nmaintenance"),
      ("advice, assistance, or training to Libyan pilots", "advice, assistance, supervision, or training "
                                                           "to Libyan pilots"),
      ("by 11 votes to none\nwith 4 abstentions", "by 12 votes to none\nwith 3 abstentions")],
     [removed("Anchor chains"), modified("improvement", "upgrading"), added("supervision")])
case("232-multi", "232", "multi",
     [("pig-iron, sugar, tobacco", "pig-iron, sugar, cotton, tobacco"),
      ("ammunition of all types, military aircraft, military vehicles,", "ammunition of all types, "
                                                                         "military vehicles,"),
      ("Colonial Countries and Peoples", "Colonial Countries, Territories and Peoples")],
     [added("cotton"), removed("military aircraft")])
case("820-multi", "820", "multi",
     [("impound all vessels, freight vehicles, rolling stock and aircraft in their territories",
       "impound all vessels, freight vehicles and aircraft in their territories"),
      ("telecommunications, postal services, legal services",
       "telecommunications, postal services, banking services, legal services"),
      ("UNPROFOR, the\nInternational Conference", "UNPROFOR, the International\nConference")],
     [removed("rolling stock"), added("banking services")])


# =========================================================================== more of the same kinds
# (other resolutions and other positions, so that no shape rests on one list)

case("820-12-add-storage", "820", "inline-add",
     [("import to, export from and transshipment through", "import to, export from, storage in and "
                                                           "transshipment through")],
     [added(("storage in", "storage"))], "items that end with their own preposition")
case("820-12-rm-export", "820", "inline-remove",
     [("import to, export from and transshipment through", "import to and transshipment through")],
     [removed(("export from", "export"))])
case("661-4-add-central-bank", "661", "preposition",
     [("the Government of Iraq, or to any commercial, industrial",
       "the Government of Iraq, to the Central Bank of Iraq, or to any commercial, industrial")],
     [added("to the Central Bank of Iraq")], "a pair 'to A, or to B' becomes a list of three")
case("841-8-add-inline-c", "841", "subpara-add",
     [("owned\nor controlled by such Government or authorities, shall require",
       "owned\nor controlled by such Government or authorities, or (c) of any person acting on behalf of "
       "such "
       "Government or authorities, shall require")],
     [added("of any person acting on behalf of such Government or authorities", prefix=True)],
     "letters inside a sentence, added after the last")
case("820-21-rm-inline-c", "820", "subpara-remove",
     [("Montenegro), or (c) controlled directly or indirectly by such authorities or\nundertakings or by "
       "entities, "
       "wherever located or organized, owned or\ncontrolled by such authorities or undertakings, shall "
       "require",
       "Montenegro), shall require")],
     [removed("controlled directly or indirectly by such authorities or undertakings", prefix=True),
      removed("authorities", optional=True), removed("undertakings", optional=True)],
     "the last of three inline letters removed")
case("864-22-rm-c-reletter", "864", "subpara-remove",
     [("(c) To consider information brought to its attention by States\nconcerning violations of the "
       "measures "
       "imposed by paragraph 19 and to\nrecommend appropriate measures in response thereto;\n\n(d) To make "
       "periodic reports", "(c) To make periodic reports"),
      ("(e) To promulgate guidelines that may", "(d) To promulgate guidelines that may")],
     [removed("To consider information brought to its attention by States", prefix=True)])
case("748-5-rm-c-last", "748", "subpara-remove",
     [(";\n\n(c) Withdraw any of their officials or agents present in\nLibya to advise the Libyan "
       "authorities on "
       "military matters;", ";")],
     [removed("Withdraw any of their officials or agents present in Libya", prefix=True),
      removed("officials", optional=True), removed("agents", optional=True)], "the last sub-paragraph")
case("687-9b-rm-iii", "687", "subpara-remove",
     [("under paragraph 8 (b);\n\n(iii) The provision by the Special Commission to the\nDirector General "
       "of the "
       "International Atomic\nEnergy Agency of the assistance and cooperation\nrequired in paragraphs 12 "
       "and 13;",
       "under paragraph 8 (b);")],
     [removed("The provision by the Special Commission to the Director General", prefix=True),
      removed("assistance", optional=True), removed("cooperation", optional=True)],
     "the last roman sub-sub-paragraph of 9 (b)")
case("253-20-add-c", "253", "subpara-add",
     [("proper discharge of its duty to report to the Security\nCouncil ;",
       "proper discharge of its duty to report to the Security\nCouncil ;\n\n(c) To recommend to the Council "
       "measures in response to violations of the present resolution ;")],
     [added("To recommend to the Council measures in response to violations", prefix=True)],
     "the source's space before the semicolon kept")
case("757-bullet-rm-last", "757", "bullet",
     [("authority of the Government of Bosnia and Herzegovina,\n\n- All irregular forces in Bosnia and "
       "Herzegovina "
       "be\ndisbanded and disarmed,", "authority of the Government of Bosnia and Herzegovina,")],
     [removed("All irregular forces in Bosnia and Herzegovina be disbanded and disarmed", prefix=True)],
     "the last bullet")
case("883-annex-rm-furnaces", "883", "bullet",
     [("- Furnaces meeting American Society of Mechanical Engineers 8\nstandards;\n\n", "")],
     [removed("Furnaces meeting American Society of Mechanical Engineers 8 standards", prefix=True)])
case("883-annex-mod-metering", "883", "bullet",
     [("- Metering equipment of large capacity (1,000 cubic metres per",
       "- Metering equipment of large capacity (500 cubic metres per")],
     [modified("Metering equipment of large capacity (1,000 cubic metres per hour and above)",
               "Metering equipment of large capacity (500 cubic metres per hour and above)", prefix=True)])
case("687-19-rm-last", "687", "semicolon",
     [("as specified in paragraph 16; and the composition of the Commission designated above;",
       "as specified in paragraph 16;")],
     [removed("the composition of the Commission designated above")], "the last item, after '; and'")
case("787-pre-rm-first", "787", "semicolon",
     [("including the Joint Declarations signed at Geneva on\n30 September 1992 1/ and 20 October 1992 2/ "
       "by the "
       "Presidents of the Republic\nof Croatia and the Federal Republic of Yugoslavia (Serbia and "
       "Montenegro); the\n"
       "Joint Statement", "including the\nJoint Statement")],
     [removed("the Joint Declarations signed at Geneva on 30 September 1992", prefix=True)], "the first item")
case("787-pre-mod-working-group", "787", "semicolon",
     [("the establishment of the Mixed Military Working Group in\nthe Republic",
       "the establishment of the Mixed Military Commission in\nthe Republic")],
     [modified("the establishment of the Mixed Military Working Group in the Republic of Bosnia and "
               "Herzegovina",
               "the establishment of the Mixed Military Commission in the Republic of Bosnia and Herzegovina",
               prefix=True)])
case("591-3-mod-engines", "591", "modified",
     [("aircraft, aircraft engines, aircraft parts", "aircraft, jet engines, aircraft parts")],
     [modified("aircraft engines", "jet engines")])
case("820-27-mod-postal", "820", "modified",
     [("telecommunications, postal services, legal services", "telecommunications, postal and courier "
                                                              "services, "
       "legal services")],
     [modified("postal services", "postal and courier services")], "the new text holds an 'and' of its own")
case("253-3d-mod-publications", "253", "modified",
     [("institutions, publications,\nnews material", "institutions, printed publications,\nnews material")],
     [modified("publications", "printed publications")])
case("687-8a-add-delivery-systems", "687", "and-item",
     [("all related subsystems and components and all\nresearch",
       "all related subsystems and components and all delivery systems and munitions and all\nresearch")],
     [added("all delivery systems and munitions")])
case("883-4-rm-agricultural", "883", "and-item",
     [("including natural gas\nand natural gas products, or agricultural products or commodities,",
       "including natural gas\nand natural gas products,")],
     [removed(("agricultural products or commodities", "agricultural products")),
      removed("commodities", optional=True)],
     "'petroleum or petroleum products, ..., or agricultural products or commodities'")
case("841-pre-adjectives", "841", "non-list",
     [("an early, comprehensive and peaceful", "a prompt, comprehensive and peaceful")], [],
     "a word of a run of adjectives")
case("873-2-named-persons", "873", "non-list",
     [("President Aristide or Prime Minister Malval of Haiti", "President Aristide or Prime Minister "
                                                               "Robert Malval "
       "of Haiti")], [], "a named person")
case("825-vote", "825", "non-list",
     [("with 2 abstentions (China, Pakistan).", "with 2 abstentions (China, India).")], [], "a vote's "
                                                                                            "abstainers")
case("864-1-date", "864", "non-list",
     [("months, until 15 December 1993;", "months, until 15 March 1994;")])
case("883-annex-reflow-blank", "883", "reflow",
     [("floating loading hoses of\n\nlarge sizes", "floating loading hoses of large sizes")], [],
     "a stray blank line inside a bullet (a page break of the source) closed up")
case("864-15-reflow-blank", "864", "reflow",
     [("as well as of the personnel\n\ninvolved in humanitarian", "as well as of the personnel\ninvolved in "
       "humanitarian")])
case("757-8-rm-paragraph", "757", "para-list",
     [("8. Decides also that all States shall:\n\n(a) Reduce the level of the staff at diplomatic "
       "missions\nand "
       "consular posts of the Federal Republic of Yugoslavia\n(Serbia and Montenegro);\n\n(b) Take the "
       "necessary "
       "steps to prevent the participation\nin sporting events on their territory of persons or groups\n"
       "representing the Federal Republic of Yugoslavia (Serbia and\nMontenegro);\n\n(c) Suspend "
       "scientific and "
       "technical cooperation and\ncultural exchanges and visits involving persons or groups\nofficially "
       "sponsored by or representing the Federal Republic of\nYugoslavia (Serbia and Montenegro);\n\n", "")],
     [removed("Reduce the level of the staff at diplomatic missions", prefix=True),
      removed("Take the necessary steps to prevent the participation in sporting events", prefix=True),
      removed("Suspend scientific and technical cooperation and cultural exchanges", prefix=True)]
     + [removed(x, optional=True) for x in ("diplomatic missions", "consular posts", "persons", "groups",
                                            "scientific and technical cooperation", "cultural exchanges "
                                                                                    "and visits",
                                            "cultural exchanges", "visits")],
     "a paragraph of three lettered sub-paragraphs")
case("661-9-rm-paragraph", "661", "para-list",
     [("9. Decides that, notwithstanding paragraphs 4 to 8\nabove, nothing in the present resolution shall "
       "prohibit\nassistance to the legitimate Government of Kuwait, and\ncalls upon all States:\n\n(a) "
       "To take "
       "appropriate measures to protect assets of\nthe legitimate Government of Kuwait and its agencies;\n\n"
       "(b) Not to recognize any régime set up by the occupying Power;\n\n", "")],
     [removed("To take appropriate measures to protect assets", prefix=True),
      removed("Not to recognize any régime set up by the occupying Power", prefix=True),
      removed("the legitimate Government of Kuwait", optional=True), removed("its agencies", optional=True)])
for _res in ("591", "841"):
    case(f"{_res}-unchanged", _res, "control", [])
case("757-multi", "757", "multi",
     [("- Bosnia and Herzegovina’s neighbours take swift action\nto end all interference and respect the "
       "territorial\nintegrity of Bosnia and Herzegovina,\n\n", ""),
      ("to the Conference on Yugoslavia or\nto the European",
       "to the Conference on Yugoslavia, to the International Committee of the Red Cross or\nto the "
       "European"),
      ("740 (1992) of 7\nFebruary 1992", "740 (1992) of 7\nMarch 1992")],
     [removed("Bosnia and Herzegovina’s neighbours take swift action", prefix=True),
      added("to the International Committee of the Red Cross")])
case("687-multi", "687", "multi",
     [("including the following: administration of the Fund;",
       "including the following: administration of the Fund; the auditing of the Fund;"),
      ("agreements, licences or any other", "agreements, permits or any other"),
      ("All chemical and biological weapons and all stocks of\nagents and all related subsystems",
       "All chemical and biological weapons and all related subsystems")],
     [added("the auditing of the Fund"), modified("licences", "permits"), removed("all stocks of agents")])
case("591-6-add-aircraft-once", "591", "inline-add",
     [("importing arms, ammunition of all types and military vehicles produced in South Africa;",
       "importing arms, ammunition of all types, military aircraft and military vehicles produced in "
       "South Africa;")],
     [added("military aircraft")], "the same list stands unchanged in the preamble: the item is reported "
                                   "once")
case("748-7-addressee", "748", "non-list",
     [("the United Nations, and all international organizations, to act",
       "the United Nations, and all regional organizations, to act")], [], "an addressee")
case("687-19-mod-mechanisms", "687", "semicolon",
     [("based on a percentage of the value of", "based on a share of the value of")],
     [modified("mechanisms for determining the appropriate level of Iraq’s contribution",
               "mechanisms for determining the appropriate level of Iraq’s contribution", prefix=True)],
     "a word changed deep inside a long semicolon item")
case("418-2-add-qualified-aircraft", "418", "qualifier",
     [("para-military police equipment, and spare parts",
       "para-military police equipment, aircraft, whether civil or military, and spare parts")],
     [added(("aircraft, whether civil or military", "aircraft"))])
case("418-2-mod-weapons", "418", "modified",
     [("transfer of weapons\nand ammunition, military vehicles", "transfer of weapons\nand ammunition of all "
       "types, military vehicles")],
     [modified("weapons and ammunition", "weapons and ammunition of all types")], "the first item of the "
                                                                                  "list")
case("841-7-add-cans", "841", "inline-add",
     [("only in barrels or bottles, of", "only in barrels, cans or bottles, of")],
     [added("cans")], "a pair becomes a list of three")
case("864-26-add-freeze", "864", "inline-add",
     [("of Angola and restrictions on the travel of its personnel",
       "of Angola, a freeze of its funds and restrictions on the travel of its personnel")],
     [added("a freeze of its funds")], "a pair of measures becomes a list of three")
case("864-19-add-explosives", "864", "inline-add",
     [("including weapons and ammunition, military\nvehicles", "including weapons and ammunition, "
                                                               "explosives, "
       "military\nvehicles")],
     [added("explosives")])
case("748-9d-mod-recommend", "748", "modified",
     [("(d) To recommend appropriate measures in response to", "(d) To propose appropriate measures in "
                                                               "response "
       "to")],
     [modified("To recommend appropriate measures in response to violations",
               "To propose appropriate measures in response to violations", prefix=True)],
     "a lettered task reworded: the sub-paragraph is the item that changed")
case("253-20a-mod-examine", "253", "modified",
     [("(a) To examine such reports on the implementation", "(a) To examine all reports on the "
                                                            "implementation")],
     [modified("To examine such reports on the implementation", "To examine all reports on the "
                                                                "implementation",
               prefix=True)])
case("841-5-move-police", "841", "move",
     [("military vehicles and equipment, police\nequipment and spare parts for the aforementioned, whether",
       "police equipment, military vehicles and\nequipment and spare parts for the aforementioned, whether")])
case("864-22-swap-d-e", "864", "move",
     [("(d) To make periodic reports to the Council on information\nsubmitted to it regarding alleged "
       "violations "
       "of the measures imposed by\nparagraph 19, identifying where possible persons or entities, including\n"
       "vessels, reported to be engaged in such violations;\n\n(e) To promulgate guidelines that may be "
       "necessary "
       "to facilitate\nthe implementation of the measures imposed by paragraph 19;",
       "(d) To promulgate guidelines that may be necessary to facilitate\nthe implementation of the measures "
       "imposed by paragraph 19;\n\n(e) To make periodic reports to the Council on information\nsubmitted "
       "to it "
       "regarding alleged violations of the measures imposed by\nparagraph 19, identifying where possible "
       "persons "
       "or entities, including\nvessels, reported to be engaged in such violations;")],
     [], "two sub-paragraphs swap places, letters kept in order")
case("748-4b-reflow", "748", "reflow",
     [("the\nsupply of any aircraft or aircraft components to Libya, the\nprovision of engineering",
       "the supply of any aircraft or aircraft components to Libya,\nthe provision of engineering")])
case("841-10-reflow", "841", "reflow",
     [("(c) To consider any information brought to its attention by States\nconcerning violations",
       "(c)  To consider any information brought to its\nattention by States concerning violations")])
case("591-vote", "591", "non-list",
     [("Adopted by consensus at the", "Adopted unanimously at the")])

# =========================================================================== edits inside a sub-paragraph
# An edit inside a lettered sub-paragraph also changes that sub-paragraph's words: reporting the
# sub-paragraph itself as modified, besides the inner item, is accepted but not required. (Reflows change
# no words, so they get no such allowance; a bullet or sub-paragraph that is itself the changed item is
# expected as modified above.)

def within(first_words: str) -> Expect:
    return modified(first_words, first_words, prefix=True, optional=True)


_232_2A = "The import into their territories of asbestos"
_232_2D = ("Any activities by their nationals or in their territories which promote or are calculated to "
          "promote the sale")
_748_5 = "Prohibit any provision to Libya by their nationals or from their territory"
_883_6D = "Prohibit, by their nationals or from their territory, the supply of any materials"
_883_6E = "Prohibit, by their nationals or from their territory, any provision of advice"
_WITHIN: dict[str, tuple[str, ...]] = {
    "232-2a-": (_232_2A,), "232-2d-": (_232_2D,), "232-multi": (_232_2A, _232_2D),
    "748-5b-": (_748_5,), "748-5a-": (_748_5,), "748-multi": (_748_5,),
    "748-4b-": ("Prohibit, by their nationals or from their territory, the supply of any aircraft",),
    "883-6e-": (_883_6E,), "883-6d-": (_883_6D,), "883-multi": (_883_6D, _883_6E),
    "883-6c-": ("Prohibit, by their nationals or from their territory, the entering into",
                "The making available, for operation within Libya, of any aircraft"),
    "687-24d-": ("Personnel or materials for training or technical support services",),
    "687-8a-": ("All chemical and biological weapons and all stocks",), "687-multi": ("All chemical and "
                                                                                      "biological",),
    "687-9a-": ("Iraq shall submit to the Secretary-General, within fifteen days",),
    "253-3d-": ("The sale or supply by their nationals or from their territories",),
    "661-3c-": ("The sale or supply by their nationals or from their territories",),
    "757-7b-": ("Prohibit, by their nationals or from their territory, the provision of engineering",),
}
for _i, _c in enumerate(CASES):
    for _pre, _texts in _WITHIN.items():
        if _c.id.startswith(_pre) and _c.kind != "reflow":
            CASES[_i] = Case(_c.id, _c.res, _c.kind, _c.edits, _c.expect + tuple(within(t) for t in _texts),
                             _c.note)

# =========================================================================== whole real pairs
# Read side by side: an item is expected wherever a real list (goods, measures, bodies, activities, lettered
# sub-paragraphs, bullets) has no counterpart in the other text. Two-member coordinations of nouns are
# debatable and marked optional; titles, citations, dates, votes, verbs and named parties are not lists.

_757_GONE = (
    # preamble: the dash bullets of the demands of resolution 752
    [removed(x, prefix=True) for x in (
        "All parties and others concerned in Bosnia and Herzegovina stop the fighting immediately",
        "All forms of interference from outside Bosnia and Herzegovina cease immediately",
        "Bosnia and Herzegovina’s neighbours take swift action",
        "Action be taken as regards units of the Yugoslav People’s Army",
        "All irregular forces in Bosnia and Herzegovina be disbanded and disarmed")]
    # 4 (a)-(c), 7 (a)-(b), 8 (a)-(c), 13 (a)-(f): lettered sub-paragraphs
    + [removed(x, prefix=True) for x in (
        "The import into their territories of all commodities",
        "Any activities by their nationals or in their territories which would promote",
        "The sale or supply by their nationals or from their territories",
        "Deny permission to any aircraft to take off",
        "Prohibit, by their nationals or from their territory, the provision of engineering",
        "Reduce the level of the staff at diplomatic missions",
        "Take the necessary steps to prevent the participation in sporting events",
        "Suspend scientific and technical cooperation and cultural exchanges",
        "To examine the reports submitted pursuant to paragraph 12 above",
        "To seek from all States further information",
        "To consider any information brought to its attention",
        "To recommend appropriate measures in response to violations",
        "To consider and approve the guidelines referred to in paragraph 6 above",
        "To consider and decide upon expeditiously any applications")]
    # 7 (b): the services refused to Yugoslav aircraft
    + [removed("the provision of engineering and maintenance servicing of aircraft registered", prefix=True),
       removed("the certification of airworthiness for such aircraft"),
       removed("the payment of new claims against existing insurance contracts"),
       removed("the provision of new direct insurance for such aircraft")]
    # 10: the bodies the measures do not touch
    + [removed("to the United Nations Protection Force"), removed("to the Conference on Yugoslavia"),
       removed("to the European Community Monitoring Mission")]
    # 19: the authors of the Revised Joint Appeal
    + [removed("the United Nations High Commissioner for Refugees"), removed("the United Nations "
                                                                             "Children’s Fund"),
       removed("the World Health Organization")]
    # debatable: pairs, the second naming of the paragraph 10 bodies, the exemptions of 4 (c) and 5, actors
    + [removed(x, optional=True) for x in (
        "the Force", "the Conference", "the Mission", "States", "parties", "others concerned",
        "forcible expulsions", "attempts to change the ethnic composition of the population",
        "persistent cease-fire violations", "the continued expulsion of non-Serb civilians",
        "supplies intended strictly for medical purposes", "foodstuffs",
        "foodstuffs notified to the Security Council Committee established pursuant to resolution 724 (1991) "
        "on Yugoslavia", "strictly medical or humanitarian purposes",
        "payments exclusively for strictly medical or humanitarian purposes",
        "diplomatic missions", "consular posts", "scientific and technical cooperation",
        "cultural exchanges and visits", "cultural exchanges", "visits", "commercial", "industrial",
        "public utility undertaking", "any international agreement",
        "any contract entered into", "any licence or permit granted prior to the date of the present "
                                     "resolution",
        "the authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "any person or body in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "any person claiming through or for the benefit of any such person or body",
        "the European Community", "its member States")]
)

_760_SIDE = [  # 760's only list: the exemptions "other than medical supplies and foodstuffs" (a pair)
    added("medical supplies", optional=True), added("foodstuffs", optional=True),
    modified(("supplies intended strictly for medical purposes",), ("medical supplies",), optional=True),
    modified(("foodstuffs notified to the Security Council Committee established pursuant to resolution 724 "
              "(1991) on Yugoslavia", "foodstuffs"), ("foodstuffs",), optional=True),
]

_787_NEW = (
    # preamble: the progress made within the Conference, a semicolon list
    [added(x, prefix=True) for x in (
        "the Joint Declarations signed at Geneva on 30 September 1992",
        "the Joint Statement made at Geneva on 19 October 1992",
        "the Joint Communiqué issued on 1 November 1992 at Zagreb",
        "the establishment of the Mixed Military Working Group",
        "the production of a draft outline constitution")]
    # 9: the goods whose transshipment is prohibited
    + [added(x) for x in ("crude oil", "petroleum products", "coal", "energy-related equipment", "iron",
                          "steel",
                          "other metals", "chemicals", "rubber", "tyres", "vehicles", "aircraft")]
    + [added(("motors of all types", "motors"))]
    # debatable pairs and verb-phrase runs
    + [added(x, optional=True) for x in (
        "massive and systematic violations of human rights", "grave violations of international "
                                                             "humanitarian law",
        "the practice of “ethnic cleansing\"", "the deliberate impeding of the delivery of food and medical "
        "supplies to the civilian population of the Republic of Bosnia and Herzegovina", "food",
        "medical supplies", "irregular units", "personnel", "cargoes", "destinations", "grave breaches of "
                                                                                       "the "
        "Geneva Conventions", "other violations of international humanitarian law committed in the "
                              "territory of "
        "the former Yugoslavia", "the humanitarian agencies", "the United Nations Protection Force",
        "with the humanitarian agencies", "with the United Nations Protection Force",
        "the United Nations High Commissioner for Refugees",
        "other relevant international humanitarian agencies", "of developments", "of the work of the "
                                                                                 "Conference",
        "developments", "the work of the Conference", "regional agencies", "arrangements",
        "contribute to the humanitarian relief efforts in the former Yugoslavia",
        "support the United Nations Consolidated Inter-Agency Programme of Action and Appeal for the former "
        "Yugoslavia", "speed up the delivery of assistance under existing pledges")]
)

_760_GONE = [removed("medical supplies", optional=True), removed("foodstuffs", optional=True)]

_787_GONE = (
    [removed(x, prefix=True) for x in (
        "the Joint Declarations signed at Geneva on 30 September 1992",
        "the Joint Statement made at Geneva on 19 October 1992",
        "the Joint Communiqué issued on 1 November 1992 at Zagreb",
        "the establishment of the Mixed Military Working Group",
        "the production of a draft outline constitution")]
    + [removed(x) for x in ("crude oil", "petroleum products", "coal", "energy-related equipment", "iron",
                            "steel", "other metals", "chemicals", "rubber", "tyres", "vehicles", "aircraft")]
    + [removed(("motors of all types", "motors"))]
    + [Expect(e.status, e.new, (), e.prefix, True) for e in _787_NEW if e.optional]  # the same debatable runs
)

_820_NEW = (
    # 1: the four parts of the peace plan
    [added(x) for x in ("the Agreement on Interim Arrangements (annex I)", "the nine Constitutional "
                                                                           "Principles "
                        "(annex II)", "the provisional provincial map (annex III)",
                        "the Agreement for Peace in Bosnia and Herzegovina (annex IV)")]
    # 12: trade with the Protected Areas
    + [added(("import to", "import")), added(("export from", "export")),
       added(("transshipment through", "transshipment"))]
    # 16 and 21: inline lettered items (vessels that may not pass; funds to freeze)
    + [added(x, prefix=True) for x in (
        "registered in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "in which a majority or controlling interest is held",
        "suspected of having violated or being in violation",
        "of the authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "of commercial, industrial or public utility undertakings in the Federal Republic",
        "controlled directly or indirectly by such authorities or undertakings")]
    # 22 (a)-(c): the only exceptions to the transport ban
    + [added(x, prefix=True) for x in (
        "The importation of medical supplies and foodstuffs into the Federal Republic",
        "The importation of other essential humanitarian supplies",
        "Strictly limited transshipments through the territory of the Federal Republic")]
    # 24, 25, 26: the means of transport to impound, detain and charge for (each paragraph's first list)
    # ("all" before the first item distributes over the list: "all vessels" is an acceptable boundary)
    + [added(x) for x in (("vessels", "all vessels"), "freight vehicles", "rolling stock", "aircraft")] * 3
    + [added("cargoes")]
    # 27: the services still allowed
    + [added("telecommunications"), added("postal services"),
       added(("legal services consistent with resolution 757 (1992)", "legal services")),
       added(("as approved, on a case-by-case basis by the Committee established by resolution 724 (1991), "
              "services whose supply may be necessary for humanitarian or other exceptional purposes",
              "services whose supply may be necessary for humanitarian or other exceptional purposes"))]
    # 30: the activities the new measures do not touch
    + [added("UNPROFOR"), added("the International Conference on the Former Yugoslavia"),
       added("the European Community Monitor Mission")]
    # debatable: the second, anaphoric naming of the lists of 24 and 25, pairs, the formula of sovereignty
    + [added(x, optional=True) for x in (("vessels", "these vessels", "such vessels"), "freight vehicles",
                                         "rolling stock", "aircraft")] * 2
    + [added(x, optional=True) for x in (
        "sovereignty", "territorial integrity", "political independence", "the Agreement on Interim "
                                                                          "Arrangements",
        "the provisional provincial map", "the United Nations Protection Force (UNPROFOR)",
        "the international humanitarian agencies", "detention", "rape of women", "land", "property",
        "regional organizations", "arrangements", "medical supplies", "foodstuffs", "river locks", "canals",
        "persons", "entities", "persons or entities", "cargoes", "destinations",
        "the Sanctions Coordinator", "the Sanctions Assistance Missions", "freight vehicles", "rolling stock",
        "the cease-fire", "any further hostilities", "financial", "non-financial",
        "essential humanitarian supplies including medical supplies and foodstuffs distributed by "
        "international "
        "humanitarian agencies")]
)

PAIRS: list[Pair] = [
    Pair("757", "760", tuple(_757_GONE + _760_SIDE)),
    Pair("760", "787", tuple(_760_GONE + _787_NEW)),
    Pair("787", "820", tuple(_787_GONE + _820_NEW)),
]
