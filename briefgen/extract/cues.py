"""Cue lexicons for reported speech and characterised positions (general English)."""

from __future__ import annotations

from briefgen import speech_verbs


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report speech, writing or a held belief when they take a clausal complement.
SPEECH_VERBS = speech_verbs.SPEECH

# The irregular pasts a clause of reported speech is told with: those of ``SPEECH_VERBS``
# and of two verbs that take no clause but tell a saying ("spoke") or a meaning ("meant").
SPEECH_IRREGULAR = frozenset(
    w for w in speech_verbs.forms(SPEECH_VERBS | {"speak", "mean"}, "past") if not w.endswith("ed")
)
_SPEECH_FORMS = speech_verbs.forms(SPEECH_VERBS, "past", "third") | SPEECH_IRREGULAR


def speech_form(word: str) -> bool:
    """Whether ``word`` (lower case) is a past or present form of a verb in
    ``SPEECH_VERBS`` ("said", "reports", "argued", "denies", "admitted")."""
    return word in _SPEECH_FORMS


# Of those, the verbs of saying proper: the date such a verb takes is the saying's ("are to
# be sent, the ministry said on Wednesday"), which a verb of thought or expectation ("are
# expected to attend on Saturday") does not make it.
SAYING_VERBS = speech_verbs.SAYING
_SAYING_FORMS = speech_verbs.forms(SAYING_VERBS, "past", "third")


def saying_form(word: str) -> bool:
    """Whether ``word`` (lower case) is a past or present form of a verb of saying proper
    (``SAYING_VERBS``: "said", "tells", "told", "wrote", "insisted"), not of thought."""
    return word in _SAYING_FORMS


# Cues that report a position through an infinitive, after an object ("urged X to …") or
# none ("agreed to pay …": a commitment, like "promised to" and "refused to").
XCOMP_CUES = _words(
    """
    urge call ask tell warn advise encourage order instruct demand promise pledge vow threaten
    refuse offer propose recommend invite appeal agree
    """
)

# Cues that report a position through a preposition: "warned of …", "scoffed at …".
PREP_CUES: dict[str, frozenset[str]] = {
    "warn": frozenset({"of", "about", "against"}),
    "scoff": frozenset({"at"}),
    "call": frozenset({"for"}),
    "complain": frozenset({"about", "of"}),
    "speak": frozenset({"of", "about", "against", "out"}),
    "talk": frozenset({"about", "of"}),
    "argue": frozenset({"for", "against"}),
    "insist": frozenset({"on"}),
    "comment": frozenset({"on"}),
    "boast": frozenset({"of", "about"}),
    "hint": frozenset({"at"}),
    "caution": frozenset({"against"}),
    "appeal": frozenset({"for"}),  # "appealed to the court", "appeal to voters": no stance
    "agree": frozenset({"on", "with"}),
    "point": frozenset({"to"}),
}

# Cues that report a position through a direct object: "denied the allegations".
OBJECT_CUES = _words(
    """
    deny reject dismiss welcome praise criticize criticise condemn blame announce promise pledge
    demand propose predict confirm acknowledge admit accuse cite denounce reference
    """
)

# Adjectives that characterise a stance: "was confident that …", "is concerned about …".
ADJ_CUES = _words(
    """
    confident sure certain convinced concerned worried afraid hopeful optimistic pessimistic
    skeptical sceptical adamant clear aware alarmed dismissive opposed supportive critical wary
    doubtful suspicious
    """
)

# Verbs that state a stance or intent through their complements when a subject holds it:
# "X attacked the plan", "X wants a recount", "the poll shows …".
STANCE_VERBS = _words(
    """
    show find cite want attack support plan point refuse decline discuss defend offer blast
    oppose echo liken slam hit endorse question target vow favor favour back push seek pitch
    highlight dispute challenge applaud hail label brand predict
    """
)

# Cues that report nothing through a bare object: "maintained good relations".
NO_OBJECT_CUES = _words(
    """
    maintain feel know understand recognize recognise expect hope think add order instruct learn
    point signal state report indicate agree fear doubt worry wonder continue read
    """
)

# Common nouns that can hold a stance (people and institutions, and the records that
# show or find something: "video shows …", "an analysis found …"), for weak cues.
HOLDER_NOUNS = _words(
    """
    official officials source sources expert experts analyst analysts critic critics voter
    voters supporter supporters resident residents campaign government administration ministry
    party committee group leader leaders member members lawmaker lawmakers people person
    spokesman spokeswoman spokesperson president candidate nominee senator governor mayor
    minister agency department office council court union company firm poll survey report study
    researchers scientists observers commentators diplomats activists protesters officers police
    military army authorities state country nation organization organisation movement democrats
    republicans team staff aide diplomacy community side leadership regime embassy world aides
    adviser advisers
    video footage transcript analysis data average averages document documents record records
    research audit review letter memo tally
    """
)

# Nouns that carry a position of their possessor: "the Kremlin's intention was to …",
# "In Russia's opinion, …", "Moscow's message: …".
NOUN_CUES = _words(
    """
    intention view message statement declaration claim belief promise warning assessment opinion
    stance argument demand proposal assurance accusation allegation conviction hope fear concern
    goal aim plan call insistence verdict conclusion
    """
)
