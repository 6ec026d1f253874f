# ruff: noqa: E501  (data: annotated text that is clearer unwrapped)
"""THIRD HELD-OUT annotated set of edits of real Security Council resolutions, in the format of ``items_cases.py``.

How it was written: by a helper who never opened the list reader's code (compare/ in main or in any
worktree), never ran the engine, the CLI, the app or the scoring of benchmarks/items.py on these cases.
Every expected item was decided by READING the edited text as a careful drafter would, following the
conventions of benchmarks/items.py (its docstring) and of items_holdout2.py (listed in its docstring).
Every anchor lies outside the character spans of the anchors used in benchmarks/items_cases.py,
items_holdout.py and items_holdout2.py (each existing anchor was located in its resolution and the spans
compared by a small script); other paragraphs and lists were chosen, and where a list had already been
used, a different item of it. Anchors were checked with items.check_anchors (each occurs exactly once);
the scoring was NOT run. Kept outside the repository (/root/hidden_holdout3) while the reader was worked on.

Run: ``python benchmarks/items.py --cases items_holdout3``. Scored once on the reader of release 0.2
(P 0.871 / R 0.627) and once after the third round of work on it (P 0.846 / R 0.653), the round having
been tuned on items_holdout2 without sight of this set. The lead then read the errors of its
even-numbered cases (half E: index % 2 == 0) and added two rules for classes of them (the second member of
a pair struck before a shared complement; members that swap places are kept): half E 0.921 / 0.603 ->
0.974 / 0.655; the odd half (F: 0.833 / 0.667 on 0.2, 0.792 / 0.700 after the round, 0.857 / 0.700
after the second rule) has not been read. Added to the repository at that point: from now on it is a development set, and
the next release needs a new held-out set.
Data only; the format is that of items_cases.py: ``case(id, kind, *specs, note=...)``, the id starts with
the resolution number; a spec is either
- an edit in wdiff markup, ``"pig-iron, sugar, {+cotton, +}tobacco"`` (the text without ``{+...+}`` and with
  ``[-...-]`` is the anchor, which must occur exactly once; whitespace matches any whitespace), or
- an expected item: ``+text`` added, ``-text`` removed, ``~old => new`` modified; ``a | b`` alternatives;
  trailing `` ...`` names a sub-paragraph, bullet, annex entry or long semicolon item by its first words;
  leading ``?`` marks a debatable item (neither rewarded nor penalised).

Conventions (those of items.py and items_holdout2.py; the ones this set had to decide are marked *):
- A two-member coordination of nouns that gains, loses or replaces a member reports that member
  ("import or entry" - entry -> -entry); runs of verbs, verb phrases, gerunds and adjectives
  ("balanced and comprehensive", "promoting, assisting or encouraging") are not lists.
- Addressees of a paragraph ("Calls upon all States, and all international organizations"), the States
  bound by a paragraph ("the Governments of all States, and the Government of Libya") and titles of
  persons, treaties and programmes ("Deputy Prime Minister and Minister for Foreign Affairs",
  "Programme of Action and Appeal") are not lists; neither are citations, dates, months of a citation,
  votes and numbers changed outside any list item.
- * Named documents or instruments standing as members of a list ("the Charter of the United Nations and
  the Universal Declaration of Human Rights") are a list, as in items_holdout2 (820-3 peace plan documents).
- * Bodies CONSULTED ("in consultation with the appropriate Governments and, where appropriate, with the
  Director-General of ...") and named DESTINATIONS ("to Sarajevo and other destinations") are lists (they
  are what the paragraph enumerates), unlike addressees and the named parties of an agreement.
- * A comma-set qualifier belongs to the item it follows: "persons or entities, including vessels" has the
  items "persons" and "entities, including vessels"; removing the qualifier modifies that item.
- A word, a date or a number changed INSIDE a lettered sub-paragraph, a roman sub-item, an annex entry or a
  semicolon item makes that whole unit modified (named by its first words), as in items_holdout2
  (687-13-mod-days); when the change is to an inner list item, the unit's own modification is optional
  (WITHIN below). * An annex entry (I., II., the closing "Spare parts ..." line) is such a unit.
- Removing a sub-paragraph and relettering the following ones, or leaving a gap, reports only the removed
  one; inserting one and relettering the following reports only the inserted one.
- * "military vehicles and equipment" is one item (as items_cases.py 418-2-rm-vehicles); an item holding
  "or" ("any licence or permit granted ...") is one item too.
- Moved items (a pair or a list reordered, two sub-paragraphs swapped with their letters kept in order) are
  kept: nothing is expected. Reflowed line breaks and unchanged copies expect nothing.
"""

from __future__ import annotations

CASES: list[tuple[str, str, tuple[str, ...], str]] = []


def case(id: str, kind: str, *specs: str, note: str = "") -> None:
    CASES.append((id, kind, specs, note))


# ---------------------------------------------------------------------------------- plain inline lists: added
case("687-pre-add-security", "inline-add", "Welcoming the restoration to Kuwait of its sovereignty,\nindependence{+, security+} and territorial integrity and the return",
     "+security", note="inner list of the first of two objects of 'Welcoming'")
case("820-pre-add-unity", "inline-add", "Reaffirming the sovereignty, territorial integrity{+, unity+} and political\nindependence of the Republic of Bosnia and Herzegovina",
     "+unity", note="added before the last item")
case("864-pre-add-sovereignty", "inline-add", "preserve the {+sovereignty, +}unity and territorial\nintegrity of Angola",
     "+sovereignty", note="added FIRST: a pair becomes three")
case("591-1-add-intelligence", "inline-add", "reach the South African\nmilitary establishment{+, intelligence services+} and police through third countries",
     "+intelligence services", note="a pair becomes three")
