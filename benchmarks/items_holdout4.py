# ruff: noqa: E501  (data: annotated text that is clearer unwrapped)
"""FOURTH HELD-OUT annotated set of edits of real Security Council resolutions, in the format of ``items_cases.py``.

How it was written: by a helper who never opened the list reader's code (compare/ in main or in any
worktree), never ran the engine, the CLI, the app or the scoring of benchmarks/items.py (on these cases or
at all). The only code read was the module docstring of benchmarks/items.py and its spec/anchor parsing
(parse_edit, parse_expect, load_cases, anchor_pattern, apply_edits, check_anchors), to follow the format.
Every expected item was decided by READING the edited text as a careful drafter would, following the
conventions of benchmarks/items.py (its docstring) and of items_holdout2.py / items_holdout3.py (their
docstrings). Every anchor lies outside the character spans of the anchors used in items_cases.py,
items_holdout.py, items_holdout2.py and items_holdout3.py (each existing anchor was located in its
resolution and the spans compared by a small script of the helper's own); other paragraphs and lists were
chosen, and where a list had already been used, a different member or pair of it. Each anchor was checked
to occur exactly once (whitespace matching any whitespace) and each spec to parse; the scoring was NOT run.
Kept outside the repository (/root/hidden_holdout4) while the reader is worked on.

Run: ``python benchmarks/items.py --cases items_holdout4``. Scored on the reader as session 6 found it
(P 0.877 / R 0.587), after its 4th round (tuned on items_holdout3 without sight of this set: 0.905 / 0.628)
and after its 5th round, for which the even-numbered cases (half G: index % 2 == 0) were handed to the
developer as a development set while the odd half (H) stayed unread: G 0.867 / 0.619 -> 0.911 / 0.651 ->
0.963 / 0.825; **H 0.889 / 0.552 -> 0.897 / 0.603 -> 0.925 / 0.638** (aggregate only, three times); whole
set 0.947 / 0.736. Added to the repository then: from now on it is a development set, and the next
release needs a new held-out set.
Data only; the format is that of items_cases.py: ``case(id, kind, *specs, note=...)``, the id starts with
the resolution number; a spec is either
- an edit in wdiff markup, ``"pig-iron, sugar, {+cotton, +}tobacco"`` (the text without ``{+...+}`` and with
  ``[-...-]`` is the anchor, which must occur exactly once; whitespace matches any whitespace), or
- an expected item: ``+text`` added, ``-text`` removed, ``~old => new`` modified; ``a | b`` alternatives;
  trailing `` ...`` names a sub-paragraph, bullet, annex entry or long semicolon item by its first words;
  leading ``?`` marks a debatable item (neither rewarded nor penalised).

Conventions (those of items.py, items_holdout2.py and items_holdout3.py; the ones this set had to decide
are marked *):
- A two-member coordination of nouns that gains, loses or replaces a member reports that member; runs of
  verbs, verb phrases, gerunds, adjectives and adverbs ("suspended or terminated", "individually and
  collectively", "commercial, industrial or public utility") are not lists.
- Addressees, the States or authorities bound by a paragraph, the parties to an agreement, titles of
  treaties, agreements, persons and committees, citations, dates, votes and numbers outside any list item
  are not lists. Named documents standing as members of a list, bodies consulted and named destinations
  are lists (items_holdout3).
- A comma-set qualifier belongs to the item it follows; removing it modifies that item; a list inside an
  "including ..." qualifier is a list of its own (items_holdout3).
- A word changed inside a lettered sub-paragraph, an annex entry or a semicolon item makes that unit
  modified (named by its first words); when the change is to an inner list item, the unit's own
  modification is optional (WITHIN below). Removing or inserting a sub-paragraph, with or without
  relettering, reports only that sub-paragraph. Moves, reflows and unchanged copies expect nothing.
- * Persons and bodies whose efforts are welcomed or encouraged ("the efforts of the Secretary-General and
  his Special Representative", "the European Community and its member States") are a list, as the bodies
  whose efforts are welcomed in items_holdout2.
- * Recipients named with a repeated preposition ("to the Secretary-General and to the Security Council"
  of a notification) and agents named with a repeated preposition ("by their nationals or by any persons
  within their territory" making funds available) are lists, like bodies consulted.
- * The named places of a list ("Serb-controlled areas in the Republic of Croatia and the Republic of
  Bosnia and Herzegovina", "Sarajevo and other airports") are lists; "Bosnia and Herzegovina" is ONE item.
- * A heading line of the annex of 883 ("III. Equipment not specially designed ...") is an annex entry
  like I. and II. (items_holdout3), named by its first words.
- * "equipment and vehicles" / "military equipment and vehicles" is one item (as "military vehicles and
  equipment" in items_cases.py); so is "associated facilities and equipment".
- * A semicolon item of 687 para 19 ("mechanisms for determining ...", "appropriate procedures for
  evaluating losses, ...") is named by its first words; a gerund removed inside it ("resolving disputed
  claims") modifies the item, and reporting the gerund itself is tolerated (optional).
- * Preambular "Deploring threats ... and the taking of hostages by Iraq" removed as a whole paragraph
  reports both of its members (para-list).
"""

from __future__ import annotations

CASES: list[tuple[str, str, tuple[str, ...], str]] = []


def case(id: str, kind: str, *specs: str, note: str = "") -> None:
    CASES.append((id, kind, specs, note))


# ---------------------------------------------------------------------------------- plain inline lists: added
case("232-4-add-self-determination", "inline-add", "Southern Rhodesia to {+self-determination, +}freedom and independence in accordance with the Declaration",
     "+self-determination", note="added FIRST: a pair becomes three")
case("232-2-add-agreements", "inline-add", "any contracts entered into{+, agreements concluded+} or licences granted before the date of the present resolution",
     "+agreements concluded", note="the instruments after 'notwithstanding' (closing paragraph 2), a pair becomes three")
case("591-10-add-regulations", "inline-add", "their national legislation{+, administrative regulations+} or comparable policy directives guarantee",
     "+administrative regulations", note="added in the middle of a pair")
