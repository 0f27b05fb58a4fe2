"""Words that carry legal force in requirement text: modal triggers, weakeners, parties."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# Triggers, each (modality, strength, pattern). Earliest match in a clause wins; at one
# position the longer match wins (so "shall not" beats "shall").
TRIGGERS: list[tuple[str, str, re.Pattern[str]]] = [
    ("prohibition", "binding", re.compile(
        r"\b(?:shall|must|will|may)\s+(?:not|never)\b(?!\s+(?:only|be\s+limited|less\s+than|"
        r"later\s+than|more\s+than))|\b(?:shall|must)\s+neither\b|"
        r"\bin\s+no\s+(?:event|case|circumstances?)\s+(?:shall|will|may)\b|"
        r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|"
        r"forbidden|barred|precluded)\s+from\b|\b(?:is|are)\s+not\s+(?:permitted|allowed|"
        r"authorized)\s+to\b|\bshall\s+refrain\s+from\b|\bcannot\b|\bcan\s+not\b", _F)),
    ("recommendation", "weak", re.compile(
        r"\bshould\b|\b(?:is|are)\s+(?:strongly\s+)?(?:encouraged|invited)\s+to\b|"
        r"\bwill\s+(?:make\s+every\s+effort|endeavou?r|strive|attempt|try)\b|"
        r"\b(?:is|are)\s+(?:strongly\s+)?recommended\s+(?:that|to|for)\b|\bit\s+is\s+recommended\b|"
        r"\bought\s+to\b", _F)),
    ("permission", "binding", re.compile(
        r"\bmay\b|\b(?:is|are|shall\s+be)\s+entitled\s+to\b|\breserves?\s+the\s+right\b|"
        r"\b(?:is|are|shall\s+be)\s+(?:permitted|authorized|allowed)\s+to\b|"
        r"\b(?:has|have|shall\s+have)\s+the\s+(?:right|option|discretion)\s+to\b|"
        r"\bat\s+(?:its|their|the\s+\w+(?:'s|’s))\s+(?:sole\s+)?(?:discretion|option)\b", _F)),
    ("obligation", "binding", re.compile(
        r"\bshall\b|\bmust\b|\b(?:is|are|shall\s+be|will\s+be)\s+(?:also\s+|hereby\s+)?required\s+to\b|"
        r"\b(?:is|are)\s+(?:also\s+)?expected\s+to\b|"
        r"\bit\s+is\s+the\s+responsibility\s+of\s+(?:the\s+|each\s+)?(?:[A-Z]\w*\s+){0,2}[A-Z]\w*\s+to\b|"
        r"\b(?:is|are)\s+obligated\s+to\b|\bagrees?\s+to\b|"
        r"\b(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:solely\s+|fully\s+|also\s+)?responsible\s+for\b|"
        r"\b(?:has|have)\s+(?:the\s+)?(?:responsibility|obligation)\s+to\b|"
        r"\bit\s+is\s+the\s+\w+(?:'s|’s)\s+responsibility\s+to\b|\bwill\b", _F)),
]

# A trigger preceded by one of these is inside a subordinate clause ("as may be required",
# "that will affect") and does not carry the sentence's force.
SUBORDINATE_BEFORE = re.compile(
    r"\b(?:that|which|who|whom|whose|as|what|whatever|it|there|they|this|these|those|"
    r"he|she|you|i|one|any\s+time|if|when|whether|so)\s*$", _F)

WEAKENERS = re.compile(
    r"\b(?:best|commercially\s+reasonable|reasonable|good[\s-]faith)\s+efforts?\b|"
    r"\bas\s+(?:appropriate|practicable|feasible|possible)\b|"
    r"\bto\s+the\s+(?:maximum\s+|greatest\s+|fullest\s+)?extent\s+(?:practicable|possible|"
    r"feasible|reasonable)\b|\b(?:where|when|if)\s+(?:practicable|feasible|possible)\b|"
    r"\bendeavou?r\b|\bstrive\b|\bmake\s+every\s+effort\b|\bif\s+(?:deemed\s+)?appropriate\b|"
    r"\bas\s+(?:resources\s+(?:are\s+)?)?available\b|\bat\s+mutually\s+agreed(?:[\s-]+upon)?\s+(?:times?|dates?|"
    r"intervals?)\b|\b(?:in\s+line|consistent|in\s+keeping)\s+with\s+(?:(?:generally\s+accepted|standard|"
    r"prevailing)\s+)?(?:industry|commercial|its\s+own|its)\s+(?:best\s+|standard\s+)?practices?\b|"
    r"\bif\s+(?:schedule|time|budget|resources)\s+(?:permits?|allows?)\b", _F)

# what "may" says may happen, not what a party may do: "an incident that compromises or may
# compromise data", "failure may result in rejection"
POSSIBLE_EVENTS = (r"(?:result|produce|contain|occur|vary|affect|differ|cause|lead|change|compromise|harm|impact|damage|"
                   r"threaten|endanger|jeopardi[sz]e|indicate|suggest|arise|exist)")

NOT_REQUIREMENT = [
    re.compile(r"\.{4,}\s*\d+\s*$"),                                  # TOC dot leaders
    re.compile(r"^(?:(?!\b(?:shall|must|will|may|should|required|obligated)\b)[^.;:]){1,110}?\s"   # not "is required to refer to"
               # (not a restrictive clause: "(a) link debtor records that refer to the same person")
               r"(?:shall\s+mean|means|is\s+defined\s+as|has\s+the\s+meaning|(?<!\bthat\s)(?<!\bwho\s)refers?\s+to)\b", _F),
    re.compile(r"^\W*(?:in\s+this\s+(?:document|solicitation|rfq|rfp|contract|sow|pws),?\s+)?"
               r"the\s+(?:words?|terms?)\s+[\"“']", _F),
    re.compile(r"^\W*as\s+used\s+in\s+this\b", _F),
    re.compile(r"^\W*this\s+(?:section|document|part|attachment|appendix|clause|paragraph|rfq|rfp|"
               r"solicitation|sow|pws|statement\s+of\s+work|chapter)\s+(?:describes|provides|sets\s+"
               r"forth|explains|outlines|contains|summari[sz]es|identifies|presents|establishes)\b", _F),
    re.compile(r"\?\s*[\"”']?\s*$"),                                   # questions
    re.compile(r"^\W*(?:question|q)\s*(?:\d+\s*)?[:.)-]", _F),
]

# Section headings that hold narrative, where "will" is a forecast, not a promise.
# Subjects whose "shall" states a legal effect, not a duty ("This clause shall have no effect").
LEGAL_EFFECT_SUBJECT = re.compile(
    r"^\W*(?:this|that|such|the|any|each|no|nothing\s+in\s+this)\s+(?:[\w-]+\s+){0,2}?(?:clause|section|agreement|"
    r"contract|order|modification|provision|paragraph|solicitation|rfq|rfp|requirement|term|terms|"
    r"amendment|memorandum|award|task\s+order|reference|document|exhibit|attachment)s?\s*$", _F)
# Sentences that describe the present or the past, not a duty.
# ("In the Past Performance Volume, the Offeror shall ..." names a volume, not the past)
NARRATIVE_OPENERS = re.compile(r"^\W*(?:currently|today|at\s+present|presently|historically|"
                               r"in\s+the\s+past(?!\s+performance)|previously|traditionally|to\s+date)\b", _F)
NARRATIVE_HEADINGS = re.compile(
    r"\b(?:background|purpose|introduction|overview|history|historical|current\s+(?:state|"
    r"environment|system|situation)|problem|mission|vision|context|about|summary)\b", _F)

# Section headings that describe the agency's situation or define words: a sentence there binds
# the contractor only when it names a party ("Analysts must finish the daily chart by 1800 UTC" in
# "C.1 Background" is how the work is done today).
BACKGROUND_HEADINGS = re.compile(
    r"\b(?:background|introduction|overview|history|current\s+(?:state|environment|system|situation|operations?|"
    r"process(?:es)?)|definitions?|glossary|acronyms)\b", _F)

# The last word of a name for the buying agency itself ("The Department", "The Program Office").
AGENCY_HEADS = frozenset({"department", "office", "bureau", "administration", "commission"})

# Canonical party names for surface forms (lower-cased, singular).
PARTIES: dict[str, str] = {
    "contractor": "Contractor", "prime contractor": "Contractor", "contractors": "Contractor",
    "subcontractor": "Subcontractor", "subcontractors": "Subcontractor",
    "sub-contractor": "Subcontractor",
    "offeror": "Offeror", "offerors": "Offeror", "offerer": "Offeror", "offerers": "Offeror",
    "quoter": "Quoter", "quoters": "Quoter",
    "vendor": "Vendor", "vendors": "Vendor",
    "bidder": "Bidder", "bidders": "Bidder",
    "awardee": "Awardee", "awardees": "Awardee",
    "bpa holder": "Contractor", "bpa holders": "Contractor", "contract holder": "Contractor",
    "contract holders": "Contractor", "schedule holder": "Contractor", "schedule holders": "Contractor",
    "government": "Government", "the united states": "Government",
    "contracting officer": "Contracting Officer", "contracting officers": "Contracting Officer",
    "co": "Contracting Officer", "ko": "Contracting Officer", "pco": "Contracting Officer",
    "aco": "Contracting Officer",
    "contracting officer's representative": "COR", "contracting officer’s representative": "COR",
    "contracting officer's technical representative": "COR",
    "contracting officer’s technical representative": "COR",
    "cor": "COR", "cotr": "COR",
    "agency": "Agency", "ordering activity": "Ordering Activity",
    "agreements officer": "Agreements Officer", "grants officer": "Grants Officer",
    "ordering contracting officer": "Contracting Officer", "requiring activity": "Government",
    "requiring official": "Government", "recipient": "Recipient", "recipients": "Recipient",
    "performer": "Performer", "performers": "Performer", "customer": "Customer",
    "buyer": "Buyer", "seller": "Seller",
    "service provider": "Service Provider", "supplier": "Supplier", "suppliers": "Supplier",
    "licensee": "Licensee", "licensor": "Licensor",
}
# Bearers on the Government's side: their duties are not the contractor's to answer.
GOVERNMENT_PARTIES = frozenset({"Government", "Contracting Officer", "COR", "Agency", "Ordering Activity"})

# Surface forms that are all-caps abbreviations and must match case-sensitively.
ABBREVIATION_PARTIES = {"co", "ko", "pco", "aco", "cor", "cotr"}

# Role nouns that make a capitalised subject a party ("The Service Provider shall").
ROLE_HEADS = {"provider", "tenant", "licensee", "licensor", "supplier", "seller", "buyer",
              "customer", "recipient", "grantee", "awardee", "integrator", "developer",
              "party", "parties", "lessee", "lessor", "manufacturer", "reseller", "partner",
              "consultant", "operator", "performer", "agency"}

# Subjects that stand for a party ("Proposals shall not exceed 20 pages" binds the offeror).
SUBMISSION_SUBJECTS = {
    "proposal": "Offeror", "proposals": "Offeror", "offer": "Offeror", "offers": "Offeror",
    "quote": "Quoter", "quotes": "Quoter", "quotation": "Quoter", "quotations": "Quoter",
    "response": "Offeror", "responses": "Offeror", "submission": "Offeror",
    "submissions": "Offeror", "volume": "Offeror", "volumes": "Offeror",
    "technical volume": "Offeror", "price volume": "Offeror", "cost volume": "Offeror",
}
