"""Annotated edits of real Security Council resolutions for ``items.py`` (issue #13): data only.

Only edit specifications live here, never the texts (they stay in ../shared/corpus/un). A case is
``case(id, kind, *specs, note=...)``; the id starts with the resolution number. Each spec is either
- an edit in wdiff markup, ``"pig-iron, sugar, {+cotton, +}tobacco"``: the text without the ``{+...+}`` parts
  (keeping the ``[-...-]`` parts) is the anchor, which must occur exactly once (whitespace in it matches any
  whitespace: the texts are hard-wrapped); the text with the insertions and without the deletions replaces
  it. Several edits apply in order; or
- an expected item, as a careful reader decides it by reading the text (never by running the engine):
  ``+text`` added, ``-text`` removed, ``~old => new`` modified; ``a | b`` gives alternative texts for a
  genuinely ambiguous boundary; a trailing `` ...`` names a sub-paragraph, bullet or long semicolon item by
  its first words; a leading ``?`` marks a debatable item that is neither rewarded nor penalised.
The conventions (an item's text, modified versus moved, what is not a list) are in ``items.py``.
"""

from __future__ import annotations

CASES: list[tuple[str, str, tuple[str, ...], str]] = []


def case(id: str, kind: str, *specs: str, note: str = "") -> None:
    CASES.append((id, kind, specs, note))

# ---------------------------------------------------------------------------------- plain inline lists: added
case("232-2a-add-cotton", "inline-add", "pig-iron, sugar, {+cotton, +}tobacco", "+cotton")
case("591-3-add-radar", "inline-add", "aircraft engines, aircraft parts,{+ radar equipment,+}",
     "+radar equipment")
case("787-9-add-timber", "inline-add", "petroleum products, coal, {+timber, +}energy-related", "+timber")
case("787-9-add-vessels", "inline-add", "vehicles, aircraft{+, vessels+} and motors of all types",
     "+vessels", note="added before the last item: the conjunction stays with the last one")
case("820-26-add-containers", "inline-add", "rolling stock{+, containers+} and aircraft to their owners",
     "+containers", note="the same list stands in paragraphs 24 and 25, unchanged")
case("687-32-add-financing", "inline-add", "all acts, methods{+, financing+} and practices of terrorism",
     "+financing")
case("687-25-add-permits", "inline-add", "any contracts, agreements, licences{+, permits+} or any other",
     "+permits")
case("757-19-add-wfp", "inline-add",
     "Children’s Fund{+, the World Food Programme+} and the World Health Organization",
     "+the World Food Programme")
case("418-3-add-explosives", "inline-add",
     "maintenance of arms{+, explosives+}, ammunition of all types and military", "+explosives")
case("253-1-add-deportations", "inline-add", "arrests, detentions{+, deportations+}, trials and executions",
     "+deportations")
case("841-5-add-explosives", "inline-add",
     "police equipment{+, explosives+} and spare parts for the aforementioned, whether", "+explosives",
     note="the same list stands in paragraph 6, unchanged: one item, not two")
case("748-5b-add-expertise", "inline-add", "technical advice, assistance{+, expertise+} or training",
     "+expertise", note="'A, B or C' list")
case("883-6e-add-supervision", "inline-add",
     "advice, assistance{+, supervision+}, or training to Libyan pilots", "+supervision",
     note="'A, B, or C' list")
case("883-6e-add-navigators", "inline-add", "Libyan pilots{+, navigators+}, flight engineers, or aircraft",
     "+navigators")
case("687-24d-add-testing", "inline-add", "the design, development, {+testing, +}manufacture, use,",
     "+testing")
case("687-9a-add-condition", "inline-add",
     "a declaration on the locations, amounts{+, condition+} and types of all items specified in paragraph "
     "8", "+condition")
case("820-24-add-containers-end", "inline-add", "these\nvessels, freight vehicles, rolling stock{+, "
     "aircraft+} and [-aircraft-]{+containers+} may be forfeit", "+containers",
     note="added as the new last item; the first list of paragraph 24 is unchanged")
# -------------------------------------------------------------------------------- plain inline lists: removed
case("232-2a-rm-chrome", "inline-remove", "iron ore, [-chrome, -]pig-iron", "-chrome")
case("591-3-rm-computers", "inline-remove", "telecommunication equipment[-, computers-] and four-wheel",
     "-computers", note="the last-but-one item removed: the conjunction moves")
case("787-9-rm-rubber", "inline-remove", "chemicals, [-rubber, -]tyres", "-rubber")
case("820-24-rm-rolling-stock", "inline-remove",
     "impound all vessels, freight vehicles[-, rolling stock-] and aircraft in their territories",
     "-rolling stock", note="only the first of the two lists of paragraph 24")
case("253-1-rm-trials", "inline-remove", "arrests, detentions[-, trials-] and executions", "-trials")
case("757-19-rm-unicef", "inline-remove",
     "for Refugees[-, the United Nations Children’s Fund-] and the World Health",
     "-the United Nations Children’s Fund")
case("883-6e-rm-assistance", "inline-remove", "provision of advice[-, assistance,-] or training to",
     "-assistance")
case("687-25-rm-agreements", "inline-remove", "any contracts, [-agreements, -]licences", "-agreements")
case("418-2-rm-police", "inline-remove",
     "military vehicles and equipment, [-para-military police equipment, -]and spare parts",
     "-para-military police equipment")
case("820-30-rm-conference", "inline-remove",
     "UNPROFOR[-, the International Conference on the Former Yugoslavia-] or the European Community",
     "-the International Conference on the Former Yugoslavia")
case("787-9-rm-first-crude-oil", "inline-remove",
     "to prohibit the transshipment of [-crude oil, -]petroleum products, coal,", "-crude oil",
     note="the first item: it must not be swallowed into the list's name")
case("232-2d-rm-military-aircraft", "inline-remove",
     "ammunition of all types, military [-aircraft, military -]vehicles,", "-military aircraft")
# ---------------------------------------------------------------------------- items with comma-set qualifiers
case("253-3d-rm-publications", "qualifier",
     "schools and other educational institutions, [-publications, -]news material", "-publications",
     note="the list's last item carries a comma-set qualifier")
case("253-3d-rm-qualified-foodstuffs", "qualifier",
     "publications[-,-]{+ and+}\nnews material[- and, in special humanitarian circumstances, food-stuffs-])",
     "-in special humanitarian circumstances, food-stuffs | food-stuffs")
case("661-4-rm-qualified-foodstuffs", "qualifier",
     "strictly medical or humanitarian purposes[- and, in humanitarian circumstances,\nfoodstuffs-];",
     "-in humanitarian circumstances, foodstuffs | foodstuffs")
case("661-3c-add-textbooks", "qualifier",
     "strictly for medical\npurposes,{+ school textbooks+} and, in humanitarian circumstances, foodstuffs,",
     "+school textbooks")
case("820-27-add-qualified-fuel", "qualifier", "telecommunications, postal services, {+fuel for civilian "
     "fishing vessels, in quantities notified to the Committee, +}legal services",
     "+fuel for civilian fishing vessels, in quantities notified to the Committee | fuel for civilian "
     "fishing vessels")
case("820-27-rm-postal", "qualifier", "telecommunications[-, postal services-], legal services",
     "-postal services", note="a list whose items carry qualifiers ('as approved, on a case-by-case basis')")
case("591-3-add-qualified-spares", "qualifier",
     "computers[-\n-]{+, spare parts, whether or not of military design, +}and four-wheel drive vehicles",
     "+spare parts, whether or not of military design | spare parts")