case("787-7-add-fuel", "inline-add", "the delivery of food{+, fuel+} and medical supplies to the civilian population",
     "+fuel", note="a pair becomes three; the violations list before it is unchanged")
case("757-17-add-gorazde", "inline-add", "humanitarian supplies to Sarajevo{+, Gorazde+} and other destinations in\nBosnia and Herzegovina",
     "+Gorazde", note="named destinations are the list itself (not parties)")
case("883-pre-add-compensation", "inline-add", "for trial\nin Scotland{+, its readiness to pay appropriate compensation+} and its willingness to cooperate",
     "+its readiness to pay appropriate compensation", note="the things Libya stated: 'its intention ... and its willingness ...'")
case("820-7-add-agreements", "inline-add", "all statements{+, agreements+} or\ncommitments made under duress",
     "+agreements", note="an 'A or B' pair becomes 'A, C or B'")
case("253-4-add-loans", "inline-add", "any funds for investment\n{+or any loans +}or any other financial or economic resources",
     "+any loans", note="'any A or any B' gains a middle 'or any' member")
case("418-pre-add-namibia", "inline-add", "the military build-up by South\nAfrica{+, its continued occupation of Namibia+} and its persistent acts of aggression",
     "+its continued occupation of Namibia", note="the subjects of 'seriously disturb': a pair becomes three")
case("591-pre-add-prisoners", "inline-add", "for the elimination of\napartheid{+, the release of all political prisoners+} and the establishment of a democratic society",
     "+the release of all political prisoners", note="the aims of the struggle: a pair becomes three")
case("591-pre-add-covenants", "inline-add", "as set forth in the Charter of the United Nations{+, the International Covenants on Human Rights+} and\nthe Universal Declaration of Human Rights",
     "+the International Covenants on Human Rights", note="instruments named as members of a list (convention of this set)")
case("757-5-add-securities", "inline-add", "any funds{+ or any securities+} or any other financial or\neconomic resources and shall prevent",
     "+any securities", note="'any A or any other B'; the same list in 661 para 4 is another resolution")
# -------------------------------------------------------------------------------- plain inline lists: removed
case("661-pre-rm-sovereignty", "inline-remove", "restore the [-sovereignty,\n-]independence and territorial integrity of Kuwait",
     "-sovereignty", note="the FIRST of three removed")
case("757-pre-rm-attempts", "inline-remove", "the immediate cessation of\nforcible expulsions[- and attempts to change the ethnic composition of the population-] has not been heeded",
     "-attempts to change the ethnic composition of the population", note="the last of a pair")
case("253-pre-rm-self-determination", "inline-remove", "to achieve [-self-determination and\n-]independence, and in particular",
     "-self-determination", note="the first of a pair")
case("591-7-rm-entry", "inline-remove", "prohibit the import[- or entry-]\nof all South African armaments",
     "-entry")
case("748-5a-rm-supplies", "inline-remove", "any types of equipment[-, supplies-] and grants of licensing\narrangements, for the manufacture",
     "-supplies", note="the middle of three in 5 (a)")
case("864-8-rm-failure", "inline-remove", "seize additional territory[- and its failure to withdraw its troops from the\nlocations which it has occupied since the resumption of the hostilities-],\nand demands once again",
     "-its failure to withdraw its troops from the locations which it has occupied since the resumption of the hostilities | its failure to withdraw its troops",
     note="the second of the two things condemned")
case("757-10-rm-safety", "inline-remove", "fully\ntheir freedom of movement[- and the safety of their personnel-];",
     "-the safety of their personnel", note="the end of paragraph 10, after its two lists (unchanged)")
case("841-6-rm-sea", "inline-remove", "from entering the territory[- or\nterritorial sea-] of Haiti",
     "-territorial sea")
case("883-11-rm-servicing", "inline-remove", "concerning [-servicing\nand -]repayment of its foreign debt",
     "-servicing", note="the first of a pair")
case("883-12-rm-contract", "inline-remove", "any international agreement or [-any contract entered into or -]any licence\nor permit granted prior to the effective time",
     "-any contract entered into", note="the middle 'or any' member; the last one holds 'or' itself")
case("864-15-rm-security", "inline-remove", "to ensure the [-security and -]safety of",
     "-security")
# ----------------------------------------------------------------------------- replaced item in the same slot
case("687-pre-mod-independence", "modified", "territorial integrity and [-political -]independence of\nKuwait and Iraq",
     "~political independence => independence", note="the preambular 'Affirming' list; the 'Welcoming' list above is unchanged")
case("757-5-mod-foodstuffs", "modified", "humanitarian\npurposes and [-foodstuffs-]{+basic foodstuffs+};",
     "~foodstuffs => basic foodstuffs", note="the last exception; the first holds 'or' ('strictly medical or humanitarian purposes')")
case("661-6-mod-recommendations", "modified", "its work to the Council with its observations and [-recommendations-]{+proposals+}:",
     "~recommendations => proposals", note="a pair of nouns, one replaced in its slot")
case("757-4b-mod-transit", "modified", "promote the export\nor [-trans-shipment-]{+transit+} of any commodities or products originating\nin the Federal Republic",
     "~trans-shipment => transit", note="a pair inside sub-paragraph 4 (b)")
case("787-8-mod-serious", "modified", "breaches of the Geneva Conventions and [-other-]{+serious+} violations of international\nhumanitarian law committed",
     "~other violations of international humanitarian law | other violations of international humanitarian law committed in the territory of the former Yugoslavia => serious violations of international humanitarian law | serious violations of international humanitarian law committed in the territory of the former Yugoslavia",
     note="the second of a pair; 'committed in ...' may be read as its qualifier")