case("591-4-add-lease", "inline-add", "supplies for the aforementioned and the sale{+, lease+} or transfer thereof",
     "+lease", note="the inner pair 'the sale or transfer thereof' at the end of paragraph 4")
case("661-4-add-entities", "inline-add", "to persons or bodies{+ or entities+} within Iraq or Kuwait, except payments",
     "+entities", note="the recipients of remitted funds: a pair becomes three, added LAST")
case("687-27-add-regulations", "inline-add", "maintain such national controls{+, regulations+} and procedures and to take such other actions",
     "+regulations")
case("687-20-add-equipment", "inline-add", "procedure, to materials{+, equipment+} and supplies for essential civilian needs",
     "+equipment", note="the inner pair of the second exception of paragraph 20")
case("757-pre-add-tuzla", "inline-add", "access to and from Sarajevo{+, Tuzla+} and other airports in Bosnia and Herzegovina",
     "+Tuzla", note="named places (convention *); the last item holds 'Bosnia and Herzegovina'")
case("757-9-add-operation", "inline-add", "in connection with any contract or other transaction{+ or commercial operation+} where its performance was affected",
     "+commercial operation | any commercial operation", note="'any contract or other transaction' gains a third member")
case("760-add-services", "inline-add", "to commodities{+, services+} and products for essential humanitarian need",
     "+services", note="the one-paragraph resolution 760")
case("787-6-add-bihac", "inline-add", "to end the blockades of Sarajevo{+, Bihac+} and other towns",
     "+Bihac", note="named places")
case("787-19-add-icrc", "inline-add", "High Commissioner for Refugees{+, the International Committee of the Red Cross+} and other relevant international humanitarian agencies",
     "+the International Committee of the Red Cross", note="bodies consulted (items_holdout3 convention)")
case("864-21-add-vessels", "inline-add", "bring proceedings against persons{+, vessels+} and entities violating the measures imposed by the present resolution",
     "+vessels")
case("864-B-add-safety", "inline-add", "Determined to ensure respect for its resolutions{+, the safety of United Nations personnel+} and the full implementation",
     "+the safety of United Nations personnel", note="objects of 'ensure' in the second preambular part B")
case("883-7-add-offices", "inline-add", "Libyan diplomatic missions{+, trade offices+} and consular posts includes all missions",
     "+trade offices")
case("873-4-add-pact", "inline-add", "complied in full with relevant Council resolutions{+, the New York Pact+} and the provisions of the Agreement",
     "+the New York Pact", note="documents as members of a list (items_holdout3 convention)")
# -------------------------------------------------------------------------------- plain inline lists: removed
case("661-pre-rm-occupation", "inline-remove", "Determined to bring the invasion[- and occupation-] of Kuwait by Iraq to an end",
     "-occupation", note="the last of a pair of nouns sharing 'of Kuwait by Iraq'")
case("591-11-rm-equipment", "inline-remove", "transfers of arms[- and other equipment-] in violation of the arms embargo",
     "-other equipment")
case("687-5-rm-threats", "inline-remove", "if there are serious violations of the zone[- or potential threats to peace-];",
     "-potential threats to peace", note="the end of paragraph 5, after its semicolon tasks")
case("687-28-rm-progress", "inline-remove", "taking into account Iraq's compliance with the resolution[- and general progress towards the control of armaments in the region-];".replace("'", "\u2019"),
     "-general progress towards the control of armaments in the region")
case("687-31-rm-remains", "inline-remove", "third-State nationals[- or their remains-] present in Iraq on or after",
     "-their remains", note="the last of 'nationals or their remains'")
case("757-pre-rm-member-states", "inline-remove", "encouraging the efforts undertaken by the European Community[- and its member States-],\n\nRecalling the right",
     "-its member States", note="bodies whose efforts are encouraged (convention *)")
case("757-pre-rm-changes", "inline-remove", "no territorial gains[- or changes-] brought about by violence",
     "-changes")
case("787-3-rm-arrangements", "inline-remove", "any entities unilaterally declared[- or arrangements imposed-] in contravention thereof",
     "-arrangements imposed | arrangements imposed in contravention thereof", note="the subjects of 'will not be accepted'")
case("820-pre-rm-taking", "inline-remove", "that [-any taking of territory by force or -]any practice of \"ethnic cleansing\" is unlawful and totally unacceptable",
     "-any taking of territory by force", note="the FIRST of a pair of subjects")
case("820-17-rm-destinations", "inline-remove", "verify their cargoes[- and destinations-], to ensure effective monitoring",
     "-destinations", note="paragraph 17 (the pair of 787 is another resolution)")
case("825-pre-rm-devices", "inline-remove", "safeguards agreement on nuclear weapons[- and other nuclear explosive devices-] between the Agency",
     "-other nuclear explosive devices")
case("825-pre-rm-report", "inline-remove", "Non-Proliferation of Nuclear Weapons 4[- and the report of the Director-General of the International Atomic Energy Agency-], 2",
     "-the report of the Director-General of the International Atomic Energy Agency", note="the second object of 'Having considered', after a long first one")
case("864-pre-rm-representative", "inline-remove", "the efforts of the Secretary-General[- and his Special Representative-] aimed at the earliest",
     "-his Special Representative", note="persons whose efforts are welcomed (convention *)")
case("883-pre-rm-decisions", "inline-remove", "to the requests[- and decisions-] in resolutions 731 (1992) and 748 (1992), constitute",
     "-decisions", note="the resolutions cited after it are not a list")
case("883-4-rm-petroleum", "inline-remove", "supply of any [-petroleum or -]petroleum products",
     "-petroleum", note="the FIRST of 'any petroleum or petroleum products, including ..., or agricultural products or commodities'")
case("253-13-rm-freedom", "inline-remove", "in their struggle to achieve their [-freedom and -]independence;",
     "-freedom")
# ---------------------------------------------------------------------------- items with comma-set qualifiers
case("687-pre-add-cbm", "qualifier", "using all available means, including a dialogue among the States of the region{+ and confidence-building measures+},",
     "+confidence-building measures", note="a list inside the 'including ...' qualifier of 'all available means'")