case("232-2a-add-qualified-cotton", "qualifier",
     "sugar, tobacco, {+cotton, whether raw or processed, +}copper",
     "+cotton, whether raw or processed | cotton")
case("748-4b-add-qualified-training", "qualifier", "the certification of airworthiness for Libyan aircraft, "
     "the {+training, in any form, of Libyan aircrew, the +}payment",
     "+the training, in any form, of Libyan aircrew | the training of Libyan aircrew")
# --------------------------------------------------------------------------- lists with repeated prepositions
case("757-10-rm-conference", "preposition",
     "Protection Force[-, to the Conference on Yugoslavia-] or\nto the European",
     "-to the Conference on Yugoslavia",
     note="'with the Force, the Conference and the Mission' later in the paragraph is unchanged")
case("757-10-add-icrc", "preposition", "to the Conference on Yugoslavia{+, to the International Committee of "
     "the Red Cross+} or\nto the European", "+to the International Committee of the Red Cross")
case("253-4-add-repatriation", "preposition",
     "for pensions or for {+the repatriation of nationals or for +}strictly medical",
     "+for the repatriation of nationals")
case("253-4-rm-pensions", "preposition", "exclusively\n[-for pensions or -]for strictly medical",
     "-for pensions")
case("883-8-rm-national", "preposition",
     "public authorities of Libya[-, or\nof any Libyan national-], or of any Libyan undertaking",
     "-of any Libyan national")
case("687-29-add-bank", "preposition",
     "or of any person or body\nin Iraq, or of any {+Iraqi bank, or of any +}person claiming",
     "+of any Iraqi bank")
case("883-8-add-bank", "preposition",
     "or of any Libyan undertaking as defined in\nparagraph 3 above,{+ or of any Libyan bank,+}",
     "+of any Libyan bank")
# ------------------------------------------------------------------------ items whose own text contains "and"
case("232-2a-rm-meat", "and-item", "copper[-, meat\nand meat products-] and hides", "-meat and meat products")
case("232-2a-add-cotton-products", "and-item", "sugar, tobacco, {+cotton and cotton products, +}copper,",
     "+cotton and cotton products")
case("591-3-rm-electronic", "and-item",
     "aircraft parts,\n[-electronic and telecommunication equipment, -]computers",
     "-electronic and telecommunication equipment")
case("418-2-rm-vehicles", "and-item", "and ammunition, [-military vehicles and equipment, -]para-military",
     "-military vehicles and equipment")
case("687-8a-rm-stocks", "and-item",
     "All chemical and biological weapons and all [-stocks of\nagents and all -]related subsystems",
     "-all stocks of agents", note="a list joined by 'and all' throughout")
case("748-5a-add-aircraft", "and-item",
     "military vehicles and equipment, {+aircraft and aircraft components, +}paramilitary police equipment",
     "+aircraft and aircraft components")
case("864-19-rm-vehicles", "and-item",
     "weapons and ammunition[-, military\nvehicles and equipment-] and spare parts",
     "-military vehicles and equipment")
case("820-1-rm-map", "and-item", "the nine Constitutional Principles (annex II)[-, the\nprovisional "
     "provincial map (annex III)-] and the Agreement", "-the provisional provincial map (annex III)")
case("820-1-rm-peace-agreement", "and-item", "(annex II)[-,-]{+ and+} the\nprovisional provincial map (annex "
     "III)[- and the Agreement for Peace in Bosnia\nand Herzegovina (annex IV)-];",
     "-the Agreement for Peace in Bosnia and Herzegovina (annex IV)",
     note="the removed last item's name contains 'and'")
case("757-7b-rm-insurance-claims", "and-item", "the certification of airworthiness\nfor such aircraft, and "
     "the [-payment of new claims against existing\ninsurance contracts and the -]provision",
     "-the payment of new claims against existing insurance contracts")
# ----------------------------------------------------------------------------- replaced item in the same slot
case("748-5b-mod-training", "modified", "assistance or [-training-]{+instruction+}\nrelated",
     "~training => instruction")
case("883-6d-mod-improvement", "modified", "construction, [-improvement-]{+upgrading+} or\nmaintenance",
     "~improvement => upgrading")
case("787-9-mod-chemicals", "modified", "metals,{+ industrial+} chemicals, rubber",
     "~chemicals => industrial chemicals")
case("591-3-mod-computers", "modified", "equipment,{+ personal+} computers\nand four-wheel",
     "~computers => personal computers")
case("232-2a-mod-copper", "modified", "tobacco, copper{+ ore+}, meat", "~copper => copper ore")
case("253-1-mod-detentions", "modified", "arrests, detentions{+ without trial+}, trials",
     "~detentions => detentions without trial")
case("757-19-mod-unicef", "modified",
     "United Nations [-Children’s-]{+Development+} [-Fund-]{+Programme+} and the World Health",
     "~the United Nations Children’s Fund => the United Nations Development Programme")
case("687-25-mod-licences", "modified", "agreements, [-licences-]{+permits+} or any other",
     "~licences => permits")
case("820-26-mod-rolling-stock", "modified", "{+railway +}rolling stock and aircraft to their owners",
     "~rolling stock => railway rolling stock")
case("883-6e-mod-engineers", "modified", "Libyan pilots, flight\n[-engineers-]{+navigators+}, or",
     "~flight engineers => flight navigators")
case("418-2-mod-spares", "modified", "and spare parts for{+ any of+} the aforementioned, and shall cease",
     "~spare parts for the aforementioned => spare parts for any of the aforementioned",
     note="the last item, which holds the list's back-reference, reworded")
case("820-30-mod-monitor-mission", "modified", "European [-Community-]{+Union+}\nMonitor Mission;",
     "~the European Community Monitor Mission => the European Union Monitor Mission")
# -------------------------------------------------------------------------------------------- semicolon lists
case("687-19-rm-arrangements", "semicolon",
     "[-arrangements for ensuring that payments are made to the Fund;\n-]",
     "-arrangements for ensuring that payments are made to the Fund")
case("687-19-add-auditing", "semicolon",
     "including the following: administration of the Fund;{+ the auditing of the Fund;+}",
     "+the auditing of the Fund")
case("687-19-mod-administration", "semicolon",
     "the following: [-administration-]{+management+} of the Fund;",
     "~administration of the Fund => management of the Fund", note="the first item of the list")
case("687-19-rm-process", "semicolon", "[-the process by which funds will be allocated and claims paid;\n-]",
     "-the process by which funds will be allocated and claims paid", note="the removed item contains 'and'")
case("787-pre-rm-communique", "semicolon", "[-the Joint Communiqué issued on 1 November 1992 at\nZagreb by "
     "the Presidents of the Republic of Croatia and the Republic of Bosnia\nand Herzegovina; 4/ -]",
     "-the Joint Communiqué issued on 1 November 1992 at Zagreb ...")
case("787-pre-add-corridors", "semicolon", "the Republic of Bosnia and Herzegovina{+; the opening of "
     "humanitarian corridors+}; and the production of a draft outline",
     "+the opening of humanitarian corridors")
# ----------------------------------------------------------------------------- lettered sub-paragraphs: added
case("748-9-add-g", "subpara-add", "{+paragraphs 3 to 7 above;\n\n(g) To make periodic reports to the "
     "Council on the implementation of the measures imposed by +}paragraphs 3 to 7 above;\n\n10. Calls upon",
     "+To make periodic reports to the Council ...", note="added after the last letter")