case("232-2b-mod-dealings", "modified", "for the purposes of such activities or\n[-dealings-]{+transactions+};",
     "~dealings => transactions", note="the pair closing sub-paragraph 2 (b)")
case("418-3-mod-licences", "modified", "contractual arrangements with and [-licences-]{+permits+} granted to\nSouth Africa",
     "~licences | licences granted to South Africa => permits | permits granted to South Africa",
     note="'arrangements with and licences granted to South Africa': a pair sharing its object")
case("661-pre-mod-destruction", "modified", "loss of human life and [-material-]{+widespread material+} destruction",
     "~material destruction => widespread material destruction")
case("748-6a-mod-level", "modified", "Significantly reduce the number and the [-level-]{+rank+} of the",
     "~the level | the level of the staff at Libyan diplomatic missions and consular posts => the rank | the rank of the staff at Libyan diplomatic missions and consular posts",
     note="'the number and the level of the staff': the pair shares 'of the staff'")
case("883-6d-mod-technical", "modified", "or of any engineering or [-other-]{+technical+} services or\ncomponents destined",
     "~other services => technical services", note="the second list of 6 (d): 'engineering or other services or components'")
case("757-17-mod-environs", "modified", "a\nsecurity zone encompassing Sarajevo and [-its airport-]{+its environs+}",
     "~its airport => its environs")
case("864-4-mod-all-relevant", "modified", "in conformity with the\nPeace Accords and [-relevant-]{+all relevant+} resolutions of the Security Council",
     "~relevant resolutions of the Security Council => all relevant resolutions of the Security Council",
     note="documents as members of a pair")
case("841-pre-mod-dislocation", "modified", "a climate\nof fear of persecution and [-economic-]{+social and economic+} dislocation",
     "~economic dislocation => social and economic dislocation", note="the new item holds 'and' of its own")
case("687-21-mod-conduct", "modified", "in the light of the policies and [-practices-]{+conduct+} of the\nGovernment of Iraq",
     "~practices => conduct")
case("820-19-mod-companies", "modified", "proceedings against persons and [-entities-]{+companies+} violating the measures imposed by\nresolutions",
     "~entities | entities violating the measures imposed by resolutions 713 (1991), 757 (1992), 787 (1992) and the present resolution => companies | companies violating the measures imposed by resolutions 713 (1991), 757 (1992), 787 (1992) and the present resolution",
     note="the second of a pair sharing a participle qualifier")
# ---------------------------------------------------------------------------- items with comma-set qualifiers
case("841-7-add-kerosene", "qualifier", "including propane gas for cooking{+ and kerosene for lighting+}, for verified\nessential humanitarian needs",
     "+kerosene for lighting", note="a list inside the 'including ...' qualifier of 'petroleum or petroleum products'")
case("873-pre-add-intimidation", "qualifier", "dispatched pursuant to resolution 867\n(1993), {+the intimidation of its personnel, +}and the failure of the armed forces",
     "+the intimidation of its personnel", note="the first item carries a comma-set qualifier 'dispatched pursuant to resolution 867 (1993)'")
case("253-4-rm-tourist", "qualifier", "public utility undertaking[-, including tourist enterprises,-] in Southern Rhodesia any funds",
     "~any commercial, industrial or public utility undertaking, including tourist enterprises, in Southern Rhodesia | any commercial, industrial or public utility undertaking, including tourist enterprises => any commercial, industrial or public utility undertaking in Southern Rhodesia | any commercial, industrial or public utility undertaking",
     note="the qualifier removed from the second 'or to any' member")
case("820-18-add-companies", "qualifier", "identifying where possible persons{+, companies+} or entities, including vessels, reported to\nbe engaged",
     "+companies", note="the last item 'entities, including vessels' keeps its qualifier")
case("841-10e-rm-vessels", "qualifier", "persons or entities[-, including vessels,-] reported to\nbe engaged in such violations",
     "~entities, including vessels => entities", note="the qualifier belongs to 'entities' (convention of this set)")
case("687-20-add-water", "qualifier", "concerning the situation between Iraq and Kuwait{+, to water purification equipment+} or,\nwith the approval of that Committee",
     "+water purification equipment | to water purification equipment",
     note="exceptions 'to foodstuffs notified to the Committee ... or, with the approval ..., to materials and supplies ...': the first carries a long qualifier")
case("820-27-add-atc", "qualifier", "consistent with resolution 757 (1992){+, air traffic control services+} and, as approved, on a case-by-case\nbasis",
     "+air traffic control services", note="the exceptions after 'legal services consistent with resolution 757 (1992)'; the earlier items are unchanged")
case("820-8-rm-account", "qualifier", "a report\ncontaining [-an account of the preparatory work for the implementation of the\nproposals referred to in paragraph 28 of the Secretary-General's report of\n26 March 1993 (S/25479) and -]detailed proposals",
     "-an account of the preparatory work for the implementation of the proposals referred to in paragraph 28 of the Secretary-General's report of 26 March 1993 (S/25479) | an account of the preparatory work",
     note="the first of two contents of the report, holding a citation; the second carries 'including arrangements ...'")
case("757-11-add-concession", "qualifier", "any contract entered into {+or any concession granted +}or any licence or permit\ngranted prior to the date of the present resolution",
     "+any concession granted | any concession", note="members carrying participle qualifiers ('entered into', 'granted prior to ...')")
case("687-9b-add-warheads", "qualifier", "of all its missile capabilities, including launchers{+ and warheads+}, as specified",
     "+warheads", note="a list inside the 'including ...' qualifier, inside 9 (b) (ii)")
case("864-19-add-explosives", "qualifier", "as well\nas of petroleum and petroleum products{+, and of explosives+}, whether or not originating in\ntheir territory",
     "+explosives | of explosives", note="items 'arms and related matériel of all types, including ...' and 'petroleum and petroleum products'")
