"""Word sense of an attack word (`event_senses`): whether "attack", "strike", "raid" tell of
violence. Their other senses name no attack: "Trump attacked Biden for ..." (criticism), "struck
a deal", "a general strike", "raided the coffers", "an assassination plot". Each test reads the
word's own dependency neighbourhood.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a violent attack is done to: places, forces, facilities, vessels, people as victims. An
# active "X attacked Y" with another object (a person, a decision, "the media") is criticism.
ATTACK_TARGETS = {
    "base",
    "bases",
    "convoy",
    "convoys",
    "school",
    "schools",
    "hospital",
    "hospitals",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "tanker",
    "tankers",
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "position",
    "positions",
    "post",
    "posts",
    "outpost",
    "embassy",
    "consulate",
    "mission",
    "troops",
    "forces",
    "soldiers",
    "civilians",
    "residents",
    "infrastructure",
    "port",
    "airport",
    "airfield",
    "plant",
    "station",
    "camp",
    "camps",
    "building",
    "buildings",
    "headquarters",
    "facility",
    "facilities",
    "refinery",
    "checkpoint",
    "patrol",
    "territory",
    "region",
    "area",
    "areas",
    "border",
    "capital",
    "market",
    "mosque",
    "church",
    "bus",
    "train",
    "aircraft",
    "plane",
    "drone",
    "drones",
    "site",
    "sites",
    "target",
    "targets",
}
# Entity types that are places or parties an attack can be aimed at ("attacked Kyiv").
PLACE_ENTS = {"GPE", "LOC", "FAC", "NORP"}


def attack_sense(head: Token) -> bool:
    """The attack word at `head` names a violent attack: not a deal or a balance struck, a
    strike of workers, a raid on accounts, words of criticism or a plot."""
    if head.lower_ == "struck" or (head.lemma_ == "strike" and head.pos_ == "VERB"):
        return _struck_target(head)  # "strikes a deal", "struck a balance": no attack
    if head.lemma_ == "strike" and _work_stoppage(head):
        return False
    if head.lower_.startswith("raid"):
        return _raid(head)
    return not (_criticism(head) or _plotted(head))


# What is only intended or feared: "assassination plots", "a bomb plot", "terror threats".
SCHEMES = {"plot", "conspiracy", "scheme", "threat", "fear"}


def _plotted(tok: Token) -> bool:
    """`an assassination plot`: the attack word names what a plot was for, not an attack."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in SCHEMES


def _struck_target(tok: Token) -> bool:
    """`Israel struck nuclear sites`, `the base was struck`: a target is hit; "struck a deal",
    "struck down a law" are other senses."""
    if any(c.dep_ == "prt" for c in tok.children):
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    return obj.ent_type_ in PLACE_ENTS or obj.lower_ in ATTACK_TARGETS


def _criticism(tok: Token) -> bool:
    """`Trump attacked Biden for ...`, `attacked the proclamation`: an active verb "attack"
    whose object is no place, force or facility is a verbal attack (a statement, if any)."""
    if tok.pos_ != "VERB" or not tok.lower_.startswith("attack"):
        return False
    reasons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "over")]
    if any(x.dep_ == "pcomp" or x.tag_ == "VBG" for r in reasons for x in r.children):
        return True  # "was attacked by Clinton for suggesting ...": blamed for a deed, in words
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False  # "the mission was attacked by a mob"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if reasons:
        return True
    if not objects:
        return False
    obj = objects[0]
    if obj.ent_type_ == "PERSON":
        return True
    return obj.ent_type_ not in PLACE_ENTS and obj.lower_ not in ATTACK_TARGETS


def _raid(tok: Token) -> bool:
    """`a pre-dawn raid`, `troops raided the village`: a raid by force; not "raided the
    coffers" nor a police search of an office told as a raid on a person's accounts."""
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        return not objects or any(
            o.ent_type_ in PLACE_ENTS or o.lower_ in ATTACK_TARGETS for o in objects
        )
    return not any(c.dep_ == "compound" and c.lower_ in ("police", "tax") for c in tok.children)


# What makes a strike a stoppage of work, not an attack: "a general strike", "hunger strikes".
STOPPAGE_WORDS = {
    "general",
    "hunger",
    "labor",
    "labour",
    "workers",
    "worker",
    "national",
    "nationwide",
    "teachers",
    "doctors",
    "rail",
    "transport",
    "wildcat",
}


def _work_stoppage(tok: Token) -> bool:
    """`a general strike`, `the hunger strike`, `strikes by rail workers`: a stoppage of work."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in STOPPAGE_WORDS for c in tok.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(o.lower_ in STOPPAGE_WORDS for o in c.subtree if o.dep_ in ("pobj", "compound"))
        for c in tok.children
    )