case("757-8-add-b-reletter", "subpara-add", "(b{+) Deny entry into their territories to officials of the "
     "authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro);\n\n(c+}) Take the necessary "
     "steps to prevent the participation", "([-c-]{+d+}) Suspend scientific and technical",
     "+Deny entry into their territories to officials ...",
     note="inserted as (b), the old (b) and (c) relettered (c) and (d)")
case("841-10-add-g", "subpara-add", "(f) To promulgate guidelines to facilitate implementation of "
     "this\nresolution;{+\n\n(g) To examine requests for the release of funds frozen under paragraph 8 "
     "above;+}", "+To examine requests for the release of funds ...")
case("864-22-add-f", "subpara-add", "the implementation of the measures imposed by paragraph 19;\n\n{+(f) To "
     "consider requests for exemptions on humanitarian grounds;\n\n+}23.",
     "+To consider requests for exemptions on humanitarian grounds ...")
case("253-5-add-c", "subpara-add", "or resolution 232 (1966) of 16 December 1966;\n\n{+(c) Prevent the "
     "remittance of funds to persons in Southern Rhodesia for the purpose of emigration;\n\n+}6. Decides",
     "+Prevent the remittance of funds to persons in Southern Rhodesia ...")
case("820-22-add-d", "subpara-add", "Danube in accordance with paragraph 15 above;\n\n{+(d) Postal and "
     "telecommunications equipment approved on a case-by-case basis by the Committee established by "
     "resolution 724 (1991);\n\n+}23.",
     "+Postal and telecommunications equipment approved on a case-by-case basis ...")
case("661-9-add-a-reletter", "subpara-add", "(a{+) To release any assets of the legitimate Government of "
     "Kuwait at its request;\n\n(b+}) To take appropriate measures to protect assets",
     "([-b-]{+c+}) Not to recognize any régime",
     "+To release any assets of the legitimate Government of Kuwait ...",
     note="inserted as (a): both old sub-paragraphs relettered")
# --------------------------------------------------------------------------- lettered sub-paragraphs: removed
case("748-6-rm-b-reletter", "subpara-remove",
     "(b[-) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c-]) Take all appropriate steps",
     "-Prevent the operation of all Libyan Arab Airlines Offices ...", note="(c) relettered (b)")
case("661-3-rm-b-reletter", "subpara-remove", "(b[-) Any activities by their nationals or in their "
     "territories which would promote or are calculated to promote the export or trans-shipment of any "
     "commodities or products from Iraq or Kuwait; and any dealings by their nationals or their flag vessels "
     "or in their territories in any commodities or products originating in Iraq or Kuwait and exported "
     "therefrom after the date of the present resolution, including in particular any transfer of funds to "
     "Iraq or Kuwait for the purposes of such activities or dealings;\n\n(c-]) The sale",
     "-Any activities by their nationals or in their territories ...", "?-export", "?-trans-shipment",
     "?-their nationals", "?-their flag vessels", "?-in their territories", "?-activities", "?-dealings",
     note="a long sub-paragraph that holds a semicolon; (c) relettered (b)")
case("232-2-rm-c-no-reletter", "subpara-remove", "[-(c) Shipment in vessels or aircraft of their "
     "registration\nof any of these commodities originating in Southern\nRhodesia and exported therefrom "
     "after the date\nof the present resolution;\n\n-]",
     "-Shipment in vessels or aircraft of their registration ...", "?-vessels", "?-aircraft",
     note="the letters are left with a gap (a)(b)(d)(e)(f)")
case("687-24-rm-c-reletter", "subpara-remove", "(c) [-Technology under licensing or other transfer "
     "arrangements used in the production, utilization or stockpiling of items\nspecified in paragraphs (a) "
     "and (b);\n\n(d) -]Personnel", "-Technology under licensing or other transfer arrangements ...",
     "-production", "-utilization", "-stockpiling", "?-licensing", "?-other transfer arrangements",
     note="the removed sub-paragraph holds a list of activities of its own")
case("883-6c-rm-ii", "subpara-remove", "aircraft or aircraft components[-, or\n\n(ii) The provision of "
     "engineering or maintenance servicing of\nany aircraft or aircraft components within Libya-];",
     "-The provision of engineering or maintenance servicing of any aircraft ...", "?-engineering",
     "?-maintenance servicing", "?-aircraft", "?-aircraft components",
     note="a roman-numbered sub-sub-paragraph")
case("883-3-rm-b", "subpara-remove",
     "(a) The Government or public authorities of Libya;[- or\n\n(b) Any Libyan undertaking;-]",
     "-Any Libyan undertaking")
case("757-13-rm-e-reletter", "subpara-remove", "(e) To consider and [-approve the guidelines referred to "
     "in\nparagraph 6 above;\n\n(f) To consider and -]decide",
     "-To consider and approve the guidelines referred to in paragraph 6 above ...")
case("820-16-rm-inline-b", "subpara-remove", "or (b) [-in which a majority or controlling\ninterest is held "
     "by a person or undertaking in or operating from the Federal\nRepublic of Yugoslavia (Serbia and "
     "Montenegro) or (c) -]suspected",
     "-in which a majority or controlling interest is held by a person ...", "?-a person", "?-undertaking",
     note="letters inside a sentence; (c) relettered (b)")
case("841-10-rm-a-reletter", "subpara-remove",
     "(a) To [-examine the reports submitted pursuant to paragraph 13 below;\n\n(b) To -]seek",
     "([-c-]{+b+}) To consider any information", "([-d-]{+c+}) To consider and decide",
     "([-e-]{+d+}) To make periodic reports", "([-f-]{+e+}) To promulgate guidelines",
     "-To examine the reports submitted pursuant to paragraph 13 below ...",
     note="the first sub-paragraph removed, all the others relettered")
# ----------------------------------------------------------------------------------------------- dash bullets
case("757-bullet-rm-neighbours", "bullet", "[-- Bosnia and Herzegovina’s neighbours take swift action\nto "
     "end all interference and respect the territorial\nintegrity of Bosnia and Herzegovina,\n\n-]",
     "-Bosnia and Herzegovina’s neighbours take swift action ...")
case("757-bullet-add-release", "bullet", "Herzegovina cease immediately,\n\n{+- All parties release all "
     "civilians detained in Bosnia and Herzegovina,\n\n+}",
     "+All parties release all civilians detained in Bosnia and Herzegovina ...")
case("757-bullet-mod-fighting", "bullet", "Herzegovina stop the fighting {+and the shelling +}immediately,",
     "~All parties and others concerned in Bosnia => All parties and others concerned in Bosnia ...",
     "?+the shelling",
     note="a bullet reworded: modified, named by its unchanged first words (its new pair is debatable)")
case("883-annex-rm-anchor-chains", "bullet", "(from 12 to 16 inches)[-,\n\n- Anchor chains-].",
     "-Anchor chains")
case("883-annex-add-storage-tanks", "bullet",
     "- Boosting pumps within the same range of flow rates;{+\n\n- Storage tanks of large capacity;+}",
     "+Storage tanks of large capacity")
case("883-annex-rm-api-pumps", "bullet",
     "[-- Pumps meeting American Petroleum Institute 610 standards,\n\n-]",
     "-Pumps meeting American Petroleum Institute 610 standards ...")
case("883-annex-mod-boilers", "bullet",
     "- Boilers meeting American Society of Mechanical Engineers [-1-]{+8+}\nstandards,",
     "~Boilers meeting American Society of Mechanical Engineers 1 standards => Boilers meeting American "
     "Society of Mechanical Engineers 8 standards ...")