# --------------------------------------------------------------------------- lists with repeated prepositions
case("787-pre-rm-work", "preposition", "may be achieved[-, and for the\nwork of the Co-Chairmen of the Steering Committee of the Conference-],",
     "-for the work of the Co-Chairmen of the Steering Committee of the Conference", note="'support for A ... and for B' loses B")
case("591-8-rm-exchanges", "preposition", "put an end to [-exchanges as well as to -]visits and exchanges\nof visits by government personnel",
     "-exchanges", note="'to A as well as to B and C': the first member removed")
case("687-9b-add-icrc", "preposition", "with the\nDirector-General of the World Health Organization{+ and with the International Committee of the Red Cross+}, within\nforty-five days",
     "+with the International Committee of the Red Cross", note="bodies consulted: 'with A and, where appropriate, with B' (convention of this set)")
case("687-19-add-rules", "preposition", "paragraph 18{+, for the rules of procedure of the Commission+}\nand for a programme to implement",
     "+for the rules of procedure of the Commission", note="'recommendations for A and for B' becomes three")
case("841-pre-rm-ga", "preposition", "taken by the Organization of American States[- and by the General\nAssembly of the United Nations-], defines",
     "-by the General Assembly of the United Nations", note="'by A and by B'")
case("841-1-add-sc", "preposition", "American States[-\nand-]{+,+} of the General Assembly of the United Nations{+ and of the Security Council+};",
     "+of the Security Council", note="'of A and of B' becomes 'of A, of B and of C'")
case("253-4-add-person", "preposition", "make available to the illegal régime\nin Southern Rhodesia {+or to any person in Southern Rhodesia +}or to any commercial",
     "+to any person in Southern Rhodesia", note="'to A or to B' gains a middle member")
case("820-21-rm-undertaking", "preposition", "benefit of the authorities in the Federal Republic of Yugoslavia (Serbia and\nMontenegro)[- or to any commercial, industrial or public utility undertaking in\nthe Federal Republic of Yugoslavia (Serbia and Montenegro)-], and calls on all",
     "-to any commercial, industrial or public utility undertaking in the Federal Republic of Yugoslavia (Serbia and Montenegro)",
     note="'to or for the benefit of A or to B'; the inline (a) (b) (c) list of the paragraph is unchanged")
case("757-5-add-agent", "preposition", "making available to those authorities or\nto any such undertaking{+ or to any person acting on their behalf+} any such funds",
     "+to any person acting on their behalf")
case("757-pre-rm-obstruction", "preposition", "non-Serb civilians[-, and at the obstruction of and lack of\ncooperation with the Force in other parts of Croatia-],",
     "-at the obstruction of and lack of cooperation with the Force in other parts of Croatia",
     note="'concerned at A, including ..., and at B'; the inner 'including' pair is unchanged")
case("841-8-add-armed-forces", "preposition", "of the de facto\nauthorities in Haiti{+ or of the armed forces of Haiti+}, or (b) controlled",
     "+of the armed forces of Haiti",
     "?~of the Government of Haiti or of the de facto authorities in Haiti => of the Government of Haiti or of the de facto authorities in Haiti or of the armed forces of Haiti",
     note="'of A or of B' inside the inline lettered (a) of paragraph 8")
# ------------------------------------------------------------------------ items whose own text contains "and"
case("825-pre-add-inspections", "and-item", "between the\nDemocratic People's Republic of Korea and the Agency{+, the resumption of Agency inspections+} and the\nprospect of contacts",
     "+the resumption of Agency inspections", note="both neighbours hold 'between X and Y'")
case("787-pre-add-property", "and-item", "massive and systematic violations of human rights{+, the destruction of cultural and religious property+} and grave violations of\ninternational humanitarian law",
     "+the destruction of cultural and religious property", note="the first item and the new one hold 'and'")
case("864-10-rm-implementation", "and-item", "a cease-fire throughout the\ncountry[- and the full implementation of the Peace Accords and Security\nCouncil resolutions-];",
     "-the full implementation of the Peace Accords and Security Council resolutions")
case("820-13-rm-upas", "and-item", "in particular [-the United Nations Protected Areas in\nthe Republic of Croatia and -]those areas of the Republic of Bosnia and\nHerzegovina under the control of Bosnian Serb forces;",
     "-the United Nations Protected Areas in the Republic of Croatia", note="the second naming of the two areas (paragraph 13); the remaining one holds 'Bosnia and Herzegovina'")
case("820-12-mod-military", "and-item", "the Republic of Bosnia and Herzegovina under the [-control-]{+military control+} of Bosnian Serb\nforces, with the exception",
     "~those areas of the Republic of Bosnia and Herzegovina under the control of Bosnian Serb forces => those areas of the Republic of Bosnia and Herzegovina under the military control of Bosnian Serb forces",
     note="the first naming of the two areas (paragraph 12)")
case("883-6e-mod-handling", "and-item", "and ground [-maintenance-]{+handling+} personnel associated\nwith the operation",
     "~aircraft and ground maintenance personnel | aircraft and ground maintenance personnel associated with the operation of aircraft and airfields within Libya => aircraft and ground handling personnel | aircraft and ground handling personnel associated with the operation of aircraft and airfields within Libya",
     note="the last of 'pilots, flight engineers, or aircraft and ground maintenance personnel'")
case("687-pre-rm-islands", "and-item", "formally recognizing the boundary between\nIraq and Kuwait[- and the allocation of islands-], which Agreed",
     "-the allocation of islands", note="the first item holds 'between Iraq and Kuwait'")