case("787-5-add-mercenaries", "qualifier", "infiltration into the country of irregular units{+, mercenaries+} and personnel",
     "+mercenaries", note="a list inside the qualifier 'including infiltration into the country of ...'")
case("841-pre-add-violations", "qualifier", "including mass displacements of population{+ and widespread violations of human rights+}, becoming",
     "+widespread violations of human rights", note="a list inside the 'including ...' qualifier of 'humanitarian crises'")
case("864-26-add-financial", "qualifier", "including, inter alia, {+financial measures, +}trade measures against the National Union",
     "+financial measures", note="the 'including, inter alia, A and B' list of further measures; added FIRST")
case("883-6b-rm-documents", "qualifier", "[- or other documents-] issued by that airline;",
     "-other documents | other documents issued by that airline", note="the list inside the 'including the honouring or endorsement of any tickets or other documents' qualifier of 6 (b)")
case("820-8-add-borders", "qualifier", "control of heavy weapons{+ and the monitoring of the borders+}, based inter alia",
     "+the monitoring of the borders",
     "?~detailed proposals for the implementation of the peace plan ... => detailed proposals for the implementation of the peace plan ...",
     note="a list inside the 'including arrangements for ...' qualifier of the second content of the report")
case("757-pre-rm-minorities", "qualifier", "human rights and fundamental freedoms[-, including those of ethnic minorities-],",
     "~fundamental freedoms, including those of ethnic minorities => fundamental freedoms", note="the qualifier belongs to the item it follows")
case("232-2b-add-securities", "qualifier", "any transfer of funds{+ or securities+} to Southern Rhodesia",
     "+securities", note="a list inside the 'including in particular ...' qualifier of 2 (b)")
case("253-20b-add-services", "qualifier", "the commodities{+, services+} and products exempted from the prohibition",
     "+services", note="a list inside the parenthesized '(including information regarding ...)' qualifier of 20 (b)")
# --------------------------------------------------------------------------- lists with repeated prepositions
case("253-pre-rm-obligations", "preposition", "(1966) of the Security Council[- and to their obligations under Article 25 of the Charter of the United Nations-], have failed to prevent trade",
     "-to their obligations under Article 25 of the Charter of the United Nations", note="'contrary to A and to B'")
case("253-3e-add-agent", "preposition", "consigned to any person or body in Southern Rhodesia, {+or to any person acting on behalf of the illegal régime, +}or to any other person or body",
     "+to any person acting on behalf of the illegal régime", note="'to A, or to B' gains a middle member, inside 3 (e)")
case("253-4-rm-undertaking", "preposition", "from making available to the régime[- or to any such undertaking-] any such funds or resources",
     "-to any such undertaking")
case("253-20b-add-transactions", "preposition", "paragraph 3 (d) above) {+or regarding the financial transactions of that State +}or regarding any activities",
     "+regarding the financial transactions of that State", note="'regarding A (...) or regarding B' inside 20 (b)")
case("687-pre-rm-prior-use", "preposition", "17 June 1925, 59[- and of its prior use of chemical weapons-], and affirming that grave",
     "-of its prior use of chemical weapons", note="'Conscious also of the statements ... and of its prior use ...'")
case("687-pre-rm-adherence", "preposition", "universal prohibition of chemical weapons[- and of universal adherence thereto-],",
     "-of universal adherence thereto", note="'the importance of an early conclusion ... and of universal adherence thereto'")
case("687-20-rm-findings", "preposition", "dated 20 March 1991, 53[- and in any further findings of humanitarian need by the Committee-];",
     "-in any further findings of humanitarian need by the Committee", note="'as identified in the report ... and in any further findings ...'")
case("687-22-rm-upon", "preposition", "the programme called for in paragraph 19[- and upon Council agreement that Iraq has completed all actions contemplated in paragraphs 8 to 13-], the prohibitions",
     "-upon Council agreement that Iraq has completed all actions contemplated in paragraphs 8 to 13", note="'upon A and upon B'")
case("687-33-rm-council", "preposition", "by Iraq to the Secretary-General[- and to the Security Council-] of its acceptance",
     "-to the Security Council", note="recipients of the notification (convention *)")
case("757-pre-rm-republics", "preposition", "a peaceful solution in Bosnia and Herzegovina[-, as well as in other republics of the former Socialist Federal Republic of Yugoslavia-],\n\nRecalling further",
     "-in other republics of the former Socialist Federal Republic of Yugoslavia", note="'in A, as well as in B'; A holds 'and'")
case("757-pre-add-croatia", "preposition", "Determining that the situation in Bosnia and Herzegovina{+, in Croatia+} and in other parts of the former",
     "+in Croatia", note="'in A and in B' becomes three; A holds 'and'")
case("757-4c-rm-business", "preposition", "(Serbia and Montenegro)[- or to any person or body for the purposes of any business carried on in or operated from the Federal Republic of Yugoslavia (Serbia and Montenegro)-], and any activities",
     "-to any person or body for the purposes of any business carried on in or operated from the Federal Republic of Yugoslavia (Serbia and Montenegro)",
     note="'to A or to B' inside 4 (c)")
case("841-pre-rm-efforts", "preposition", "Secretary-General of the Organization of American States[- and of the efforts of the international community-] to reach a political solution",
     "-of the efforts of the international community | of the efforts of the international community to reach a political solution to the crisis in Haiti",
     note="'supportive of the continuing leadership by ... and of the efforts of ...'")
case("883-3-rm-persons", "preposition", "made available, by their nationals[- or by any persons within their territory-], directly or indirectly",
     "-by any persons within their territory", note="agents with a repeated preposition (convention *)")
# ------------------------------------------------------------------------ items whose own text contains "and"
case("820-20-mod-designation", "and-item", "resolution and the [-appointment-]{+designation+} of the Sanctions Coordinator by the",
     "~the appointment of the Sanctions Coordinator | the appointment of the Sanctions Coordinator by the Conference on Security and Cooperation in Europe => the designation of the Sanctions Coordinator | the designation of the Sanctions Coordinator by the Conference on Security and Cooperation in Europe",
     note="the second thing welcomed; it ends with a title holding 'and'")