case("883-annex-add-loading-arms", "bullet",
     "of\n\nlarge sizes (from 12 to 16 inches),\n\n- {+Marine loading arms,\n\n- +}Anchor chains.",
     "+Marine loading arms")
# ----------------------------------------------------------------------------- moved within the list: nothing
case("787-9-move-coal", "move",
     "petroleum products[-, coal-], energy-related equipment, iron, {+coal, +}steel")
case("232-2a-move-sugar", "move", "pig-iron[-, sugar-], tobacco, copper, {+sugar, +}meat")
case("591-3-move-computers", "move", "namely{+, computers+}, aircraft, aircraft engines, aircraft "
     "parts,\nelectronic and telecommunication equipment[-,-] [-computers\n-]and four-wheel drive vehicles",
     note="the last-but-one item becomes the first")
case("757-19-move-unicef", "move", "{+the United Nations Children’s Fund, +}the United Nations High "
     "Commissioner for Refugees[-, the\nUnited Nations Children’s Fund-] and the World")
case("883-annex-move-anchor-chains", "move",
     "{+- Anchor chains,\n+}- Loading buoys or single point moorings (spm),\n- Flexible hoses",
     "(from 12 to 16 inches)[-,\n\n- Anchor chains-].",
     note="a bullet moved to the top (end punctuation follows the position)")
case("748-6-swap-b-c", "move", "(b[-) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c-]) "
     "Take all appropriate steps to deny entry to or expel\nLibyan nationals who have been denied entry to "
     "or expelled\nfrom other States because of their involvement in terrorist\nactivities;{+\n\n(c) Prevent "
     "the operation of all Libyan Arab Airlines\nOffices;+}",
     note="two sub-paragraphs swap places (the letters stay in order)")
case("820-30-move-unprofor", "move",
     "[-UNPROFOR, -]the\nInternational Conference on the Former Yugoslavia{+, UNPROFOR+} or the European")
case("687-19-move-administration", "move",
     "including the following: [-administration of the Fund;\n-]mechanisms",
     "arrangements for ensuring that payments are made to the Fund;{+ administration of the Fund;+}")
case("253-1-move-executions", "move",
     "arrests, [-detentions-]{+executions+}, [-trials-]{+detentions+} and [-executions-]{+trials+}")
# ------------------------------------------------------------------------------------------ reflowed: nothing
case("232-2a-reflow", "reflow", "asbestos, iron[-\n-]{+ +}ore, chrome,[- -]{+\n+}pig-iron, sugar,[- -]{+  "
     "+}tobacco, copper, meat[-\n-]{+ +}and meat[- -]{+\n+}products and hides, skins and leather[-\n-]{+ "
     "+}originating")
case("787-9-reflow", "reflow", "to prohibit the transshipment of crude[-\n-]{+ +}oil, petroleum products, "
     "coal,[- -]{+\n+}energy-related equipment, iron, steel, other[-\n-]{+ +}metals, chemicals, rubber,[- "
     "-]{+\n+}tyres, vehicles, aircraft and motors of all types[-\n-]{+ +}unless")
case("757-bullet-reflow", "reflow",
     "- All parties and others concerned in Bosnia and[-\n-]{+ +}Herzegovina stop the fighting immediately,")
case("687-19-reflow", "reflow", "including the[- -]{+\n+}following:[- -]{+   +}administration of the "
     "Fund;[-\n-]{+ +}mechanisms for[- -]{+\n+}determining")
case("883-annex-reflow", "reflow",
     "- Loading pumps of large capacity[- -]{+\n+}(4,000 cubic[- -]{+  +}metres per[-\n-]{+ +}hour)")
case("591-3-reflow", "reflow", "namely,[- -]{+  +}aircraft, aircraft engines,[- -]{+\n+}aircraft "
     "parts,[-\n-]{+ +}electronic and telecommunication[- -]{+\n+}equipment, computers")
case("820-26-reflow", "reflow", "26. Confirms that States may charge the expense of impounding[- "
     "-]{+\n+}vessels,[-\n-]{+ +}freight vehicles, rolling[- -]{+\n+}stock and aircraft to their owners;")
case("253-3d-reflow", "reflow", "educational equipment and material for use in[-\n-]{+ +}schools and[- "
     "-]{+\n+}other educational institutions, publications,[-\n-]{+ +}news material[- -]{+\n+}and, in "
     "special humanitarian circumstances,[- -]{+\n+}food-stuffs)")
# ---------------------------------------------------------------------------------- unchanged copies: nothing
for _res in ("232", "687", "757", "820", "883", "591", "841"):
    case(f"{_res}-unchanged", "control")
# -------------------------------------------------------------------------- edits that touch no list: nothing
case("687-7-title-production", "non-list", "Development, Production{+, Acquisition+} and Stockpiling of "
     "Bacteriological (Biological)\nand Toxin Weapons and on Their Destruction, of 10 April\n1972; 61",
     note="a coordination inside a treaty's title")
case("687-7-title-gases", "non-list", "Invites Iraq to reaffirm unconditionally its obligations\nunder the "
     "Protocol for the Prohibition of the Use in War of\nAsphyxiating, [-Poisonous-]{+Toxic+}",
     note="a word of a title's coordination replaced")
case("232-4-title-peoples", "non-list", "Colonial Countries{+, Territories+} and Peoples",
     note="a declaration's title gains a member")
case("820-20-title-csce", "non-list", "Conference on Security{+, Stability+} and\nCooperation in Europe")
case("757-pre-citation-date", "non-list", "740 (1992) of 7\n[-February-]{+March+} 1992",
     note="a date in a list of citations")
case("864-pre-citation-date", "non-list", "823 (1993) of [-30-]{+29+} April 1993")
case("820-pre-document-symbol", "non-list", "S/25403 and S/[-25479-]{+25480+}),",
     note="a document symbol in a citation")
case("841-pre-ga-citation-date", "non-list", "46/138\nof [-17-]{+16+} December 1991")
case("661-vote", "non-list", "[-13-]{+12+} votes to [-none-]{+1+}, with 2 abstentions (Cuba and Yemen)",
     note="a vote tally")
case("883-vote-abstentions", "non-list",
     "by [-11-]{+12+} votes to none\nwith [-4-]{+3+} abstentions (China, Djibouti[-, Morocco-] "
     "and\nPakistan)", note="a vote's abstainers")
case("841-10d-verbs", "non-list", "To consider and [-decide-]{+approve+} expeditiously",
     note="a pair of verbs")
case("253-pre-verbs", "non-list", "Recalling and [-reaffirming-]{+confirming+} its resolutions",
     note="a pair of verbs")
case("748-9e-verbs", "non-list", "To consider and to [-decide-]{+act+} upon expeditiously")
case("820-3-named-party", "non-list", "refusal so far of the Bosnian\n[-Serb-]{+Croat+} party",
     note="a named party")
case("787-4-named-parties", "non-list",
     "in particular the Bosnian Serb {+and Bosnian Croat +}paramilitary forces",
     note="a named party becomes a coordination of two")
case("757-1-named-army", "non-list",
     "Montenegro), including the\nYugoslav [-People’s-]{+National+} Army, to take",
     note="inside 'Federal Republic of Yugoslavia (Serbia and Montenegro)'")
