"""Which words name which PLOVER act: verb classes written from the CAMEO-to-PLOVER definitions.

Input: a verb token of the parse. Output: the PLOVER type its lemma names, read with what the
verb governs (particle, object, `to` complement), since one verb names several acts: `impose
sanctions` is SANCTION but `impose a curfew` COERCE, `lift a curfew` CONCEDE but `lift a
blockade` RETREAT, `expel diplomats` SANCTION but `expel migrants` COERCE.

Types are the ones of the PLOVER gold-standard records (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT;
the 2021 table calls the first two REQUEST and ACCUSE). Each class lists synonyms, not
sentences: the lexicon should read news it was not tuned on.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from kg.extract.coordination import members


def _classes(table: dict[str, str]) -> dict[str, str]:
    """`{"TYPE": "lemma lemma ..."}` to `{lemma: TYPE}`; phrasal keys use `_` for a space."""
    return {w.replace("_", " "): t for t, words in table.items() for w in words.split()}


# Verbs that name an act whatever they govern (lemmas; "call on" = lemma + particle/preposition).
VERBS = _classes(
    {
        # 03 express intent to cooperate
        "AGREE": "agree promise pledge offer commit consent volunteer",
        # 04 consult (calls, meetings and visits are events of their own kinds already)
        "CONSULT": "consult mediate negotiate telephone",
        # 05 praise, endorse, defend verbally, recognise, apologise, forgive
        "SUPPORT": """praise commend hail applaud laud endorse back welcome support defend
            apologize apologise forgive congratulate recognize recognise""",
        # 06 material cooperation: extradite, share intelligence
        "COOPERATE": "cooperate co-operate collaborate coordinate team_up extradite",
        # 07 aid: give, fund, shelter
        "AID": "donate fund finance bankroll subsidize subsidise",
        # 08 yield
        "CONCEDE": "concede yield accede relent allow permit legalize legalise",
        "RETREAT": """withdraw retreat surrender demobilize demobilise disarm resign
            pull_out pull_back step_down free release disband decommission repatriate
            pardon""",
        # 09 investigate
        "INVESTIGATE": "investigate probe inquire interrogate inspect examine look_into",
        # 10 demand
        "DEMAND": """demand urge request appeal insist call_on call_for ask_for press_for
            push_for plead pressure pressurize pressurise implore exhort beseech petition
            lobby""",
        # 11 disapprove: criticise, accuse, complain, sue, find guilty
        "DISAPPROVE": """criticize criticise condemn denounce deplore decry censure rebuke
            reproach blast slam lambaste accuse blame complain sue indict convict
            protest_to chide castigate berate assail scold reprimand allege""",
        # 12 reject, veto, defy
        "REJECT": """reject refuse decline veto rebuff spurn dismiss oppose deny renege defy
            turn_down rule_out repudiate disavow snub resist""",
        # 13 threaten
        "THREATEN": "threaten",
        # 14 demonstrate, strike, boycott, obstruct, riot
        "PROTEST": "protest demonstrate rally march riot picket boycott walk_out obstruct",
        # 15 mobilise forces
        "MOBILIZE": "mobilize mobilise deploy",
        # 16 reduce relations, stop aid, expel
        "SANCTION": "sanction embargo",
        # 17 coerce: arrest, deport, confiscate, ban, occupy, demolish
        "COERCE": """arrest detain jail imprison deport confiscate seize ban outlaw prohibit
            censor raid occupy annex demolish raze bulldoze disperse blockade charge
            crack_down deface vandalize vandalise torch loot ransack round_up apprehend
            intern evict sentence""",
        # 18 unconventional violence
        "ASSAULT": """assassinate abduct kidnap hijack torture behead massacre beat_up rape
            lynch stab kill murder wound injure maim shoot gun_down ambush bomb blow_up""",
        # 19 conventional military force
        "FIGHT": """shell bombard invade clash fight battle storm capture retake recapture
            besiege encircle strafe overrun shoot_down""",
    }
)

# Verbs whose act is named by their object: light verbs (`launch an investigation`, `stage a
# rally`, `impose sanctions`, `issue an ultimatum`) and verbs of giving, cutting, lifting.
_LIGHT = (
    "launch open begin start conduct order hold stage organize organise lead mount "
    "carry_out resume continue announce call declare complete finish undertake "
    "speed_up accelerate"
)
_OBJECT_TABLES: tuple[tuple[str, dict[str, str]], ...] = (
    (
        _LIGHT,
        {
            "INVESTIGATE": """investigation inquiry enquiry probe hearing inspection
                    audit""",
            "PROTEST": """protest demonstration rally march strike sit-in boycott walkout
                    vigil riot""",
            "FIGHT": """offensive invasion assault bombardment airstrike air_strike war
                    fire""",
            "COERCE": """crackdown curfew blockade martial_law state_of_emergency siege
                    arrest detention""",
            "RETREAT": """ceasefire cease-fire truce withdrawal pullout release_of_prisoner
                    release_of_detainee release_of_hostage release_of_captive
                    lifting_of_sanction lifting_of_embargo lifting_of_blockade
                    lifting_of_siege""",
            # 045/046: engage in mediation or negotiation
            "CONSULT": "mediation",
            # 15 exhibit force posture: a weapons test, military exercises
            "MOBILIZE": """patrol mobilization mobilisation deployment nuclear_test
                    missile_test bomb_test weapon_test weapons_test rocket_test
                    military_exercise naval_exercise joint_exercise military_drill
                    naval_drill joint_drill war_game""",
            # Nouns of the verb classes below, ordered or announced: "announced a suspension
            # of air links" (16); above, "ordered the release of prisoners" (0841), "the arrest".
            "SANCTION": """suspension_of_aid suspension_of_assistance suspension_of_tie
                    suspension_of_relation suspension_of_link suspension_of_flight
                    suspension_of_talk suspension_of_cooperation severance_of_tie
                    expulsion_of_diplomat expulsion_of_ambassador expulsion_of_envoy
                    closure_of_border closure_of_embassy closure_of_crossing
                    closure_of_airspace""",
            "CONCEDE": "lifting_of_curfew lifting_of_ban lifting_of_restriction",
        },
    ),
    (
        "impose reimpose extend tighten enforce levy slap",
        {
            "SANCTION": "sanction embargo",
            "COERCE": """curfew ban restriction blockade martial_law state_of_emergency
                    siege blackout""",
        },
    ),
    (
        "lift ease relax cancel end scrap suspend",
        {
            "CONCEDE": """curfew ban restriction martial_law state_of_emergency
                    measure""",
            "RETREAT": "sanction embargo blockade siege",
        },
    ),
    (
        "cut sever break_off suspend downgrade freeze halt stop withhold end reduce cut_back",
        {
            "SANCTION": """tie relation aid assistance talk negotiation cooperation
                    contact interaction dealing link mediation funding supply""",
        },
    ),
    # 16: close borders, crossings, airspace, embassies
    ("close shut seal", {"SANCTION": "border frontier crossing airspace embassy consulate"}),
    # 085/0863: reopening them eases the measure (a corridor or crossing lets aid through).
    ("open reopen re-open", {"RETREAT": "border frontier crossing airspace corridor"}),
    # 173: placed under arrest or in custody; 09: put under investigation.
    (
        "put_under place_under keep_under",
        {
            "COERCE": "arrest house_arrest detention custody",
            "INVESTIGATE": "investigation inquiry probe",
        },
    ),
    # 14: stop work is to strike
    ("stop down", {"PROTEST": "work tool"}),
    # 03: accept a proposal or mediation (037, 038). (A deal "reached" is no act: the
    # annotation guidelines count it neither as an event nor as a statement.)
    (
        "accept",
        {"AGREE": "proposal plan formula offer invitation mediation settlement deal"},
    ),
    # 17: destroy property
    ("set", {"COERCE": "fire"}),
    ("fire", {"FIGHT": "shell rocket missile mortar round bomb"}),
    # 15: weapons tested ("tested a ballistic missile"; "test-fired": `_tested`)
    ("test", {"MOBILIZE": "missile rocket bomb warhead weapon device"}),
    ("pay", {"RETREAT": "compensation reparation"}),
    (
        "send dispatch give provide deliver supply ship donate grant airlift hand_over",
        {
            "AID": """aid assistance supply food medicine medication arms arm weapon money
                    fund funding loan relief equipment ammunition asylum shelter dollar
                    euro grain grant intelligence""",
            "INVESTIGATE": "inspector investigator",
            "MOBILIZE": "troop soldier force reinforcement warship",
        },
    ),
    # 07: loans and credit extended, asylum granted
    ("extend grant offer", {"AID": "loan credit aid asylum"}),
    # 0842 return property; 0861/0862 receive peacekeepers and inspectors
    ("return hand_back give_back", {"RETREAT": "territory land property asset body"}),
    (
        "allow admit receive accept welcome",
        {"RETREAT": "inspector observer monitor peacekeeper"},
    ),
    # 128: defy norms, law; 196: violate a ceasefire
    (
        "violate breach flout defy ignore",
        {
            "REJECT": "ban law order resolution embargo sanction rule curfew",
            "FIGHT": "ceasefire cease-fire truce",
        },
    ),
    # 1034: seek protection or help
    ("seek", {"DEMAND": "refuge asylum help aid assistance protection"}),
    # 152/154: call up reserves
    ("call_up", {"MOBILIZE": "reservist reserve troop soldier"}),
    # 1721: shut down newspapers and stations
    ("close shut shut_down", {"COERCE": "newspaper station office paper website"}),
    # 083: accede to demands; 075: take in refugees
    ("meet satisfy fulfil fulfill heed grant", {"CONCEDE": "demand condition request"}),
    ("accept admit receive take_in shelter host", {"AID": "refugee asylum-seeker migrant"}),
    # 073: evacuate the wounded and the sick
    ("evacuate airlift", {"AID": "wounded injured sick casualty civilian refugee"}),
    # 14: take to the streets, gather for or join a rally
    ("take_to", {"PROTEST": "street"}),
    (
        "join attend gather_for converge_for assemble_for gather_in",
        {"PROTEST": "protest demonstration rally march strike sit-in boycott vigil"},
    ),
    # 151/152: on alert, whatever the verb ("remained on alert", "put troops on alert")
    ("*_on", {"MOBILIZE": "alert"}),
    # 13: warn of consequences; 18: set off bombs
    (
        "warn_of",
        {"THREATEN": "retaliation reprisal consequence response action attack war strike"},
    ),
    ("explode detonate set_off plant", {"ASSAULT": "bomb device explosive mine grenade"}),
    # 07: troops given to a peacekeeping force are aid (074), not a mobilisation
    ("contribute", {"AID": "troop soldier force money fund aid assistance"}),
    (
        "share exchange",
        {"COOPERATE": "intelligence information evidence data expertise"},
    ),
    (
        "expel force_out kick_out throw_out order_out",
        {
            "SANCTION": """diplomat ambassador envoy inspector observer monitor
                    peacekeeper journalist agency mission worker""",
        },
    ),
    ("recall", {"SANCTION": "ambassador envoy"}),
    ("summon", {"DISAPPROVE": "ambassador envoy"}),
    ("lodge file issue", {"DISAPPROVE": "protest complaint", "THREATEN": "ultimatum"}),
    ("issue give deliver", {"THREATEN": "ultimatum", "DEMAND": "demand"}),
    (
        "reiterate renew repeat make issue",
        {"DEMAND": "demand call appeal request"},
    ),
    ("block blockade", {"PROTEST": "road street highway roadway bridge"}),
    ("open", {"FIGHT": "fire"}),
    (
        "increase strengthen bolster reinforce mass beef_up step_up",
        {"MOBILIZE": "force troop patrol presence security alert"},
    ),
    ("put place raise", {"MOBILIZE": "alert"}),
    ("rally", {"SUPPORT": "support"}),
    ("establish restore upgrade", {"SUPPORT": "tie relation"}),
    ("accept", {"CONCEDE": "demand condition request"}),
    ("withdraw", {"SANCTION": "inspector observer monitor ambassador peacekeeper aid"}),
    ("cancel call_off", {"SANCTION": "visit trip"}),
    # 04: a letter, a note or a telegram sent between parties is consultation in writing, as
    # a call is by telephone (041); what it says is coded by the statement stage, if quoted.
    (
        "send write deliver hand hand_over address dispatch exchange",
        {"CONSULT": "letter note telegram missive exchange_of_letter exchange_of_note"},
    ),
    # A message only as a thing sent ("sent a message to the minister"): one delivered or
    # conveyed is the visit's own business, and a strong or clear one a figure (`FIGURES`).
    ("send write address", {"CONSULT": "message"}),
    # 16/17: a state put on a sanctions or terror list is sanctioned (CAMEO 172 impose
    # administrative sanctions); taken off it, the sanction is lifted (081, as `lift sanctions`).
    (
        "put_on place_on add_to include_in include_on reinstate_in reinstate_on return_to "
        "designate_as list_as",
        {
            "SANCTION": """list blacklist sponsor terrorist terrorist_organization
                    terrorist_organisation terrorist_group"""
        },
    ),
    (
        "remove_from take_off delete_from strike_from drop_from delist_from",
        {"RETREAT": "list blacklist"},
    ),
)
# The light verbs of the first table: they name no act but the one their object names
# ("announced a truce", "held a rally"), so an object already read as an event is that event.
# (A phrasal one, "carry out", is written with its particle, as `_light_of_event` reads it.)
LIGHT_VERBS = frozenset(v.replace("_", " ") for v in _LIGHT.split())
OBJECT_ACTS: dict[str, dict[str, str]] = {}
for _verbs, _table in _OBJECT_TABLES:
    for _verb in _verbs.split():
        # A verb in several tables reads all of them ("suspend aid", "suspend the curfew").
        OBJECT_ACTS.setdefault(_verb.replace("_", " "), {}).update(_classes(_table))

# Nouns that name an act done ("the annexation of Crimea by Russia"), read when the text names
# who did it (`by X`, `X's`). CAMEO 192 occupy territory is coded COERCE like `occupy` above;
# 16 reduce relations (and 1663 expel diplomats) is SANCTION. An inauguration of a joint body
# (06 material cooperation) names its party by what is inaugurated ("the inauguration of the
# Joint Centre"): `OF_PARTY`.
NOUN_ACTS = _classes(
    {
        "COERCE": "annexation",
        "SANCTION": "downgrading severance expulsion",
        "COOPERATE": "inauguration",
    }
)
OF_PARTY = frozenset({"inauguration"})

# Types by intent: an announced will to cooperate is AGREE (03), to harm is THREATEN (13).
COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE"}
)
HOSTILE = frozenset(
    {"SANCTION", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE", "PROTEST", "THREATEN", "REJECT"}
)
# Verbal acts: said, not done. Everything else is a material act, coded as an event.
VERBAL = frozenset({"AGREE", "SUPPORT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"})
# Verbs that announce an intent; the act intended decides the type ("vowed to retaliate").
# An oath, a plan or an intention counts only with the act it names (`SCOPED_INTENT`).
INTENT_VERBS = frozenset(
    {"promise", "pledge", "vow", "offer", "threaten", "swear", "commit", "plan", "intend"}
)
SCOPED_INTENT = frozenset({"swear", "plan", "intend"})
# Words of war that make a killing or an attack conventional force (CAMEO 19x), not 18x.
MILITARY = frozenset(
    """aircraft airstrike air_strike army artillery battle battalion bombardment brigade
    drone fighter gunbattle gunship helicopter howitzer jet landmine militia mine minefield
    missile mortar navy offensive rocket shell shelling soldier tank troop warplane
    warship""".split()
)
# Words that block a reading: `rally` of markets, `charge` of a battery, `fire` of a building.
NOT_ACTORS_OBJECTS = frozenset({"price", "market", "share", "stock", "currency", "battery"})


def _particles(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]


def objects(verb: Token) -> list[Token]:
    """The verb's object: the direct object, or the subject of a passive (`sanctions were
    imposed`), or the object of a phrasal preposition (`called for talks`). A relative pronoun
    stands for the noun its clause modifies ("relations which were downgraded")."""
    out = [_antecedent(verb, c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN":
            out.append(c)
    # "photographs, maps and other intelligence": every conjoined object, down the whole chain.
    out.extend(c for o in list(out) for c in members(o) if c.i != o.i and c.pos_ == "NOUN")
    return out


def _antecedent(verb: Token, obj: Token) -> Token:
    if verb.dep_ == "relcl" and obj.tag_ in ("WDT", "WP") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return obj


# Heads that measure or frame what they govern: "700 kg of medicine", "tons of food aid", "a
# mediation effort", "aid deliveries". The act is named by the measured thing or the modifier.
MEASURES = frozenset(
    """kg kilogram kilo ton tonne pound litre liter barrel shipment consignment load
    package batch amount quantity lot number""".split()
)
FRAMES = frozenset(
    """effort mission operation campaign drive bid process initiative delivery deliveries
    flight programme program plan""".split()
)


def _object_keys(obj: Token) -> list[str]:
    """The object's head lemma and its multiword names (`hunger strike`, `martial law`,
    `state of emergency`), longest first."""
    head = obj.lemma_.lower()
    if head in MEASURES:
        measured = [p for c in obj.children if c.lower_ == "of" for p in c.children]
        if measured and measured[0].dep_ == "pobj":
            return _object_keys(measured[0])
    keys = [head]
    for t in obj.lefts:
        if t.dep_ in ("compound", "amod"):
            keys.append(f"{t.lemma_.lower()} {head}")
            if head in FRAMES and t.dep_ == "compound":
                keys.append(t.lemma_.lower())
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            keys.extend(f"{head} of {p.lemma_.lower()}" for p in prep.children if p.dep_ == "pobj")
    return sorted(keys, key=len, reverse=True)


def verb_lemma(verb: Token, known: Container[str] = frozenset()) -> str:
    """The verb's lemma, or the lexicon's (or `known`'s) form of it when the lemmatizer missed
    a regular inflection ("staged" read as `stag`, "pardoned" as `pardone`, "relaunched" as
    `relaunche`)."""

    def listed(lemma: str) -> bool:
        return lemma in VERBS or lemma in OBJECT_ACTS or lemma in known

    lemma = verb.lemma_.lower()
    if listed(lemma):
        return lemma
    form = verb.lower_
    for suffix, stems in (("ed", ("e", "")), ("ing", ("e", "")), ("es", ("", "e")), ("s", ("",))):
        if form.endswith(suffix):
            for stem in stems:
                cand = form[: -len(suffix)] + stem
                if listed(cand):
                    return cand
    return lemma


# Words that make a message a figure of speech ("sent a strong message to Moscow") or words
# said in person (a "verbal message" is delivered at a meeting): no correspondence.
FIGURES = frozenset(
    """strong clear firm powerful unequivocal unambiguous tough wrong mixed stern loud
    positive negative important political verbal oral""".split()
)


def _figure(obj: Token) -> bool:
    return obj.lemma_.lower() == "message" and any(
        c.dep_ == "amod" and c.lower_ in FIGURES for c in obj.children
    )


def object_act(verb: Token) -> str | None:
    """The type a light or transfer verb takes from its object, if any."""
    lemma = verb_lemma(verb)
    keys = [lemma] + [f"{lemma} {p}" for p in _particles(verb)]
    tables = [OBJECT_ACTS[k] for k in keys if k in OBJECT_ACTS]
    for obj in objects(verb) if tables else ():  # (most verbs have no table)
        if _figure(obj):
            continue
        for table in tables:
            for key in _object_keys(obj):
                if key in table:
                    return table[key]
    # A verb and preposition read with the preposition's object: "took to the streets",
    # "gathered for a rally", "remained on alert".
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        by_prep = OBJECT_ACTS.get(f"{lemma} {prep.lower_}") or OBJECT_ACTS.get(f"* {prep.lower_}")
        if by_prep is None:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for key in _object_keys(pobj):
                if key in by_prep:
                    return by_prep[key]
    return None


def verb_act(verb: Token) -> str | None:
    """The PLOVER type `verb` names with what it governs, or None if it names no act."""
    # Read once a verb: the act typer, statements and acts each ask of the same verbs.
    known: dict[int, str | None] = verb.doc.user_data.setdefault("kg.verb_act", {})
    if verb.i not in known:
        known[verb.i] = _verb_act(verb)
    return known[verb.i]


def _verb_act(verb: Token) -> str | None:
    if _tested(verb):
        return "MOBILIZE"
    by_object = object_act(verb)
    if by_object is not None:
        return by_object
    lemma = verb_lemma(verb)
    particles = _particles(verb)
    if (
        lemma not in VERBS
        and lemma not in _BY_FRAME
        and all(f"{lemma} {p}" not in VERBS for p in particles)
    ):
        return None  # no reading below names an act: most verbs, told before their objects
    if any(o.lemma_.lower() in NOT_ACTORS_OBJECTS for o in objects(verb)):
        return None
    for p in particles:
        act = VERBS.get(f"{lemma} {p}")
        if act is not None:
            return act
    if lemma in OBJECT_ACTS and lemma not in VERBS:
        return None  # a light verb without its telling object says nothing alone
    if _other_sense(verb, lemma):
        return None
    act = VERBS.get(lemma)
    if act in ("ASSAULT", "FIGHT"):
        return "FIGHT" if _military(verb) else "ASSAULT"
    if (
        lemma in ("ask", "tell")
        and objects(verb)
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
        )
    ):
        return "DEMAND"  # "asked Iran to free ...": a request (CAMEO 10), not a question
    if lemma == "protest" and (any(p == "to" for p in _particles(verb)) or objects(verb)):
        return "DISAPPROVE"  # "protested to Tokyo", "protested the decision": said, not marched
    return act


# Verbs that name an act by their frame alone, whether or not the lexicon lists them: "asked
# Iran to free ..." (`DEMAND`), "protested the decision" (`DISAPPROVE`).
_BY_FRAME = frozenset({"ask", "tell", "protest"})


def _tested(verb: Token) -> bool:
    """`test-fired a missile`, `test-launched a rocket`: a weapon fired in a test (CAMEO 15, a
    show of force), not at anyone."""
    doc, i = verb.doc, verb.i
    return (
        verb.lemma_.lower() in ("fire", "launch")
        and i >= 2
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ == "test"
    )


def _other_sense(verb: Token, lemma: str) -> bool:
    """Senses the lemma alone does not settle: "the party has declined" (shrank), "the court
    demonstrated its ignorance" (showed), "he pleaded not guilty" (answered a charge), "she
    conceded it was a mistake" (said), "the office charged with reviewing it" (tasked), "rallied
    supporters" (gathered backing)."""
    children = list(verb.children)
    if lemma == "decline":
        return not objects(verb) and not any(c.dep_ == "xcomp" for c in children)
    if lemma == "demonstrate":
        return bool(objects(verb)) or any(c.dep_ in ("ccomp", "xcomp") for c in children)
    if lemma == "plead":
        return any(c.dep_ in ("acomp", "oprd") or c.lower_ == "guilty" for c in children)
    if lemma == "rally":
        # "rallied supporters", "rally support for the plan": gathered backing, not a protest
        return bool(objects(verb))
    if lemma == "concede":
        # "conceded the situation is regrettable": admitted in words, a statement's cue
        return any(c.dep_ == "ccomp" for c in children)
    if lemma == "charge":
        # "the departments charged with facilitating the transition": given a task
        return any(
            c.dep_ == "prep" and c.lower_ == "with" and any(x.dep_ == "pcomp" for x in c.children)
            for c in children
        )
    return False


def _military(verb: Token) -> bool:
    """Conventional force: shelling, fighting, or a killing by aircraft, tanks or troops."""
    lemma = verb_lemma(verb)
    if lemma in ("shell", "bombard", "invade", "clash", "fight", "battle", "storm"):
        return True
    if lemma in ("capture", "retake", "recapture"):
        return True
    # The doer and the means tell, not the victims: "a roadside bomb killed a soldier" is
    # still a bombing (18x), "tanks killed ..." force (19x).
    near = [verb]
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass", "conj", "ccomp", "advcl"):
            near.extend(c.subtree)
    return any(t.lemma_.lower() in MILITARY for t in near)