case("820-pre-rm-croatia", "and-item", "Serb-controlled areas in [-the Republic of Croatia and -]the Republic of Bosnia and Herzegovina,",
     "-the Republic of Croatia", note="the remaining item holds 'Bosnia and Herzegovina' (convention *)")
case("825-pre-mod-interested", "and-item", "Korea and other [-Member-]{+interested+} States,\n\n1. Calls upon",
     "~the prospect of contacts between the Democratic People's Republic of Korea and other Member States => the prospect of contacts between the Democratic People's Republic of Korea and other interested States",
     note="the second thing welcomed; both items hold 'between X and Y'")
case("883-6d-add-navigation", "and-item", "Libyan civilian or military airfields{+, air navigation installations+} and associated facilities and equipment,",
     "+air navigation installations", note="the last item 'associated facilities and equipment' is one (convention *), inside 6 (d)")
case("748-pre-mod-refusal", "and-item", "and in particular its continued [-failure-]{+refusal+} to respond fully and effectively to the requests in resolution 731",
     "~its continued failure to respond fully and effectively to the requests in resolution 731 (1992) | in particular its continued failure to respond fully and effectively to the requests in resolution 731 (1992) => its continued refusal to respond fully and effectively to the requests in resolution 731 (1992) | in particular its continued refusal to respond fully and effectively to the requests in resolution 731 (1992)",
     note="the second of the two failures that 'constitute a threat'; it holds 'fully and effectively'")
case("418-3-mod-aircraft", "and-item", "equipment and [-vehicles-]{+aircraft+}, with a view to terminating them",
     "~military equipment and vehicles | equipment and vehicles => military equipment and aircraft | equipment and aircraft",
     note="the last of 'arms, ammunition of all types and military equipment and vehicles' (one item, convention *)")
case("873-4-rm-rights", "and-item", "and its members[- as well as the other rights necessary for the performance of its mandate-], or have not complied",
     "-the other rights necessary for the performance of its mandate", note="'the freedom of movement and communication of the Mission and its members as well as ...'")
case("591-2-mod-involvement", "and-item", "belonging to South Africa and any official [-involvement-]{+assistance+}",
     "~any official involvement | any official involvement in the maintenance and service of such equipment => any official assistance | any official assistance in the maintenance and service of such equipment",
     note="the second object of 'prohibit'; it holds 'maintenance and service'")
case("232-2e-mod-spare-parts", "and-item", "and of equipment and [-materials-]{+spare parts+} for",
     "~materials | materials for the manufacture, assembly, or maintenance of aircraft and motor vehicles in Southern Rhodesia => spare parts | spare parts for the manufacture, assembly, or maintenance of aircraft and motor vehicles in Southern Rhodesia",
     "?~equipment and materials for the manufacture, assembly, or maintenance of aircraft and motor vehicles in Southern Rhodesia => equipment and spare parts for the manufacture, assembly, or maintenance of aircraft and motor vehicles in Southern Rhodesia",
     note="'of all other aircraft and motor vehicles and of equipment and materials for ...' in 2 (e): the inner pair's second member replaced; reading the pair as one item is tolerated")
# ----------------------------------------------------------------------------- replaced item in the same slot
case("418-pre-mod-practices", "modified", "Considering that the policies and [-acts-]{+practices+} of the South",
     "~acts | acts of the South African Government => practices | practices of the South African Government")
case("418-2-mod-licences", "modified", "and supplies and grants of [-licensing arrangements-]{+licences+} for the manufacture or maintenance",
     "~grants of licensing arrangements | grants of licensing arrangements for the manufacture or maintenance of the aforementioned => grants of licences | grants of licences for the manufacture or maintenance of the aforementioned",
     note="the last of 'all types of equipment and supplies and grants of ...'")
case("253-1-mod-human-rights", "modified", "violate fundamental freedoms and [-rights-]{+human rights+} of the people of",
     "~rights | rights of the people of Southern Rhodesia => human rights | human rights of the people of Southern Rhodesia")
case("253-7-mod-permit", "modified", "notwithstanding any contract entered into or [-licence-]{+permit+} granted before the date of this resolution",
     "~licence granted | licence granted before the date of this resolution => permit granted | permit granted before the date of this resolution")
case("253-4-mod-assets", "modified", "any such funds or [-resources-]{+assets+} and from remitting",
     "~resources => assets")
case("253-6-mod-vessel", "modified", "any airline company constituted or [-aircraft-]{+vessel+} registered in Southern Rhodesia",
     "~aircraft registered | aircraft registered in Southern Rhodesia => vessel registered | vessel registered in Southern Rhodesia",
     note="a pair at the end of a long sentence")
case("687-pre-mod-full", "modified", "Iraq recognized the independence and [-complete-]{+full+} sovereignty of the State",
     "~complete sovereignty | complete sovereignty of the State of Kuwait => full sovereignty | full sovereignty of the State of Kuwait")
case("687-29-mod-arrangement", "modified", "in connection with any contract or other [-transaction-]{+arrangement+} where its performance was affected by reason of the measures taken by the Council",
     "~other transaction => other arrangement")
case("687-24d-mod-equipment", "modified", "or [-materials-]{+equipment+} for training or technical support services",
     "~materials | materials for training or technical support services relating to the design, development, manufacture, use, maintenance or support of items specified in paragraphs (a) and (b) => equipment | equipment for training or technical support services relating to the design, development, manufacture, use, maintenance or support of items specified in paragraphs (a) and (b)",
     "?~Personnel or materials for training or technical support services ... => Personnel or equipment for training or technical support services ...",
     note="'Personnel or materials' opening 24 (d): the sub-paragraph's own modification is tolerated")
case("748-4b-mod-any", "modified", "of [-new-]{+any+} claims against",
     "~the payment of new claims against existing insurance contracts => the payment of any claims against existing insurance contracts",
     note="an item of the 4 (b) list of prohibited services")
case("787-13-mod-routes", "modified", "halt such shipping in order to inspect and verify their cargoes and [-destinations-]{+routes+}",
     "~destinations => routes", note="paragraph 13 (paragraph 12 keeps its pair)")