case("748-3-date", "non-list", "Decides that, on [-15-]{+20+} April 1992,")
case("757-12-paragraph-ref", "non-list", "meeting the obligations set out in paragraphs 4 to [-9-]{+8+}")
case("661-1-prose", "non-list", "has [-usurped-]{+seized+} the\nauthority", note="a plain word in prose")
# --------------------------------------------------------------------------- whole paragraphs added / removed
case("787-9-rm-paragraph", "para-list", "[-9. Decides, acting under Chapter VII of the Charter of the "
     "United\nNations, in order to ensure that commodities and products transshipped through\nthe Federal "
     "Republic of Yugoslavia (Serbia and Montenegro) are not diverted in\nviolation of resolution 757 "
     "(1992), to prohibit the transshipment of crude\noil, petroleum products, coal, energy-related "
     "equipment, iron, steel, other\nmetals, chemicals, rubber, tyres, vehicles, aircraft and motors of all "
     "types\nunless such transshipment is specifically authorized on a case-by-case basis\nby the Committee "
     "established by resolution 724 (1991) under its no-objection\nprocedure;\n\n-]", "?-commodities",
     "?-products", "-crude oil", "-petroleum products", "-coal", "-energy-related equipment", "-iron",
     "-steel", "-other metals", "-chemicals", "-rubber", "-tyres", "-vehicles", "-aircraft",
     "-motors of all types | motors")
case("591-3-rm-paragraph", "para-list", "[-3. Urges all States to prohibit the export to South\nAfrica of "
     "items which they have reason to believe are destined for the military and/or police forces of South "
     "Africa,\nhave a military capacity and are intended for military purposes, namely, aircraft, aircraft "
     "engines, aircraft parts,\nelectronic and telecommunication equipment, computers\nand four-wheel drive "
     "vehicles;\n\n-]", "-aircraft", "-aircraft engines", "-aircraft parts",
     "-electronic and telecommunication equipment", "-computers", "-four-wheel drive vehicles", "?-military",
     "?-police forces of South Africa")
case("883-add-paragraph-pumps", "para-list", "{+4 bis. Decides further that all States shall prohibit the "
     "sale or supply to Libya of pumps, compressors, turbines and valves designed for use in oil "
     "terminals;\n\n+}5. Decides that all States shall prohibit any provision to Libya", "+pumps",
     "+compressors", "+turbines", "+valves designed for use in oil terminals | valves", "?+sale", "?+supply")
case("232-add-paragraph-petroleum", "para-list", "10{+. Decides that all States shall prevent the supply to "
     "Southern Rhodesia of petroleum, lubricants, spare parts and explosives;\n\n11+}. Decides to keep this "
     "item on its agenda", "+petroleum", "+lubricants", "+spare parts", "+explosives",
     note="the last paragraph renumbered")
case("757-19-rm-paragraph", "para-list", "[-19. Urges all States to respond to the Revised Joint\nAppeal for "
     "humanitarian assistance of early May 1992 issued by\nthe United Nations High Commissioner for "
     "Refugees, the\nUnited Nations Children’s Fund and the World Health Organization;\n\n-]",
     "-the United Nations High Commissioner for Refugees", "-the United Nations Children’s Fund",
     "-the World Health Organization")
case("820-26-rm-paragraph", "para-list", "[-26. Confirms that States may charge the expense of impounding "
     "vessels,\nfreight vehicles, rolling stock and aircraft to their owners;\n\n-]", "-vessels",
     "-freight vehicles", "-rolling stock", "-aircraft", note="the same list stays in paragraphs 24 and 25")
case("841-add-paragraph-bullets", "para-list", "17{+. Decides that the following shall be exempt from the "
     "measures in paragraph 5:\n\n- Medicines and medical equipment,\n\n- Foodstuffs,\n\n- Propane gas for "
     "cooking.\n\n18+}. Decides to remain seized of the matter.", "+Medicines and medical equipment",
     "+Foodstuffs", "+Propane gas for cooking", note="a new paragraph that introduces a bullet list")
case("787-16-rm-paragraph", "para-plain", "[-16. Considers that, in order to facilitate the implementation "
     "of the\nrelevant Security Council resolutions, observers should be deployed on the\nborders of the "
     "Republic of Bosnia and Herzegovina, and requests the\nSecretary-General to present to the Council as "
     "soon as possible his\nrecommendations on this matter;\n\n-]")
case("757-2-rm-paragraph", "para-plain", "[-2. Demands that any elements of the Croatian Army still\npresent "
     "in Bosnia and Herzegovina act in accordance with\nparagraph 4 of resolution 752 (1992) without further "
     "delay;\n\n-]")
case("232-5-rm-paragraph", "para-plain", "[-5. Calls upon all States not to render financial or\nother "
     "economic aid to the illegal racist régime in Southern\nRhodesia;\n\n-]")
case("883-add-paragraph-plain", "para-plain", "17{+. Further requests the Secretary-General to keep the "
     "Council informed of the implementation of the present resolution;\n\n18+}. Decides to remain seized of "
     "the matter.")
case("864-9-rm-paragraph", "para-plain", "[-9. Reaffirms that such occupation is a grave violation of the "
     "Peace\nAccords and is incompatible with the goal of peace through agreements\nand "
     "reconciliation;\n\n-]", "?-agreements", "?-reconciliation")
case("661-8-rm-paragraph", "para-plain", "[-8. Requests the Secretary-General to provide all necessary "
     "assistance to the Committee and to make the necessary arrangements in the Secretariat for that "
     "purpose;\n\n-]")
case("820-32-rm-paragraph", "para-plain", "[-32. Invites all States to consider what contribution they can "
     "make to\nthe reconstruction of the Republic of Bosnia and Herzegovina;\n\n-]")
case("748-12-rm-paragraph", "para-plain", "[-12. Invites the Secretary-General to continue his role as\nset "
     "out in paragraph 4 of resolution 731 (1992);\n\n-]")
# -------------------------------------------------------------------------------------- several edits at once
case("787-9-multi", "multi", "petroleum products, coal, {+timber, +}energy-related",
     "{+industrial +}chemicals, [-rubber, -]tyres", "+timber", "-rubber",
     "~chemicals => industrial chemicals")
case("748-multi", "multi", "assistance or [-training-]{+instruction+}\nrelated",
     "(b[-) Prevent the operation of all Libyan Arab Airlines\nOffices;\n\n(c-]) Take all appropriate steps",
     "Decides that, on [-15-]{+20+} April 1992,", "~training => instruction",
     "-Prevent the operation of all Libyan Arab Airlines Offices ...")
case("883-multi", "multi", "(from 12 to 16 inches)[-,\n\n- Anchor chains-].",
     "construction, [-improvement-]{+upgrading+} or\nmaintenance",
     "advice, assistance{+, supervision+}, or training to Libyan pilots",
     "by [-11-]{+12+} votes to none\nwith [-4-]{+3+} abstentions", "-Anchor chains",
     "~improvement => upgrading", "+supervision")
case("232-multi", "multi", "pig-iron, sugar, {+cotton, +}tobacco",
     "ammunition of all types, military [-aircraft, military -]vehicles,",
     "Colonial Countries{+, Territories+} and Peoples", "+cotton", "-military aircraft")
case("820-multi", "multi",
     "impound all vessels, freight vehicles[-, rolling stock-] and aircraft in their territories",
     "telecommunications, postal services, {+banking services, +}legal services",
     "UNPROFOR, the{+ International+}\n[-International -]Conference", "-rolling stock", "+banking services")