case("253-6-add-vessels", "and-item", "prevent airline companies constituted in\ntheir territories{+, vessels of their registration+} and aircraft of their registration or\nunder charter to their nationals",
     "+vessels of their registration", note="the last item holds 'or' of its own")
case("864-pre-add-observers", "and-item", "despite its previous resolutions{+, the mediation of the three observer States+} and the\nefforts undertaken by the Secretary-General and his Special Representative",
     "+the mediation of the three observer States", note="the last item holds 'the Secretary-General and his Special Representative'")
# -------------------------------------------------------------- lettered / roman sub-paragraphs, annex entries
case("748-9-rm-b-gap", "subpara-remove", "[-(b) To seek from all States further information regarding\nthe action taken by them concerning the effective implementation of the measures imposed by paragraphs 3 to 7 above;\n\n-](c) To consider any information",
     "-To seek from all States further information regarding the action taken by them ...", note="removed, the letters left with a gap")
case("757-13-add-g", "subpara-add", "Council in accordance with paragraph 7 above;{+\n\n(g) To promulgate guidelines to facilitate implementation of the measures imposed by the present resolution;+}",
     "+To promulgate guidelines to facilitate implementation of the measures imposed ...", note="added after the last letter")
case("757-13-rm-d-gap", "subpara-remove", "[-(d) To recommend appropriate measures in response to\nviolations of the measures imposed by paragraphs 4 to 9 and to\nprovide information on a regular basis to the Secretary-General\nfor general distribution to Member States;\n\n-]",
     "-To recommend appropriate measures in response to violations ...", note="(e) and (f) keep their letters")
case("864-22-rm-a-gap", "subpara-remove", "[-(a) To examine the reports submitted pursuant to paragraph 24\nbelow,\n\n-](b) To seek from all States",
     "-To examine the reports submitted pursuant to paragraph 24 below ...", note="the first task removed, letters left as (b) to (e)")
case("841-10-add-g", "subpara-add", "{+(g) To examine requests for the release of frozen funds for humanitarian purposes;\n\n+}11. Calls upon all States to cooperate fully with the Committee\nestablished by paragraph 10",
     "+To examine requests for the release of frozen funds for humanitarian purposes ...", note="added after (f)")
case("748-9-add-f-reletter", "subpara-add", "(f) {+To examine requests for the approval of flights for the purposes of the Hajj pilgrimage;\n\n(g) +}To give special attention to any communications",
     "+To examine requests for the approval of flights for the purposes of the Hajj pilgrimage ...", note="inserted as (f): the old (f) relettered (g), kept")
case("883-3-rm-i-gap", "subpara-remove", "[-(i) The Government or public authorities of Libya,\n\n-]",
     "-The Government or public authorities of Libya", note="the first roman item of the definition; (ii) (iii) keep their numbers; (a) of paragraph 3 has the same words, unchanged")
case("883-6-add-g", "subpara-add", "{+(g) Prohibit, by their nationals or from their territory, the supply of aviation fuel to Libyan aircraft;\n\n+}7. Confirms that the decision taken in resolution 748 (1992)",
     "+Prohibit, by their nationals or from their territory, the supply of aviation fuel ...", note="added after (f)")
case("883-6-rm-a-gap", "subpara-remove", "[-(a) Require the immediate and complete closure of all Libyan\nArab Airlines offices within their territories;\n\n-]",
     "-Require the immediate and complete closure of all Libyan Arab Airlines offices ...", note="the first of six removed, letters left as (b) to (f)")
case("687-9b-add-iv", "subpara-add", "{+(iv) The destruction by Iraq, under the supervision of the Special Commission, of all its chemical weapons production facilities;\n\n+}10. Decides further that Iraq shall unconditionally",
     "+The destruction by Iraq, under the supervision of the Special Commission ...", note="a roman item added after (iii)")
case("253-20-add-c", "subpara-add", "{+(c) To examine such proposals for the strengthening of the measures as may be submitted by States ;\n\n+}21. Requests the United Kingdom, as the administering Power",
     "+To examine such proposals for the strengthening of the measures ...", note="added after the last letter (b)")
case("687-24b-mod-citation", "modified", "(b) Items specified and defined in paragraphs 8[- and-]{+,+} 12{+ and 13+}",
     "~Items specified and defined in paragraphs 8 and 12 not otherwise covered above ... => Items specified and defined in paragraphs 8, 12 and 13 not otherwise covered above ...",
     note="a citation changed INSIDE a lettered sub-paragraph: the sub-paragraph is modified; the paragraph numbers are not list items")
# ---------------------------------------------------------------------------------- semicolon lists / annex
case("687-13-add-report", "semicolon", "designation of any additional locations by the Special Commission;{+ to report to the Council on the results of such inspection;+} to develop a plan",
     "+to report to the Council on the results of such inspection", note="a new second task of the Director General")
case("687-13-mod-last-days", "semicolon", "for approval within [-one hundred\nand twenty-]{+ninety+} days of the adoption of the present resolution;",
     "~to develop a plan, taking into account the rights and obligations of Iraq ... | to carry out the plan within forty-five days following approval by the Council ... => to develop a plan, taking into account the rights and obligations of Iraq ... | to carry out the plan within forty-five days following approval by the Council ...",
     note="a number inside the last task ('... and to develop a plan, ...'); the reader may or may not split the last '; to carry out ... and to develop ...' item")
case("687-5-rm-observe", "semicolon", "surveillance of the demilitarized zone[- and to observe any hostile or\npotentially hostile action mounted from the territory of one\nState against the other-]; and also requests",
     "-to observe any hostile or potentially hostile action mounted from the territory of one State against the other ...",
     note="the last of the unit's tasks 'to monitor ...; to deter ... and to observe ...'")