case("841-10b-mod-full", "modified", "concerning the [-effective-]{+full and effective+} implementation of this resolution;",
     "~To seek from all States further information regarding the action taken by them concerning the effective implementation ... => To seek from all States further information regarding the action taken by them concerning the full and effective implementation ...",
     note="words changed inside sub-paragraph 10 (b): the sub-paragraph is modified")
case("864-22b-mod-fully", "modified", "with a view to [-effectively-]{+fully+} implementing the measures imposed by paragraph 19 above,",
     "~To seek from all States further information regarding the action taken by them ... => To seek from all States further information regarding the action taken by them ...",
     note="a word changed inside sub-paragraph 22 (b)")
case("748-9d-mod-monthly", "modified", "provide information on a [-regular-]{+monthly+} basis to the Secretary-General",
     "~To recommend appropriate measures in response to violations ... => To recommend appropriate measures in response to violations ...",
     note="a word changed in the second half of sub-paragraph 9 (d)")
case("864-27-mod-security-council", "modified", "Accords for Angola and relevant [-Council-]{+Security Council+} resolutions;\n\n28. Requests",
     "~relevant Council resolutions => relevant Security Council resolutions", note="documents as members of a pair")
case("883-3-mod-economic", "modified", "shall freeze such funds and [-financial-]{+economic+} resources and ensure",
     "~financial resources => economic resources")
# ---------------------------------------------------------------------------------- semicolon lists
case("687-19-mod-proposed", "semicolon", "a figure to be [-suggested-]{+proposed+} to the Council by the Secretary-General",
     "~mechanisms for determining the appropriate level of Iraq's contribution to the Fund ... => mechanisms for determining the appropriate level of Iraq's contribution to the Fund ...",
     note="a word inside the second semicolon item of paragraph 19")
case("687-19-rm-resolving", "semicolon", "and verifying their validity[-, and resolving disputed claims-] in respect of",
     "~appropriate procedures for evaluating losses, listing claims ... => appropriate procedures for evaluating losses, listing claims ...",
     "?-resolving disputed claims", note="a gerund removed inside the fifth semicolon item (convention *)")
case("787-pre-mod-cochairmen", "semicolon", "constitution for the Republic of Bosnia and Herzegovina{+ by the Co-Chairmen+}, 5/",
     "~the production of a draft outline constitution for the Republic of Bosnia and Herzegovina ... => the production of a draft outline constitution for the Republic of Bosnia and Herzegovina ...",
     note="words added at the end of the LAST item of the semicolon list of progress")
case("757-4b-rm-dealings", "semicolon", "(Serbia and Montenegro)[-; and any dealings by their nationals or their flag vessels or aircraft or in their territories in any commodities or products originating in the Federal Republic of Yugoslavia (Serbia and Montenegro) and exported therefrom after the date of the present resolution, including in particular any transfer of funds to the Federal Republic of Yugoslavia (Serbia and Montenegro) for the purposes of such activities or dealings-];\n\n(c) The sale",
     "-any dealings by their nationals or their flag vessels or aircraft ...",
     note="the second semicolon member of 4 (b) removed whole; 4 (b) itself may be reported modified (WITHIN)")
case("687-13-mod-paragraphs", "semicolon", "compliance with [-paragraph 12-]{+paragraphs 12 and 13+}, including an inventory of all nuclear material",
     "~to develop a plan, taking into account the rights and obligations of Iraq ... | to carry out the plan within forty-five days following approval by the Council ... => to develop a plan, taking into account the rights and obligations of Iraq ... | to carry out the plan within forty-five days following approval by the Council ...",
     note="a citation inside the last task of paragraph 13 (the reader may or may not split '... and to develop a plan')")
case("687-5-mod-created", "semicolon", "which is hereby [-established-]{+created+}, extending ten kilometres",
     "~to monitor the Khawr \u2019Abd Allah and a demilitarized zone ... | a plan for the immediate deployment of a United Nations observer unit ... | Requests the Secretary-General, after consulting with Iraq and Kuwait ... => to monitor the Khawr \u2019Abd Allah and a demilitarized zone ... | a plan for the immediate deployment of a United Nations observer unit ... | Requests the Secretary-General, after consulting with Iraq and Kuwait ...",
     note="a word inside the first task of the unit ('to monitor ...; to deter ... and to observe ...'); where that task starts is open")
# ---------------------------------------------------------------- lettered sub-paragraphs: added / removed
case("757-4-add-d", "subpara-add", "{+(d) The provision of any services, whether financial or non-financial, to any person or body for the purposes of any business carried on in the Federal Republic of Yugoslavia (Serbia and Montenegro);\n\n+}5. Decides further that no State shall",
     "+The provision of any services, whether financial or non-financial ...", note="added after the last letter (c)")
case("757-4-add-b-reletter", "subpara-add", "{+(b) Any transit through their territories of vessels or aircraft destined for the Federal Republic of Yugoslavia (Serbia and Montenegro);\n\n+}[-(b)-]{+(c)+} Any activities by their nationals or in their territories which would promote",
     "[-(c)-]{+(d)+} The sale or supply by their nationals or from their territories",
     "+Any transit through their territories of vessels or aircraft destined ...", note="inserted as (b): the old (b) (c) relettered (c) (d), kept")
case("661-3-add-d", "subpara-add", "{+(d) The entry into their ports of any vessel carrying commodities or products originating in Iraq or Kuwait;\n\n+}4. Decides that all States shall not make available to",
     "+The entry into their ports of any vessel carrying commodities ...", note="added after (c)")
case("748-6-add-d", "subpara-add", "{+(d) Expel all Libyan nationals involved in the activities of Libyan Arab Airlines offices;\n\n+}7. Calls upon all States, including States not members of",
     "+Expel all Libyan nationals involved in the activities of Libyan Arab Airlines offices ...", note="added after (c)")
case("748-4-add-c", "subpara-add", "{+(c) Deny entry into their airspace to any aircraft registered in Libya;\n\n+}5. Decides further that all States shall:",
     "+Deny entry into their airspace to any aircraft registered in Libya ...", note="added after (b)")