# ------------------------------------------------------------------------------------- more of the same kinds
case("820-12-add-storage", "inline-add", "import to, export from{+, storage in+} and transshipment through",
     "+storage in | storage", note="items that end with their own preposition")
case("820-12-rm-export", "inline-remove", "import to[-, export from-] and transshipment through",
     "-export from | export")
case("661-4-add-central-bank", "preposition",
     "the Government{+ of Iraq, to the Central Bank+} of Iraq, or to any commercial, industrial",
     "+to the Central Bank of Iraq", note="a pair 'to A, or to B' becomes a list of three")
case("841-8-add-inline-c", "subpara-add", "owned\nor controlled by such Government or authorities, {+or (c) "
     "of any person acting on behalf of such Government or authorities, +}shall require",
     "+of any person acting on behalf of such Government or authorities ...",
     note="letters inside a sentence, added after the last")
case("820-21-rm-inline-c", "subpara-remove", "Montenegro)[-, or (c) controlled directly or indirectly by "
     "such authorities or\nundertakings or by entities, wherever located or organized, owned or\ncontrolled "
     "by such authorities or undertakings-], shall require",
     "-controlled directly or indirectly by such authorities or undertakings ...", "?-authorities",
     "?-undertakings", note="the last of three inline letters removed")
case("864-22-rm-c-reletter", "subpara-remove", "(c[-) To consider information brought to its attention by "
     "States\nconcerning violations of the measures imposed by paragraph 19 and to\nrecommend appropriate "
     "measures in response thereto;\n\n(d-]) To make periodic reports",
     "([-e-]{+d+}) To promulgate guidelines that may",
     "-To consider information brought to its attention by States ...")
case("748-5-rm-c-last", "subpara-remove", ";[-\n\n(c) Withdraw any of their officials or agents present "
     "in\nLibya to advise the Libyan authorities on military matters;-]",
     "-Withdraw any of their officials or agents present in Libya ...", "?-officials", "?-agents",
     note="the last sub-paragraph")
case("687-9b-rm-iii", "subpara-remove", "under paragraph 8 (b);[-\n\n(iii) The provision by the Special "
     "Commission to the\nDirector General of the International Atomic\nEnergy Agency of the assistance and "
     "cooperation\nrequired in paragraphs 12 and 13;-]",
     "-The provision by the Special Commission to the Director General ...", "?-assistance", "?-cooperation",
     note="the last roman sub-sub-paragraph of 9 (b)")
case("253-20-add-c", "subpara-add", "proper discharge of its duty to report to the Security\nCouncil "
     ";{+\n\n(c) To recommend to the Council measures in response to violations of the present resolution "
     ";+}", "+To recommend to the Council measures in response to violations ...",
     note="the source's space before the semicolon kept")
case("757-bullet-rm-last", "bullet", "authority of the Government of Bosnia and Herzegovina,[-\n\n- All "
     "irregular forces in Bosnia and Herzegovina be\ndisbanded and disarmed,-]",
     "-All irregular forces in Bosnia and Herzegovina be disbanded and disarmed ...", note="the last bullet")
case("883-annex-rm-furnaces", "bullet",
     "[-- Furnaces meeting American Society of Mechanical Engineers 8\nstandards;\n\n-]",
     "-Furnaces meeting American Society of Mechanical Engineers 8 standards ...")
case("883-annex-mod-metering", "bullet",
     "- Metering equipment of large capacity ([-1,000-]{+500+} cubic metres per",
     "~Metering equipment of large capacity (1,000 cubic metres per hour and above) => Metering equipment of "
     "large capacity (500 cubic metres per hour and above) ...")
case("687-19-rm-last", "semicolon",
     "as specified in paragraph 16;[- and the composition of the Commission designated above;-]",
     "-the composition of the Commission designated above", note="the last item, after '; and'")
case("787-pre-rm-first", "semicolon", "including[- the Joint Declarations signed at Geneva on\n30 September "
     "1992 1/ and 20 October 1992 2/ by the Presidents of the Republic\nof Croatia and the Federal Republic "
     "of Yugoslavia (Serbia and Montenegro);-] the\nJoint Statement",
     "-the Joint Declarations signed at Geneva on 30 September 1992 ...", note="the first item")
case("787-pre-mod-working-group", "semicolon",
     "the establishment of the Mixed Military [-Working Group-]{+Commission+} in\nthe Republic",
     "~the establishment of the Mixed Military Working Group in the Republic of Bosnia and Herzegovina => "
     "the establishment of the Mixed Military Commission in the Republic of Bosnia and Herzegovina ...")
case("591-3-mod-engines", "modified", "aircraft, [-aircraft-]{+jet+} engines, aircraft parts",
     "~aircraft engines => jet engines")
case("820-27-mod-postal", "modified", "telecommunications, postal{+ and courier+} services, legal services",
     "~postal services => postal and courier services", note="the new text holds an 'and' of its own")
case("253-3d-mod-publications", "modified", "institutions,{+ printed+} publications,\nnews material",
     "~publications => printed publications")
case("687-8a-add-delivery-systems", "and-item",
     "all related subsystems and components and all{+ delivery systems and munitions and all+}\nresearch",
     "+all delivery systems and munitions")
case("883-4-rm-agricultural", "and-item",
     "including natural gas\nand natural gas products,[- or agricultural products or commodities,-]",
     "-agricultural products or commodities | agricultural products", "?-commodities",
     note="'petroleum or petroleum products, ..., or agricultural products or commodities'")
case("841-pre-adjectives", "non-list", "[-an-]{+a+} [-early-]{+prompt+}, comprehensive and peaceful",
     note="a word of a run of adjectives")
case("873-2-named-persons", "non-list", "President Aristide or Prime Minister {+Robert +}Malval of Haiti",
     note="a named person")
case("825-vote", "non-list", "with 2 abstentions (China, [-Pakistan-]{+India+}).", note="a vote's abstainers")
case("864-1-date", "non-list", "months, until 15 [-December-]{+March+} [-1993-]{+1994+};")
case("883-annex-reflow-blank", "reflow", "floating loading hoses of[-\n\n-]{+ +}large sizes",
     note="a stray blank line inside a bullet (a page break of the source) closed up")
case("864-15-reflow-blank", "reflow", "as well as of the personnel[-\n\n-]{+\n+}involved in humanitarian")
case("757-8-rm-paragraph", "para-list", "[-8. Decides also that all States shall:\n\n(a) Reduce the level of "
     "the staff at diplomatic missions\nand consular posts of the Federal Republic of Yugoslavia\n(Serbia "
     "and Montenegro);\n\n(b) Take the necessary steps to prevent the participation\nin sporting events on "
     "their territory of persons or groups\nrepresenting the Federal Republic of Yugoslavia (Serbia "
     "and\nMontenegro);\n\n(c) Suspend scientific and technical cooperation and\ncultural exchanges and "
     "visits involving persons or groups\nofficially sponsored by or representing the Federal Republic "
     "of\nYugoslavia (Serbia and Montenegro);\n\n-]",
     "-Reduce the level of the staff at diplomatic missions ...",
     "-Take the necessary steps to prevent the participation in sporting events ...",
     "-Suspend scientific and technical cooperation and cultural exchanges ...", "?-diplomatic missions",
     "?-consular posts", "?-persons", "?-groups", "?-scientific and technical cooperation",
     "?-cultural exchanges and visits", "?-cultural exchanges", "?-visits",
     note="a paragraph of three lettered sub-paragraphs")