case("787-pre-mod-statement", "semicolon", "[-made-]{+issued+} at Geneva on 19 October 1992 by the Presidents of the\nRepublic of Bosnia and Herzegovina",
     "~the Joint Statement made at Geneva on 19 October 1992 ... => the Joint Statement issued at Geneva on 19 October 1992 ...",
     note="a word inside the second item of the semicolon list of documents ('including the Joint Declarations ...; the Joint Statement ...; ...')")
case("883-annex-add-hawsers", "bullet", "{+- Mooring hawsers.\n\n+}III. Equipment not specially designed for use in crude oil export",
     "+Mooring hawsers", note="a bullet added at the END of list II, before the heading III")
case("883-annex-mod-350", "bullet", "larger than [-350-]{+300+} cubic metres per hour",
     "~Pumps of medium or large capacity whose capacity is equal to or larger than 350 cubic metres per hour ... => Pumps of medium or large capacity whose capacity is equal to or larger than 300 cubic metres per hour ...",
     note="a number inside annex entry I: the entry is modified")
case("883-annex-mod-cleaning", "bullet", "and [-cleaning-]{+cleaning and gauging+} devices",
     "~In-line pipeline inspection tools and cleaning devices ... => In-line pipeline inspection tools and cleaning and gauging devices ...",
     note="a word inside a bullet of list III that already holds 'and'")
case("883-annex-I-add-products", "bullet", "the transportation of crude\noil{+, refined products+} and natural gas.",
     "+refined products", note="an inner list at the end of annex entry I; the entry's own modification is tolerated (WITHIN)")
case("883-annex-rm-spare", "subpara-remove", "[-Spare parts destined for the items in I to IV above.\n\n-]Adopted at the 3312th meeting",
     "-Spare parts destined for the items in I to IV above ...", note="the last, unnumbered annex entry removed")
# ----------------------------------------------------------------------------- moved within the list: nothing
case("820-pre-move-integrity", "move", "Reaffirming the [-sovereignty, territorial integrity-]{+territorial integrity, sovereignty+} and political\nindependence of the Republic of Bosnia and Herzegovina")
case("757-pre-move-croatia", "move", "including\n[-persistent cease-fire violations and the continued expulsion of\nnon-Serb civilians-]{+the continued expulsion of non-Serb civilians and persistent cease-fire violations+}, and at the obstruction",
     note="a pair swaps its members")
case("841-5-move-recipients", "move", "to [-any person or body in Haiti or to any person or body\nfor the purpose of any business carried on in or operated from Haiti-]{+any person or body for the purpose of any business carried on in or operated from Haiti or to any person or body in Haiti+}, and any\nactivities",
     note="'to A or to B' swapped")
case("820-22-move-borders", "move", "products\n[-across the land borders or to or from the ports-]{+to or from the ports or across the land borders+} of the Federal Republic of\nYugoslavia")
case("787-12-move-cargoes", "move", "maritime shipping in order to inspect and\nverify their [-cargoes and destinations-]{+destinations and cargoes+}",
     note="paragraph 12 only; paragraph 13 keeps the same pair")
case("748-7-move-agreement", "move", "by [-any international agreement or any contract entered into-]{+any contract entered into or any international agreement+} or any licence or permit\ngranted prior to 15 April 1992")
case("418-pre-move-reservations", "move", "without\nany [-reservations or qualifications-]{+qualifications or reservations+} whatsoever")
case("748-9-swap-a-b", "move", "(a) To [-examine the reports submitted pursuant to\nparagraph 8 above;\n\n(b) To seek from all States further information regarding\nthe action taken by them concerning the effective implementation of the measures imposed by paragraphs 3 to 7 above-]{+seek from all States further information regarding the action taken by them concerning the effective implementation of the measures imposed by paragraphs 3 to 7 above;\n\n(b) To examine the reports submitted pursuant to paragraph 8 above+};",
     note="two sub-paragraphs swap places, letters kept in order")
# ------------------------------------------------------------------------------------------ reflowed: nothing
case("661-4-reflow", "reflow", "from removing from their territories or otherwise[-\n-]{+ +}making available to that Government or to any such undertaking any such funds or resources and from remitting any[-\n-]{+ +}other funds")
case("757-5-reflow", "reflow", "make available to[-\n-]{+ +}the authorities in the Federal Republic of Yugoslavia (Serbia[-\n-]{+ +}and Montenegro) or to any commercial, industrial or public[-\n-]{+ +}utility undertaking")
case("841-7-reflow", "reflow", "petroleum or petroleum products, including propane gas for cooking, for verified[-\n-]{+ +}essential humanitarian needs, subject to acceptable arrangements for")
case("820-27-reflow", "reflow", "27. Decides to prohibit the provision of services, both financial and[-\n-]{+ +}non-financial, to any person or body for purposes of any business carried on[-\n-]{+ +}in the Federal Republic")
# ---------------------------------------------------------------------------------- unchanged copies: nothing
for _res in ("232", "864"):
    case(f"{_res}-unchanged", "control")
# -------------------------------------------------------------------------- edits that touch no list: nothing
# citations
case("253-pre-citation-rm", "negative-citation", "217 (1965) of 20 November\n1965, [-221 (1966) of 9 April 1966, -]and 232 (1966) of\n16 December 1966", note="a citation removed from a run of citations")
case("757-pre-citation-add", "negative-citation", "749 (1992) of\n7 April 1992{+, 751 (1992) of 24 April 1992+} and 752 (1992) of 15 May 1992,", note="a citation added before the last")
case("841-pre-ga-rm", "negative-citation", "[-47/20 A of 24 November 1992, -]47/143 of 18 December 1992 and\n47/20 B", note="General Assembly resolution symbols")
case("873-pre-ocr-year", "negative-citation", "Recalling its resolutions 841 [-1993-]{+(1993)+} of 16 June 1993", note="an OCR slip in a citation repaired")
# dates
case("825-pre-dup-date", "negative-date", "Republic of Korea[- dated 12 March 1993-] 3 addressed to the President", note="a repeated date removed")
case("883-13-date", "negative-date", "Secretary-General by [-15-]{+31+}\nJanuary 1994")
case("864-24-date", "negative-date", "Secretary-General by [-15-]{+30+}\nOctober 1993")
case("825-footnote-months", "negative-date", "Year, Supplement for [-January, February and March-]{+April, May and June+} 1993.",
     note="the months of a citation, a run of three names joined by 'and'")