case("748-5-add-d", "subpara-add", "{+(d) Prohibit the training of Libyan military personnel in their territories;\n\n+}6. Decides that all States shall:",
     "+Prohibit the training of Libyan military personnel in their territories ...", note="added after (c)")
case("757-13-rm-a-gap", "subpara-remove", "[-(a) To examine the reports submitted pursuant to paragraph 12 above;\n\n-]",
     "-To examine the reports submitted pursuant to paragraph 12 above ...", note="the first task removed, letters left as (b) to (f)")
case("748-4-rm-a-reletter", "subpara-remove", "[-(a) Deny permission to any aircraft to take off from, land in or overfly their territory if it is destined to land in or has taken off from the territory of Libya, unless the particular flight has been approved on grounds of significant humanitarian need by the Security Council Committee established by paragraph 9 below;\n\n(b)-]{+(a)+} Prohibit, by their nationals or from their territory,",
     "-Deny permission to any aircraft to take off from, land in or overfly ...", note="the first of two removed, (b) relettered (a), kept")
case("757-4-rm-a-reletter", "subpara-remove", "[-(a) The import into their territories of all commodities and products originating in the Federal Republic of Yugoslavia (Serbia and Montenegro) exported therefrom after the date of the present resolution;\n\n(b)-]{+(a)+} Any activities by their nationals or in their territories which would promote",
     "[-(c)-]{+(b)+} The sale or supply by their nationals or from their territories",
     "-The import into their territories of all commodities and products originating ...", note="(a) removed, (b) (c) relettered (a) (b), kept")
# ------------------------------------------------------------------------------------ annex entries
case("883-annex-I-mod-large", "bullet", "I. Pumps of [-medium or large-]{+large+} capacity",
     "~Pumps of medium or large capacity whose capacity is equal to or larger than 350 cubic metres per hour ... => Pumps of large capacity whose capacity is equal to or larger than 350 cubic metres per hour ...",
     note="words changed in the first words of annex entry I")
case("883-annex-II-mod-moorings", "bullet", "(plem) and single point [-mooring-]{+moorings+} and",
     "~Flexible hoses for connection between underwater manifolds ... => Flexible hoses for connection between underwater manifolds ...",
     note="a word inside the second bullet of list II")
case("883-annex-III-mod-such", "bullet", "for [-this-]{+such a+} purpose:",
     "~Equipment not specially designed for use in crude oil export terminals ... => Equipment not specially designed for use in crude oil export terminals ...",
     note="the heading line III is an annex entry (convention *)")
case("883-annex-IV-mod-catalysts", "bullet", "[-, including the following:-]{+, in particular the following:+}",
     "~Prepared catalysts, including the following: Catalysts containing platinum ... => Prepared catalysts, in particular the following: Catalysts containing platinum ...",
     note="the last bullet of list IV reworded after its first words")
# ----------------------------------------------------------------------------- moved within the list: nothing
case("232-pre-move-efforts", "move", "Deeply concerned that [-the Council\u2019s efforts so far and the measures taken by the administering Power-]{+the measures taken by the administering Power and the Council\u2019s efforts so far+} have failed")
case("418-1-move-acts", "move", "having regard to the [-policies and acts-]{+acts and policies+} of the South African Government, that the acquisition")
case("591-8-move-visits", "move", "when such [-visits and exchanges-]{+exchanges and visits+} maintain or increase")
case("687-31-move-return", "move", "in connection with facilitating the [-repatriation or return-]{+return or repatriation+} of all Kuwaiti")
case("820-5-move-agencies", "move", "the right of the [-United Nations Protection Force (UNPROFOR) and the international humanitarian agencies-]{+international humanitarian agencies and the United Nations Protection Force (UNPROFOR)+} to free and unimpeded access",
     note="the two holders of the right swap")
case("841-pre-move-sg", "move", "the continuing leadership by [-the Secretary-General of the United Nations and the Secretary-General of the Organization of American States-]{+the Secretary-General of the Organization of American States and the Secretary-General of the United Nations+} and of the efforts")
case("864-28-move-report", "move", "a report on [-the situation in Angola and the implementation of the present resolution-]{+the implementation of the present resolution and the situation in Angola+}, with his recommendation")
case("883-15-move-decisions", "move", "effectively to the [-requests and decisions-]{+decisions and requests+} in resolutions 731 (1992) and 748 (1992);\n\n16. Expresses")
# ------------------------------------------------------------------------------------------ reflowed: nothing
case("253-4-reflow", "reflow", "territories from making available to the régime[- -]{+\n+}or to any[-\n-]{+ +}such undertaking any such funds or resources and[-\n-]{+ +}from remitting any other funds to persons or bodies")
case("820-28-reflow", "reflow", "traffic from entering[-\n-]{+ +}the territorial sea of the Federal Republic of Yugoslavia (Serbia and[-\n-]{+ +}Montenegro) except when authorized on a case-by-case basis[- -]{+\n+}by the Committee[-\n-]{+ +}established by resolution 724 (1991) or in case of force majeure;")
case("687-30-reflow", "reflow", "by providing lists of such[-\n-]{+ +}persons, facilitating the access of the International Committee[-\n-]{+ +}to all such persons wherever located or detained and facilitating[-\n-]{+ +}the search by the International Committee")
case("864-19-reflow", "reflow", "nationals or from their[-\n-]{+ +}territories or using their flag vessels or aircraft, of arms and related[-\n-]{+ +}matériel of all types,")
# ---------------------------------------------------------------------------------- unchanged copies: nothing
for _res in ("591", "760"):
    case(f"{_res}-unchanged", "control")
# -------------------------------------------------------------------------- edits that touch no list: nothing
# citations
case("418-pre-citation-add", "negative-citation", "Recalling its resolution 181 (1963) of 7 August 1963{+, 182 (1963) of 4 December 1963+} and other resolutions",
     note="a citation added before 'and other resolutions'")
