"""Nouns and pronouns of who may speak, for the statement readers: people and bodies, agent
nouns, happenings that are no speaker, the press as a source."""

from __future__ import annotations

PEOPLE_PRONOUNS = {"he", "she", "they"}

PEOPLE_NOUNS = set(
    """people official officials campaign campaigns court courts government governments
    administration committee panel legislature congress nominee nominees candidate candidates
    group groups company companies firm firms agency agencies union unions party parties bloc
    nation nations country countries state states city cities family families wife husband
    father mother daughter son siblings woman women man men one everyone expert experts
    critic critics lawmaker lawmakers colleague colleagues ally allies poll polls survey
    surveys study studies report reports article articles newspaper newspapers ad ads
    editorial""".split()
)
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
NOT_AGENTS = {"number", "numbers", "matter", "order", "orders", "power", "others", "other"}

# Happenings that a verb of saying may have as subject in another sense ("the conflict has
# claimed 470,000 lives", "the war showed ..."): no one who speaks.
HAPPENINGS = set(
    """conflict conflicts war wars fighting violence crisis pandemic epidemic famine attack
    attacks bombing bombings shelling strike strikes clash clashes blast explosion explosions
    earthquake flood floods storm disaster fire skirmish skirmishes ambush ambushes raid raids
    airstrike airstrikes battle battles""".split()
)
# Nouns that name the press as a source: "Russian media", "state television", "local outlets".
PRESS_NOUNS = set(
    """media press television tv radio newspaper newspapers outlet outlets broadcaster
    broadcasters channel channels tabloid tabloids""".split()
)