case("757-15-date", "negative-date", "not later than [-15-]{+20+} June 1992 and earlier", note="a date followed by 'and earlier'")
# votes
case("825-vote-tally", "negative-vote", "the 3212th meeting by [-13-]{+12+} votes to none")
case("864-vote-unanimous", "negative-vote", "Adopted [-unanimously-]{+by 14 votes to none, with 1 abstention (Brazil),+} at the 3277th meeting.")
case("748-vote-tally", "negative-vote", "Adopted at the 3063rd meeting by [-10-]{+11+}\nvotes to none")
# titles
case("687-pre-title-minister", "negative-title", "Deputy Prime Minister [-and Minister for Foreign Affairs -]of Iraq", note="the title of one person")
case("687-pre-title-bwc", "negative-title", "Iraq has signed the Convention on the\nProhibition of the Development, Production{+, Acquisition+} and Stockpiling",
     note="a coordination inside a treaty's title (the copy in paragraph 7 is unchanged)")
case("787-17-title-programme", "negative-title", "Programme of Action[- and Appeal-] for the\nformer Yugoslavia", note="a programme's title")
# verbs, gerunds, adjectives
case("253-8-gerunds", "negative-verbs", "promoting, {+financing, +}assisting or\nencouraging emigration", "?+financing",
     note="a run of gerunds (verbs); reporting it is tolerated, as in items_holdout2 748-pre-gerunds")
case("591-11-verb-phrases", "negative-verbs", "prevent future circumventions{+, prosecute offenders+} and\nstrengthen their machinery", note="a run of verb phrases")
case("787-7-verbs", "negative-verbs", "those that commit{+, assist+} or\norder the commission of such acts", note="a run of verbs")
case("687-pre-adjectives", "negative-verbs", "achieving balanced{+, verifiable+} and\ncomprehensive control of armaments", note="a run of adjectives")
case("841-pre-adjectives", "negative-verbs", "in these unique[- and exceptional-] circumstances", note="a pair of adjectives")
# addressees and parties
case("841-9-addressees", "negative-party", "Calls upon all States, {+including States not members of the United Nations, +}and all international organizations, to act",
     note="the addressees gain a qualifier")
case("232-8-addressees", "negative-party", "Calls upon States Members of the United Nations[-\nor members of the specialized agencies-] to report", note="an addressee removed")
case("883-8-parties", "negative-party", "the Governments of all States[-, and the Government\nof Libya,-] shall take", note="the States bound by the paragraph")
# numbers and prose
case("864-17-number", "negative-number", "come into force [-ten-]{+seven+} days after the date")
case("820-10-number", "negative-number", "come into force [-nine-]{+ten+} days after the date")
case("591-pre-ocr-prose", "negative-prose", "in which it decided [-open-]{+upon a+} mandatory arms embargo", note="an OCR slip in plain prose repaired")
# --------------------------------------------------------------------------- whole paragraphs added / removed
case("661-add-paragraph-arms", "para-list", "{+5 bis. Decides that all States shall prevent the sale or supply to Iraq of arms, ammunition of all types, military vehicles and equipment, and spare parts for the aforementioned;\n\n+}6. Decides to establish, in accordance with rule 28 of\nthe provisional rules",
     "+arms", "+ammunition of all types", "+military vehicles and equipment", "+spare parts for the aforementioned", "?+sale", "?+supply",
     note="a new paragraph holding a list whose third item holds 'and'")
case("418-add-paragraph-imports", "para-list", "{+4 bis. Calls upon all States to refrain from importing arms, ammunition of all types and military vehicles produced in South Africa;\n\n+}5. Calls upon all States, including States non-members",
     "+arms", "+ammunition of all types", "+military vehicles | military vehicles produced in South Africa",
     note="a new paragraph holding a list")
case("820-pre-rm-paragraph-sovereignty", "para-list", "[-Reaffirming the sovereignty, territorial integrity and political\nindependence of the Republic of Bosnia and Herzegovina,\n\n-]Reaffirming once again",
     "-sovereignty", "-territorial integrity", "-political independence", note="a removed preambular paragraph holding a list of three")
case("757-11-rm-paragraph", "para-list", "[-11. Calls upon all States, including States not members of\nthe United Nations, and all international organizations, to act\nstrictly in accordance with the provisions of the present\nresolution, notwithstanding the existence of any rights or\nobligations conferred or imposed by any international agreement or any contract entered into or any licence or permit\ngranted prior to the date of the present resolution;\n\n-]12. Requests all States",
     "-any international agreement", "-any contract entered into", "-any licence or permit granted prior to the date of the present resolution | any licence or permit",
     "?-rights", "?-obligations", note="a removed paragraph holding a list of instruments; its addressees are not a list")