case("661-9-rm-paragraph", "para-list", "[-9. Decides that, notwithstanding paragraphs 4 to 8\nabove, "
     "nothing in the present resolution shall prohibit\nassistance to the legitimate Government of Kuwait, "
     "and\ncalls upon all States:\n\n(a) To take appropriate measures to protect assets of\nthe legitimate "
     "Government of Kuwait and its agencies;\n\n(b) Not to recognize any régime set up by the occupying "
     "Power;\n\n-]", "-To take appropriate measures to protect assets ...",
     "-Not to recognize any régime set up by the occupying Power ...",
     "?-the legitimate Government of Kuwait", "?-its agencies")
case("757-multi", "multi", "[-- Bosnia and Herzegovina’s neighbours take swift action\nto end all "
     "interference and respect the territorial\nintegrity of Bosnia and Herzegovina,\n\n-]",
     "to the Conference on Yugoslavia{+, to the International Committee of the Red Cross+} or\nto the "
     "European", "740 (1992) of 7\n[-February-]{+March+} 1992",
     "-Bosnia and Herzegovina’s neighbours take swift action ...",
     "+to the International Committee of the Red Cross")
case("687-multi", "multi",
     "including the following: administration of the Fund;{+ the auditing of the Fund;+}",
     "agreements, [-licences-]{+permits+} or any other",
     "All chemical and biological weapons and all [-stocks of\nagents and all -]related subsystems",
     "+the auditing of the Fund", "~licences => permits", "-all stocks of agents")
case("591-6-add-aircraft-once", "inline-add", "importing arms, ammunition of all types{+, military "
     "aircraft+} and military vehicles produced in South Africa;", "+military aircraft",
     note="the same list stands unchanged in the preamble: the item is reported once")
case("748-7-addressee", "non-list",
     "the United Nations, and all [-international-]{+regional+} organizations, to act", note="an addressee")
case("687-19-mod-mechanisms", "semicolon", "based on a [-percentage-]{+share+} of the value of",
     "~mechanisms for determining the appropriate level => mechanisms for determining "
     "the appropriate level ...",
     note="a word changed deep inside a long semicolon item")
case("418-2-add-qualified-aircraft", "qualifier",
     "para-military police equipment, {+aircraft, whether civil or military, +}and spare parts",
     "+aircraft, whether civil or military | aircraft")
case("418-2-mod-weapons", "modified",
     "transfer of weapons\nand ammunition{+ of all types+}, military vehicles",
     "~weapons and ammunition => weapons and ammunition of all types", note="the first item of the list")
case("841-7-add-cans", "inline-add", "only in barrels{+, cans+} or bottles, of", "+cans",
     note="a pair becomes a list of three")
case("864-26-add-freeze", "inline-add",
     "of Angola{+, a freeze of its funds+} and restrictions on the travel of its personnel",
     "+a freeze of its funds", note="a pair of measures becomes a list of three")
case("864-19-add-explosives", "inline-add",
     "including weapons and ammunition, {+explosives, +}military\nvehicles", "+explosives")
case("748-9d-mod-recommend", "modified",
     "(d) To [-recommend-]{+propose+} appropriate measures in response to", "~To recommend appropriate "
     "measures in response to violations => To propose appropriate measures in response to violations ...",
     note="a lettered task reworded: the sub-paragraph is the item that changed")
case("253-20a-mod-examine", "modified", "(a) To examine [-such-]{+all+} reports on the implementation",
     "~To examine such reports on the implementation => To examine all reports on the implementation ...")
case("841-5-move-police", "move", "{+police equipment, +}military vehicles and[- equipment, "
     "police-]\nequipment and spare parts for the aforementioned, whether")
case("864-22-swap-d-e", "move", "(d{+) To promulgate guidelines that may be necessary to facilitate\nthe "
     "implementation of the measures imposed by paragraph 19;\n\n(e+}) To make periodic reports to the "
     "Council on information\nsubmitted to it regarding alleged violations of the measures imposed "
     "by\nparagraph 19, identifying where possible persons or entities, including\nvessels, reported to be "
     "engaged in such violations;[-\n\n(e) To promulgate guidelines that may be necessary to facilitate\nthe "
     "implementation of the measures imposed by paragraph 19;-]",
     note="two sub-paragraphs swap places, letters kept in order")
case("748-4b-reflow", "reflow", "the[-\n-]{+ +}supply of any aircraft or aircraft components to "
     "Libya,{+\nthe+} [-the\n-]provision of engineering")
case("841-10-reflow", "reflow", "(c)[- -]{+  +}To consider any information brought to its[- "
     "-]{+\n+}attention by States[-\n-]{+ +}concerning violations")
case("591-vote", "non-list", "Adopted [-by consensus-]{+unanimously+} at the")


# ------------------------------------------------------------------------------- edits inside a sub-paragraph
# An edit inside a lettered sub-paragraph also changes that sub-paragraph's words: reporting the sub-paragraph
# itself as modified, besides the inner item, is accepted but not required (``?~first words => first words
# ...`` is added to each case whose id starts with a key below, reflows excepted: they change no words). A
# bullet or sub-paragraph that is itself the changed item is expected as modified in its case.
_232_2A = "The import into their territories of asbestos"
_232_2D = "Any activities by their nationals or in their territories which promote"
_748_5 = "Prohibit any provision to Libya by their nationals or from their territory"
_883_6D = "Prohibit, by their nationals or from their territory, the supply of any materials"
_883_6E = "Prohibit, by their nationals or from their territory, any provision of advice"
WITHIN: dict[str, tuple[str, ...]] = {
    "232-2a-": (_232_2A,), "232-2d-": (_232_2D,), "232-multi": (_232_2A, _232_2D),
    "748-5b-": (_748_5,), "748-5a-": (_748_5,), "748-multi": (_748_5,),
    "748-4b-": ("Prohibit, by their nationals or from their territory, the supply of any aircraft",),
    "883-6e-": (_883_6E,), "883-6d-": (_883_6D,), "883-multi": (_883_6D, _883_6E),
    "883-6c-": ("Prohibit, by their nationals or from their territory, the entering into",
                "The making available, for operation within Libya, of any aircraft"),
    "687-24d-": ("Personnel or materials for training or technical support services",),
    "687-8a-": ("All chemical and biological weapons and all stocks",),
    "687-multi": ("All chemical and biological weapons and all stocks",),
    "687-9a-": ("Iraq shall submit to the Secretary-General, within fifteen days",),
    "253-3d-": ("The sale or supply by their nationals or from their territories",),
    "661-3c-": ("The sale or supply by their nationals or from their territories",),
    "757-7b-": ("Prohibit, by their nationals or from their territory, the provision of engineering",),
}


# ======================================================================================== whole real pairs
# Read side by side: an item is expected wherever a real list (goods, measures, bodies, activities, lettered
# sub-paragraphs, bullets) has no counterpart in the other text. Two-member coordinations of nouns are
# debatable (``?``); titles, citations, dates, votes, verbs and named parties are not lists.