case("757-pre-citation-rm", "negative-citation", "721 (1991) of 27 November 1991, [-724 (1991) of 15 December 1991, -]727 (1992)", note="a citation removed from a run of citations")
case("757-13-citation-add", "negative-citation", "established by resolutions 713 (1991){+, 724 (1991)+} and 727 (1992):", note="a pair of citations becomes three")
case("873-1-citation", "negative-citation", "the measures set out in paragraphs 5 to [-9-]{+8+} of resolution 841 (1993)")
case("883-annex-heading-citation", "negative-citation", "List of items referred to in paragraph [-5-]{+6+} of the present resolution:", note="the annex's heading, not an entry")
# dates
case("232-pre-date", "negative-date", "Reaffirming its resolutions 216 (1965) of [-12-]{+13+} November")
case("757-pre-date", "negative-date", "the tragic incident on [-18-]{+19+} May 1992")
case("873-pre-date", "negative-date", "(1993) of [-23-]{+24+} September 1993,")
case("883-2-date", "negative-date", "standard time on [-1-]{+15+} December 1993 unless")
case("591-14-date", "negative-date", "no later than [-30 June-]{+31 May+} 1987")
# numbers
case("687-1-number", "negative-number", "Affirms all [-thirteen-]{+fourteen+} resolutions noted above")
case("687-10-number", "negative-number", "for approval within [-one hundred and twenty-]{+ninety+} days of the passage", note="a number holding 'and'")
case("883-pre-number", "negative-number", "after more than [-twenty-]{+twenty-two+} months")
case("883-16-number", "negative-number", "within [-ninety-]{+sixty+} days of such suspension")
case("864-1-number", "negative-number", "for a period of [-three-]{+six+}")
# addressees and parties
case("253-9-addressees", "negative-party", "Requests all States Members of the United Nations[- or of the specialized agencies-] to take all possible further action",
     note="an addressee removed")
case("757-9-bound", "negative-party", "Decides further that all States[-, and the authorities in the Federal Republic of Yugoslavia (Serbia and Montenegro),-] shall take the necessary measures",
     note="the States and authorities bound by the paragraph")
case("787-3-parties", "negative-party", "call on all parties[- and others concerned-] to respect strictly")
case("864-20-addressees", "negative-party", "20. Calls upon all States[-, and all international organizations,-] to act strictly")
case("873-1-parties", "negative-party", "Governors Island Agreement[- and any other authorities in Haiti-] are implementing in full",
     note="the parties whose compliance is reported")
# plain prose
case("418-pre-prose", "negative-prose", "needs to be [-universally-]{+strictly+} applied against South Africa in the first instance")
case("864-2-ocr", "negative-prose", "the mandate [-authonzed-]{+authorized+} by the present resolution", note="an OCR slip repaired")
case("841-pre-prose", "negative-prose", "has not{+ yet+} been reinstated")
case("687-23-prose", "negative-prose", "when required to assure [-adequate-]{+sufficient+} financial resources")
# titles
case("687-pre-title-minutes", "negative-title", "of friendly relations, recognition{+, cooperation+} and related matters\", 58 thereby",
     note="the title of the Agreed Minutes (first naming)")
case("687-pre-title-protocol", "negative-title", "weapons in violation of its obligations under the Protocol for the Prohibition of the Use in War of Asphyxiating,{+ Toxic,+} Poisonous",
     note="the preambular naming of the 1925 Geneva Protocol (paragraph 7 is unchanged)")
case("841-pre-title-envoy", "negative-title", "the Special Envoy for Haiti of the [-United Nations and -]Organization of American States Secretaries-General, Mr. Dante Caputo",
     note="the title of a person (the same title in paragraph 3 is unchanged)")
case("825-pre-title-declaration", "negative-title", "Joint Declaration on the Denuclearization{+ and Peaceful Reunification+} of the Korean Peninsula")
case("864-pre-title-committee", "negative-title", "efforts of the Ad Hoc Committee on Southern{+ and Central+} Africa of", note="a committee's title")
# verbs, adjectives, adverbs
case("253-pre-verbs", "negative-verbs", "affronted the conscience of mankind[- and have been universally condemned-],", note="a pair of verb phrases")
case("757-16-verbs", "negative-verbs", "might be suspended[- or terminated-] following compliance")
case("787-1-adjectives", "negative-verbs", "to be held in [-continuous and -]uninterrupted session")
case("687-21-verbs", "negative-verbs", "whether to reduce{+, suspend+} or lift the prohibitions")
case("883-3-adjectives", "negative-verbs", "means any commercial, industrial{+, financial+} or public utility undertaking which is owned",
     note="adjectives of one undertaking (items_holdout3 253-4: 'any commercial, industrial or public utility undertaking' is one item)")
case("883-15-adverbs", "negative-verbs", "all Member States[- individually and collectively-] to encourage", note="a pair of adverbs")
# votes
case("253-vote", "negative-vote", "Adopted [-unanimously at the 1428th meeting-]{+at the 1428th meeting by 14 votes to none, with 1 abstention (France)+}.")
case("757-vote-ocr", "negative-vote", "votes [-io-]{+to+} none, with 2 abstentions", note="an OCR slip in the tally repaired")
case("418-vote", "negative-vote", "Adopted [-unanimously-]{+by 14 votes to none, with 1 abstention,+} at the 2046th meeting.")
case("760-vote", "negative-vote", "Adopted [-unanimously-]{+by 14 votes to none, with 1 abstention (Zimbabwe),+} at the 3086th meeting.")
# --------------------------------------------------------------------------- whole paragraphs added / removed
case("687-pre-rm-paragraph-hostages", "para-list", "[-Deploring threats made by Iraq during the recent conflict to make use of terrorism against targets outside Iraq and the taking of hostages by Iraq,\n\n-]Taking note with grave concern",
     "-threats made by Iraq during the recent conflict to make use of terrorism against targets outside Iraq | threats made by Iraq",
     "-the taking of hostages by Iraq", note="a removed preambular paragraph holding a pair of nouns (convention *)")
case("883-add-paragraph-fuel", "para-list", "{+8 bis. Decides that all States shall prohibit the supply to Libya of aviation fuel, lubricants and de-icing fluids;\n\n+}9. Instructs the Committee of the Security Council established by",
     "+aviation fuel", "+lubricants", "+de-icing fluids", note="a new paragraph holding a list of three")