case("687-15-rm-paragraph", "para-plain", "[-15. Requests the Secretary-General to report to the\nCouncil on the steps taken to facilitate the return of all Kuwaiti\nproperty seized by Iraq, including a list of any property that\nKuwait claims has not been returned or which has not been\nreturned intact;\n\n-]", note="clauses only; the section heading D is left empty (section letters are headings, not a list)")
case("820-14-rm-paragraph", "para-plain", "[-14. Demands that all parties and others concerned cooperate fully with\nUNPROFOR in the fulfilment of its immigration and customs control functions\nderiving from resolution 769 (1992);\n\n-]15. Decides that transshipments", note="addressees and a pair of adjectives")
case("883-add-paragraph-overfly", "para-plain", "{+7 bis. Decides that all States shall deny permission to any Libyan aircraft to take off from, land in or overfly their territory;\n\n+}8. Decides that the Governments of all States",
     note="a new paragraph holding only a run of verbs")
case("841-2-rm-paragraph", "para-plain", "[-2. Welcomes the request of the General Assembly that the\nSecretary-General take the necessary measures in order to assist, in cooperation\nwith the Organization of American States, in the solution of the crisis in\nHaiti;\n\n-]3. Decides that the provisions")
# -------------------------------------------------------------------------------------- several edits at once
case("687-12-multi3", "multi", "or any {+design, +}research,", "development[-, support-] or manufacturing facilities related to the\nabove",
     "+design", "-support", note="one list: an item added first and another removed")
case("757-13-multi3", "multi", "[-(d) To recommend appropriate measures in response to\nviolations of the measures imposed by paragraphs 4 to 9 and to\nprovide information on a regular basis to the Secretary-General\nfor general distribution to Member States;\n\n-]",
     "Council in accordance with paragraph 7 above;{+\n\n(g) To promulgate guidelines to facilitate implementation of the measures imposed by the present resolution;+}",
     "-To recommend appropriate measures in response to violations ...", "+To promulgate guidelines to facilitate implementation of the measures imposed ...",
     note="one lettered list: (d) removed (gap), (g) added")
case("883-annex-multi3", "multi", "larger than [-350-]{+300+} cubic metres per hour", "[-Spare parts destined for the items in I to IV above.\n\n-]Adopted at the 3312th meeting",
     "~Pumps of medium or large capacity whose capacity is equal to or larger than 350 cubic metres per hour ... => Pumps of medium or large capacity whose capacity is equal to or larger than 300 cubic metres per hour ...",
     "-Spare parts destined for the items in I to IV above ...", note="the annex entries: the first modified, the last removed")
case("661-pre-multi3", "multi", "restore the [-sovereignty,\n-]independence", "independence{+, security+} and territorial integrity of Kuwait",
     "-sovereignty", "+security", note="one list: the first item removed, another added in the middle")
case("748-5a-multi3", "multi", "any types of {+technology, +}equipment[-, supplies-] and grants of licensing\narrangements",
     "+technology", "-supplies", note="one list: added first, the middle item removed")
case("232-2d-multi3", "multi", "and equipment[- and materials-] for the manufacture{+, repair+} and maintenance of arms and ammunition\nin Southern Rhodesia",
     "-materials", "+repair",
     "?~equipment and materials for the manufacture and maintenance of arms and ammunition in Southern Rhodesia => equipment for the manufacture, repair and maintenance of arms and ammunition in Southern Rhodesia",
     note="two pairs inside the last item of 2 (d): 'equipment and materials' loses one, 'manufacture and maintenance' gains one; the outer item's modification is tolerated")
case("873-pre-multi3", "multi", "by the [-continued-]{+repeated+} obstruction of the arrival", "dispatched pursuant to resolution 867\n(1993), {+the intimidation of its personnel, +}and the failure of the armed forces",
     "~the continued obstruction of the arrival of the United Nations Mission in Haiti | the continued obstruction of the arrival of the United Nations Mission in Haiti, dispatched pursuant to resolution 867 (1993) => the repeated obstruction of the arrival of the United Nations Mission in Haiti | the repeated obstruction of the arrival of the United Nations Mission in Haiti, dispatched pursuant to resolution 867 (1993)",
     "+the intimidation of its personnel", note="one list: the first item reworded, a middle one added")


# ------------------------------------------------------------------------------- edits inside a sub-paragraph
# As in items_cases.py / items_holdout2.py: an edit inside a lettered sub-paragraph, a roman sub-item or an
# annex entry may also report that unit modified (optional, not required), reflows excepted.
_232_2B = "Any activities by their nationals or in their territories which promote or are calculated to promote the export"
_232_2D = "Any activities by their nationals or in their territories which promote or are calculated to promote the sale"
_687_9B = "The Secretary-General, in consultation with the appropriate Governments"
_748_5A = "Prohibit any provision to Libya by their nationals or from their territory of arms"
_748_6A = "Significantly reduce the number and the level of the staff"
_757_4B = "Any activities by their nationals or in their territories which would promote"
_841_10E = "To make periodic reports to the Security Council on information"
_883_6D = "Prohibit, by their nationals or from their territory, the supply of any materials"
_883_6E = "Prohibit, by their nationals or from their territory, any provision of advice"
WITHIN: dict[str, tuple[str, ...]] = {
    "232-2b-": (_232_2B,), "232-2d-": (_232_2D,),
    "687-9b-add-warheads": (_687_9B, "The yielding by Iraq of possession to the Special Commission"),
    "687-9b-add-icrc": (_687_9B,), "687-9b-add-iv": (_687_9B,),
    "748-5a-": (_748_5A,), "748-6a-": (_748_6A,), "757-4b-": (_757_4B,), "841-10e-": (_841_10E,),
    "883-6d-": (_883_6D,), "883-6e-": (_883_6E,),
    "883-3-rm-i-gap": ("Decides also that all States in which there are funds",),
    "883-annex-I-": ("Pumps of medium or large capacity whose capacity",),
}

PAIRS: dict[tuple[str, str], list[str]] = {}  # this held-out set has no whole pairs