_757_GONE = (
    # preamble: the dash bullets of the demands of resolution 752
    [f"-{x} ..." for x in (
        "All parties and others concerned in Bosnia and Herzegovina stop the fighting immediately",
        "All forms of interference from outside Bosnia and Herzegovina cease immediately",
        "Bosnia and Herzegovina’s neighbours take swift action",
        "Action be taken as regards units of the Yugoslav People’s Army",
        "All irregular forces in Bosnia and Herzegovina be disbanded and disarmed")]
    # 4 (a)-(c), 7 (a)-(b), 8 (a)-(c), 13 (a)-(f): lettered sub-paragraphs
    + [f"-{x} ..." for x in (
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
    + ["-the provision of engineering and maintenance servicing of aircraft registered ...",
       "-the certification of airworthiness for such aircraft",
       "-the payment of new claims against existing insurance contracts",
       "-the provision of new direct insurance for such aircraft"]
    # 10: the bodies the measures do not touch; 19: the authors of the Revised Joint Appeal
    + ["-to the United Nations Protection Force", "-to the Conference on Yugoslavia",
       "-to the European Community Monitoring Mission"]
    + ["-the United Nations High Commissioner for Refugees", "-the United Nations Children’s Fund",
       "-the World Health Organization"]
    # debatable: pairs, the second naming of the paragraph 10 bodies, the exemptions of 4 (c) and 5, actors
    + [f"?-{x}" for x in (
        "the Force", "the Conference", "the Mission", "States", "parties", "others concerned",
        "forcible expulsions", "attempts to change the ethnic composition of the population",
        "persistent cease-fire violations", "the continued expulsion of non-Serb civilians",
        "supplies intended strictly for medical purposes", "foodstuffs",
        "foodstuffs notified to the Security Council Committee established pursuant to resolution 724 (1991) "
        "on Yugoslavia", "strictly medical or humanitarian purposes",
        "payments exclusively for strictly medical or humanitarian purposes",
        "diplomatic missions", "consular posts", "scientific and technical cooperation",
        "cultural exchanges and visits", "cultural exchanges", "visits", "commercial", "industrial",
        "public utility undertaking", "any international agreement", "any contract entered into",
        "any licence or permit granted prior to the date of the present resolution",
        "the authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "any person or body in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "any person claiming through or for the benefit of any such person or body",
        "the European Community", "its member States")]
)

_760_SIDE = [  # 760's only list: the exemptions "other than medical supplies and foodstuffs" (a pair)
    "?+medical supplies", "?+foodstuffs",
    "?~supplies intended strictly for medical purposes => medical supplies",
    "?~foodstuffs notified to the Security Council Committee established pursuant to resolution 724 (1991) "
    "on Yugoslavia | foodstuffs => foodstuffs",
]

_787_LISTS = (
    # preamble: the progress made within the Conference, a semicolon list
    [f"{x} ..." for x in (
        "the Joint Declarations signed at Geneva on 30 September 1992",
        "the Joint Statement made at Geneva on 19 October 1992",
        "the Joint Communiqué issued on 1 November 1992 at Zagreb",
        "the establishment of the Mixed Military Working Group",
        "the production of a draft outline constitution")]
    # 9: the goods whose transshipment is prohibited
    + ["crude oil", "petroleum products", "coal", "energy-related equipment", "iron", "steel", "other metals",
       "chemicals", "rubber", "tyres", "vehicles", "aircraft", "motors of all types | motors"]
)
_787_DEBATABLE = [  # pairs and verb-phrase runs of 787
    "massive and systematic violations of human rights", "grave violations of international humanitarian law",
    "the practice of “ethnic cleansing\"",
    "the deliberate impeding of the delivery of food and medical supplies to the civilian population of the "
    "Republic of Bosnia and Herzegovina", "food", "medical supplies",
    "irregular units", "personnel", "cargoes", "destinations", "grave breaches of the Geneva Conventions",
    "other violations of international humanitarian law committed in the territory of the former Yugoslavia",
    "the humanitarian agencies", "the United Nations Protection Force", "with the humanitarian agencies",
    "with the United Nations Protection Force", "the United Nations High Commissioner for Refugees",
    "other relevant international humanitarian agencies", "of developments", "of the work of the Conference",
    "developments", "the work of the Conference", "regional agencies", "arrangements",
    "contribute to the humanitarian relief efforts in the former Yugoslavia",
    "support the United Nations Consolidated Inter-Agency Programme of Action and Appeal for the former "
    "Yugoslavia", "speed up the delivery of assistance under existing pledges",
]

_820_NEW = (
    # 1: the four parts of the peace plan
    ["+the Agreement on Interim Arrangements (annex I)", "+the nine Constitutional Principles (annex II)",
     "+the provisional provincial map (annex III)",
     "+the Agreement for Peace in Bosnia and Herzegovina (annex IV)"]
    # 12: trade with the Protected Areas
    + ["+import to | import", "+export from | export", "+transshipment through | transshipment"]
    # 21: inline lettered items (whose funds to freeze)
    + [f"+{x} ..." for x in (
        "of the authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "of commercial, industrial or public utility undertakings in the Federal Republic",
        "controlled directly or indirectly by such authorities or undertakings")]
    # 16: lettered parts that all open with a participle or a relative clause are conditions on "no
    # vessels" (which ones are meant), not things listed: a drafter's reading of the new paragraph (round 6)
    + [f"?+{x} ..." for x in (
        "registered in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
        "in which a majority or controlling interest is held",
        "suspected of having violated or being in violation")]
    # 22 (a)-(c): the only exceptions to the transport ban
    + [f"+{x} ..." for x in (
        "The importation of medical supplies and foodstuffs into the Federal Republic",
        "The importation of other essential humanitarian supplies",
        "Strictly limited transshipments through the territory of the Federal Republic")]
    # 24, 25, 26: the means of transport to impound, detain and charge for (each paragraph's first list;
    # "all" before the first item distributes over the list, so "all vessels" is an acceptable boundary)
    + ["+vessels | all vessels", "+freight vehicles", "+rolling stock", "+aircraft"] * 3
    + ["+cargoes"]
    # 27: the services still allowed
    + ["+telecommunications", "+postal services",
       "+legal services consistent with resolution 757 (1992) | legal services",
       "+as approved, on a case-by-case basis by the Committee established by resolution 724 (1991), "
       "services whose supply may be necessary for humanitarian or other exceptional purposes | "
       "services whose supply may be necessary for humanitarian or other exceptional purposes"]
    # 30: the activities the new measures do not touch
    + ["+UNPROFOR", "+the International Conference on the Former Yugoslavia",
       "+the European Community Monitor Mission"]
    # debatable: the second, anaphoric naming of the lists of 24 and 25, pairs, the formula of sovereignty
    + ["?+vessels | these vessels | such vessels", "?+freight vehicles", "?+rolling stock", "?+aircraft"] * 2
    + [f"?+{x}" for x in (
        "sovereignty", "territorial integrity", "political independence", "the provisional provincial map",
        "the Agreement on Interim Arrangements", "the United Nations Protection Force (UNPROFOR)",
        "the international humanitarian agencies", "detention", "rape of women", "land", "property",
        "regional organizations", "arrangements", "medical supplies", "foodstuffs", "river locks", "canals",
        "persons", "entities", "persons or entities", "cargoes", "destinations",
        "the Sanctions Coordinator", "the Sanctions Assistance Missions", "freight vehicles", "rolling stock",
        "the cease-fire", "any further hostilities", "financial", "non-financial",
        "essential humanitarian supplies including medical supplies and foodstuffs distributed by "
        "international humanitarian agencies")]
)

PAIRS: dict[tuple[str, str], list[str]] = {
    ("757", "760"): _757_GONE + _760_SIDE,
    ("760", "787"): ["?-medical supplies", "?-foodstuffs"] + ["+" + x for x in _787_LISTS]
    + ["?+" + x for x in _787_DEBATABLE],
    ("787", "820"): ["-" + x for x in _787_LISTS] + ["?-" + x for x in _787_DEBATABLE] + _820_NEW,
}