case("661-add-paragraph-vehicles", "para-list", "{+4 bis. Decides that all States shall prevent the sale or supply to Iraq of aircraft, vessels, motor vehicles and spare parts for the aforementioned;\n\n+}5. Calls upon all States, including States non-members",
     "+aircraft", "+vessels", "+motor vehicles", "+spare parts for the aforementioned", "?+sale", "?+supply",
     note="a new paragraph holding a list of four")
case("841-12-rm-paragraph", "para-list", "[-12. Calls upon States to bring proceedings against persons and entities violating the measures imposed by this resolution and to impose appropriate penalties;\n\n-]13. Requests all States to report to the Secretary-General",
     "-persons", "-entities | entities violating the measures imposed by this resolution", note="a removed paragraph holding a pair of nouns; the two verb phrases are not a list")
case("748-add-paragraph-offices", "para-list", "{+7 bis. Decides that all States shall close all offices of Libyan banks, insurance companies and travel agencies in their territories;\n\n+}8. Requests all States to report to the",
     "+Libyan banks | banks", "+insurance companies", "+travel agencies | travel agencies in their territories", note="a new paragraph holding a list of three")
case("232-7-rm-paragraph", "para-plain", "[-7. Urges, having regard to the principles stated in Article 2 of the United Nations Charter, States not Members of the United Nations to act in accordance with the provisions of paragraph 2 of the present resolution;\n\n-]",
     note="addressees only")
case("591-pre-rm-paragraph", "para-plain", "[-Recalling its resolution 473 (1980) on the question of South Africa,\n\n-]Recalling the 1980 report", note="a citation only")
case("825-4-rm-paragraph", "para-plain", "[-4. Urges all Member States to encourage the Democratic People's Republic of Korea to respond positively to the present resolution, and encourages them to facilitate a solution;\n\n-]",
     note="verb phrases only")
case("883-14-rm-paragraph", "para-plain", "[-14. Invites the Secretary-General to continue his role as set out in paragraph 4 of resolution 731 (1992);\n\n-]15. Calls again upon")
case("757-add-paragraph-airport", "para-plain", "{+17 bis. Requests the Secretary-General to keep the Council informed of the security situation at Sarajevo airport;\n\n+}18. Requests the Secretary-General to continue to use",
     note="a new paragraph without a list")
# -------------------------------------------------------------------------------------- several edits at once
case("232-3-multi4", "multi", "Reminds {+all +}Member States that the failure", "the failure[- or refusal-] by any of them",
     "-refusal", note="a pair of nouns loses its second member; the addressees gain 'all' (not a list)")
case("820-1-multi4", "multi", "namely {+the Cease-fire Agreement (annex V), +}the Agreement on Interim Arrangements", "not later than [-nine-]{+ten+} days after the adoption",
     "+the Cease-fire Agreement (annex V)", note="documents of the peace plan: one added first; a number changed elsewhere")
case("687-24a-multi4", "multi", "[- and their means of production-] for such equipment;", "to develop within [-sixty-]{+ninety+} days",
     "-their means of production", note="the last item of the list inside 24 (a) removed; a number changed in paragraph 26")
case("864-3-multi4", "multi", "deterioration of the political[- and military-] situation", "[- and the Special Representative-], with the goal",
     "-the Special Representative", note="adjectives removed (nothing); the second holder of the functions removed")
case("841-pre-multi4", "multi", "the Charter of the United Nations{+, the Charter of the Organization of American States+} and international law", "not later than [-15-]{+20+} July 1993",
     "+the Charter of the Organization of American States", note="instruments as list members; a date changed")
case("748-9c-multi4", "multi", "a full and effective{+ and verifiable+} response", "brought to its attention by States{+ or international organizations+} concerning violations",
     "+international organizations", note="adjectives (nothing); the sources of information in 9 (c) gain a member")
case("825-pre-multi4", "multi", "Treaty Series, vol. [-729-]{+730+}", "the [-report-]{+reports+} of the Director-General of the International Atomic Energy Agency",
     "~the report of the Director-General of the International Atomic Energy Agency => the reports of the Director-General of the International Atomic Energy Agency",
     note="a footnote citation (nothing); the second object of 'Having considered' reworded")
case("661-3c-multi4", "multi", "the inherent right of individual[- or collective-] self-defence", "using their flag vessels{+ or aircraft+} of any commodities",
     "+aircraft", note="adjectives removed (nothing); 'their flag vessels' gains a member inside 3 (c)")


# ------------------------------------------------------------------------------- edits inside a sub-paragraph
# As in the earlier sets: an edit inside a lettered sub-paragraph (or a semicolon member inside one) may also
# report that sub-paragraph modified (optional, not required), reflows excepted.
WITHIN: dict[str, tuple[str, ...]] = {
    "232-2b-": ("Any activities by their nationals or in their territories which promote or are calculated to promote the export",),
    "232-2e-": ("Any activities by their nationals or in their territories which promote or are calculated to promote the supply",),
    "253-3e-": ("The shipment in vessels or aircraft of their registration, or under charter to their nationals",),
    "253-20b-": ("To seek from any States Members of the United Nations or of the specialized agencies such further information",),
    "661-3c-": ("The sale or supply by their nationals or from their territories or using their flag vessels",),
    "687-24a-": ("Arms and related matériel of all types",),
    "687-24d-": ("Personnel or materials for training or technical support services",),
    "748-4b-": ("Prohibit, by their nationals or from their territory, the supply of any aircraft or aircraft components to Libya",),
    "748-9c-": ("To consider any information brought to its attention by States concerning violations",),
    "757-4b-": ("Any activities by their nationals or in their territories which would promote or are calculated to promote the export",),
    "757-4c-": ("The sale or supply by their nationals or from their territories or using their flag vessels or aircraft",),
    "883-6b-": ("Prohibit any commercial transactions with Libyan Arab Airlines",),
    "883-6d-": ("Prohibit, by their nationals or from their territory, the supply of any materials",),
}

PAIRS: dict[tuple[str, str], list[str]] = {}  # this held-out set has no whole pairs
